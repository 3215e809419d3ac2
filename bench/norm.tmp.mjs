import { makeUploads } from './dist/uploads.js';
import { gunzipSync } from 'node:zlib';
import { decodeProfile } from '@flamehouse/proto/profile-reader';
import { FrameIds } from '@flamehouse/server/dist/ingest/frame-ids.js';
import { normalizeProfile } from '@flamehouse/server/dist/ingest/normalize.js';
const uploads = makeUploads({ seed: 1, service: 'checkout-api', bodies: 300, pods: 100, functions: 3000, stacks: 5000, hits: 1000, spanShare: 0 });
const raws = uploads.map((u) => gunzipSync(u.body));
const ids = new FrameIds(1e9);
const mode = process.env.MODE ?? 'both';
const profiles = raws.map((r) => decodeProfile(r));
const end = performance.now() + Number(process.env.S ?? 10) * 1000;
let n = 0, t = 0;
while (performance.now() < end) for (let i = 0; i < raws.length; i++) {
  const t0 = performance.now();
  if (mode === 'decode') decodeProfile(raws[i]);
  else if (mode === 'normalize') normalizeProfile(profiles[i], uploads[i].meta, ids);
  else normalizeProfile(decodeProfile(raws[i]), uploads[i].meta, ids);
  t += performance.now() - t0; n++;
}
console.log(mode, (t / n).toFixed(3), 'ms per profile', n);
