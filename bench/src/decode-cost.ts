import { gunzipSync } from 'node:zlib';
import { decodeProfile } from '@flamehouse/proto/profile-reader';
import { FrameIds } from '@flamehouse/server/dist/ingest/frame-ids.js';
import { normalizeProfile } from '@flamehouse/server/dist/ingest/normalize.js';
import { round } from './stats.js';
import type { Upload } from './uploads.js';

// The CPU one profile costs before storage is involved: gunzip and protobuf
// decode (the two steps of the server's decodePprof), normalizeProfile, and
// the JSON text the ClickHouse client makes of the rows every insert carries
// (frames and stacks already stored are skipped by the writer, so only
// sample and profile rows). One thread, no HTTP, no storage. Frame ids come
// from one cache for all bodies, as in the server (warm after the first pass).

export interface DecodeCost {
  readonly profiles: number;
  readonly perProfileUs: { gunzip: number; decode: number; normalize: number; rowsJson: number };
  readonly decodeNormalizeUs: number;
  readonly profilesPerCoreS: number;
  readonly withRowsJsonPerCoreS: number;
  readonly sampleRowsPerProfile: number;
  readonly framesPerProfile: number;
  readonly stacksPerProfile: number;
  readonly rowsJsonKiBPerProfile: number;
}

export function measureDecodeCost(uploads: readonly Upload[], seconds: number): DecodeCost {
  const us = { gunzip: 0, decode: 0, normalize: 0, rowsJson: 0 };
  let profiles = 0;
  let sampleRows = 0;
  let frames = 0;
  let stacks = 0;
  let jsonChars = 0;
  const frameIds = new FrameIds(1_000_000);
  const endMs = performance.now() + seconds * 1000;
  // At least two passes: the first one also pays for JIT compilation.
  for (let pass = 0; pass < 2 || performance.now() < endMs; pass++) {
    for (const upload of uploads) {
      const t0 = performance.now();
      const raw = gunzipSync(upload.body);
      const t1 = performance.now();
      const profile = decodeProfile(raw);
      const t2 = performance.now();
      const batch = normalizeProfile(profile, upload.meta, frameIds);
      const t3 = performance.now();
      let text = '';
      for (const row of batch.samples) text += JSON.stringify(row) + '\n';
      for (const row of batch.profiles) text += JSON.stringify(row) + '\n';
      const t4 = performance.now();
      if (pass === 0) continue;
      us.gunzip += (t1 - t0) * 1000;
      us.decode += (t2 - t1) * 1000;
      us.normalize += (t3 - t2) * 1000;
      us.rowsJson += (t4 - t3) * 1000;
      jsonChars += text.length;
      profiles++;
      sampleRows += batch.samples.length;
      frames += batch.frames.length;
      stacks += batch.stacks.length;
    }
  }
  const perProfileUs = {
    gunzip: round(us.gunzip / profiles),
    decode: round(us.decode / profiles),
    normalize: round(us.normalize / profiles),
    rowsJson: round(us.rowsJson / profiles),
  };
  const decodeNormalizeUs = perProfileUs.gunzip + perProfileUs.decode + perProfileUs.normalize;
  return {
    profiles,
    perProfileUs,
    decodeNormalizeUs: round(decodeNormalizeUs),
    profilesPerCoreS: round(1e6 / decodeNormalizeUs, 0),
    withRowsJsonPerCoreS: round(1e6 / (decodeNormalizeUs + perProfileUs.rowsJson), 0),
    sampleRowsPerProfile: round(sampleRows / profiles),
    framesPerProfile: round(frames / profiles),
    stacksPerProfile: round(stacks / profiles),
    rowsJsonKiBPerProfile: round(jsonChars / profiles / 1024),
  };
}
