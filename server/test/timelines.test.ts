// A function's own timeline and the breakdown of a selection by a label's
// values, through real chdb: what the UI's function timeline and tag
// explorer draw.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FlameGraphResponse, LabelBreakdownResponse, TimelineResponse } from '@flamehouse/proto';
import { HEAP, WALL_CPU, makePprof } from './pprof-fixture.js';
import { getJson, postUpload, startTestApp, type TestApp } from './test-app.js';

let app: TestApp;
const NOW = Date.now();
const HOUR_AGO = NOW - 3600_000;
const MS = 1_000_000;
const STEP_MS = 600_000;
const API = `service=api&type=cpu&from=${HOUR_AGO}&to=${NOW}`;
/** Heap snapshots sit inside whole minutes (their 10 s window ends 30 s in): each 60 s step holds one. */
const MINUTE_MS = Math.floor(NOW / 60_000) * 60_000;
const MINUTES = 10;

const upload = (service: string, labels: Record<string, string>, body: Buffer): Promise<void> => postUpload(app, service, labels, body);
const get = <T>(url: string): Promise<T> => getJson<T>(app, url);

const sum = (values: readonly number[]): number => values.reduce((s, v) => s + v, 0);
const values = (timeline: TimelineResponse): number[] => timeline.points.map((p) => p.value);

beforeAll(async () => {
  app = await startTestApp();
  // Three deploys' worth of pods: 2.0.0 (two pods) adds a hot `validate`, which also recurses.
  for (let i = 0; i < 3; i++) {
    for (const [version, host, minutesAgo, scale] of [
      ['1.0.0', 'a', 50, 1],
      ['2.0.0', 'b', 20, 2],
      ['2.0.0', 'c', 20, 1],
    ] as const) {
      await upload(
        'api',
        { 'service.version': version, 'host.name': host },
        makePprof({
          sampleTypes: WALL_CPU,
          timeMs: NOW - minutesAgo * 60_000 + i * 10_000,
          samples: [
            { stack: 'main;serve;query', values: [50 * scale * MS, 50 * scale * MS] },
            { stack: 'main;serve;encode', values: [50 * scale * MS, 50 * scale * MS] },
            ...(version === '2.0.0'
              ? [
                  { stack: 'main;serve;validate', values: [60 * scale * MS, 60 * scale * MS] },
                  { stack: 'main;serve;validate;rule;validate', values: [40 * scale * MS, 40 * scale * MS] },
                ]
              : []),
          ],
        }),
      );
    }
  }
  // Requests on two endpoints and work outside any request.
  await upload(
    'traced',
    {},
    makePprof({
      sampleTypes: WALL_CPU,
      timeMs: NOW - 10 * 60_000,
      samples: [
        { stack: 'main;pay', values: [30 * MS, 30 * MS], labels: { span_id: 's1', local_root_span_id: 's1', trace_id: 't1', trace_endpoint: 'POST /pay' } },
        { stack: 'main;list', values: [20 * MS, 20 * MS], labels: { span_id: 's2', local_root_span_id: 's2', trace_id: 't2', trace_endpoint: 'GET /items' } },
        { stack: 'main;list', values: [25 * MS, 25 * MS], labels: { span_id: 's3', local_root_span_id: 's3', trace_id: 't3', trace_endpoint: 'GET /items' } },
        { stack: 'main;tick', values: [10 * MS, 10 * MS] },
      ],
    }),
  );
  for (let i = 0; i < 12; i++) {
    await upload(
      'worker',
      { 'service.version': i < 6 ? '1.0.0' : '1.1.0' },
      makePprof({
        sampleTypes: HEAP,
        timeMs: MINUTE_MS - 40 * 60_000 + i * 60_000 + 30_000,
        samples: [
          { stack: 'main;jobs;leakyCache', values: [i * 10, (i + 1) * 100_000] },
          { stack: 'main;jobs;steady', values: [10, 900_000] },
        ],
      }),
    );
  }
  // A process cutting once a minute, as our agent does by default: each profile holds a minute's work.
  for (let i = 0; i < MINUTES; i++) {
    await upload(
      'minutely',
      { 'host.name': i % 2 === 0 ? 'a' : 'b' },
      makePprof({ sampleTypes: WALL_CPU, timeMs: MINUTE_MS - (MINUTES - i) * 60_000 + 30_000, durationMs: 60_000, samples: [{ stack: 'main;tick', values: [6 * MS, 6 * MS] }] }),
    );
  }
});
afterAll(async () => {
  await app?.close();
});

