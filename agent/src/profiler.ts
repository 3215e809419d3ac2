// The only file that touches @datadog/pprof: the native boundary stays small
// and everything else can be tested without it.
import type * as Pprof from '@datadog/pprof';

/** Frames kept per heap sample; deeper stacks are cut at the root end. */
const HEAP_STACK_DEPTH = 64;

export interface ProfilerSettings {
  readonly samplingIntervalUs: number;
  readonly heapIntervalBytes: number;
}

/** One window's profiles, each gzipped pprof. */
export interface EncodedProfiles {
  readonly wall: Uint8Array;
  readonly heap: Uint8Array;
}

export interface Profiler {
  /**
   * Ends the current window. The wall profile is cut synchronously, so the
   * window ends at the call; encoding finishes later. With `restart` false
   * both profilers stop and later cuts reject.
   */
  cut(restart: boolean): Promise<EncodedProfiles>;
}

/** Throws when the native module cannot load or the profilers cannot start. */
export function startProfiler(settings: ProfilerSettings): Profiler {
  // Loaded here rather than imported at the top so that a platform without
  // a prebuilt binary surfaces as a catchable error, not a failed preload.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const pprof = require('@datadog/pprof') as typeof Pprof;
  pprof.time.start({
    intervalMicros: settings.samplingIntervalUs,
    collectCpuTime: true,
    // Required by collectCpuTime, and lets spans label samples later
    // (time.setContext). Measured: no throughput difference within noise.
    withContexts: true,
  });
  try {
    pprof.heap.start(settings.heapIntervalBytes, HEAP_STACK_DEPTH);
  } catch (error) {
    pprof.time.stop();
    throw error;
  }

  let running = true;
  const takeProfiles = (restart: boolean) => {
    try {
      return { wall: pprof.time.stop(restart), heap: pprof.heap.profile() };
    } finally {
      if (!restart) {
        running = false;
        stopQuietly(pprof);
      }
    }
  };
  return {
    async cut(restart) {
      if (!running) throw new Error('the profiler is stopped');
      const { wall, heap } = takeProfiles(restart);
      const [wallBytes, heapBytes] = await Promise.all([pprof.encode(wall), pprof.encode(heap)]);
      return { wall: wallBytes, heap: heapBytes };
    },
  };
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
