// @datadog/pprof alone, without the agent, for attributing the agent's cost
// (bench/RESULTS.md §11): starts the profilers the environment asks for, and
// every 10 s cuts and encodes their profiles, which it then drops.
//   RAW_INTERVAL_US  wall/CPU sampling period (10000)
//   RAW_CONTEXTS     1: with contexts and CPU time, as the agent runs it
//   RAW_WALL         0: no wall/CPU profiler
//   RAW_HEAP_BYTES   heap sampling interval; 0 or unset: no heap sampling
'use strict';
const pprof = require('@datadog/pprof');

const intervalMicros = Number(process.env.RAW_INTERVAL_US || 10_000);
const contexts = process.env.RAW_CONTEXTS === '1';
const wall = process.env.RAW_WALL !== '0';
const heapBytes = Number(process.env.RAW_HEAP_BYTES || 0);

if (heapBytes > 0) pprof.heap.start(heapBytes, 64);
if (wall) {
  pprof.time.start({ intervalMicros, durationMillis: 10_000, withContexts: contexts, collectCpuTime: contexts, workaroundV8Bug: false, lineNumbers: false });
}
setInterval(() => {
  const encodes = [];
  if (wall) encodes.push(pprof.encode(pprof.time.stop(true)));
  if (heapBytes > 0) encodes.push(pprof.encode(pprof.heap.profile()));
  Promise.all(encodes).catch(() => {});
}, 10_000).unref();
