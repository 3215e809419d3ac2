import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLog } from '../src/log.js';
import type { EncodedProfiles, Profiler } from '../src/profiler.js';
import { createGovernor } from '../src/governor.js';
import { startScheduler } from '../src/scheduler.js';
import { EMPTY_REPORT, type ProfileWindow } from '../src/transport.js';
import type { UploadQueue } from '../src/upload-queue.js';

describe('startScheduler', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 0 });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  /** A fake profiler's cuts; the final one (`then` = 'final') must answer synchronously, as the profiler's does. */
  type FakeCut = (intervalMs: number, then: Parameters<Profiler['cut']>[1] | 'final') => EncodedProfiles | Promise<EncodedProfiles>;

  function setUp(cut: FakeCut, samplingDurationMs: number | undefined = 1_000, extra: Partial<Parameters<typeof startScheduler>[0]> = {}) {
    const pushed: ProfileWindow[] = [];
    const recordedMs: number[] = [];
    const queue: UploadQueue = {
      push: (profile) => pushed.push(profile),
      recordCost: (cost) => recordedMs.push(cost.cpuMs),
      drain: () => Promise.resolve(),
      takeUnsent: () => ({ profiles: [], report: EMPTY_REPORT }),
    };
    const lines: string[] = [];
    const log = createLog('warn', (line) => lines.push(line));
    const events: string[] = [];
    const profiler = {
      cut: async (intervalMs: number, then: Parameters<Profiler['cut']>[1]) => cut(intervalMs, then),
      cutFinal: (intervalMs: number) => {
        const profiles = cut(intervalMs, 'final');
        if (profiles instanceof Promise) throw new Error('the fake answered the final cut asynchronously');
        return profiles;
      },
      startSampling: () => events.push(`start@${Date.now()}`),
      pauseSampling: () => events.push(`pause@${Date.now()}`),
      setSamplingInterval: (intervalUs: number) => events.push(`interval=${intervalUs}`),
    };
    // No profiler threads and no process CPU: the cost reported is the cuts' host time alone.
    const meters = { profilerThreadsCpuMs: () => 0, processCpuMs: () => 0 };
    const scheduler = startScheduler({ profiler, queue, uploadIntervalMs: 1_000, samplingDurationMs, log, random: () => 0.5, meters, ...extra });
    return { scheduler, pushed, lines, events, recordedMs };
  }

  const profiles = (tag: number, samplingIntervalUs = 10_000): EncodedProfiles => ({ wall: new Uint8Array(tag), heap: new Uint8Array(tag + 100), hostMs: tag, samplingIntervalUs });

  it('cuts back-to-back windows every interval and a last one on finish', async () => {
    const restarts: string[] = [];
    const { scheduler, pushed, events, recordedMs } = setUp((_intervalMs, then) => {
      restarts.push(then);
      return profiles(restarts.length);
    }, undefined);
    await vi.advanceTimersByTimeAsync(2_500);
    await scheduler.finish();
    await vi.advanceTimersByTimeAsync(5_000);

    // No sampling duration (the default): sampling never pauses.
    expect(restarts).toEqual(['continue', 'continue', 'final']);
    expect(events).toEqual([]);
    // Each cut's time on the host's thread is reported with its profiles.
    expect(recordedMs).toEqual([1, 2, 3]);
    expect(pushed.map((p) => [p.fromMs, p.untilMs, p.body.byteLength])).toEqual([
      [0, 1_000, 1],
      [0, 1_000, 101],
      [1_000, 2_000, 2],
      [1_000, 2_000, 102],
      [2_000, 2_500, 3],
      [2_000, 2_500, 103],
    ]);
  });

  it.each([
    [0, [500, 1_500, 2_500]],
    [0.99, [1_490, 2_490]],
  ])('cuts first after 0.5 + random() intervals (random() = %s), then every interval', async (draw, cutsMs) => {
    const cutAtMs: number[] = [];
    const { scheduler, pushed } = setUp(
      () => {
        cutAtMs.push(Date.now());
        return profiles(cutAtMs.length);
      },
      undefined,
      { random: () => draw },
    );
    await vi.advanceTimersByTimeAsync(2_900);
    expect(cutAtMs).toEqual(cutsMs);
    await scheduler.finish();
    // The first window runs from the start to that first cut: no gap, no overlap.
    const edgesMs = [0, ...cutsMs, 2_900];
    const walls = pushed.filter((_, i) => i % 2 === 0);
    expect(walls.map((p) => [p.fromMs, p.untilMs])).toEqual(edgesMs.slice(1).map((untilMs, i) => [edgesMs[i], untilMs]));
  });

  it("hands the governor each interval's cost, and gives the profiler the rate it decides", async () => {
    const startMs = Date.now();
    const meters = {
      // Running totals, however often read: per second the process uses 400 ms of CPU, V8's profiler thread 10 of them.
      profilerThreadsCpuMs: () => (Date.now() - startMs) / 100,
      processCpuMs: () => (Date.now() - startMs) * 0.4,
    };
    const governor = createGovernor({ budgetPercent: 1, windowMs: 1_000, baseIntervalUs: 10_000 });
    const { scheduler, events, recordedMs } = setUp(() => profiles(2), undefined, { governor, meters });
    await vi.advanceTimersByTimeAsync(1_000);
    await scheduler.finish();
    // 2 ms on the host's thread and 10 ms of profiler thread, of 400: 3 % of a 1 % budget.
    expect(recordedMs[0]).toBe(12);
    expect(events).toContain('interval=30000');
  });

  it('does not judge a new rate by the window that the old one sampled', async () => {
    const startMs = Date.now();
    // 3 % of the process's CPU at every rate: each change the governor makes is its own, not a reaction to the last.
    const meters = { profilerThreadsCpuMs: () => (Date.now() - startMs) / 100, processCpuMs: () => (Date.now() - startMs) * 0.4 };
    const governor = createGovernor({ budgetPercent: 1, windowMs: 1_000, baseIntervalUs: 10_000 });
    let events: string[] = [];
    let sampledUs = 10_000;
    const setup = setUp(
      () => {
        const cut = profiles(2, sampledUs);
        // As the profiler does: an interval set since the last cut takes effect at this one, which ends a window sampled at the old one.
        const set = events.filter((e) => e.startsWith('interval=')).at(-1);
        if (set !== undefined) sampledUs = Number(set.slice('interval='.length));
        return cut;
      },
      undefined,
      { governor, meters },
    );
    events = setup.events;
    await vi.advanceTimersByTimeAsync(3_000);
    await setup.scheduler.finish();
    expect(events.filter((e) => e.startsWith('interval='))).toEqual(['interval=30000', 'interval=90000']);
  });

  it('never pauses sampling that lasts the whole interval', async () => {
    const restarts: string[] = [];
    const { scheduler, events } = setUp((_intervalMs, then) => {
      restarts.push(then);
      return profiles(restarts.length);
    }, 1_000);
    await vi.advanceTimersByTimeAsync(1_500);
    await scheduler.finish();
    expect(restarts).toEqual(['continue', 'final']);
    expect(events).toEqual([]);
  });

  it('samples one window per interval at a random moment, the first from the start, and says how long each interval was', async () => {
    const cuts: [number, string][] = [];
    const { scheduler, pushed, events } = setUp((intervalMs, then) => {
      cuts.push([intervalMs, then]);
      // The interval without a window sends heap only.
      return cuts.length === 3 ? { wall: undefined, heap: new Uint8Array(7), hostMs: 0, samplingIntervalUs: undefined } : profiles(cuts.length);
    }, 200);
    await vi.advanceTimersByTimeAsync(2_300);
    await scheduler.finish();

    // Windows end 5 % of the interval before its cut: with random() = 0.5 the
    // second opens at 1000 + 0.5 × (950 − 200).
    expect(events).toEqual(['pause@200', 'start@1375', 'pause@1575']);
    expect(cuts).toEqual([
      [1_000, 'pause'],
      [1_000, 'pause'],
      [300, 'final'],
    ]);
    expect(pushed.map((p) => [p.fromMs, p.body.byteLength])).toEqual([
      [0, 1],
      [0, 101],
      [1_000, 2],
      [1_000, 102],
      [2_000, 7],
    ]);
  });

  /** A first cut that encodes until the test finishes it, then a final one answered at once. */
  function slowFirstCut() {
    let finish: (value: EncodedProfiles) => void = () => undefined;
    const cuts: (EncodedProfiles | Promise<EncodedProfiles>)[] = [new Promise<EncodedProfiles>((resolve) => (finish = resolve)), profiles(2)];
    return {
      cut: () => cuts.shift() ?? Promise.reject(new Error('no more cuts')),
      finishSlowCut: (value: EncodedProfiles) => finish(value),
    };
  }

  it('queues windows in order even when a later one encodes first', async () => {
    const { cut, finishSlowCut } = slowFirstCut();
    const { scheduler, pushed } = setUp(cut);
    await vi.advanceTimersByTimeAsync(1_000);
    const finished = scheduler.finish();
    finishSlowCut(profiles(1));
    await finished;
    expect(pushed.map((p) => p.fromMs)).toEqual([0, 0, 1_000, 1_000]);
  });

  it('gives the last window back to an exiting process while earlier cuts still encode, and cuts it only once', async () => {
    const { cut, finishSlowCut } = slowFirstCut();
    const { scheduler, pushed } = setUp(cut);
    await vi.advanceTimersByTimeAsync(1_200);
    // An exit while the first cut encodes: no later turn comes, so the last window is handed back at once.
    const last = scheduler.takeLast();
    expect(last.map((p) => [p.fromMs, p.untilMs, p.body.byteLength])).toEqual([
      [1_000, 1_200, 2],
      [1_000, 1_200, 102],
    ]);
    expect(scheduler.takeLast()).toEqual([]);
    // Had the process lived on, the queue would not get the last window twice.
    finishSlowCut(profiles(1));
    await scheduler.finish();
    expect(pushed.map((p) => p.fromMs)).toEqual([0, 0]);
  });

  it('gives nothing back once the last window is in the queue', async () => {
    const { scheduler, pushed } = setUp(() => profiles(1));
    await vi.advanceTimersByTimeAsync(500);
    await scheduler.finish();
    expect(pushed).toHaveLength(2);
    expect(scheduler.takeLast()).toEqual([]);
  });

  it('skips a window whose cut fails, warns once, and goes on', async () => {
    let attempt = 0;
    const { scheduler, pushed, lines } = setUp(() =>
      ++attempt <= 2 ? Promise.reject(new Error('profiler stuck')) : profiles(attempt),
    );
    await vi.advanceTimersByTimeAsync(2_000);
    await scheduler.finish();
    expect(pushed.map((p) => p.fromMs)).toEqual([2_000, 2_000]);
    expect(lines).toEqual(['flamehouse: cutting a profile failed (Error: profiler stuck); skipping that window']);
  });
});
