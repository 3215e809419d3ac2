import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiError, FlameGraphResponse, LabelValuesResponse } from '@flamehouse/proto';
import { HEAP, WALL_CPU, makePprof } from './pprof-fixture.js';
import { getJson, postUpload, startTestApp, type TestApp } from './test-app.js';

// Our own API, as someone arriving from Pyroscope writes its requests:
// relative and seconds times, label selectors, labels set per sample.

let app: TestApp;
const NOW = Date.now();
const MS = 1_000_000;

const upload = (service: string, labels: Record<string, string>, body: Buffer): Promise<void> => postUpload(app, service, labels, body);
const get = <T>(url: string): Promise<T> => getJson<T>(app, url);

async function refused(url: string): Promise<string> {
  const response = await app.server.inject({ url });
  expect(response.statusCode, response.body).toBe(400);
  const body = response.json<ApiError>();
  expect(body.code).toBe('FH_ERR_QUERY_BAD_PARAM');
  return body.message;
}

const total = async (query: string): Promise<number> => (await get<FlameGraphResponse>(`/api/v1/flamegraph?${query}`)).total;

beforeAll(async () => {
  app = await startTestApp();
  // Per-sample labels, as Pyroscope's wrapWithLabels sets them: the upload's
  // labels say nothing about them, each sample carries its own.
  await upload(
    'ride',
    { 'service.version': '1.0.0', 'host.name': 'a' },
    makePprof({
      sampleTypes: WALL_CPU,
      timeMs: NOW - 20 * 60_000,
      samples: [
        { stack: 'main;order', values: [30 * MS, 30 * MS], labels: { vehicle: 'car' } },
        { stack: 'main;order', values: [20 * MS, 20 * MS], labels: { vehicle: 'bike' } },
        { stack: 'main;idle', values: [50 * MS, 50 * MS] },
      ],
    }),
  );
  await upload(
    'ride',
    { 'service.version': '2.0.0', 'host.name': 'b' },
    makePprof({ sampleTypes: WALL_CPU, timeMs: NOW - 5 * 60_000, samples: [{ stack: 'main;order', values: [100 * MS, 100 * MS] }] }),
  );
  await upload('heap', {}, makePprof({ sampleTypes: HEAP, timeMs: NOW - 5 * 60_000, samples: [{ stack: 'main;cache', values: [10, 1000] }] }));
});
afterAll(async () => {
  await app?.close();
});

describe('labels set per sample', () => {
  it('are listed with the upload labels, and their values with when they were seen', async () => {
    expect((await get<{ keys: string[] }>('/api/v1/labels?service=ride')).keys).toEqual(['host.name', 'service.version', 'vehicle']);
    const vehicles = await get<LabelValuesResponse>('/api/v1/labels/vehicle/values?service=ride');
    expect(vehicles.values).toEqual(['bike', 'car']);
    for (const seen of vehicles.seen) expect(Math.abs(seen.firstSeenMs - (NOW - 20 * 60_000))).toBeLessThan(2000);
    // Only in the range that holds them; `from` relative to now.
    expect((await get<{ keys: string[] }>('/api/v1/labels?service=ride&from=now-10m')).keys).toEqual(['host.name', 'service.version']);
    expect((await get<{ keys: string[] }>('/api/v1/labels?service=ride&from=now-30m&to=now-10m')).keys).toEqual([
      'host.name',
      'service.version',
      'vehicle',
    ]);
  });

  it('are listed when the samples stay in range and the upload that carried them does not name them', async () => {
    // The upload's own label set (no vehicle) has a profile row; the per-sample sets have none.
    const values = await get<LabelValuesResponse>(`/api/v1/labels/vehicle/values?service=ride&from=${NOW - 21 * 60_000}&to=${NOW - 19 * 60_000}`);
    expect(values.values).toEqual(['bike', 'car']);
  });

  it('narrow label listings by a selector', async () => {
    const keys = await get<{ keys: string[] }>(`/api/v1/labels?query=${encodeURIComponent('{service_name="ride", service.version="2.0.0"}')}`);
    expect(keys.keys).toEqual(['host.name', 'service.version']);
  });

  it('filter flamegraphs', async () => {
    expect(await total('service=ride&from=now-1h&filter=vehicle=car')).toBe(30 * MS);
    expect(await total(`service=ride&from=now-1h&query=${encodeURIComponent('{vehicle=~"car|bike"}')}`)).toBe(50 * MS);
  });
});

