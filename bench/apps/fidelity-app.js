// The app the fidelity benchmark profiles: four functions burn the CPU in
// slices of random length (so no period can line up with the sampler's), in
// proportions set by FIDELITY_WEIGHTS, with idle gaps between bursts. It keeps
// its own account of the time each function ran, per 10 ms bucket, and prints
// it as one JSON line when it exits: the truth a profile is compared with.
'use strict';

const RUN_MS = Number(process.env.FIDELITY_RUN_MS || 60_000);
const BUCKET_MS = 10;
const NAMES = ['burnAlpha', 'burnBeta', 'burnGamma', 'burnDelta'];
const WEIGHTS = (process.env.FIDELITY_WEIGHTS || '50,25,15,10').split(',').map(Number);

const startMs = Date.now();
const startPerf = performance.now();
/** Per bucket, milliseconds each function ran: buckets[i][f]. */
const buckets = [];

function spin(ms) {
  const end = performance.now() + ms;
  let x = 0;
  while (performance.now() < end) {
    for (let i = 0; i < 200; i++) x += Math.sqrt(x + i);
  }
  return x;
}

// Four distinct functions, not one parameterised: the profile names each frame.
function burnAlpha(ms) {
  return spin(ms);
}
function burnBeta(ms) {
  return spin(ms);
}
function burnGamma(ms) {
  return spin(ms);
}
function burnDelta(ms) {
  return spin(ms);
}
const BURNS = [burnAlpha, burnBeta, burnGamma, burnDelta];

const totalWeight = WEIGHTS.reduce((a, b) => a + b, 0);
function pick() {
  let r = Math.random() * totalWeight;
  for (let f = 0; f < WEIGHTS.length; f++) {
    r -= WEIGHTS[f];
    if (r < 0) return f;
  }
  return WEIGHTS.length - 1;
}

function account(f, fromMs, untilMs) {
  // A slice may straddle buckets: split it at their edges.
  let at = fromMs;
  while (at < untilMs) {
    const index = Math.floor((at - startMs) / BUCKET_MS);
    const edge = startMs + (index + 1) * BUCKET_MS;
    const to = Math.min(edge, untilMs);
    while (buckets.length <= index) buckets.push([0, 0, 0, 0]);
    buckets[index][f] += to - at;
    at = to;
  }
}

let sink = 0;
function burst() {
  // 5–25 ms of work, then yield: the agent's timers and uploads run in between.
  const burstEnd = performance.now() + 5 + Math.random() * 20;
  while (performance.now() < burstEnd) {
    const f = pick();
    const sliceMs = 0.2 + Math.random() * 2;
    const fromMs = startMs + performance.now() - startPerf;
    sink += BURNS[f](sliceMs);
    account(f, fromMs, startMs + performance.now() - startPerf);
  }
  if (Date.now() - startMs >= RUN_MS) return;
  // Idle now and then, as a server between requests: wall time is not CPU time.
  if (Math.random() < 0.3) setTimeout(burst, Math.random() * 10);
  else setImmediate(burst);
}

process.on('exit', () => {
  // Synchronous: a pipe write still pending at exit would be cut short.
  require('node:fs').writeSync(1, `${JSON.stringify({ names: NAMES, startMs, bucketMs: BUCKET_MS, buckets, sink: sink > 0 })}\n`);
});
burst();
