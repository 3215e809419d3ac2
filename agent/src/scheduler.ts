import { randomBytes } from 'node:crypto';
import { MAX_TIMER_MS } from './config.js';
import type { Governor } from './governor.js';
import { onHostThread } from './host-time.js';
import type { Log } from './log.js';
import type { Profiler } from './profiler.js';
import { createProfilerThreadMeter, processCpuMs } from './self-cost.js';
import type { UploadQueue } from './upload-queue.js';

/** Where the agent reads its cost from, each a running total: V8's profiler threads (undefined where it cannot tell) and the whole process. */
export interface CostMeters {
  profilerThreadsCpuMs(): number | undefined;
  processCpuMs(): number;
}

export interface SchedulerOptions {
  readonly profiler: Pick<Profiler, 'cut' | 'startSampling' | 'pauseSampling' | 'setSamplingInterval'>;
  readonly queue: UploadQueue;
  readonly uploadIntervalMs: number;
  /** Wall/CPU sampling per interval; undefined, or at or above the interval, sampling never pauses. */
  readonly samplingDurationMs: number | undefined;
  readonly log: Log;
  /** Runs right before each wall profile is taken (a cut, or a pause of sampling), while its labels can still change. */
  readonly beforeCut?: () => void;
  readonly now?: () => number;
  /** In [0, 1): when the first cut comes, and where in each interval its sampling window falls. */
  readonly random?: () => number;
  /** Told when a sampling window opens (true) or closes (false). */
  readonly onSampling?: (on: boolean) => void;
  /** Keeps the agent within its CPU budget by changing the sampling rate. */
  readonly governor?: Governor;
  readonly meters?: CostMeters;
}

export interface Scheduler {
  /**
   * Stops the cadence and cuts the last window. Resolves once every cut,
   * earlier ones still encoding included, is in the queue.
   */
  finish(): Promise<void>;
}

// Windows end this share of an interval before its cut, so timer lateness
// does not push a window over the cut.
const WINDOW_MARGIN = 0.05;

/**
 * Cuts a profile every interval and hands its profiles to the queue. By
 * default wall/CPU sampling never pauses: restarting V8's sampler re-indexes
 * every code object on the heap, an event-loop pause that grows with the heap
 * (bench/RESULTS.md §10). With a sampling duration, wall/CPU time is sampled
 * for one window per interval instead, at a random moment so periodic work
 * cannot hide from it; the first window opens with the process.
 *
 * The first cut comes after a random 0.5 to 1.5 intervals, not one: processes
 * started together, as a deploy or an autoscaler starts them, would otherwise
 * upload in the same second for as long as they live, and a server sized for
 * the fleet's average rate would refuse each of those bursts (bench/RESULTS.md
 * §26). Uniform over a whole interval, the phases spread such a fleet evenly;
 * no first profile is shorter than half an interval.
 */
