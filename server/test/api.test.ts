import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { perftools } from '@flamehouse/proto/pprof';
import type {
  DiffNode,
  DiffResponse,
  FlameGraphResponse,
  LabelValuesResponse,
  LeaksResponse,
  ServicesResponse,
  TimelineResponse,
} from '@flamehouse/proto';
import { HEAP, WALL_CPU, makePprof } from './pprof-fixture.js';
import { startTestApp, uploadUrl, type TestApp } from './test-app.js';

let app: TestApp;
const NOW = Date.now();
const HOUR_AGO = NOW - 3600_000;
const MS = 1_000_000;

async function upload(service: string, labels: Record<string, string>, body: Buffer): Promise<void> {
  const response = await app.server.inject({
    method: 'POST',
    url: uploadUrl(service, labels),
    payload: body,
    headers: { 'content-type': 'application/octet-stream' },
  });
  expect(response.statusCode, response.body).toBe(200);
}

async function get<T>(url: string): Promise<T> {
  const response = await app.server.inject({ url });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<T>();
}

function findPath<T extends { name: string; children: T[] }>(root: T, names: string[]): T | undefined {
  let node: T | undefined = root;
  for (const name of names) node = node?.children.find((c) => c.name === name);
  return node;
}

beforeAll(async () => {
  app = await startTestApp();
  // Two deploys of one service: 2.0.0 adds a hot `validate`.
  for (let i = 0; i < 3; i++) {
    await upload(
      'api',
      { 'service.version': '1.0.0', 'host.name': 'a' },
      makePprof({
        sampleTypes: WALL_CPU,
        timeMs: NOW - 50 * 60_000 + i * 10_000,
        samples: [
          { stack: 'main;serve;query', values: [50 * MS, 50 * MS] },
          { stack: 'main;serve;encode', values: [50 * MS, 50 * MS] },
        ],
      }),
    );
    await upload(
      'api',
      { 'service.version': '2.0.0', 'host.name': 'b' },
      makePprof({
        sampleTypes: WALL_CPU,
        timeMs: NOW - 20 * 60_000 + i * 10_000,
        period: ['wall', 'nanoseconds', 10 * MS],
        samples: [
          { stack: 'main;serve;query', values: [100 * MS, 100 * MS] },
          { stack: 'main;serve;encode', values: [100 * MS, 100 * MS] },
          { stack: 'main;serve;validate', values: [200 * MS, 200 * MS] },
        ],
      }),
    );
  }
  // A worker whose `leakyCache` retains more each snapshot while `steady` holds flat.
  for (let i = 0; i < 12; i++) {
    await upload(
      'worker',
      { 'service.version': '1.0.0' },
      makePprof({
        sampleTypes: HEAP,
        timeMs: NOW - 40 * 60_000 + i * 60_000,
        samples: [
          { stack: 'main;jobs;leakyCache', values: [i * 10, (i + 1) * 100_000] },
          { stack: 'main;jobs;steady', values: [10, 900_000 + (i % 2) * 50_000] },
          { stack: 'main;boot;config', values: [5, 2_000_000 - i * 1000] },
        ],
      }),
    );
  }
});
afterAll(async () => {
  await app?.close();
});

