import { randomBytes } from 'node:crypto';
import { MAX_TIMER_MS } from './config.js';
import type { Governor } from './governor.js';
import { onHostThread } from './host-time.js';
import type { Log } from './log.js';
import type { EncodedProfiles, Profiler } from './profiler.js';
import type { ProfileWindow } from './transport.js';
import { createProfilerThreadMeter, processCpuMs } from './self-cost.js';
import type { UploadQueue } from './upload-queue.js';

/** Where the agent reads its cost from, each a running total: V8's profiler threads (undefined where it cannot tell) and the whole process. */
export interface CostMeters {
  profilerThreadsCpuMs(): number | undefined;
  processCpuMs(): number;
}

export interface SchedulerOptions {
  readonly profiler: Pick<Profiler, 'cut' | 'cutFinal' | 'startSampling' | 'pauseSampling' | 'setSamplingInterval'>;
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
  /**
   * For a process exiting now: finishes if that has not begun, and takes the
   * last window's profiles back if the queue does not have them yet (they
   * wait there for earlier cuts still encoding, which are lost).
   */
  takeLast(): ProfileWindow[];
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
  const account = (elapsedMs: number, { hostMs: cutHostMs, samplingIntervalUs }: Pick<EncodedProfiles, 'hostMs' | 'samplingIntervalUs'>): void => {
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
    const intervalUs = governor.observe(elapsedMs, cpuMs, processMs, samplingIntervalUs);
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

  /** Ends the current window: its bounds, after what must run before its wall profile is taken. */
  const endWindow = (): { fromMs: number; untilMs: number } => {
    const fromMs = windowStartMs;
    const untilMs = now();
    windowStartMs = untilMs;
    clearTimeout(windowTimer);
    beforeCut?.();
    // A cut may end the profiler thread (a pause, a restart in full, the final stop): read it first.
    meters.profilerThreadsCpuMs();
    return { fromMs, untilMs };
  };
  const windowsOf = (profiles: EncodedProfiles, fromMs: number, untilMs: number): ProfileWindow[] => {
    const { wall, heap } = profiles;
    log.debug(`window ${fromMs}..${untilMs}: wall ${wall?.byteLength ?? 'not sampled'} B, heap ${heap.byteLength} B`);
    return [...(wall ? [{ body: wall, fromMs, untilMs, uploadId: newUploadId() }] : []), { body: heap, fromMs, untilMs, uploadId: newUploadId() }];
  };

  const cut = (): void => {
    const { fromMs, untilMs } = endWindow();
    const then = dutyCycled ? 'pause' : 'continue';
    // Handled at once, not when its turn in the chain comes: a rejection
    // left pending meanwhile would count as unhandled and crash the host.
    const cutting = profiler.cut(untilMs - fromMs, then);
    if (then === 'pause') onSampling?.(false);
    const encoded = cutting.catch((error: unknown) => warnCutFailed(error));
    queued = queued
      .then(() => encoded)
      .then((profiles) => {
        if (!profiles) return;
        account(untilMs - fromMs, profiles);
        for (const profile of windowsOf(profiles, fromMs, untilMs)) queue.push(profile);
      });
    if (dutyCycled) planWindow();
  };
  const warnCutFailed = (error: unknown): undefined => {
    log.warnOnce('cut', `cutting a profile failed (${String(error)}); skipping that window`);
    return undefined;
  };

  /** The last window's profiles until the queue takes them. */
  let last: ProfileWindow[] = [];
  const cutLast = (): void => {
    const { fromMs, untilMs } = endWindow();
    let profiles: EncodedProfiles | undefined;
    try {
      profiles = profiler.cutFinal(untilMs - fromMs);
    } catch (error) {
      warnCutFailed(error);
    }
    if (!profiles) return;
    const cost = profiles;
    last = windowsOf(profiles, fromMs, untilMs);
    queued = queued.then(() => {
      if (last.length === 0) return;
      account(untilMs - fromMs, cost);
      for (const profile of last) queue.push(profile);
      last = [];
    });
  };

  // Never keeps the host alive: when the app is done, beforeExit cuts the last window.
  let timer = setTimeout(() => {
    cut();
    timer = setInterval(cut, uploadIntervalMs);
    timer.unref();
  }, Math.min(MAX_TIMER_MS, uploadIntervalMs * (0.5 + random())));
  timer.unref();

  const finish = (): Promise<void> => {
    if (!finished) {
      finished = true;
      clearInterval(timer);
      cutLast();
    }
    return queued;
  };
  return {
    finish,
    takeLast() {
      void finish();
      const taken = last;
      last = [];
      return taken;
    },
  };
}

/** 128 random bits in hex: unique per profile across every process of every service. */
const newUploadId = (): string => randomBytes(16).toString('hex');
