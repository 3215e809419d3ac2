import type { FrameIds } from './frame-ids.js';
import { decodePprof } from './decode.js';
import { encodeBatch, type EncodedBatch } from './encode.js';
import { normalizeProfile, type NormalizeRules, type UploadMeta } from './normalize.js';
import type { ProfileLimits } from './pprof-scan.js';

/** Everything ingest checks an upload against. */
export interface UploadRules extends ProfileLimits, NormalizeRules {
  /** Largest profile once gunzipped. */
  readonly maxProfileBytes: number;
}

/** One upload to turn into rows: its bytes, what its request said, the rules. */
export interface DecodeJob {
  readonly body: Uint8Array;
  readonly meta: UploadMeta;
  readonly rules: UploadRules;
}

/** Gunzip, limits, decode, normalize, encode: an upload's bytes to the text of its rows, or a registry error. */
export function runDecodeJob(job: DecodeJob, frameIds: FrameIds): EncodedBatch {
  const body = Buffer.from(job.body.buffer, job.body.byteOffset, job.body.byteLength);
  return encodeBatch(normalizeProfile(decodePprof(body, job.rules.maxProfileBytes, job.rules), job.meta, frameIds, job.rules));
}
