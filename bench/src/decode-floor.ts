import { gunzipSync } from 'node:zlib';
import { Hasher64 } from '@flamehouse/server/dist/hash.js';
import { round } from './stats.js';
import type { Upload } from './uploads.js';

// The least any decoder of these uploads must do, whatever it builds: gunzip
// the body, read every number of the protobuf (keys, ids, values, lengths),
// and look at every byte of the string table once (hashed here, as a frame's
// identity is its name's bytes). Measured with a walker that stores nothing,
// so the figures bound from below what the server's reader and normalize can
// reach on this machine, one thread.

// Profile fields (proto/profile.proto) holding messages whose numbers a decoder reads: sample types, samples,
// locations, functions, period type; inside them, a sample's labels and a location's lines.
const PROFILE_MESSAGES: ReadonlySet<number> = new Set([1, 2, 4, 5, 11]);
const SAMPLE = 2;
const LOCATION = 4;
const STRING_TABLE = 6;

/** Reads every varint of a protobuf message it descends into; collects the string table's bounds. */
class Walker {
  private pos = 0;
  /** Sum of the numbers read, so that no read is left out. */
  sum = 0;
  readonly strings: number[] = [];

  constructor(private readonly bytes: Uint8Array) {}

  private varint(): number {
    const { bytes } = this;
    let value = 0;
    let shift = 0;
    let byte: number;
    do {
      byte = bytes[this.pos++]!;
      if (shift < 28) value |= (byte & 0x7f) << shift;
      shift += 7;
    } while (byte >= 0x80);
    return value >>> 0;
  }

  walk(end = this.bytes.length, depth = 0, parent = 0): void {
    while (this.pos < end) {
      const key = this.varint();
      const wire = key & 7;
      const field = key >>> 3;
      if (wire === 0) this.sum += this.varint();
      else if (wire === 1) this.pos += 8;
      else if (wire === 5) this.pos += 4;
      else {
        const stop = this.varint() + this.pos;
        if (depth === 0 && PROFILE_MESSAGES.has(field)) this.walk(stop, 1, field);
        else if (depth === 1 && ((parent === SAMPLE && field === 3) || (parent === LOCATION && field === 4))) this.walk(stop, 2, field);
        else if (depth === 1 && parent === SAMPLE && (field === 1 || field === 2)) while (this.pos < stop) this.sum += this.varint();
        else {
          if (depth === 0 && field === STRING_TABLE) this.strings.push(this.pos, stop);
          this.pos = stop;
        }
      }
    }
  }
}

export interface DecodeFloor {
  /** Time a profile, µs, on one thread (as the decode-cost step): gunzip; gunzip and the walk; gunzip, the walk and every string byte hashed. */
  readonly perProfileUs: { gunzip: number; gunzipWalk: number; gunzipWalkHash: number };
  /** Profiles a second a core at that floor. */
  readonly profilesPerCoreS: number;
  readonly stringKiBPerProfile: number;
}

export function measureDecodeFloor(uploads: readonly Upload[], rounds = 10): DecodeFloor {
  const steps = { gunzip: 0, gunzipWalk: 0, gunzipWalkHash: 0 };
  let stringBytes = 0;
  // The first round also pays for JIT compilation.
  for (let round = 0; round <= rounds; round++) {
    for (const step of ['gunzip', 'gunzipWalk', 'gunzipWalkHash'] as const) {
      const start = performance.now();
      for (const upload of uploads) {
        const raw = gunzipSync(upload.body);
        if (step === 'gunzip') continue;
        const walker = new Walker(raw);
        walker.walk();
        if (step === 'gunzipWalk') continue;
        for (let i = 0; i < walker.strings.length; i += 2) new Hasher64().bytes(raw, walker.strings[i]!, walker.strings[i + 1]!).halves();
        if (round === 0) for (let i = 0; i < walker.strings.length; i += 2) stringBytes += walker.strings[i + 1]! - walker.strings[i]!;
      }
      if (round > 0) steps[step] += (performance.now() - start) * 1000;
    }
  }
  const perProfile = (us: number): number => round(us / (rounds * uploads.length));
  const perProfileUs = { gunzip: perProfile(steps.gunzip), gunzipWalk: perProfile(steps.gunzipWalk), gunzipWalkHash: perProfile(steps.gunzipWalkHash) };
  return {
    perProfileUs,
    profilesPerCoreS: round(1e6 / perProfileUs.gunzipWalkHash, 0),
    stringKiBPerProfile: round(stringBytes / uploads.length / 1024),
  };
}
