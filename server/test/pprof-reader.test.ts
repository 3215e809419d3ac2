import Long from 'long';
import { describe, expect, it } from 'vitest';
import { Writer } from 'protobufjs/minimal';
import { perftools } from '@flamehouse/proto/pprof';
import { FlamehouseError } from '../src/errors.js';
import { normalizeProfile, type UploadMeta } from '../src/ingest/normalize.js';
import { readPprof, type PprofData } from '../src/ingest/pprof-reader.js';

const Profile = perftools.profiles.Profile;
type Num = number | Long | null | undefined;
const num = (value: Num): number => (value === null || value === undefined ? 0 : typeof value === 'number' ? value : value.toNumber());

/** What protobufjs's generated decoder reads, in the reader's flat layout. */
function asDecoded(bytes: Uint8Array) {
  const p = Profile.decode(bytes);
  return {
    sampleTypes: p.sampleType.map((t) => ({ type: num(t.type), unit: num(t.unit) })),
    periodType: p.periodType ? { type: num(p.periodType.type), unit: num(p.periodType.unit) } : undefined,
    period: num(p.period),
    timeNanos: num(p.timeNanos),
    durationNanos: num(p.durationNanos),
    functions: p.function.map((f) => [num(f.id), num(f.name), num(f.systemName), num(f.filename), num(f.startLine)]),
    locations: p.location.map((l) => [num(l.id), num(l.address), (l.line ?? []).map((x) => [num(x.functionId), num(x.line)])]),
    samples: p.sample.map((s) => [
      (s.locationId ?? []).map(num),
      (s.value ?? []).map(num),
      (s.label ?? []).map((x) => [num(x.key), num(x.str), x.num === null || x.num === undefined || x.num === 0 ? '0' : x.num.toString()]),
    ]),
    strings: p.stringTable,
  };
}

/** The reader's arrays in the shape of `asDecoded`. */
function asRead(data: PprofData) {
  const range = (starts: Float64Array, values: Float64Array, i: number): number[] => Array.from(values.subarray(starts[i], starts[i + 1]));
  return {
    sampleTypes: data.sampleTypes,
    periodType: data.periodType,
    period: data.period,
    timeNanos: data.timeNanos,
    durationNanos: data.durationNanos,
    functions: Array.from(data.functionId, (id, i) => [id, data.functionName[i], data.functionSystemName[i], data.functionFile[i], data.functionStartLine[i]]),
    locations: Array.from(data.locationId, (id, i) => [
      id,
      data.locationAddress[i],
      range(data.locationLineStart, data.lineFunctionId, i).map((fn, j) => [fn, data.lineNumber[data.locationLineStart[i]! + j]]),
    ]),
    samples: Array.from({ length: data.sampleCount }, (_, i) => [
      range(data.sampleLocationStart, data.sampleLocationId, i),
      range(data.sampleValueStart, data.sampleValue, i),
      range(data.sampleLabelStart, data.labelKey, i).map((key, j) => {
        const at = data.sampleLabelStart[i]! + j;
        const value = BigInt.asIntN(64, (BigInt(data.labelNumHi[at]!) << 32n) | BigInt(data.labelNumLo[at]!));
        return [key, data.labelStr[at], value.toString()];
      }),
    ]),
    strings: Array.from(data.stringStart, (_, i) => data.string(i)),
  };
}

const strings = ['', 'wall', 'nanoseconds', 'cpu', 'main', 'work', '/srv/app.js', 'span id', 'trace_endpoint', 'GET /x', 'ünïcödé ✓'];
const profile = {
  stringTable: strings,
  sampleType: [
    { type: 1, unit: 2 },
    { type: 3, unit: 2 },
  ],
  periodType: { type: 1, unit: 2 },
  period: 10_000_000,
  // Past 2^53 and 2^32: the reader's numbers must match Long.toNumber.
  timeNanos: Long.fromString('1796100000123456789'),
  durationNanos: 10_000_000_000,
  function: [
    { id: 1, name: 4, systemName: 4, filename: 6, startLine: 3 },
    { id: 2, name: 5, systemName: 5, filename: 6, startLine: 40 },
    { id: 300, name: 10, filename: 6 },
  ],
  location: [
    { id: 1, line: [{ functionId: 1, line: 7 }] },
    { id: 2, line: [{ functionId: 2, line: 41 }, { functionId: 300, line: 9 }] },
    { id: 99, address: Long.fromString('18446744073709551615', true) },
    { id: Long.fromNumber(2 ** 40, true), address: 0x7f00_1234 },
  ],
  sample: [
    { locationId: [2, 1], value: [10_000_000, 4_000_000], label: [{ key: 7, num: Long.fromString('-1') }, { key: 8, str: 9 }] },
    { locationId: [99, Long.fromNumber(2 ** 40, true), 1], value: [Long.fromString('9007199254740993'), -5] },
    { locationId: [1], value: [200, 300], label: [{ key: 7, num: Long.fromString('9223372036854775807') }, { key: 7, num: 2 ** 40 }] },
    { locationId: [], value: [] },
  ],
};

