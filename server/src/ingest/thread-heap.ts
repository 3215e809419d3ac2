import { setFlagsFromString } from 'node:v8';

/**
 * How much old generation a decode thread fills before V8 collects it in full, at least. A thread keeps
 * ~10 MB alive (its memo of ids) and each upload's rows outlive a few young collections, so they reach the
 * old generation and die there. V8 sizes the next full collection from what the last one kept: two
 * threads collected in full every ~60 ms under load (58 times in 2,100 uploads on Node 26, 35 on Node
 * 20; 6 and 1 with this floor). With it the pool decoded 14-23 % more uploads a second (bench/RESULTS.md §28).
 */
export const DECODE_THREAD_OLD_SPACE_MIB = 128;

/**
 * Sets the floor for the isolates created from now on (the running one keeps its own heap), unless the
 * operator started Node with a size of their own. V8's flags are per process and Worker's resourceLimits
 * have no initial size, hence the flag.
 */
export function floorDecodeThreadHeap(): void {
  if (process.execArgv.some((arg) => /^--initial[-_](old[-_]space|heap)[-_]size/.test(arg))) return;
  setFlagsFromString(`--initial-old-space-size=${DECODE_THREAD_OLD_SPACE_MIB}`);
}