describe('times as Pyroscope and Grafana write them', () => {
  it('reads now-1h, now, unix seconds and Pyroscope’s until', async () => {
    const all = 200 * MS;
    expect(await total('service=ride&from=now-1h&to=now')).toBe(all);
    expect(await total(`service=ride&from=${Math.floor((NOW - 3600_000) / 1000)}&to=${Math.ceil(NOW / 1000) + 1}`)).toBe(all);
    // The older upload only: 25 to 10 minutes ago, in seconds and relative.
    expect(await total(`service=ride&from=${Math.floor((NOW - 25 * 60_000) / 1000)}&until=now-10m`)).toBe(100 * MS);
    expect(await total('service=ride&from=now-1h30m&to=now-15m')).toBe(100 * MS);
  });

  it('refuses times it cannot read, and two ends that disagree', async () => {
    expect(await refused('/api/v1/flamegraph?service=ride&from=yesterday')).toMatch(/now-1h/);
    expect(await refused('/api/v1/flamegraph?service=ride&from=now-1x')).toMatch(/from=now-1x/);
    expect(await refused('/api/v1/flamegraph?service=ride&from=now/d')).toMatch(/from=now\/d/);
    expect(await refused('/api/v1/flamegraph?service=ride&from=now-1h&to=now&until=now-5m')).toMatch(/to and until disagree/);
  });
});

describe('label selectors in query=', () => {
  const q = (selector: string): string => `query=${encodeURIComponent(selector)}&from=now-1h`;

  it('name the service with service_name or service, and filter on the other matchers', async () => {
    expect(await total(q('{service_name="ride"}'))).toBe(200 * MS);
    expect(await total(q('{service="ride", host.name!="b"}'))).toBe(100 * MS);
    expect(await total(`service=ride&${q('{service.version=~"1\\\\..*"}')}`)).toBe(100 * MS);
  });

  it('take the profile type from a Pyroscope id, one of ours, or __profile_type__ (the Node SDK’s spellings too)', async () => {
    expect(await total(q('process_cpu:cpu:nanoseconds:cpu:nanoseconds{service_name="ride"}'))).toBe(200 * MS);
    expect((await get<FlameGraphResponse>(`/api/v1/flamegraph?${q('wall{service_name="ride"}')}`)).unit).toBe('nanoseconds');
    const heap = await get<FlameGraphResponse>(`/api/v1/flamegraph?${q('{service_name="heap", __profile_type__="memory:inuse_space:bytes:inuse_space:bytes"}')}`);
    expect(heap).toMatchObject({ unit: 'bytes', total: 1000 });
    const objects = await get<FlameGraphResponse>(`/api/v1/flamegraph?${q('memory:inuse_objects:count:inuse_space:bytes{service_name="heap"}')}`);
    expect(objects).toMatchObject({ unit: 'count', total: 10 });
  });

  it('are refused, with a code, when they cannot select what they say', async () => {
    expect(await refused(`/api/v1/flamegraph?${q('{service_name="ride"')}`)).toMatch(/expected , or }/);
    expect(await refused(`/api/v1/flamegraph?${q('{service_name=~"ri.*"}')}`)).toMatch(/name one service/);
    expect(await refused(`/api/v1/flamegraph?${q('memory:alloc_space:bytes:space:bytes{service_name="ride"}')}`)).toMatch(/not a profile type Flamehouse stores/);
    expect(await refused(`/api/v1/flamegraph?${q('process_cpu:cpu{service_name="ride"}')}`)).toMatch(/not a profile type id/);
    expect(await refused(`/api/v1/flamegraph?${q('{service_name="heap", __name__="memory"}')}`)).toMatch(/several profile types/);
    expect(await refused(`/api/v1/flamegraph?type=cpu&${q('wall{service_name="ride"}')}`)).toMatch(/no profile type/);
    expect(await refused(`/api/v1/flamegraph?service=heap&${q('{service_name="ride"}')}`)).toMatch(/different services/);
    expect(await refused('/api/v1/labels?query=%7Bservice_name%3D~%22r.*%22%7D')).toMatch(/name one service/);
  });
});
