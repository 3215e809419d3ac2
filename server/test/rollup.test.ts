import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DiffResponse, FlameGraphResponse, LabelBreakdownResponse, TimelineResponse, TopResponse } from '@flamehouse/proto';
import { WALL_CPU, makePprof } from './pprof-fixture.js';
import { defaultTenant, startTestApp, uploadUrl, type TestApp } from './test-app.js';

// Long ranges read whole hours from a rollup (wall and CPU summed per hour and
// stack: per service in `service_hours`, per label set in `sample_hours` when
// labels filter) and only the range's edges from `sample_sets`.
// Every answer must be what the profiles add up to, wherever they sit against
// hour boundaries.

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.close();
});

const MS = 1_000_000;
const HOUR_MS = 3_600_000;
// The last whole hour ends an hour before now: every upload is in the past.
const END_MS = (Math.floor(Date.now() / HOUR_MS) - 1) * HOUR_MS;
const START_MS = END_MS - 8 * HOUR_MS;
const STACKS = ['main;serve;parse', 'main;serve;render', 'main;tick'];

interface Upload {
  readonly timeMs: number;
  readonly pod: string;
  readonly ms: readonly number[];
}

// Twelve uploads over eight hours, some on an hour boundary, two pods.
const UPLOADS: Upload[] = Array.from({ length: 12 }, (_, i) => ({
  timeMs: START_MS + (i === 3 ? 2 * HOUR_MS : Math.round(i * 0.66 * HOUR_MS) + 7 * 60_000),
  pod: i % 3 === 0 ? 'a' : 'b',
  ms: [1 + i, 2 * (i + 1), i % 2 === 0 ? 5 : 0],
}));

const sum = (uploads: readonly Upload[], stack?: number): number =>
  uploads.reduce((total, u) => total + (stack === undefined ? u.ms.reduce((a, b) => a + b, 0) : u.ms[stack]!), 0) * MS;
const within = (fromMs: number, toMs: number, pod?: string): Upload[] =>
  UPLOADS.filter((u) => u.timeMs >= fromMs && u.timeMs < toMs && (pod === undefined || u.pod === pod));

async function get<T>(path: string): Promise<T> {
  const response = await app.server.inject({ url: path });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<T>();
}

describe('hourly rollup', () => {
  beforeAll(async () => {
    for (const [i, u] of UPLOADS.entries()) {
      const body = makePprof({
        sampleTypes: WALL_CPU,
        timeMs: u.timeMs,
        samples: STACKS.map((stack, s) => ({ stack, values: [u.ms[s]! * MS, u.ms[s]! * MS] })),
      });
      const response = await app.server.inject({
        method: 'POST',
        url: `${uploadUrl('hours', { pod: u.pod })}&upload_id=h${i}`,
        payload: body,
        headers: { 'content-type': 'application/octet-stream' },
      });
      expect(response.statusCode, response.body).toBe(200);
    }
  });

  it('gives every range the sum of its profiles, aligned to hours or not, filtered or not', async () => {
    const ranges: [number, number][] = [
      [START_MS - HOUR_MS, END_MS + HOUR_MS],
      [START_MS + 17 * 60_000, END_MS - 23 * 60_000],
      [START_MS + 2 * HOUR_MS, START_MS + 6 * HOUR_MS],
      // Under three whole hours: sets only.
      [START_MS + 30 * 60_000, START_MS + 2 * HOUR_MS + 10 * 60_000],
    ];
    for (const [fromMs, toMs] of ranges) {
      for (const pod of [undefined, 'a']) {
        const query = `service=hours&type=cpu&from=${fromMs}&to=${toMs}${pod ? `&filter=pod=${pod}` : ''}`;
        const expected = within(fromMs, toMs, pod);
        const graph = await get<FlameGraphResponse>(`/api/v1/flamegraph?${query}`);
        expect(graph.total, query).toBe(sum(expected));
        const top = await get<TopResponse>(`/api/v1/top?${query}`);
        expect(top.functions.find((f) => f.name === 'render')?.self ?? 0, query).toBe(sum(expected, 1));
        for (const stepMs of [HOUR_MS, 60_000]) {
          const timeline = await get<TimelineResponse>(`/api/v1/timeline?${query}&step=${stepMs}`);
          expect(timeline.points.reduce((total, p) => total + p.value, 0), `${query} step ${stepMs}`).toBe(sum(expected));
        }
      }
    }
    const wall = await get<FlameGraphResponse>(`/api/v1/flamegraph?service=hours&type=wall&from=${START_MS - HOUR_MS}&to=${END_MS + HOUR_MS}`);
    expect(wall.total).toBe(sum(UPLOADS));
  });

  it('puts each hour of a timeline at its step', async () => {
    const timeline = await get<TimelineResponse>(`/api/v1/timeline?service=hours&type=cpu&from=${START_MS}&to=${END_MS}&step=${HOUR_MS}`);
    for (const point of timeline.points) expect(point.value, new Date(point.ts).toISOString()).toBe(sum(within(point.ts, point.ts + HOUR_MS)));
  });

  it('splits long ranges by label set from the per-series sums, by the hour or finer', async () => {
    for (const stepMs of [HOUR_MS, 60_000]) {
      const breakdown = await get<LabelBreakdownResponse>(
        `/api/v1/breakdown?service=hours&type=cpu&from=${START_MS - HOUR_MS}&to=${END_MS + HOUR_MS}&key=pod&step=${stepMs}`,
      );
      const byPod = Object.fromEntries(breakdown.groups.map((group) => [group.value, group.total]));
      expect(byPod, `step ${stepMs}`).toEqual({ a: sum(UPLOADS.filter((u) => u.pod === 'a')), b: sum(UPLOADS.filter((u) => u.pod === 'b')) });
    }
  });

  it('diffs two long ranges', async () => {
    const middle = START_MS + 4 * HOUR_MS;
    const diff = await get<DiffResponse>(
      `/api/v1/diff?service=hours&type=cpu&baseline.from=${START_MS - HOUR_MS}&baseline.to=${middle}&comparison.from=${middle}&comparison.to=${END_MS + HOUR_MS}`,
    );
    expect(diff.baselineTotal).toBe(sum(within(START_MS - HOUR_MS, middle)));
    expect(diff.comparisonTotal).toBe(sum(within(middle, END_MS + HOUR_MS)));
  });

  it('reads whole hours from the per-service rollup without label filters, from the per-series one with them, short ranges from the sets', async () => {
    const { tables } = await defaultTenant(app);
    const range = `service=hours&type=cpu&from=${START_MS}&to=${END_MS}`;
    const flame = (query: string): Promise<FlameGraphResponse> => get<FlameGraphResponse>(`/api/v1/flamegraph?${query}`);
    await app.storage.client.command({ query: `TRUNCATE TABLE ${tables.serviceHours}` });
    expect((await flame(range)).total).toBe(0);
    expect((await flame(`${range}&filter=pod=a`)).total).toBe(sum(within(START_MS, END_MS, 'a')));
    await app.storage.client.command({ query: `TRUNCATE TABLE ${tables.sampleHours}` });
    expect((await flame(`${range}&filter=pod=a`)).total).toBe(0);
    const fromMs = START_MS + 30 * 60_000;
    const toMs = START_MS + 2 * HOUR_MS + 10 * 60_000;
    expect((await flame(`service=hours&type=cpu&from=${fromMs}&to=${toMs}`)).total).toBe(sum(within(fromMs, toMs)));
  });
});
