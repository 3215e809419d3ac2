import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { FlamehouseError, type ErrorCode } from '../errors.js';
import type { DimensionKind } from '../storage/stored-ids.js';
import type { DecodeJob, DecodeResult } from './decode-job.js';
import { floorDecodeThreadHeap } from './thread-heap.js';

/** What a thread is sent: a job, for one tenant; or ids a writer stored, for the thread's copy of StoredIds. */
export type ThreadMessage =
  | { readonly id: number; readonly tenant: string; readonly job: DecodeJob }
  | { readonly stored: { readonly tenant: string; readonly kind: DimensionKind; readonly ids: readonly string[]; readonly nowS: number } };

/** A thread's answer to one job. */
export type DecodeReply =
  | { readonly id: number; readonly result: DecodeResult }
  | { readonly id: number; readonly error: { readonly code: ErrorCode; readonly message: string } };

/**
 * The compiled worker, from the sources (tests) and from dist alike: threads
 * run JavaScript, so the build must have run.
 */
const WORKER_PATH = join(__dirname, '..', '..', 'dist', 'ingest', 'decode-worker.js');

interface Task {
  readonly id: number;
  readonly tenant: string;
  readonly job: DecodeJob;
  resolve(result: DecodeResult): void;
  reject(error: unknown): void;
}

interface Thread {
  worker: Worker;
  task: Task | undefined;
  /** An error and an exit both come from one death: replaced once. */
  dead: boolean;
}

/**
 * Threads that turn uploads' bytes into rows, so the event loop only routes:
 * a large valid upload once blocked it for seconds. Bodies are transferred,
 * not copied, when they own their memory. A thread that dies fails its job
 * with an internal error and is replaced.
 */
export class DecodePool {
  private readonly threads: Thread[] = [];
  private readonly queue: Task[] = [];
  private nextId = 0;
  private closed = false;

  constructor(
    size: number,
    /** Told of a thread's own failure (not a refused upload), for the log. */
    private readonly onFault: (error: unknown) => void = () => {},
  ) {
    floorDecodeThreadHeap();
    for (let i = 0; i < size; i++) this.threads.push(this.spawn());
  }

  /** Jobs waiting for a thread. */
  get waiting(): number {
    return this.queue.length;
  }

  /** Decodes one upload for `tenant`, whose stored frames and stacks are left out of the result. */
  run(job: DecodeJob, tenant: string): Promise<DecodeResult> {
    if (this.closed) return Promise.reject(new FlamehouseError('FH_ERR_STORAGE_UNAVAILABLE', 'the server is shutting down'));
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, tenant, job, resolve, reject });
      this.dispatch();
    });
  }

  /**
   * Tells every thread which ids a writer stored (StoredIds.onStored). A
   * thread started since, or one the message reaches after a job, sends
   * those rows once more: the writer still skips them.
   */
  tellStored(tenant: string, kind: DimensionKind, ids: readonly string[], nowS: number): void {
    const message: ThreadMessage = { stored: { tenant, kind, ids, nowS } };
    for (const thread of this.threads) if (!thread.dead) thread.worker.postMessage(message);
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const task of this.queue.splice(0)) task.reject(new FlamehouseError('FH_ERR_STORAGE_UNAVAILABLE', 'the server is shutting down'));
    await Promise.all(this.threads.map((thread) => thread.worker.terminate()));
  }

  private spawn(): Thread {
    const thread: Thread = { worker: new Worker(WORKER_PATH), task: undefined, dead: false };
    // An idle thread must not keep a stopping server alive.
    thread.worker.unref();
    thread.worker.on('message', (reply: DecodeReply) => {
      const task = thread.task;
      thread.task = undefined;
      if (task && task.id === reply.id) {
        if ('result' in reply) task.resolve(reply.result);
        else task.reject(this.toError(reply.error));
      }
      this.dispatch();
    });
    const fail = (error: unknown): void => {
      if (thread.dead) return;
      thread.dead = true;
      const task = thread.task;
      thread.task = undefined;
      this.onFault(error);
      task?.reject(new FlamehouseError('FH_ERR_INTERNAL', undefined, { cause: error }));
      if (this.closed) return;
      const at = this.threads.indexOf(thread);
      if (at >= 0) this.threads[at] = this.spawn();
      this.dispatch();
    };
    thread.worker.on('error', fail);
    thread.worker.on('exit', (code) => {
      if (!this.closed) fail(new Error(`decode thread exited with ${code}`));
    });
    return thread;
  }

  private toError(error: { code: ErrorCode; message: string }): FlamehouseError {
    if (error.code === 'FH_ERR_INTERNAL') {
      this.onFault(new Error(error.message));
      return new FlamehouseError('FH_ERR_INTERNAL');
    }
    return new FlamehouseError(error.code, error.message);
  }

  private dispatch(): void {
    for (const thread of this.threads) {
      if (thread.task) continue;
      const task = this.queue.shift();
      if (!task) return;
      thread.task = task;
      const body = ownedBytes(task.job.body);
      const message: ThreadMessage = { id: task.id, tenant: task.tenant, job: { ...task.job, body } };
      thread.worker.postMessage(message, [body.buffer as ArrayBuffer]);
    }
  }
}

/** The body in memory of its own, so it can be transferred: a pooled small Buffer shares its ArrayBuffer. */
function ownedBytes(body: Uint8Array): Uint8Array {
  return body.byteOffset === 0 && body.byteLength === body.buffer.byteLength && body.buffer instanceof ArrayBuffer
    ? body
    : new Uint8Array(body);
}
