import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WALL_CPU, makePprof } from './pprof-fixture.js';
import { defaultTenant, postUpload, startTestApp, type TestApp } from './test-app.js';

// Stacks come from storage once per process: into the cache, numbered by the
// interner, and placed in its trie. Two queries that need the same stacks at
// once (a diff's sides) read them once.

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
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
      const list = /stack_id IN \(([^)]*)\)/.exec(params.query)?.[1];
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
