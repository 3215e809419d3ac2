import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { perftools } from '@flamehouse/proto/pprof';
import { decodePprof } from '../src/ingest/decode.js';
import { normalizeProfile, type UploadMeta } from '../src/ingest/normalize.js';
import { FlamehouseError } from '../src/errors.js';
import { IdMemo } from '../src/ingest/id-memo.js';
import { readPprof } from '../src/ingest/pprof-reader.js';
import { WALL_CPU, makePprof } from './pprof-fixture.js';

const meta: UploadMeta = {
  uploadId: 'u1',
  service: 'svc',
  labels: new Map([['service.version', '1']]),
  agent: { dropped: 2, cpuMs: 30, processCpuMs: 3000, uploadBytes: 4096, failures: 1 },
  receivedMs: Date.now(),
};

describe('normalizeProfile', () => {
  it('moves span labels to columns and other sample labels into series', () => {
    const profile = decodePprof(
      makePprof({
        sampleTypes: WALL_CPU,
        samples: [
          { stack: 'main;work', values: [10, 4], labels: { span_id: 'ab', trace_id: 'cd', trace_endpoint: 'GET /x' } },
          { stack: 'main;work', values: [10, 4], labels: { span_id: 'ab', trace_id: 'cd', trace_endpoint: 'GET /x' } },
          { stack: 'main;work', values: [5, 2], labels: { 'thread name': 'worker-1' } },
          { stack: '(idle)', values: [0, 0] },
        ],
      }),
      1 << 20,
    );
    const batch = normalizeProfile(profile, meta);
    // Wall and CPU of a stack and span ride on one entry; the idle sample, zero in both, stores none.
    expect(batch.samples.every((row) => row[1] === 'time')).toBe(true);
    expect(batch.samples.map((row) => [row[5], row[6], row[7], row[8], row[10]]).sort()).toEqual([
      [20, 8, 'ab', 'cd', 'GET /x'],
      [5, 2, '', '', ''],
    ]);
    expect(batch.series.map((row) => row[2]).sort((a, b) => Object.keys(a).length - Object.keys(b).length)).toEqual([
      { 'service.version': '1' },
      { 'service.version': '1', 'thread name': 'worker-1' },
    ]);
    // The agent's report is counted once per upload, not once per type.
    expect(batch.profiles.map((row) => [row[1], row[6], row[7], row[8]])).toEqual([
      ['wall', 25, 2, 30],
      ['cpu', 10, 0, 0],
    ]);
  });

  it("sums a span's samples wherever they are listed, and keeps spans, label sets and unlabelled samples apart", () => {
    const span = (id: string) => ({ span_id: id, trace_id: `t-${id}`, local_root_span_id: 'r', trace_endpoint: 'GET /x' });
    const profile = decodePprof(
      makePprof({
        sampleTypes: WALL_CPU,
        // One stack throughout, as an agent lists a call-tree node's samples: spans interleave.
        samples: [
          { stack: 'main;work', values: [1, 1], labels: span('a') },
          { stack: 'main;work', values: [2, 2], labels: span('b') },
          { stack: 'main;work', values: [4, 4] },
          { stack: 'main;work', values: [8, 8], labels: span('a') },
          { stack: 'main;work', values: [16, 16], labels: { ...span('b'), 'thread name': 'w' } },
          { stack: 'main;work', values: [32, 32], labels: span('b') },
          { stack: 'main;work', values: [64, 64] },
        ],
      }),
      1 << 20,
    );
    const batch = normalizeProfile(profile, meta);
    const seriesLabels = new Map(batch.series.map((row) => [row[1], Object.keys(row[2]).length]));
    expect(batch.samples.map((row) => [row[5], row[7], row[8], row[9], seriesLabels.get(row[4])])).toEqual([
      [9, 'a', 't-a', 'r', 1],
      [34, 'b', 't-b', 'r', 1],
      [68, '', '', '', 1],
      [16, 'b', 't-b', 'r', 2],
    ]);
  });

  it('expands inlined frames in caller order and shares identical stacks', () => {
    const strings = ['', 'cpu', 'nanoseconds', 'outer', 'inlined', 'leaf', 'a.js'];
    const bytes = perftools.profiles.Profile.encode({
      stringTable: strings,
      sampleType: [{ type: 1, unit: 2 }],
      function: [
        { id: 1, name: 3, filename: 6 },
        { id: 2, name: 4, filename: 6 },
        { id: 3, name: 5, filename: 6 },
      ],
      // Location 1 holds `inlined` inlined into `outer`: the caller comes last.
      location: [
        { id: 1, line: [{ functionId: 2 }, { functionId: 1 }] },
        { id: 2, line: [{ functionId: 3 }] },
      ],
      sample: [
        { locationId: [2, 1], value: [4] },
        { locationId: [2, 1], value: [6] },
      ],
    }).finish();
    const batch = normalizeProfile(readPprof(bytes), meta);
    expect(batch.stacks).toHaveLength(1);
    const names = new Map(batch.frames.map((f) => [f[0], f[1]]));
    expect(batch.stacks[0]![1].map((id) => names.get(id))).toEqual(['outer', 'inlined', 'leaf']);
    // A profile of CPU time alone: the wall value of its entry is zero.
    expect(batch.samples.map((row) => [row[1], row[5], row[6]])).toEqual([['time', 0, 10]]);
  });

  it('makes no rows for what storage holds, and asks again only when the mark of what it holds changes', () => {
    const profile = decodePprof(makePprof({ sampleTypes: WALL_CPU, samples: [{ stack: 'main;a;b', values: [3, 2] }, { stack: 'main;c', values: [1, 1] }] }), 1 << 20);
    const ids = new IdMemo(1 << 20);
    const all = normalizeProfile(profile, meta, ids);
    const held = new Set([...all.frames.map((f) => f[0]), all.stacks[0]![0]]);
    let asked = 0;
    const stored = (mark: number) => ({ mark, has: (_kind: string, id: string) => (asked++, held.has(id)) });
    const first = normalizeProfile(profile, meta, ids, undefined, stored(1));
    expect(first.frames).toEqual([]);
    expect(first.stacks).toEqual(all.stacks.slice(1));
    expect(first.samples).toEqual(all.samples);
    const askedFirst = asked;
    expect(askedFirst).toBeGreaterThanOrEqual(held.size);
    // Same mark: the held ids are known held without asking; the one not held is asked again.
    normalizeProfile(profile, meta, ids, undefined, stored(1));
    expect(asked - askedFirst).toBe(1);
    // Another mark (another day, tenant, or a copy started over): every id is asked again.
    expect(normalizeProfile(profile, meta, ids, undefined, stored(2))).toEqual(first);
    expect(asked - askedFirst - 1).toBe(askedFirst);
  });

  it('refuses a profile that inflates past the limit', () => {
    const body = makePprof({ sampleTypes: WALL_CPU, samples: [{ stack: 'x'.repeat(5000), values: [1, 1] }] });
    expect(gunzipSync(body).length).toBeGreaterThan(4096);
    expect(() => decodePprof(body, 4096)).toThrow(FlamehouseError);
    try {
      decodePprof(body, 4096);
    } catch (error) {
      expect((error as FlamehouseError).code).toBe('FH_ERR_INGEST_TOO_LARGE');
    }
  });

  it('makes the same rows with the memo of ids a decode thread keeps, also once the memo started over', () => {
    const upload = (stacks: string[]) =>
      decodePprof(makePprof({ sampleTypes: WALL_CPU, samples: stacks.map((stack) => ({ stack, values: [3, 2] })) }), 1 << 20);
    const shared = new IdMemo(600);
    // Functions known by their bytes: the same name in two files stays two frames, from upload to upload.
    for (const stacks of [['main;a;b', 'main;c'], ['main;c;d@lib.js', 'main;a'], ['main;a;b', 'x;y;z'], ['main;d@one.js', 'main;d@lib.js;b']]) {
      const profile = upload(stacks);
      expect(normalizeProfile(profile, meta, shared)).toEqual(normalizeProfile(profile, meta));
    }
    const last = normalizeProfile(upload(['main;d@one.js', 'main;d@lib.js;b']), meta, shared);
    expect(last.frames.filter((f) => f[1] === 'd').map((f) => f[2]).sort()).toEqual(['lib.js', 'one.js']);
  });

  it("gives a stack the same id whichever samples come before it: the hash resumes from the prefix a sample shares with the one before", () => {
    const stacks = ['main;serve;route;a;b', 'main;serve;route;a', 'main;serve;route;c', 'main;serve', 'main;tick;route;a;b', 'other;serve;route'];
    const idsOf = (order: readonly string[]): Map<string, string> => {
      const profile = decodePprof(makePprof({ sampleTypes: WALL_CPU, samples: order.map((stack) => ({ stack, values: [3, 2] })) }), 1 << 20);
      const batch = normalizeProfile(profile, meta);
      const names = new Map(batch.frames.map((f) => [f[0], f[1]]));
      return new Map(batch.stacks.map(([id, frames]) => [frames.map((frame) => names.get(frame)).join(';'), id]));
    };
    const alone = new Map(stacks.map((stack) => [stack, idsOf([stack]).get(stack)!]));
    expect(new Set(alone.values()).size).toBe(stacks.length);
    // In a walk's order (neighbours share callers), reversed, and shuffled: each stack hashes as it does alone.
    for (const order of [stacks, [...stacks].reverse(), [stacks[3]!, stacks[0]!, stacks[5]!, stacks[1]!, stacks[4]!, stacks[2]!]]) {
      expect(idsOf(order)).toEqual(alone);
    }
  });
});
