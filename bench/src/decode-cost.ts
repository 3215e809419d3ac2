import { gunzipSync } from 'node:zlib';
import { encodeBatch } from '@flamehouse/server/dist/ingest/encode.js';
import { IdMemo } from '@flamehouse/server/dist/ingest/id-memo.js';
import { normalizeProfile } from '@flamehouse/server/dist/ingest/normalize.js';
import { readPprof } from '@flamehouse/server/dist/ingest/pprof-reader.js';
import { round } from './stats.js';
import type { Upload } from './uploads.js';

// The CPU one profile costs a decode thread before storage is involved:
// gunzip and protobuf decode (the two steps of the server's decodePprof),
// normalizeProfile, and encodeBatch, the text of the rows the thread hands to
// the event loop. Frames and stacks an earlier profile held count as stored,
// as the writer tells the threads in a running server, so their rows are left
// out. One thread, no HTTP, no storage. Frame and stack ids come from one
// memo for all bodies, as in the server (warm after the first pass).

export interface DecodeCost {
  readonly profiles: number;
  readonly perProfileUs: { gunzip: number; decode: number; normalize: number; encode: number };
  readonly decodeNormalizeUs: number;
  readonly profilesPerCoreS: number;
  readonly withEncodePerCoreS: number;
  readonly sampleRowsPerProfile: number;
  /** Rows of frames and stacks no earlier profile held: the only ones normalize makes. */
  readonly newFramesPerProfile: number;
  readonly newStacksPerProfile: number;
  readonly encodedKiBPerProfile: number;
}

export function measureDecodeCost(uploads: readonly Upload[], seconds: number): DecodeCost {
  const us = { gunzip: 0, decode: 0, normalize: 0, encode: 0 };
  let profiles = 0;
  let sampleRows = 0;
  let frames = 0;
  let stacks = 0;
  let encodedChars = 0;
  const idMemo = new IdMemo(64 * 1024 * 1024);
  const stored = { frame: new Set<string>(), stack: new Set<string>() };
  const endMs = performance.now() + seconds * 1000;
  // At least two passes: the first one also pays for JIT compilation.
  for (let pass = 0; pass < 2 || performance.now() < endMs; pass++) {
    for (const upload of uploads) {
      const t0 = performance.now();
      const raw = gunzipSync(upload.body);
      const t1 = performance.now();
      const profile = readPprof(raw);
      const t2 = performance.now();
      const batch = normalizeProfile(profile, upload.meta, idMemo, undefined, { has: (kind, id) => stored[kind].has(id), mark: 0 });
      const t3 = performance.now();
      const encoded = encodeBatch(batch);
      const t4 = performance.now();
      for (const id of encoded.frames.ids) stored.frame.add(id);
      for (const id of encoded.stacks.ids) stored.stack.add(id);
      if (pass === 0) continue;
      us.gunzip += (t1 - t0) * 1000;
      us.decode += (t2 - t1) * 1000;
      us.normalize += (t3 - t2) * 1000;
      us.encode += (t4 - t3) * 1000;
      encodedChars += encoded.samples.text.length + encoded.spans.text.length + encoded.profiles.text.length + encoded.frames.lines.join('').length + encoded.stacks.lines.join('').length;
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
    encode: round(us.encode / profiles),
  };
  const decodeNormalizeUs = perProfileUs.gunzip + perProfileUs.decode + perProfileUs.normalize;
  return {
    profiles,
    perProfileUs,
    decodeNormalizeUs: round(decodeNormalizeUs),
    profilesPerCoreS: round(1e6 / decodeNormalizeUs, 0),
    withEncodePerCoreS: round(1e6 / (decodeNormalizeUs + perProfileUs.encode), 0),
    sampleRowsPerProfile: round(sampleRows / profiles),
    newFramesPerProfile: round(frames / profiles),
    newStacksPerProfile: round(stacks / profiles),
    encodedKiBPerProfile: round(encodedChars / profiles / 1024),
  };
}