describe('query API', () => {
  it('lists services with their types and time span', async () => {
    const { services } = await get<ServicesResponse>('/api/v1/services');
    const api = services.find((s) => s.name === 'api');
    expect(api?.types).toEqual(['cpu', 'wall']);
    expect(services.find((s) => s.name === 'worker')?.types).toEqual(['inuse_objects', 'inuse_space']);
    expect(api!.firstSeenMs).toBeLessThan(api!.lastSeenMs);
  });

  it('lists label keys and values', async () => {
    const { keys } = await get<{ keys: string[] }>('/api/v1/labels?service=api');
    expect(keys).toEqual(['host.name', 'service.version']);
    const { values, seen } = await get<LabelValuesResponse>('/api/v1/labels/service.version/values?service=api');
    expect(values).toEqual(['1.0.0', '2.0.0']);
    // 1.0.0 ran about 50 minutes ago, 2.0.0 about 20: their order in time, for a deploy diff.
    const [v1, v2] = seen;
    expect(v1!.lastSeenMs).toBeLessThan(v2!.firstSeenMs);
    expect(Math.abs(v1!.firstSeenMs - (NOW - 50 * 60_000))).toBeLessThan(2000);
    // Bounded to the last half hour, only the newer deploy had data.
    const recent = await get<LabelValuesResponse>(`/api/v1/labels/service.version/values?service=api&from=${NOW - 30 * 60_000}`);
    expect(recent.values).toEqual(['2.0.0']);
    const recentKeys = await get<{ keys: string[] }>(`/api/v1/labels?service=worker&from=${NOW - 60_000}`);
    expect(recentKeys.keys).toEqual([]);
  });

  it('filters by label', async () => {
    const range = `service=api&type=cpu&from=${HOUR_AGO}&to=${NOW}`;
    const v1 = await get<FlameGraphResponse>(`/api/v1/flamegraph?${range}&filter=service.version=1.0.0`);
    const v2 = await get<FlameGraphResponse>(`/api/v1/flamegraph?${range}&filter=service.version=2.0.0&filter=host.name=b`);
    const none = await get<FlameGraphResponse>(`/api/v1/flamegraph?${range}&filter=service.version=1.0.0&filter=host.name=b`);
    expect(v1.total).toBe(300 * MS);
    expect(v2.total).toBe(1200 * MS);
    expect(none.total).toBe(0);
    expect(findPath(v1.root, ['main', 'serve', 'validate'])).toBeUndefined();
    expect(findPath(v2.root, ['main', 'serve', 'validate'])?.total).toBe(600 * MS);
  });

  it('filters with !=, =~ and !~ (regexes match the whole value)', async () => {
    const range = `service=api&type=cpu&from=${HOUR_AGO}&to=${NOW}`;
    const total = async (...filters: string[]): Promise<number> =>
      (await get<FlameGraphResponse>(`/api/v1/flamegraph?${range}${filters.map((f) => `&filter=${encodeURIComponent(f)}`).join('')}`)).total;
    expect(await total('service.version!=1.0.0')).toBe(1200 * MS);
    expect(await total('service.version=~2\\..*')).toBe(1200 * MS);
    expect(await total('service.version=~2')).toBe(0);
    expect(await total('service.version!~1.*')).toBe(1200 * MS);
    expect(await total('service.version=~1.0.0|2.0.0', 'host.name!=b')).toBe(300 * MS);
    const bad = await app.server.inject({ method: 'GET', url: `/api/v1/flamegraph?${range}&filter=${encodeURIComponent('service.version=~(?=x)')}` });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ code: 'FH_ERR_QUERY_BAD_PARAM' });
  });

  it('diffs two deploys in one tree', async () => {
    const range = `service=api&type=cpu&from=${HOUR_AGO}&to=${NOW}`;
    const result = await get<DiffResponse>(
      `/api/v1/diff?${range}&baseline.filter=service.version=1.0.0&comparison.filter=service.version=2.0.0`,
    );
    expect(result.baselineTotal).toBe(300 * MS);
    expect(result.comparisonTotal).toBe(1200 * MS);
    const validate = findPath<DiffNode>(result.root, ['main', 'serve', 'validate'])!;
    expect(validate.baseline.total).toBe(0);
    expect(validate.comparison.total).toBe(600 * MS);
    const query = findPath<DiffNode>(result.root, ['main', 'serve', 'query'])!;
    // Half of v1, a quarter of v2: its share shrank although its time grew.
    expect(query.baseline.total / result.baselineTotal).toBeCloseTo(0.5);
    expect(query.comparison.total / result.comparisonTotal).toBeCloseTo(0.25);
  });

  it('diffs two time ranges', async () => {
    const result = await get<DiffResponse>(
      `/api/v1/diff?service=api&type=cpu&baseline.from=${NOW - 55 * 60_000}&baseline.to=${NOW - 30 * 60_000}` +
        `&comparison.from=${NOW - 30 * 60_000}&comparison.to=${NOW}`,
    );
    expect(result.baselineTotal).toBe(300 * MS);
    expect(result.comparisonTotal).toBe(1200 * MS);
  });

  it('prunes to maxNodes and keeps the cut cost in an "other" node', async () => {
    const graph = await get<FlameGraphResponse>(`/api/v1/flamegraph?service=api&type=cpu&from=${HOUR_AGO}&to=${NOW}&maxNodes=3`);
    expect(graph.nodeCount).toBe(6);
    const serve = findPath(graph.root, ['main', 'serve'])!;
    expect(serve.children).toHaveLength(1);
    expect(serve.children[0]).toMatchObject({ name: 'other', pruned: true, total: 1500 * MS });
  });

  it('draws a timeline with every step of the range', async () => {
    const from = NOW - 60 * 60_000;
    const result = await get<TimelineResponse>(`/api/v1/timeline?service=api&type=cpu&from=${from}&to=${NOW}&step=600000`);
    expect(result.stepMs).toBe(600_000);
    expect(result.points.length).toBeGreaterThanOrEqual(6);
    expect(result.points.reduce((sum, p) => sum + p.value, 0)).toBe(1500 * MS);
    expect(result.points.every((p, i, all) => i === 0 || p.ts - all[i - 1]!.ts === 600_000)).toBe(true);
  });

  it('ranks the steadily growing heap stack first in leaks', async () => {
    const result = await get<LeaksResponse>(`/api/v1/leaks?service=worker&type=inuse_space&from=${HOUR_AGO}&to=${NOW}`);
    expect(result.leaks.length).toBeGreaterThan(0);
    const first = result.leaks[0]!;
    expect(first.frames.map((f) => f.name)).toEqual(['main', 'jobs', 'leakyCache']);
    expect(first.growthPerHour).toBeCloseTo(6_000_000, -4);
    expect(first).toMatchObject({ site: { name: 'leakyCache' }, processes: 1, growingProcesses: 1, latest: 1_200_000 });
    expect(result.leaks.some((l) => l.frames.at(-1)?.name === 'config')).toBe(false);
    const rejected = await app.server.inject({ url: `/api/v1/leaks?service=api&type=cpu` });
    expect(rejected.statusCode).toBe(400);
  });

  it('exports folded, speedscope and pprof with the same totals', async () => {
    const range = `service=api&type=cpu&from=${HOUR_AGO}&to=${NOW}&filter=service.version=2.0.0`;
    const folded = await app.server.inject({ url: `/api/v1/export?format=folded&${range}` });
    expect(folded.body.trim().split('\n').sort()).toEqual([
      `main;serve;encode ${300 * MS}`,
      `main;serve;query ${300 * MS}`,
      `main;serve;validate ${600 * MS}`,
    ]);

    const speedscope = await get<{ shared: { frames: { name: string }[] }; profiles: { samples: number[][]; weights: number[]; unit: string }[] }>(
      `/api/v1/export?format=speedscope&${range}`,
    );
    const profile = speedscope.profiles[0]!;
    expect(profile.unit).toBe('nanoseconds');
    expect(profile.weights.reduce((a, b) => a + b, 0)).toBe(1200 * MS);
    expect(profile.samples[0]!.map((i) => speedscope.shared.frames[i]!.name)).toEqual(['main', 'serve', 'validate']);

    const pprof = await app.server.inject({ url: `/api/v1/export?format=pprof&${range}` });
    const decoded = perftools.profiles.Profile.decode(gunzipSync(pprof.rawPayload));
    const strings = decoded.stringTable;
    expect(strings[Number(decoded.sampleType[0]!.type)]).toBe('cpu');
    const total = decoded.sample.reduce((sum, s) => sum + Number(s.value?.[0]), 0);
    expect(total).toBe(1200 * MS);
    const leafNames = decoded.sample.map((s) => {
      const location = decoded.location.find((l) => Number(l.id) === Number(s.locationId?.[0]));
      const fn = decoded.function.find((f) => Number(f.id) === Number(location?.line?.[0]?.functionId));
      return strings[Number(fn?.name)];
    });
    expect(leafNames.sort()).toEqual(['encode', 'query', 'validate']);
    // The period the profiles were sampled with, and the time they cover: not the query's hour.
    expect(strings[Number(decoded.periodType?.type)]).toBe('cpu');
    expect(strings[Number(decoded.periodType?.unit)]).toBe('nanoseconds');
    expect(Number(decoded.period)).toBe(10 * MS);
    const firstEndMs = Math.floor((NOW - 20 * 60_000) / 1000) * 1000;
    expect(Number(decoded.timeNanos) / MS).toBe(firstEndMs - 10_000);
    expect(Number(decoded.durationNanos) / MS).toBe(Math.floor((NOW - 20 * 60_000 + 20_000) / 1000) * 1000 - firstEndMs + 10_000);
  });
});