export function startScheduler(options: SchedulerOptions): Scheduler {
  const { profiler, queue, uploadIntervalMs, samplingDurationMs, log, beforeCut, onSampling, governor } = options;
  const { now = Date.now, random = Math.random, meters = { profilerThreadsCpuMs: createProfilerThreadMeter(), processCpuMs } } = options;
  // Sampling at or beyond the whole interval never pauses.
  const windowMs = samplingDurationMs !== undefined && samplingDurationMs < uploadIntervalMs ? samplingDurationMs : 0;
  const dutyCycled = windowMs > 0;
  // Opening and closing a window run on the host's thread: part of the agent's cost, counted with the next cut's.
  let hostMs = 0;
  const timed = (step: () => void): void => onHostThread(step, (ms) => (hostMs += ms));
  let lastProfilerMs = meters.profilerThreadsCpuMs();
  let lastProcessMs = meters.processCpuMs();
  /** What the agent cost since the last cut: reported with the uploads, and judged by the governor. */
  const account = (elapsedMs: number, cutHostMs: number): void => {
    const profilerNow = meters.profilerThreadsCpuMs();
    const processNow = meters.processCpuMs();
    const profilerMs = profilerNow !== undefined && lastProfilerMs !== undefined ? profilerNow - lastProfilerMs : 0;
    const processMs = Math.max(0, processNow - lastProcessMs);
    lastProfilerMs = profilerNow;
    lastProcessMs = processNow;
    const cpuMs = hostMs + cutHostMs + profilerMs;
    hostMs = 0;
    queue.recordCost({ cpuMs, profilerCpuMs: profilerMs, processCpuMs: processMs });
    if (!governor) return;
    const before = governor.intervalUs;
    const intervalUs = governor.observe(elapsedMs, cpuMs, processMs);
    if (intervalUs === before) return;
    profiler.setSamplingInterval(intervalUs);
    log.debug(`the agent used ${((100 * cpuMs) / Math.max(1, processMs)).toFixed(2)} % of the process's CPU: sampling every ${intervalUs} µs from the next cut`);
  };
  let windowStartMs = now();
  // Cuts are chained so that profiles reach the queue in window order.
  let queued: Promise<void> = Promise.resolve();
  let finished = false;
  let windowTimer: NodeJS.Timeout | undefined;

  const pauseLater = (): void => {
    windowTimer = setTimeout(() => {
      // Pausing takes the wall profile now: its labels are read here, not at the cut.
      beforeCut?.();
      // The profiler thread ends with the pause: its time is read while it still runs.
      meters.profilerThreadsCpuMs();
      timed(() => profiler.pauseSampling());
      onSampling?.(false);
    }, windowMs);
    windowTimer.unref();
  };
  const planWindow = (): void => {
    const latestStartMs = Math.max(0, uploadIntervalMs * (1 - WINDOW_MARGIN) - windowMs);
    windowTimer = setTimeout(() => {
      timed(() => profiler.startSampling());
      onSampling?.(true);
      pauseLater();
    }, random() * latestStartMs);
    windowTimer.unref();
  };
  if (dutyCycled) pauseLater();

  const cut = (final: boolean): void => {
    const fromMs = windowStartMs;
    const untilMs = now();
    windowStartMs = untilMs;
    clearTimeout(windowTimer);
    beforeCut?.();
    const then = final ? 'final' : dutyCycled ? 'pause' : 'continue';
    // A cut may end the profiler thread (a pause, a restart in full, the final stop): read it first.
    meters.profilerThreadsCpuMs();
    // Handled at once, not when its turn in the chain comes: a rejection
    // left pending meanwhile would count as unhandled and crash the host.
    const cutting = profiler.cut(untilMs - fromMs, then);
    if (then === 'pause') onSampling?.(false);
    const encoded = cutting.catch((error: unknown) => {
      log.warnOnce('cut', `cutting a profile failed (${String(error)}); skipping that window`);
      return undefined;
    });
    queued = queued
      .then(() => encoded)
      .then((profiles) => {
        if (!profiles) return;
        const { wall, heap } = profiles;
        account(untilMs - fromMs, profiles.hostMs);
        log.debug(`window ${fromMs}..${untilMs}: wall ${wall?.byteLength ?? 'not sampled'} B, heap ${heap.byteLength} B`);
        if (wall) queue.push({ body: wall, fromMs, untilMs, uploadId: newUploadId() });
        queue.push({ body: heap, fromMs, untilMs, uploadId: newUploadId() });
      });
    if (!final && dutyCycled) planWindow();
  };

  // Never keeps the host alive: when the app is done, beforeExit cuts the last window.
  let timer = setTimeout(() => {
    cut(false);
    timer = setInterval(() => cut(false), uploadIntervalMs);
    timer.unref();
  }, Math.min(MAX_TIMER_MS, uploadIntervalMs * (0.5 + random())));
  timer.unref();

  return {
    finish() {
      if (!finished) {
        finished = true;
        clearInterval(timer);
        cut(true);
      }
      return queued;
    },
  };
}

/** 128 random bits in hex: unique per profile across every process of every service. */
const newUploadId = (): string => randomBytes(16).toString('hex');
