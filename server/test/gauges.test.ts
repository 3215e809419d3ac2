import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FlameGraphResponse, TimelineResponse, TopResponse } from '@flamehouse/proto';
import { HEAP, makePprof } from './pprof-fixture.js';
import { startTestApp, uploadUrl, type TestApp } from './test-app.js';

// Heap is a gauge: a snapshot stands for its process over the 10 s its upload
// covered. Summed over processes only where they are alive together, and
// averaged over time, the value must not depend on the zoom level.

let app: TestApp;
const MB = 1024 * 1024;
// Whole hours, so that every step size used below divides the data's span evenly.
const T0 = Math.floor(Date.now() / 3_600_000) * 3_600_000 - 2 * 3_600_000;

async function snapshots(service: string, pid: string, fromMs: number, count: number, bytes: number, everyMs = 10_000): Promise<void> {
  for (let i = 1; i <= count; i++) {
    const profile = makePprof({ sampleTypes: HEAP, timeMs: fromMs + i * everyMs, durationMs: 10_000, samples: [{ stack: 'main;hold', values: [1, bytes] }] });
    const response = await app.server.inject({
      method: 'POST',
      url: uploadUrl(service, { 'process.pid': pid }),
      payload: profile,
      headers: { 'content-type': 'application/octet-stream' },
    });
    expect(response.statusCode, response.body).toBe(200);
  }
}

beforeAll(async () => {
  app = await startTestApp();
  // One worker for a minute, then its replacement for the next.
  await snapshots('sequential', '1', T0, 6, 23 * MB);
  await snapshots('sequential', '2', T0 + 60_000, 6, 23 * MB);
  // Two workers side by side for a minute, 5 s out of phase.
  await snapshots('overlapping', '3', T0, 6, 10 * MB);
  await snapshots('overlapping', '4', T0 + 5_000, 6, 10 * MB);
  // One worker snapshotting 10 s a minute, each window across a minute's start: a minute holds the
  // last 5 s of one window and the first 5 s of the next, with 50 s of nothing between them.
  await snapshots('sparse', '5', T0 + 5_000, 6, 30 * MB, 60_000);
});
afterAll(async () => {
  await app?.close();
});

const range = (service: string) => `service=${service}&type=inuse_space&from=${T0 - 3_600_000}&to=${T0 + 3_600_000}`;

async function get<T>(url: string): Promise<T> {
  const response = await app.server.inject({ url });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<T>();
}

const withData = (timeline: TimelineResponse): number[] => timeline.points.filter((p) => p.value > 0).map((p) => p.value);

describe('heap summed over processes', () => {
  it('shows two workers that ran one after the other as what one held, at every step', async () => {
    for (const stepMs of [2_000, 10_000, 60_000, 3_600_000]) {
      const timeline = await get<TimelineResponse>(`/api/v1/timeline?${range('sequential')}&step=${stepMs}`);
      for (const value of withData(timeline)) expect(value, `step ${stepMs} ms`).toBeCloseTo(23 * MB, -2);
    }
    const graph = await get<FlameGraphResponse>(`/api/v1/flamegraph?${range('sequential')}`);
    expect(graph.total).toBeCloseTo(23 * MB, -2);
    const top = await get<TopResponse>(`/api/v1/top?${range('sequential')}`);
    expect(top.total).toBeCloseTo(graph.total, -2);
  });

  it('averages a step over the time its snapshots cover, not over the gaps between them', async () => {
    const timeline = await get<TimelineResponse>(`/api/v1/timeline?${range('sparse')}&step=60000`);
    const values = withData(timeline);
    expect(values.length).toBeGreaterThanOrEqual(6);
    for (const value of values) expect(value).toBeCloseTo(30 * MB, -2);
  });

  it('adds up two workers that ran side by side while both ran', async () => {
    const timeline = await get<TimelineResponse>(`/api/v1/timeline?${range('overlapping')}&step=10000`);
    const values = withData(timeline);
    // Both alive in every step from 5 s to 60 s after T0.
    expect(values.filter((value) => Math.abs(value - 20 * MB) < 1)).toHaveLength(5);
    expect(Math.max(...values)).toBeCloseTo(20 * MB, -2);
    // The step the first started and the one the second ended hold one worker for part of it, as a time average.
    const graph = await get<FlameGraphResponse>(`/api/v1/flamegraph?${range('overlapping')}`);
    expect(graph.total).toBeGreaterThan(18 * MB);
    expect(graph.total).toBeLessThan(20 * MB);
  });
});
