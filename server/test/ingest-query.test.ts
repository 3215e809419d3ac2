import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FlameGraphResponse, FlameNode, TopResponse } from '@flamehouse/proto';
import { HEAP, WALL_CPU, makePprof } from './pprof-fixture.js';
import { startTestApp, uploadUrl, type TestApp } from './test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.close();
});

const NOW = Date.now();
const MS = 1_000_000;

function post(url: string, body: Buffer) {
  return app.server.inject({ method: 'POST', url, payload: body, headers: { 'content-type': 'application/octet-stream' } });
}

function folded(node: FlameNode, prefix: string[] = [], out = new Map<string, number>()): Map<string, number> {
  const path = node.name === 'total' && prefix.length === 0 ? [] : [...prefix, node.name];
  if (node.self > 0) out.set(path.join(';'), node.self);
  for (const child of node.children) folded(child, path, out);
  return out;
}

describe('ingest and flamegraph through real chdb', () => {
  it('stores an upload and merges uploads into one tree', async () => {
    const profile = makePprof({
      sampleTypes: WALL_CPU,
      timeMs: NOW - 60_000,
      // As @datadog/pprof emits a wall profile with CPU time: each sample
      // carries the CPU used since the previous one, so a burst that ended
      // before the next sample is booked on an (idle) one; the other threads'
      // CPU is a sample of its own.
      samples: [
        { stack: 'main;handle;parse', values: [30 * MS, 20 * MS] },
        { stack: 'main;handle;render', values: [10 * MS, 0] },
        { stack: '(idle)', values: [0, 20 * MS] },
        { stack: 'Node.js;Non JS threads activity', values: [0, 5 * MS] },
      ],
    });
    // Two processes' uploads of the same profile: distinct upload ids.
    const first = await post(`${uploadUrl('shop', { 'service.version': '1.0.0' })}&upload_id=a`, profile);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ stored: { types: ['wall', 'cpu'] }, duplicate: false });
    expect((await post(`${uploadUrl('shop', { 'service.version': '1.0.0' })}&upload_id=b`, profile)).statusCode).toBe(200);

    const cpu = await app.server.inject({ url: `/api/v1/flamegraph?service=shop&type=cpu&from=${NOW - 3600_000}&to=${NOW}` });
    expect(cpu.statusCode, cpu.body).toBe(200);
    const graph = cpu.json<FlameGraphResponse>();
    expect(graph.unit).toBe('nanoseconds');
    // The JavaScript thread's 40 ms per upload go where it ran, in proportion
    // to the wall samples; (idle) keeps none; the other threads keep theirs.
    expect(graph.total).toBe(90 * MS);
    expect(Object.fromEntries(folded(graph.root))).toEqual({
      'main;handle;parse': 60 * MS,
      'main;handle;render': 20 * MS,
      'Node.js;Non JS threads activity': 10 * MS,
    });

    const wall = (await app.server.inject({ url: `/api/v1/flamegraph?service=shop&type=wall&from=${NOW - 3600_000}&to=${NOW}` })).json<FlameGraphResponse>();
    expect(wall.total).toBe(80 * MS);
  });

  it('keeps names and files outside ASCII, tabs and quotes intact through storage', async () => {
    // Function names as JavaScript allows them, files as file systems do: the text travels as TabSeparated.
    const stack = "main@/srv/app.js;größe\tπ@/srv/日本/ü.js;it's ✓ 🔥@/srv/a b/c.js";
    const body = makePprof({ sampleTypes: WALL_CPU, timeMs: NOW - 60_000, samples: [{ stack, values: [7 * MS, 3 * MS] }] });
    expect((await post(uploadUrl('unicode'), body)).statusCode).toBe(200);
    const graph = (await app.server.inject({ url: `/api/v1/flamegraph?service=unicode&type=wall&from=${NOW - 3600_000}&to=${NOW}` })).json<FlameGraphResponse>();
    const path: { name: string; file: string }[] = [];
    for (let node = graph.root.children[0]; node; node = node.children[0]) path.push({ name: node.name, file: node.file });
    expect(path).toEqual([
      { name: 'main', file: '/srv/app.js' },
      { name: 'größe\tπ', file: '/srv/日本/ü.js' },
      { name: "it's ✓ 🔥", file: '/srv/a b/c.js' },
    ]);
  });

  it('ranks functions by self and counts a recursive function once in total', async () => {
    const profile = makePprof({
      sampleTypes: WALL_CPU,
      timeMs: NOW - 60_000,
      samples: [
        { stack: 'main;walk;walk;walk;leaf', values: [5 * MS, 5 * MS] },
        { stack: 'main;walk', values: [3 * MS, 3 * MS] },
      ],
    });
    expect((await post(uploadUrl('tree'), profile)).statusCode).toBe(200);
    const top = (await app.server.inject({ url: `/api/v1/top?service=tree&type=cpu&from=${NOW - 3600_000}&to=${NOW}` })).json<TopResponse>();
    const walk = top.functions.find((f) => f.name === 'walk');
    expect(walk).toMatchObject({ self: 3 * MS, total: 8 * MS });
    expect(top.functions[0]).toMatchObject({ name: 'leaf', self: 5 * MS });
  });

  it('averages heap snapshots over the range instead of summing them', async () => {
    for (let i = 0; i < 4; i++) {
      const profile = makePprof({
        sampleTypes: HEAP,
        timeMs: NOW - 600_000 + i * 60_000,
        samples: [{ stack: 'main;cache;alloc', values: [10, 1000] }],
      });
      expect((await post(uploadUrl('heapsvc'), profile)).statusCode).toBe(200);
    }
    const graph = (await app.server.inject({ url: `/api/v1/flamegraph?service=heapsvc&type=inuse_space&from=${NOW - 3600_000}&to=${NOW}` })).json<FlameGraphResponse>();
    expect(graph.unit).toBe('bytes');
    expect(graph.total).toBe(1000);
  });

  it('rejects bad uploads with a code and keeps what was stored', async () => {
    const before = (await app.server.inject({ url: `/api/v1/flamegraph?service=shop&type=cpu&from=${NOW - 3600_000}&to=${NOW}` })).json<FlameGraphResponse>();
    const garbage = await post(uploadUrl('shop'), Buffer.from('this is not a profile at all'));
    expect(garbage.statusCode).toBe(400);
    expect(garbage.json()).toEqual({ code: 'FH_ERR_INGEST_BAD_PPROF', message: expect.any(String) as string });
    const badGzip = await post(uploadUrl('shop'), Buffer.from([0x1f, 0x8b, 1, 2, 3, 4]));
    expect(badGzip.json()).toMatchObject({ code: 'FH_ERR_INGEST_BAD_GZIP' });
    const noService = await post('/api/v1/ingest', makePprof({ sampleTypes: WALL_CPU, samples: [] }));
    expect(noService.statusCode).toBe(400);
    expect(noService.json()).toMatchObject({ code: 'FH_ERR_QUERY_BAD_PARAM' });
    const unknownTypes = await post(uploadUrl('shop'), makePprof({ sampleTypes: [['alloc', 'things']], samples: [] }));
    expect(unknownTypes.json()).toMatchObject({ code: 'FH_ERR_INGEST_NO_KNOWN_TYPES' });
    const wrongType = await app.server.inject({ method: 'POST', url: uploadUrl('shop'), payload: '{}', headers: { 'content-type': 'application/json' } });
    expect(wrongType.statusCode).toBe(415);
    expect(wrongType.json()).toMatchObject({ code: 'FH_ERR_BAD_CONTENT_TYPE' });
    const after = (await app.server.inject({ url: `/api/v1/flamegraph?service=shop&type=cpu&from=${NOW - 3600_000}&to=${NOW}` })).json<FlameGraphResponse>();
    expect(after.total).toBe(before.total);
  });

  it('reports query mistakes as 400 with a code, never SQL', async () => {
    const response = await app.server.inject({ url: '/api/v1/flamegraph?service=shop&type=bogus' });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'FH_ERR_QUERY_BAD_PARAM' });
    expect(response.body).not.toMatch(/SELECT|samples/);
  });
});

describe('Pyroscope SDK uploads', () => {
  it('accepts POST /ingest?name=app{labels} with unix-second times', async () => {
    const from = Math.floor((NOW - 120_000) / 1000);
    const profile = makePprof({
      sampleTypes: WALL_CPU,
      timeMs: 0,
      samples: [{ stack: 'main;legacyHandler', values: [10 * MS, 8 * MS] }],
    });
    const name = encodeURIComponent('legacy-app{env=prod,region=eu}');
    const response = await post(`/ingest?name=${name}&from=${from}&until=${from + 10}&format=pprof&spyName=nodespy`, profile);
    expect(response.statusCode, response.body).toBe(200);
    const graph = (
      await app.server.inject({ url: `/api/v1/flamegraph?service=legacy-app&type=cpu&filter=region=eu&from=${NOW - 3600_000}&to=${NOW}` })
    ).json<FlameGraphResponse>();
    expect(graph.total).toBe(8 * MS);
    const bad = await post(`/ingest?name=${encodeURIComponent('x{env=prod')}`, profile);
    expect(bad.json()).toMatchObject({ code: 'FH_ERR_QUERY_BAD_PARAM' });
  });
});