describe("a function's own timeline", () => {
  it('sums, per step, the stacks that hold the function (total) or end in it (self)', async () => {
    const all = await get<TimelineResponse>(`/api/v1/timeline?${API}&step=${STEP_MS}`);
    const total = await get<TimelineResponse>(`/api/v1/timeline?${API}&step=${STEP_MS}&fn=validate&fn_file=app.js`);
    const self = await get<TimelineResponse>(`/api/v1/timeline?${API}&step=${STEP_MS}&fn=validate&fn_file=app.js&fn_value=self`);
    // Same steps as the service's timeline.
    expect(total.points.map((p) => p.ts)).toEqual(all.points.map((p) => p.ts));
    // 2.0.0 only: (60 + 40) ms per upload at scale 2 and 1, three uploads; the recursive stack counts once.
    expect(sum(values(total))).toBe(900 * MS);
    // Self: the stacks whose leaf is validate, the recursive one included (its leaf is validate again).
    expect(sum(values(self))).toBe(900 * MS);
    const rule = await get<TimelineResponse>(`/api/v1/timeline?${API}&step=${STEP_MS}&fn=rule&fn_file=app.js&fn_value=self`);
    expect(sum(values(rule))).toBe(0);
    const ruleTotal = await get<TimelineResponse>(`/api/v1/timeline?${API}&step=${STEP_MS}&fn=rule&fn_file=app.js`);
    expect(sum(values(ruleTotal))).toBe(3 * 40 * 3 * MS);
    // Nothing of it before the deploy 20 minutes ago, while the service ran.
    const deployS = NOW - 25 * 60_000;
    expect(total.points.filter((p) => p.ts + STEP_MS <= deployS).every((p) => p.value === 0)).toBe(true);
    expect(all.points.filter((p) => p.ts + STEP_MS <= deployS).some((p) => p.value > 0)).toBe(true);
    // Every stack holds main: its timeline is the service's.
    expect(values(await get<TimelineResponse>(`/api/v1/timeline?${API}&step=${STEP_MS}&fn=main&fn_file=app.js`))).toEqual(values(all));
  });

  it('knows a function by its name and its file, and is empty for one never seen', async () => {
    expect(sum(values(await get<TimelineResponse>(`/api/v1/timeline?${API}&fn=validate&fn_file=other.js`)))).toBe(0);
    expect(sum(values(await get<TimelineResponse>(`/api/v1/timeline?${API}&fn=nowhere`)))).toBe(0);
    const bad = await app.server.inject({ url: `/api/v1/timeline?${API}&fn=validate&fn_value=both` });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ code: 'FH_ERR_QUERY_BAD_PARAM' });
  });

  it('follows filters, and shows a gauge as its level', async () => {
    const filtered = await get<TimelineResponse>(`/api/v1/timeline?${API}&fn=validate&fn_file=app.js&filter=host.name=c`);
    expect(sum(values(filtered))).toBe(3 * 100 * MS);
    const range = `service=worker&type=inuse_space&from=${HOUR_AGO}&to=${NOW}&step=60000`;
    const leaky = values(await get<TimelineResponse>(`/api/v1/timeline?${range}&fn=leakyCache&fn_file=app.js`)).filter((v) => v > 0);
    expect(leaky).toEqual(Array.from({ length: 12 }, (_, i) => (i + 1) * 100_000));
    const jobs = values(await get<TimelineResponse>(`/api/v1/timeline?${range}&fn=jobs&fn_file=app.js`)).filter((v) => v > 0);
    expect(jobs).toEqual(leaky.map((v) => v + 900_000));
  });
});

describe('the default step', () => {
  const MINUTELY = `service=minutely&type=cpu&from=${MINUTE_MS - 15 * 60_000}&to=${NOW}`;

  it("is no finer than the profiles' windows: a minute's profile is not one step's burst", async () => {
    const timeline = await get<TimelineResponse>(`/api/v1/timeline?${MINUTELY}`);
    expect(timeline.stepMs).toBe(60_000);
    const withData = timeline.points.filter((p) => p.value > 0);
    expect(withData.map((p) => p.value)).toEqual(Array.from({ length: MINUTES }, () => 6 * MS));
    // No gap between the first and last minute with data.
    expect(withData.at(-1)!.ts - withData[0]!.ts).toBe((MINUTES - 1) * 60_000);
    const breakdown = await get<LabelBreakdownResponse>(`/api/v1/breakdown?${MINUTELY}&key=host.name`);
    expect(breakdown.stepMs).toBe(60_000);
  });

  it('keeps a step asked for, and finer steps for shorter windows', async () => {
    const asked = await get<TimelineResponse>(`/api/v1/timeline?${MINUTELY}&step=10000`);
    expect(asked.stepMs).toBe(10_000);
    expect(asked.points.filter((p) => p.value > 0)).toHaveLength(MINUTES);
    // Ten-second profiles over the same span of time.
    const tenSecond = await get<TimelineResponse>(`/api/v1/timeline?service=api&type=cpu&from=${NOW - 25 * 60_000}&to=${NOW - 10 * 60_000}`);
    expect(tenSecond.stepMs).toBe(10_000);
  });
});

