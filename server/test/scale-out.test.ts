import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FlameGraphResponse, TimelineResponse, TopResponse } from '@flamehouse/proto';
import { buildApp, type App } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { WALL_CPU, makePprof } from './pprof-fixture.js';
import { defaultTenant, startTestApp, uploadUrl, type TestApp } from './test-app.js';

// Two servers on one ClickHouse, as behind a load balancer: chdb shares one
// engine per process and data directory, so the second server opens the
// first one's directory and both read and write the same tables.
let first: TestApp;
let second: App;
const base: string[] = [];

beforeAll(async () => {
  first = await startTestApp();
  second = await buildApp(loadConfig({}, { dataDir: first.dataDir, logLevel: 'silent', insertFlushMs: 20 }));
  for (const app of [first, second]) base.push(await app.server.listen({ host: '127.0.0.1', port: 0 }));
});
afterAll(async () => {
  await second?.server.close();
  await first?.close();
});

const NOW = Date.now();
const MS = 1_000_000;
const UPLOADS = 24;
const FUNCTIONS = ['parse', 'render', 'query', 'hash'];

function upload(i: number): { url: string; body: Buffer; cpuNs: number } {
  const cpuNs = (i + 1) * MS;
  const body = makePprof({
    sampleTypes: WALL_CPU,
    timeMs: NOW - 600_000 + i * 10_000,
    samples: [
      { stack: `main;handle;${FUNCTIONS[i % FUNCTIONS.length]}`, values: [cpuNs, cpuNs] },
      { stack: 'main;handle', values: [MS, MS] },
    ],
  });
  return { url: `${uploadUrl('shop', { pod: `pod-${i % 3}` })}&upload_id=u${i}`, body, cpuNs: cpuNs + MS };
}

async function post(server: string, url: string, body: Buffer): Promise<{ status: number; duplicate: boolean }> {
  const answer = await fetch(`${server}${url}`, { method: 'POST', body, headers: { 'content-type': 'application/octet-stream' } });
  const json = (await answer.json()) as { duplicate?: boolean };
  return { status: answer.status, duplicate: json.duplicate === true };
}

async function get<T>(server: string, path: string): Promise<T> {
  const answer = await fetch(`${server}${path}`);
  expect(answer.status, path).toBe(200);
  return (await answer.json()) as T;
}

describe('several servers on one ClickHouse', () => {
  it('store each upload once when its retry reaches the other server, and answer every query alike', async () => {
    const uploads = Array.from({ length: UPLOADS }, (_, i) => upload(i));
    // Every upload goes to one server; its answer is "lost", and the agent's retry lands on the other.
    const firstSends = await Promise.all(uploads.map((u, i) => post(base[i % 2]!, u.url, u.body)));
    expect(firstSends.every((s) => s.status === 200 && !s.duplicate)).toBe(true);
    const retries = await Promise.all(uploads.map((u, i) => post(base[(i + 1) % 2]!, u.url, u.body)));
    expect(retries.map((s) => s.status)).toEqual(uploads.map(() => 200));
    expect(retries.map((s) => s.duplicate)).toEqual(uploads.map(() => true));

    const { tables } = await defaultTenant(first);
    const rows = await first.storage.client.query({
      query: `SELECT count(), uniqExact(upload_id) FROM ${tables.profiles} WHERE service = 'shop'`,
      format: 'JSONCompactEachRow',
    });
    // One row per upload and type (wall, cpu).
    expect(await rows.json()).toEqual([[String(UPLOADS * 2), String(UPLOADS)]]);

    const range = `service=shop&type=cpu&from=${NOW - 3600_000}&to=${NOW}`;
    const expectedNs = uploads.reduce((sum, u) => sum + u.cpuNs, 0);
    for (const path of [`/api/v1/flamegraph?${range}`, `/api/v1/top?${range}`, `/api/v1/timeline?${range}&step=60000`, `/api/v1/labels/pod/values?service=shop`]) {
      const [a, b] = await Promise.all(base.map((server) => get<unknown>(server, path)));
      expect(b, path).toEqual(a);
    }
    const graph = await get<FlameGraphResponse>(base[1]!, `/api/v1/flamegraph?${range}`);
    expect(graph.total).toBe(expectedNs);
    const top = await get<TopResponse>(base[0]!, `/api/v1/top?${range}`);
    expect(top.functions.find((f) => f.name === 'handle')?.total).toBe(expectedNs);
    const timeline = await get<TimelineResponse>(base[0]!, `/api/v1/timeline?${range}&step=60000`);
    expect(timeline.points.reduce((sum, p) => sum + p.value, 0)).toBe(expectedNs);
  });

  it('write a label set and its stacks on both servers without doubling what is counted', async () => {
    const body = makePprof({ sampleTypes: WALL_CPU, timeMs: NOW - 120_000, samples: [{ stack: 'main;both', values: [7 * MS, 7 * MS] }] });
    const url = (id: string) => `${uploadUrl('shared', { pod: 'same' })}&upload_id=${id}`;
    // The same stack and label set, new to both servers at once.
    await Promise.all([post(base[0]!, url('x'), body), post(base[1]!, url('y'), body)]);
    const range = `service=shared&type=cpu&from=${NOW - 3600_000}&to=${NOW}`;
    const [a, b] = await Promise.all(base.map((server) => get<FlameGraphResponse>(server, `/api/v1/flamegraph?${range}`)));
    expect(a).toEqual(b);
    expect(a?.total).toBe(14 * MS);
    expect(a?.nodeCount).toBe(3);
  });
});
