// The only file that touches @datadog/pprof: the native boundary stays small
// and everything else can be tested without it.
import type * as Pprof from '@datadog/pprof';
import { onHostThread } from './host-time.js';

/** Frames kept per heap sample; deeper stacks are cut at the root end. */
const HEAP_STACK_DEPTH = 64;

export interface ProfilerSettings {
  readonly samplingIntervalUs: number;
  readonly heapIntervalBytes: number;
  /** The longest stretch sampled between two cuts: it sizes the buffer of sample labels. */
  readonly uploadIntervalMs: number;
  /** Span tagging wanted: ask for contexts that follow async continuations by themselves. */
  readonly spans: boolean;
  /** Where to look for source maps (the app's own code); undefined: none. */
  readonly sourceMapDir?: string | undefined;
}

/** One upload interval's profiles, each gzipped pprof. */
export interface EncodedProfiles {
  /** Absent when wall/CPU sampling did not run in the interval. */
  readonly wall: Uint8Array | undefined;
  readonly heap: Uint8Array;
  /** Time the cut ran on the host's thread (gzip too in the final cut; else it runs on libuv's pool and is not counted). */
  readonly hostMs: number;
  /** The interval the wall profile was sampled at: the one before a change, which takes effect at this cut. */
  readonly samplingIntervalUs: number | undefined;
}

export interface Profiler {
  /** Starts wall/CPU sampling (at `samplingIntervalUs`: 29 Hz by default); does nothing while sampling. It runs from the start. */
  startSampling(): void;
  /** Pauses wall/CPU sampling; what it sampled waits for the next cut. */
  pauseSampling(): void;
  /**
   * Ends an upload interval of `intervalMs`. The wall profile holds what was
   * sampled in it, its values scaled to the whole interval when sampling ran
   * for part of it only. The wall profile is cut synchronously; the heap
   * profile and the encodes follow in the next turn of the event loop, so the
   * host never waits for both profiles at once. Then sampling goes on
   * (`continue`) or is paused (`pause`).
   */
  cut(intervalMs: number, then: 'continue' | 'pause'): Promise<EncodedProfiles>;
  /**
   * The last cut, synchronous from the samples to the gzipped bytes: it may
   * run as the process exits, when no later turn of the event loop comes.
   * Both profilers stop for good; later cuts throw.
   */
  cutFinal(intervalMs: number): EncodedProfiles;
  /**
   * Samples every `intervalUs` from the next cut on (which then restarts the
   * profiler in full, so it is for rare changes: the governor's).
   */
  setSamplingInterval(intervalUs: number): void;
  /**
   * Labels the wall/CPU samples taken from now on with the fields of
   * `context`, read when the profile is cut. Skips the call when `context` is
   * already the current one (each call costs native memory until the cut),
   * and does nothing once the profiler stopped.
   */
  setContext(context: object): void;
  /** The context set now (in this async frame, with contexts that follow continuations); undefined when none or stopped. */
  currentContext(): object | undefined;
  /**
   * True when the context set is carried along async continuations by Node
   * itself (@datadog/pprof's useCPED, on Node with AsyncContextFrame); false
   * when it is one global value that callers must re-set on each resumption.
   */
  readonly contextFollowsAsync: boolean;
  /** Settles with how many compiled files have source maps (0 when off, none found, or the scan failed). */
  readonly sourceMaps: Promise<number>;
}

type WallProfile = ReturnType<typeof Pprof.time.stop>;

// Sampling that covered nearly all of an interval is reported as measured:
// scaling by a ratio of timer jitter would only add noise.
const FULL_COVERAGE = 0.95;

/**
 * Multiplies every sample's values so that a profile sampled for part of an
 * interval estimates the whole interval (samples are a uniform random draw
 * of it; the window's position is random).
 */
export function scaleSamples(profile: Pick<WallProfile, 'sample'>, factor: number): void {
  if (factor === 1) return;
  for (const sample of profile.sample) {
    sample.value = sample.value.map((v) => (typeof v === 'bigint' ? BigInt(Math.round(Number(v) * factor)) : Math.round(v * factor)));
  }
}

