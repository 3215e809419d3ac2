import { FlamehouseError } from '../errors.js';

/** What one upload may hold; checked before the profile is decoded, so a small gzip cannot make a huge object graph. */
export interface ProfileLimits {
  readonly maxSamples: number;
  readonly maxLocations: number;
  readonly maxStrings: number;
  readonly maxLabelsPerSample: number;
}

// Field numbers of perftools.profiles.Profile and Sample (proto/profile.proto).
const PROFILE_SAMPLE = 2;
const PROFILE_LOCATION = 4;
const PROFILE_FUNCTION = 5;
const PROFILE_STRING = 6;
const SAMPLE_LABEL = 3;

const VARINT = 0;
const FIXED64 = 1;
const LENGTH_DELIMITED = 2;
const FIXED32 = 5;

const malformed = (): FlamehouseError =>
  new FlamehouseError('FH_ERR_INGEST_BAD_PPROF', 'the upload is not a valid pprof profile: malformed protobuf');

/**
 * Counts a pprof profile's samples, locations, functions, strings and each
 * sample's labels by walking its protobuf wire format, allocating nothing,
 * and refuses the upload past a limit: a 122 KB gzip holding 6.3 M samples
 * once took 20 s and 3 GB to decode.
 */
export function checkProfileLimits(bytes: Uint8Array, limits: ProfileLimits): void {
  let samples = 0;
  let locations = 0;
  let strings = 0;
  walk(bytes, 0, bytes.length, (field, start, end) => {
    switch (field) {
      case PROFILE_SAMPLE: {
        if (++samples > limits.maxSamples) {
          throw new FlamehouseError('FH_ERR_INGEST_TOO_MANY_SAMPLES', `the profile has more than ${limits.maxSamples} samples`);
        }
        let labels = 0;
        walk(bytes, start, end, (inner) => {
          if (inner === SAMPLE_LABEL && ++labels > limits.maxLabelsPerSample) {
            throw new FlamehouseError('FH_ERR_INGEST_TOO_MANY_LABELS', `a sample has more than ${limits.maxLabelsPerSample} labels`);
          }
        });
        return;
      }
      case PROFILE_LOCATION:
      case PROFILE_FUNCTION:
        if (++locations > limits.maxLocations) {
          throw new FlamehouseError(
            'FH_ERR_INGEST_TOO_MANY_LOCATIONS',
            `the profile has more than ${limits.maxLocations} locations and functions`,
          );
        }
        return;
      case PROFILE_STRING:
        if (++strings > limits.maxStrings) {
          throw new FlamehouseError('FH_ERR_INGEST_TOO_MANY_STRINGS', `the profile has more than ${limits.maxStrings} strings`);
        }
    }
  });
}

/**
 * Calls `onField` with the number and payload bounds of each length-delimited
 * field in [start, end) of protobuf bytes; skips the rest. Malformed bytes are FH_ERR_INGEST_BAD_PPROF
 * unless `fail` says otherwise.
 */
export function walk(
  bytes: Uint8Array,
  start: number,
  end: number,
  onField: (field: number, start: number, end: number) => void,
  fail: () => FlamehouseError = malformed,
): void {
  let pos = start;
  const varint = (): number => {
    let value = 0;
    let scale = 1;
    for (let i = 0; i < 10; i++, scale *= 128) {
      if (pos >= end) throw fail();
      const byte = bytes[pos++]!;
      value += (byte & 0x7f) * scale;
      if (byte < 0x80) return value;
    }
    throw fail();
  };
  while (pos < end) {
    const key = varint();
    const field = Math.floor(key / 8);
    switch (key & 7) {
      case VARINT:
        varint();
        break;
      case FIXED64:
        pos += 8;
        break;
      case FIXED32:
        pos += 4;
        break;
      case LENGTH_DELIMITED: {
        const length = varint();
        const payloadEnd = pos + length;
        if (payloadEnd > end) throw fail();
        onField(field, pos, payloadEnd);
        pos = payloadEnd;
        break;
      }
      default:
        throw fail();
    }
    if (field === 0 || pos > end) throw fail();
  }
}