describe('readPprof', () => {
  it('reads every field normalize uses as protobufjs decodes it, 64-bit values included', () => {
    const bytes = Profile.encode(profile).finish();
    expect(asRead(readPprof(bytes))).toEqual(asDecoded(bytes));
  });

  it('reads repeated numbers written one by one, as protobuf allows beside packed ones', () => {
    // Sample { location_id: 3, location_id: 200, value: 7 (unpacked), value: [1, 2] (packed) }
    const sample = new Writer();
    sample.uint32(8).uint64(3).uint32(8).uint64(200).uint32(16).int64(7);
    sample.uint32(18).fork().int64(1).int64(2).ldelim();
    const bytes = new Writer().uint32(18).bytes(sample.finish()).finish();
    expect(asRead(readPprof(bytes)).samples).toEqual([[[3, 200], [7, 1, 2], []]]);
    expect(asRead(readPprof(bytes))).toEqual(asDecoded(bytes));
  });

  it('refuses a profile at the first record past a limit, and reads one at the limit', () => {
    const bytes = Profile.encode(profile).finish();
    // The profile above: 4 samples, 3 functions and 4 locations, 11 strings, at most 2 labels on a sample.
    const at = { maxSamples: 4, maxLocations: 7, maxStrings: 11, maxLabelsPerSample: 2 };
    expect(readPprof(bytes, at).sampleCount).toBe(4);
    const past: [keyof typeof at, string][] = [
      ['maxSamples', 'FH_ERR_INGEST_TOO_MANY_SAMPLES'],
      ['maxLocations', 'FH_ERR_INGEST_TOO_MANY_LOCATIONS'],
      ['maxStrings', 'FH_ERR_INGEST_TOO_MANY_STRINGS'],
      ['maxLabelsPerSample', 'FH_ERR_INGEST_TOO_MANY_LABELS'],
    ];
    for (const [limit, code] of past) {
      expect(() => readPprof(bytes, { ...at, [limit]: at[limit] - 1 }), limit).toThrow(expect.objectContaining({ code }));
    }
  });

  it('refuses bytes cut anywhere with FH_ERR_INGEST_BAD_PPROF, never another error', () => {
    const bytes = Profile.encode(profile).finish();
    let refused = 0;
    for (let length = 1; length < bytes.length; length++) {
      const cut = bytes.subarray(0, length);
      try {
        // A cut between two fields is a valid, shorter profile; inside one it is not.
        readPprof(cut);
      } catch (error) {
        expect(error).toBeInstanceOf(FlamehouseError);
        expect((error as FlamehouseError).code).toBe('FH_ERR_INGEST_BAD_PPROF');
        refused++;
      }
    }
    expect(refused).toBeGreaterThan(bytes.length / 2);
  });

  it('refuses an unknown wire type, field 0, and a varint longer than 64 bits', () => {
    for (const bytes of [[0x0f, 0x00], [0x00, 0x01], [0x48, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01]]) {
      expect(() => readPprof(Uint8Array.from(bytes))).toThrow(/not a valid pprof profile/);
    }
  });

  it('refuses a function name that is not UTF-8 once normalize reads it', () => {
    const bytes = Profile.encode({ ...profile, stringTable: strings.map((s, i) => (i === 4 ? '' : s)) }).finish();
    const broken = Buffer.from(bytes);
    // Replace the empty string 4 with one invalid byte: rebuild the table entry by hand.
    const data = readPprof(broken);
    const start = data.stringStart[4]!;
    const patched = Buffer.concat([broken.subarray(0, start - 1), Buffer.from([1, 0xff]), broken.subarray(start)]);
    const meta: UploadMeta = {
      uploadId: 'u',
      service: 's',
      labels: new Map(),
      agent: { dropped: 0, cpuMs: 0, processCpuMs: 0, uploadBytes: 0, failures: 0 },
      receivedMs: 1796100000123,
    };
    expect(() => normalizeProfile(readPprof(patched), meta)).toThrow(/string 4 is not UTF-8/);
  });
});