/** Throws when the native module cannot load or the profilers cannot start. */
export function startProfiler(initial: ProfilerSettings): Profiler {
  let settings = initial;
  // Loaded here rather than imported at the top so that a platform without
  // a prebuilt binary surfaces as a catchable error, not a failed preload.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const pprof = require('@datadog/pprof') as typeof Pprof;
  pprof.heap.start(settings.heapIntervalBytes, HEAP_STACK_DEPTH);
  let contextFollowsAsync: boolean;
  try {
    // Sampling starts at once: the first window opens with the process, so
    // even a short-lived script gets a wall profile.
    contextFollowsAsync = startTimeProfiler(pprof, settings);
  } catch (error) {
    stopQuietly(pprof);
    throw error;
  }

  let running = true;
  let sampling = true;
  // The interval of the sampling under way (or paused): a new one takes effect when sampling starts again.
  let sampledIntervalUs = settings.samplingIntervalUs;
  let sampleStartMs = Date.now();
  let sampledMs = 0;
  let paused: WallProfile | undefined;
  let lastContext: object | undefined;
  let sourceMapper: Pprof.SourceMapper | undefined;
  // Maps found after sampling started: the time profiler takes them at its next start.
  let sourceMapperPending = false;
  const sourceMaps = loadSourceMaps(pprof, settings.sourceMapDir).then((mapper) => {
    if (mapper) {
      sourceMapper = mapper;
      sourceMapperPending = true;
    }
    return mapper?.infoMap.size ?? 0;
  });

  const timeOptions = () => ({
    ...timeProfilerOptions(settings),
    ...(contextFollowsAsync && { useCPED: true }),
    ...(sourceMapper && { sourceMapper }),
  });
  // A new interval waits for the next cut, which restarts the profiler in full to take it.
  let restartPending = false;
  const takeWall = (keepSampling: boolean): WallProfile | undefined => {
    if (!sampling) {
      const profile = paused;
      paused = undefined;
      return profile;
    }
    const nowMs = Date.now();
    sampledMs += nowMs - sampleStartMs;
    sampleStartMs = nowMs;
    // A restart keeps the options sampling began with: restart in full to take new source maps or a new interval.
    const restartInPlace = keepSampling && !sourceMapperPending && !restartPending;
    const profile = pprof.time.stop(restartInPlace);
    if (!restartInPlace) {
      sampling = false;
      lastContext = undefined;
      if (keepSampling) startSampling();
    }
    return profile;
  };
  const startSampling = (): void => {
    if (!running || sampling) return;
    pprof.time.start(timeOptions());
    sampledIntervalUs = settings.samplingIntervalUs;
    sourceMapperPending = false;
    restartPending = false;
    sampling = true;
    sampleStartMs = Date.now();
  };

  /** The time sampled since the last cut, which this cut takes. */
  const takeCoveredMs = (): number => {
    const coveredMs = sampledMs;
    sampledMs = 0;
    return coveredMs;
  };

  return {
    startSampling,
    setSamplingInterval(intervalUs) {
      if (intervalUs === settings.samplingIntervalUs) return;
      settings = { ...settings, samplingIntervalUs: intervalUs };
      restartPending = true;
    },
    pauseSampling() {
      if (!running || !sampling) return;
      // One window per interval: a second one would replace the first.
      paused = takeWall(false);
    },
    async cut(intervalMs, then) {
      if (!running) throw new Error('the profiler is stopped');
      const host = hostClock();
      const samplingIntervalUs = sampledIntervalUs;
      const wall = host.run(() => takeWall(then === 'continue'));
      const coveredMs = takeCoveredMs();
      await nextTurn();
      const heap = host.run(() => pprof.heap.profile(undefined, sourceMapper));
      host.run(() => scaleToInterval(wall, coveredMs, intervalMs));
      // encode() serializes synchronously, then gzips on libuv's pool: both gzips run at once.
      const encoded = host.run(() => [wall ? pprof.encode(wall) : Promise.resolve(undefined), pprof.encode(heap)] as const);
      const [wallBytes, heapBytes] = await Promise.all(encoded);
      return encodedProfiles(wallBytes, heapBytes, host.ms, samplingIntervalUs);
    },
    cutFinal(intervalMs) {
      if (!running) throw new Error('the profiler is stopped');
      const host = hostClock();
      const samplingIntervalUs = sampledIntervalUs;
      let wall: WallProfile | undefined;
      let heap: ReturnType<typeof pprof.heap.profile>;
      let coveredMs: number;
      try {
        wall = host.run(() => takeWall(false));
        coveredMs = takeCoveredMs();
        heap = host.run(() => pprof.heap.profile(undefined, sourceMapper));
      } finally {
        running = false;
        stopQuietly(pprof);
      }
      const sampled = wall;
      host.run(() => scaleToInterval(sampled, coveredMs, intervalMs));
      const [wallBytes, heapBytes] = host.run(() => [sampled && pprof.encodeSync(sampled), pprof.encodeSync(heap)] as const);
      return encodedProfiles(wallBytes, heapBytes, host.ms, samplingIntervalUs);
    },
    setContext(context) {
      // Between sampling windows there is nothing to label (and @datadog/pprof would throw).
      if (!running || !sampling) return;
      try {
        // With contexts following continuations each async frame has its
        // own, so the last one set says nothing about the current frame: ask.
        const current: unknown = contextFollowsAsync ? pprof.time.getContext() : lastContext;
        if (context === current) return;
        pprof.time.setContext(context);
        lastContext = context;
      } catch {
        // Thrown when the time profiler is stopped, as at process exit
        // (@datadog/pprof stops it on 'exit'): nothing to label any more.
        if (!pprof.time.isStarted()) running = false;
      }
    },
    currentContext() {
      if (!running || !sampling) return undefined;
      if (!contextFollowsAsync) return lastContext;
      try {
        return pprof.time.getContext() as object | undefined;
      } catch {
        return undefined;
      }
    },
    contextFollowsAsync,
    sourceMaps,
  };
}

