// A thread of the decode pool (decode-pool.ts): uploads are decompressed,
// parsed, decoded and normalized here, so the event loop never waits on them.
import { parentPort } from 'node:worker_threads';
import { isFlamehouseError } from '../errors.js';
import { runDecodeJob, type DecodeJob } from './decode-job.js';
import { FrameIds } from './frame-ids.js';
import type { DecodeReply } from './decode-pool.js';

// Each thread keeps its own frame ids: the hot path takes no lock.
const FRAME_IDS_MAX_BYTES = 64 * 1024 * 1024;
const frameIds = new FrameIds(FRAME_IDS_MAX_BYTES);

parentPort?.on('message', (task: { id: number; job: DecodeJob }) => {
  let reply: DecodeReply;
  try {
    reply = { id: task.id, result: runDecodeJob(task.job, frameIds) };
  } catch (error) {
    reply = isFlamehouseError(error)
      ? { id: task.id, error: { code: error.code, message: error.message } }
      : { id: task.id, error: { code: 'FH_ERR_INTERNAL', message: String(error) } };
  }
  parentPort?.postMessage(reply);
});
