// Preload for the overhead app that times @datadog/pprof's steps on the app's
// own thread, the pauses a profiler puts on its host. Every 2 s it either
// restarts the wall profiler in place (MODE=restart) or alternately stops and
// starts it (MODE=window), then takes and encodes a heap profile; one JSON
// line per step goes to stderr. WORKAROUND=1 turns on workaroundV8Bug.
//
//   MODE=window node --require ./apps/profiler-steps.js apps/overhead-app.js
'use strict';
const pprof = require('@datadog/pprof');

const mode = process.env.MODE === 'window' ? 'window' : 'restart';
const options = { intervalMicros: 10_000, collectCpuTime: true, withContexts: true, workaroundV8Bug: process.env.WORKAROUND === '1' };

function timed(step) {
  const startedMs = performance.now();
  const result = step();
  return [Math.round((performance.now() - startedMs) * 10) / 10, result];
}

pprof.heap.start(512 * 1024, 64);
pprof.time.start(options);
let sampling = true;
setInterval(() => {
  const line = { mode, heapUsedMiB: Math.round(process.memoryUsage().heapUsed / 2 ** 20) };
  if (mode === 'restart') [line.restartMs] = timed(() => pprof.time.stop(true));
  else if (sampling) [line.stopMs] = timed(() => pprof.time.stop(false));
  else [line.startMs] = timed(() => pprof.time.start(options));
  if (mode === 'window') sampling = !sampling;
  const [heapProfileMs, heap] = timed(() => pprof.heap.profile());
  line.heapProfileMs = heapProfileMs;
  [line.heapSerializeMs] = timed(() => void pprof.encode(heap).catch(() => undefined));
  process.stderr.write(`${JSON.stringify(line)}\n`);
}, 2_000).unref();
