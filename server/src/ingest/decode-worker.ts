// A thread of the decode pool (decode-pool.ts): uploads are decompressed,
// parsed, decoded and normalized here, so the event loop never waits on them.
import { parentPort } from 'node:worker_threads';
import { isFlamehouseError } from '../errors.js';
import { StoredIds } from '../storage/stored-ids.js';
import { runDecodeJob } from './decode-job.js';
import { IdMemo, MemoBudget } from './id-memo.js';
import type { DecodeReply, ThreadMessage } from './decode-pool.js';
import type { StoredRows } from './rows.js';

// Each thread keeps its own memos of ids, one per tenant (id-memo.ts says why), in one bound: the hot path takes no lock.
const ID_MEMO_MAX_BYTES = 64 * 1024 * 1024;
const memoBudget = new MemoBudget(ID_MEMO_MAX_BYTES);
const idMemos = new Map<string, IdMemo>();
const idMemoOf = (tenant: string): IdMemo => {
  let memo = idMemos.get(tenant);
  if (!memo) idMemos.set(tenant, (memo = new IdMemo(memoBudget)));
  return memo;
};
// This thread's copy of what the writers stored: a day's frames and stacks of a few busy services fit many times over.
const STORED_IDS_MAX_BYTES = 32 * 1024 * 1024;
const storedIds = new StoredIds(STORED_IDS_MAX_BYTES);

parentPort?.on('message', (message: ThreadMessage) => {
  if ('stored' in message) {
    const { tenant, kind, ids, nowS } = message.stored;
    storedIds.rememberAll(tenant, kind, ids, nowS);
    return;
  }
  const nowS = Date.now() / 1000;
  let reply: DecodeReply;
  try {
    const stored: StoredRows = {
      has: (kind, id) => !storedIds.needs(message.tenant, kind, id, nowS),
      mark: storedIds.mark(message.tenant, nowS),
    };
    reply = { id: message.id, result: runDecodeJob(message.job, idMemoOf(message.tenant), stored) };
  } catch (error) {
    reply = isFlamehouseError(error)
      ? { id: message.id, error: { code: error.code, message: error.message } }
      : { id: message.id, error: { code: 'FH_ERR_INTERNAL', message: String(error) } };
  }
  parentPort?.postMessage(reply);
});
