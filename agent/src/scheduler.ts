import type { Log } from './log.js';
import type { Profiler } from './profiler.js';
import type { UploadQueue } from './upload-queue.js';

export interface SchedulerOptions {
  readonly profiler: Profiler;
  readonly queue: UploadQueue;
  readonly uploadIntervalMs: number;
  readonly log: Log;
  readonly now?: () => number;
}

export interface Scheduler {
  /**
   * Stops the cadence and cuts the last window. Resolves once every cut,
   * earlier ones still encoding included, is in the queue.
   */
  finish(): Promise<void>;
}

/** Cuts a profile window every interval and hands its profiles to the queue. */
export function startScheduler(options: SchedulerOptions): Scheduler {
  const { profiler, queue, uploadIntervalMs, log, now = Date.now } = options;
  let windowStartMs = now();
  // Cuts are chained so that profiles reach the queue in window order.
  let queued: Promise<void> = Promise.resolve();
  let finished = false;

  const cut = (restart: boolean): void => {
    const fromMs = windowStartMs;
    const untilMs = now();
    windowStartMs = untilMs;
    // Handled at once, not when its turn in the chain comes: a rejection
    // left pending meanwhile would count as unhandled and crash the host.
    const encoded = profiler.cut(restart).catch((error: unknown) => {
      log.warnOnce('cut', `cutting a profile failed (${String(error)}); skipping that window`);
      return undefined;
    });
    queued = queued
      .then(() => encoded)
      .then((profiles) => {
        if (!profiles) return;
        const { wall, heap } = profiles;
        log.debug(`window ${fromMs}..${untilMs}: wall ${wall.byteLength} B, heap ${heap.byteLength} B`);
        queue.push({ body: wall, fromMs, untilMs });
        queue.push({ body: heap, fromMs, untilMs });
      });
  };

  // Never keeps the host alive: when the app is done, beforeExit cuts the last window.
  const timer = setInterval(() => cut(true), uploadIntervalMs);
  timer.unref();

  return {
    finish() {
      if (!finished) {
        finished = true;
        clearInterval(timer);
        cut(false);
      }
      return queued;
    },
  };
}
