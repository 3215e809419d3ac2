import { describe, expect, it } from 'vitest';
import Long from 'long';
import { perftools } from '../generated/profile.js';
import { decodeProfile } from '../src/profile-reader.js';

const { Profile } = perftools.profiles;

/** Longs and numbers alike as decimal strings. */
function plain(message: object): unknown {
  return JSON.parse(JSON.stringify(message, (_key, value: unknown) => (Long.isLong(value) || typeof value === 'number' ? String(value) : value)));
}

describe('decodeProfile', () => {
  it('keeps time_nanos beyond 2^53 exact', () => {
    const nanos = '1795359404923123457';
    const decoded = decodeProfile(Profile.encode({ timeNanos: Long.fromString(nanos), stringTable: [''] }).finish());
    expect(Long.isLong(decoded.timeNanos)).toBe(true);
    expect(decoded.timeNanos.toString()).toBe(nanos);
  });

  it('reads values that fit in 49 bits as numbers, packed and not, and larger or negative ones as exact Longs', () => {
    const largest = 2 ** 49 - 1;
    const beyond = Long.fromString('562949953421312'); // 2^49: the first value that takes 8 bytes
    const source = {
      stringTable: ['', 'wall', 'nanoseconds'],
      sampleType: [{ type: 1, unit: 2 }],
      durationNanos: 10_000_000_000,
      function: [{ id: 300, name: 1, startLine: 0 }],
      location: [{ id: 300, address: largest, line: [{ functionId: 300, line: 127 }] }],
      sample: [
        { locationId: [300, 1, largest], value: [0, 128, largest] },
        { locationId: [beyond], value: [-1, Long.fromString('-9223372036854775808')] },
      ],
    };
    const bytes = Profile.encode(source).finish();
    const decoded = decodeProfile(bytes);
    expect(decoded.sample[0]?.locationId).toEqual([300, 1, largest]);
    expect(decoded.sample[0]?.value).toEqual([0, 128, largest]);
    expect(decoded.durationNanos).toBe(10_000_000_000);
    expect(decoded.location[0]).toMatchObject({ id: 300, address: largest, line: [{ functionId: 300, line: 127 }] });
    expect(decoded.sampleType[0]).toMatchObject({ type: 1, unit: 2 });
    const [big, minusOne, min] = [decoded.sample[1]?.locationId?.[0], decoded.sample[1]?.value?.[0], decoded.sample[1]?.value?.[1]];
    expect(Long.isLong(big) && big.toString()).toBe(beyond.toString());
    expect(Long.isLong(minusOne) && minusOne.toString()).toBe('-1');
    expect(Long.isLong(min) && min.toString()).toBe('-9223372036854775808');
    // The same message as the generated decoder reads, up to numbers standing for Longs.
    expect(plain(decoded)).toEqual(plain(Profile.decode(bytes)));
  });

  it('accepts a plain Uint8Array as well as a Buffer', () => {
    const bytes = Profile.encode({ stringTable: ['', 'naïve ✓'], timeNanos: 5 }).finish();
    const copy = new Uint8Array(bytes.length + 3).subarray(3);
    copy.set(bytes);
    const decoded = decodeProfile(copy);
    expect(decoded.stringTable).toEqual(['', 'naïve ✓']);
    expect(decoded.timeNanos).toBe(5);
  });

  it('throws on input cut inside a varint, and never reads a varint past the end of its field', () => {
    const bytes = Profile.encode({ stringTable: [''], sample: [{ locationId: [1, 300] }], durationNanos: 2 ** 40 }).finish();
    expect(decodeProfile(bytes).durationNanos).toBe(2 ** 40);
    // durationNanos is the last field, a 6-byte varint: any cut inside it leaves an unterminated varint.
    for (let cut = 1; cut <= 5; cut++) expect(() => decodeProfile(bytes.subarray(0, bytes.length - cut))).toThrow(RangeError);
    expect(() => decodeProfile(Profile.encode({ timeNanos: Long.fromString('1795359404923123457') }).finish().subarray(0, -1))).toThrow(
      RangeError,
    );

    // A sample whose packed location_id (2 bytes) ends inside a varint that the next field's bytes would complete.
    const sample = (lastIdByte: number) => Uint8Array.from([0x12, 7, 0x0a, 2, 0x81, lastIdByte, 0x12, 1, 5]);
    expect(decodeProfile(sample(0x01)).sample[0]).toMatchObject({ locationId: [129], value: [5] });
    expect(() => decodeProfile(sample(0x81))).toThrow(RangeError);
  });
});
