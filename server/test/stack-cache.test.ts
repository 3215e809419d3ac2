import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DiffResponse, FlameGraphResponse } from '@flamehouse/proto';
import { WALL_CPU, makePprof } from './pprof-fixture.js';
import { decimalIdHalves } from '../src/hash.js';
import { queryRowBinary } from '../src/storage/row-binary.js';
import { StackCache } from '../src/storage/stack-cache.js';
import { defaultTenant, getJson, postUpload, startTestApp, type TestApp } from './test-app.js';

// Stacks come from storage once per process: into the cache, numbered by the
// interner, and placed in its trie. Two queries that need the same stacks at
// once (a diff's sides) read them once. The cache is the least allowed, 1 MiB:
// the last test outgrows it on purpose.

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ cacheMaxBytes: 1024 * 1024 });
  const stacks = ['main;serve;parse', 'main;serve;render', 'main;tick', 'main;serve;parse;lex'];
  await postUpload(app, 'cache', {}, makePprof({ sampleTypes: WALL_CPU, samples: stacks.map((stack) => ({ stack, values: [5, 5] })) }));
});
afterAll(async () => {
  await app?.close();
});

/** Each stored stack's id and frame ids (root first), in decimal. */
async function storedStacks(): Promise<Map<string, string[]>> {
  const { tables } = await defaultTenant(app);
  const result = await app.storage.client.query({
    query: `SELECT toString(stack_id), arrayMap(id -> toString(id), frame_ids) FROM ${tables.stacks}`,
    format: 'JSONCompactEachRow',
  });
  return new Map(await result.json<[string, string[]]>());
}

