import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DiffResponse, FlameGraphResponse } from '@flamehouse/proto';
import { WALL_CPU, makePprof } from './pprof-fixture.js';
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

async function storedStackIds(): Promise<string[]> {
  const { tables } = await defaultTenant(app);
  const rows = await (await app.storage.client.query({ query: `SELECT toString(stack_id) FROM ${tables.stacks}`, format: 'JSONCompactEachRow' })).json<[string]>();
  return rows.map(([id]) => id);
}

describe('stack lookup', () => {
  it('reads the stacks two queries need at once a single time, numbered alike, in one trie', async () => {
    const tenant = await defaultTenant(app);
    const ids = await storedStackIds();
    expect(ids).toHaveLength(4);
    const client = tenant.query.client;
    const query = client.query.bind(client);
    // Stack ids asked of the stacks table, over every read.
    let idsRead = 0;
    client.query = ((params: Parameters<typeof query>[0]) => {
      const list = /stack_id IN \(SELECT .*splitByChar\(',', '([\d,]*)'\)/.exec(params.query)?.[1];
      if (params.query.includes(tenant.tables.stacks) && list) idsRead += list.split(',').length;
      return query(params);
    });
    try {
      const [first, second] = await Promise.all([tenant.query.stacks.internedStacksOf(ids.slice(0, 3)), tenant.query.stacks.internedStacksOf(ids)]);
      expect(idsRead).toBe(4); // the second query reads only the one stack the first does not
      expect([...first.stacks.keys()].sort()).toEqual(ids.slice(0, 3).sort());
      expect([...second.stacks.keys()].sort()).toEqual([...ids].sort());
      expect(second.interner).toBe(first.interner);
      for (const id of ids.slice(0, 3)) expect(second.stacks.get(id)).toBe(first.stacks.get(id));
      // Each stack is its own trie node, its frames the path to it; `lex` extends `parse`.
      const { trie } = first.interner;
      const pathOf = (node: number): number[] => (node === 0 ? [] : [...pathOf(trie.parent[node]!), trie.frame[node]!]);
      for (const stack of second.stacks.values()) expect(pathOf(stack.node)).toEqual(Array.from(stack.frames));
      expect(new Set([...second.stacks.values()].map((stack) => stack.node)).size).toBe(4);
      // And from the cache after: no read at all.
      idsRead = 0;
      await tenant.query.stacks.internedStacksOf(ids);
      expect(idsRead).toBe(0);
    } finally {
      client.query = query;
    }
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