describe('breakdown by a label', () => {
  it('splits the timeline by the values of a label, heaviest first, adding up to the whole', async () => {
    const all = await get<TimelineResponse>(`/api/v1/timeline?${API}&step=${STEP_MS}`);
    const byHost = await get<LabelBreakdownResponse>(`/api/v1/breakdown?${API}&step=${STEP_MS}&key=host.name`);
    expect(byHost).toMatchObject({ unit: 'nanoseconds', key: 'host.name', stepMs: STEP_MS, gauge: false, valueCount: 3 });
    expect(byHost.other).toBeUndefined();
    expect(byHost.timestamps).toEqual(all.points.map((p) => p.ts));
    // b: 2 × (100 + 100) × 3, c: (100 + 100) × 3, a: 100 × 3.
    expect(byHost.groups.map((g) => [g.value, g.total])).toEqual([
      ['b', 1200 * MS],
      ['c', 600 * MS],
      ['a', 300 * MS],
    ]);
    expect(byHost.total).toBe(2100 * MS);
    const stacked = all.points.map((_, i) => sum(byHost.groups.map((g) => g.values[i]!)));
    expect(stacked).toEqual(values(all));
    expect(byHost.groups.every((g) => sum(g.values) === g.total)).toBe(true);
  });

  it('keeps the heaviest values and sums the rest into "other"', async () => {
    const top = await get<LabelBreakdownResponse>(`/api/v1/breakdown?${API}&step=${STEP_MS}&key=host.name&limit=1`);
    expect(top.groups.map((g) => g.value)).toEqual(['b']);
    expect(top.valueCount).toBe(3);
    expect(top.other?.total).toBe(900 * MS);
    expect(sum(top.other!.values)).toBe(900 * MS);
    // The values of a label the series do not have are one group, ''.
    const missing = await get<LabelBreakdownResponse>(`/api/v1/breakdown?${API}&key=pod`);
    expect(missing.groups.map((g) => [g.value, g.total])).toEqual([['', 2100 * MS]]);
    // Filters narrow it as they narrow everything else.
    const filtered = await get<LabelBreakdownResponse>(`/api/v1/breakdown?${API}&key=host.name&filter=${encodeURIComponent('service.version!=1.0.0')}`);
    expect(filtered.groups.map((g) => g.value)).toEqual(['b', 'c']);
  });

  it('shows a gauge per value as levels that add up to the whole', async () => {
    const range = `service=worker&type=inuse_space&from=${HOUR_AGO}&to=${NOW}`;
    const flame = await get<FlameGraphResponse>(`/api/v1/flamegraph?${range}`);
    const all = await get<TimelineResponse>(`/api/v1/timeline?${range}&step=60000`);
    const byVersion = await get<LabelBreakdownResponse>(`/api/v1/breakdown?${range}&step=60000&key=service.version`);
    expect(byVersion.gauge).toBe(true);
    expect(byVersion.groups.map((g) => g.value)).toEqual(['1.1.0', '1.0.0']);
    // Each version holds memory in its own half; together they are the service's average.
    expect(byVersion.total).toBeCloseTo(flame.total, 6);
    expect(sum(byVersion.groups.map((g) => g.total))).toBeCloseTo(flame.total, 6);
    const stacked = all.points.map((_, i) => sum(byVersion.groups.map((g) => g.values[i]!)));
    stacked.forEach((v, i) => expect(v).toBeCloseTo(all.points[i]!.value, 6));
    expect(Math.max(...byVersion.groups[0]!.values)).toBe(12 * 100_000 + 900_000);
  });

  it("splits by the requests' endpoint, a span column", async () => {
    const byEndpoint = await get<LabelBreakdownResponse>(`/api/v1/breakdown?service=traced&type=cpu&from=${HOUR_AGO}&to=${NOW}&key=trace_endpoint`);
    expect(byEndpoint.groups.map((g) => [g.value, g.total])).toEqual([
      ['GET /items', 45 * MS],
      ['POST /pay', 30 * MS],
      ['', 10 * MS],
    ]);
    expect(byEndpoint.total).toBe(85 * MS);
  });

  it('refuses a breakdown without a key or with too many groups', async () => {
    for (const query of ['', '&key=', '&key=host.name&limit=0', '&key=host.name&limit=51']) {
      const response = await app.server.inject({ url: `/api/v1/breakdown?${API}${query}` });
      expect(response.statusCode, query).toBe(400);
      expect(response.json()).toMatchObject({ code: 'FH_ERR_QUERY_BAD_PARAM' });
    }
  });
});

describe('one aggregation for the requests of one page', () => {
  it('merges a selection once for a flamegraph and top functions asked at the same time, and again later', async () => {
    const client = app.storage.client;
    const exec = client.exec.bind(client);
    let aggregations = 0;
    client.exec = ((params: Parameters<typeof exec>[0]) => {
      if (/GROUP BY stack_id\b/.test(params.query)) aggregations++;
      return exec(params);
    });
    try {
      const url = (path: string): string => `/api/v1/${path}?service=api&type=cpu&from=${HOUR_AGO}&to=${NOW}&filter=host.name%3Db`;
      const [flame, top] = await Promise.all([get<FlameGraphResponse>(url('flamegraph')), get<{ total: number }>(url('top'))]);
      expect(aggregations).toBe(1);
      expect(flame.total).toBe(1200 * MS);
      expect(top.total).toBe(1200 * MS);
      // Nothing is kept: a later request asks storage again (new data may have come).
      await get<FlameGraphResponse>(url('flamegraph'));
      expect(aggregations).toBe(2);
    } finally {
      client.exec = exec;
    }
  });
});