describe('stack lookup', () => {
  it('reads the stacks two queries need at once a single time, numbered alike, in one trie', async () => {
    const tenant = await defaultTenant(app);
    const stored = await storedStacks();
    const ids = [...stored.keys()];
    expect(ids).toHaveLength(4);
    const halves = decimalIdHalves(ids);
    const client = tenant.query.client;
    const exec = client.exec.bind(client);
    // Stack ids asked of the stacks table, over every read: each chunk says how many it holds.
    let idsRead = 0;
    client.exec = ((params: Parameters<typeof exec>[0]) => {
      const count = /stack_id IN \(SELECT arrayJoin\(.*range\((\d+)\)/.exec(params.query)?.[1];
      if (params.query.includes(tenant.tables.stacks) && count) idsRead += Number(count);
      return exec(params);
    });
    try {
      const [first, second] = await Promise.all([
        tenant.query.stacks.internedStacksOf(halves.subarray(0, 6)),
        tenant.query.stacks.internedStacksOf(halves),
      ]);
      expect(idsRead).toBe(4); // the second query reads only the one stack the first does not
      expect(second.interner).toBe(first.interner);
      expect(Array.from(second.nodes.subarray(0, 3))).toEqual(Array.from(first.nodes));
      // Each stack is its own trie node, the path to it its stored frames; `lex` extends `parse`.
      const { interner } = second;
      second.nodes.forEach((node, i) => expect(Array.from(interner.trie.pathOf(node), (frame) => interner.idOf(frame))).toEqual(stored.get(ids[i]!)));
      expect(new Set(second.nodes).size).toBe(4);
      // And from the cache after: no read at all. An id storage does not hold is -1.
      idsRead = 0;
      const again = await tenant.query.stacks.internedStacksOf(Uint32Array.from([...halves, 12345, 678]));
      expect(Array.from(again.nodes)).toEqual([...second.nodes, -1]);
      expect(idsRead).toBe(1);
    } finally {
      client.exec = exec;
    }
  });
});

describe('results read as RowBinary', () => {
  it('keep every byte through the engine: zero bytes, the largest UInt64, doubles, and lengths past one varint byte', async () => {
    const row = await queryRowBinary(
      app.storage.client,
      `SELECT [0, 256, 4294967296, 18446744073709551615, 3]::Array(UInt64), [0, 1.5, -2, 1e300]::Array(Float64), range(300)::Array(UInt64) FORMAT RowBinary`,
    );
    expect(Array.from(row.uint64Halves(row.length()))).toEqual([0, 0, 256, 0, 0, 1, 0xffffffff, 0xffffffff, 3, 0]);
    expect(Array.from(row.float64s(row.length()))).toEqual([0, 1.5, -2, 1e300]);
    const long = row.uint64Halves(row.length());
    expect(long.length).toBe(600);
    expect(long[2 * 299]).toBe(299);
    expect(row.done).toBe(true);
    expect(() => row.length()).toThrow(/cut short/);
  });
});

describe('a stack cache too small for one query', () => {
  // 4,000 stacks of five frames a side outgrow the interner's share of 1 MiB (its
  // trie alone), so every read replaces it, and a diff's two sides are numbered
  // by different interners, which the tree must reconcile.
  const STACKS = 4000;
  const HOUR_MS = 3_600_000;
  const nowMs = Math.floor(Date.now() / HOUR_MS) * HOUR_MS - HOUR_MS;
  beforeAll(async () => {
    for (const [side, timeMs] of [['a', nowMs - 40 * 60_000], ['b', nowMs - 10 * 60_000]] as const) {
      const samples = Array.from({ length: STACKS }, (_, i) => ({ stack: `main;f${i % 50};g${i};h${i};${side}${i % 7}`, values: [1_000, i % 2 === 0 ? 2_000 : 1_000] }));
      await postUpload(app, 'tiny', {}, makePprof({ sampleTypes: WALL_CPU, timeMs, samples }));
    }
  });
  it('still gives exact flamegraphs and diffs when its interner is replaced under them', async () => {
    const range = `service=tiny&type=cpu&from=${nowMs - HOUR_MS}&to=${nowMs}`;
    const tenant = await defaultTenant(app);
    const first = tenant.query.stacks.interner();
    const graph = await getJson<FlameGraphResponse>(app, `/api/v1/flamegraph?${range}`);
    expect(tenant.query.stacks.interner()).not.toBe(first);
    const perSide = (STACKS / 2) * 2_000 + (STACKS / 2) * 1_000;
    expect(graph.total).toBe(2 * perSide);
    expect(graph.root.children.map((c) => [c.name, c.total])).toEqual([['main', 2 * perSide]]);
    const middle = nowMs - 25 * 60_000;
    for (let i = 0; i < 3; i++) {
      const diff = await getJson<DiffResponse>(app, `/api/v1/diff?${range}&baseline.to=${middle}&comparison.from=${middle}`);
      expect([diff.baselineTotal, diff.comparisonTotal]).toEqual([perSide, perSide]);
      const main = diff.root.children.find((c) => c.name === 'main')!;
      expect([main.baseline.total, main.comparison.total]).toEqual([perSide, perSide]);
      // Each side's own last frames, on its own side only.
      const leaves = new Map<string, [number, number]>();
      const walk = (node: DiffResponse['root']): void => {
        if (node.children.length === 0 && /^[ab]\d$/.test(node.name)) {
          const sum = leaves.get(node.name) ?? [0, 0];
          leaves.set(node.name, [sum[0] + node.baseline.total, sum[1] + node.comparison.total]);
        }
        node.children.forEach(walk);
      };
      walk(diff.root);
      for (const [name, [baseline, comparison]] of leaves) expect(name.startsWith('a') ? comparison : baseline, name).toBe(0);
    }
  });
});

describe("tenants' interners", () => {
  it('are their own, and past the budget the least recently used go first, a tenant’s own last', () => {
    const cache = new StackCache(1 << 20);
    const acme = cache.interner('acme');
    const beta = cache.interner('beta');
    expect(beta).not.toBe(acme);
    // Acme's trie alone outgrows the interners' share of 1 MiB.
    for (let i = 0; i < 20_000; i++) acme.internStack([`root${i}`, `leaf${i}`]);
    cache.trimInterner('beta', beta);
    expect(cache.interner('beta')).toBe(beta);
    const acmeNow = cache.interner('acme');
    expect(acmeNow).not.toBe(acme);
    // A tenant whose own interner is past the budget gets a new one, unless a read already replaced it.
    for (let i = 0; i < 20_000; i++) beta.internStack([`root${i}`, `leaf${i}`]);
    cache.trimInterner('beta', acmeNow);
    expect(cache.interner('beta')).toBe(beta);
    cache.trimInterner('beta', beta);
    expect(cache.interner('beta')).not.toBe(beta);
  });
});
