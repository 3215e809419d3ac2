import type { PprofData } from './pprof-reader.js';

/** What @datadog/pprof names the sample of the process's other threads (its `NON_JS_THREADS_FUNCTION_NAME`). */
export const NON_JS_THREADS = 'Non JS threads activity';
/** V8's name for samples taken while the thread waited in the event loop. */
export const IDLE = '(idle)';

/**
 * CPU time of a wall profile that carries CPU time per sample
 * (@datadog/pprof's `collectCpuTime`), booked where the code ran.
 *
 * The profiler gives each wall sample the thread's CPU time since the
 * previous sample. On a service that is not saturated, work comes in bursts
 * shorter than the sampling period: a 1 ms burst is booked on the next
 * sample, which is usually taken while the thread waits (`(idle)`). Measured
 * on a service at a third of a core, `(idle)` held ~60 % of the CPU time and
 * the request handlers a third of what they used.
 *
 * The estimate: samples taken while JavaScript ran (any stack but `(idle)`)
 * are a uniform random draw of the thread's busy time, so each gets a share of
 * the thread's measured CPU in proportion to its wall time; `(idle)` gets
 * none; the other threads' sample keeps its own measurement. Totals stay what
 * the thread and the process used. A function blocked in a synchronous call
 * (readFileSync, Atomics.wait) counts as if it ran: the samples cannot tell.
 *
 * Returns one CPU value per sample, or undefined when the profile is not such
 * a profile, or no sample was taken while JavaScript ran (then the CPU stays
 * where the profiler put it).
 */
export function attributeCpu(profile: PprofData, wallIndex: number, cpuIndex: number): Float64Array | undefined {
  const leafName = (sample: number): string => {
    const start = profile.sampleLocationStart[sample]!;
    if (start === profile.sampleLocationStart[sample + 1]) return '';
    const location = profile.locationById[profile.sampleLocationId[start]!];
    if (location === undefined) return '';
    // The first line of a location is its innermost (inlined) function.
    const line = profile.locationLineStart[location]!;
    if (line === profile.locationLineStart[location + 1]) return '';
    const fn = profile.functionById[profile.lineFunctionId[line]!];
    return fn === undefined ? '' : profile.string(profile.functionName[fn]!);
  };

  const samples = profile.sampleCount;
  const kinds = new Uint8Array(samples);
  let threadCpu = 0;
  let busyWall = 0;
  for (let i = 0; i < samples; i++) {
    const leaf = leafName(i);
    const cpu = profile.value(i, cpuIndex);
    if (leaf === NON_JS_THREADS) {
      kinds[i] = OTHER_THREADS;
      continue;
    }
    threadCpu += cpu;
    if (leaf === IDLE) {
      kinds[i] = IDLE_SAMPLE;
      continue;
    }
    busyWall += Math.max(0, profile.value(i, wallIndex));
  }
  if (busyWall <= 0) return undefined;

  const perWall = threadCpu / busyWall;
  const cpuValues = new Float64Array(samples);
  for (let i = 0; i < samples; i++) {
    if (kinds[i] === OTHER_THREADS) cpuValues[i] = profile.value(i, cpuIndex);
    else if (kinds[i] === BUSY) cpuValues[i] = Math.max(0, profile.value(i, wallIndex)) * perWall;
  }
  return cpuValues;
}

const BUSY = 0;
const IDLE_SAMPLE = 1;
const OTHER_THREADS = 2;