/** A cut's bytes and costs; the sampling interval only with a wall profile, which it describes. */
function encodedProfiles(wall: Uint8Array | undefined, heap: Uint8Array, hostMs: number, samplingIntervalUs: number): EncodedProfiles {
  return { wall, heap, hostMs, samplingIntervalUs: wall ? samplingIntervalUs : undefined };
}

/** Adds up the time a cut's steps hold the host's thread. */
function hostClock(): { run<T>(step: () => T): T; readonly ms: number } {
  let ms = 0;
  return {
    run: (step) => onHostThread(step, (stepMs) => (ms += stepMs)),
    get ms() {
      return ms;
    },
  };
}

/** Scales a window that sampled part of its interval to the whole interval. */
function scaleToInterval(wall: WallProfile | undefined, coveredMs: number, intervalMs: number): void {
  if (wall && coveredMs > 0 && coveredMs < intervalMs * FULL_COVERAGE) scaleSamples(wall, intervalMs / coveredMs);
}

/** Lets the host's pending work (requests, timers) run before the next step. */
const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Scans the app's directory for source maps (node_modules and .git are skipped); undefined when there are none. */
async function loadSourceMaps(pprof: typeof Pprof, dir: string | undefined): Promise<Pprof.SourceMapper | undefined> {
  if (dir === undefined) return undefined;
  try {
    const mapper = await pprof.SourceMapper.create([dir]);
    return mapper.infoMap.size > 0 ? mapper : undefined;
  } catch {
    // An unreadable directory or a broken map: frames stay as compiled.
    return undefined;
  }
}

function timeProfilerOptions(settings: ProfilerSettings) {
  return {
    intervalMicros: settings.samplingIntervalUs,
    // @datadog/pprof sizes its buffer of sample labels for twice this span
    // between cuts and silently drops labels beyond it; its default (60 s)
    // is too short for long upload intervals.
    durationMillis: settings.uploadIntervalMs,
    collectCpuTime: true,
    // Required by collectCpuTime, and lets spans label samples
    // (time.setContext). Measured: no throughput difference within noise.
    withContexts: true,
    // On: each restart blocks the host's thread for up to four sampling
    // intervals (~20 ms at 100 Hz) waiting on sampler signals, to make a V8
    // sampler hang less likely. Off: a restart takes ~1 ms; the hang is still
    // detected at each cut and cured by a full restart (bench/RESULTS.md §10).
    workaroundV8Bug: false,
  };
}

/** Starts wall/CPU sampling; returns whether contexts follow async continuations. */
function startTimeProfiler(pprof: typeof Pprof, settings: ProfilerSettings): boolean {
  const options = timeProfilerOptions(settings);
  if (settings.spans && asyncContextFrameActive()) {
    try {
      pprof.time.start({ ...options, useCPED: true });
      return true;
    } catch {
      // "useCPED is not supported on this Node.js version": the caller then
      // re-sets the context on each async resumption instead.
    }
  }
  pprof.time.start(options);
  return false;
}

/**
 * Whether AsyncLocalStorage runs on AsyncContextFrame (on by default from
 * Node 24; behind --experimental-async-context-frame on 22), which is what
 * writes the slot useCPED reads. Without it @datadog/pprof still accepts
 * useCPED (Node 22.9+) and then labels no sample at all, so its own probe
 * decides. That probe is not part of the package's API: when it cannot be
 * loaded, the async hook, right everywhere, is used.
 */
function asyncContextFrameActive(): boolean {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const probe = require('@datadog/pprof/out/src/async-context-frame') as { isAsyncContextFrameActive(): boolean };
    return probe.isAsyncContextFrameActive();
  } catch {
    return false;
  }
}

/** Best effort at the end: a profiler that fails to stop has nothing left to give. */
function stopQuietly(pprof: typeof Pprof): void {
  try {
    if (pprof.time.isStarted()) pprof.time.stop();
  } catch {
    // Already reported by the cut that failed.
  }
  try {
    pprof.heap.stop();
  } catch {
    // As above.
  }
}
