import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FlameGraphResponse, LeaksResponse, TimelineResponse } from '@flamehouse/proto';
import { runProfiled, startServer, type RunningServer } from './harness.js';

// A worker restarted once by its supervisor, profiled by the agent in every
// process: start-up tables, garbage per job, a cache reset every 2 s and one
// slowly leaking site. The leak must rank first, and the heap the service
// holds must not depend on the zoom level.

let server: RunningServer;
let query: string;
let rangeMs: { fromMs: number; toMs: number };
beforeAll(async () => {
  server = await startServer();
  const startMs = Date.now();
  const run = await runProfiled('restarting-worker.js', {
    FLAMEHOUSE_URL: server.url,
    FLAMEHOUSE_SERVICE: 'restarting',
    WORKER_RUNS: '2',
    // Each worker's settled life (the middle 70 %) must span enough of the sampler's 4 MiB intervals for its floor to
    // rise in every run: at 14 s a worker sometimes showed none (one CI run in three), at 20 s the floor is read
    // from four windows instead of three.
    WORKER_MS: '20000',
  });
  expect(run.code, run.stderr).toBe(0);
  expect(run.stdout).toContain('supervisor done');
  rangeMs = { fromMs: startMs - 5_000, toMs: Date.now() + 5_000 };
  query = `service=restarting&type=inuse_space&from=${rangeMs.fromMs}&to=${rangeMs.toMs}`;
});
afterAll(async () => {
  await server?.close();
});

describe('heap of a worker restarted once', () => {
  it('ranks the leaking site first, with no filter, grouped by function and by call path', async () => {
    const byFunction = await server.api<LeaksResponse>(`/api/v1/leaks?${query}&step=1000`);
    const first = byFunction.leaks[0];
    const names = byFunction.leaks.map((leak) => `${leak.site.name} ${leak.growingProcesses}/${leak.processes}`);
    expect(first?.site.name, names.join(', ')).toBe('leakSlowly');
    // Growth per process: both workers leaked, and the restart in between is not counted as growth or loss.
    // Failed once in a fresh-clone CI run (growingProcesses 1), not in eight runs since (two beside the server tests): every site's counts go with a failure.
    expect(first, names.join(', ')).toMatchObject({ processes: 2, growingProcesses: 2 });
    // Both workers have ended by now, so nothing of it is in use at the end of the range; its trend shows what they held.
    expect(Math.max(...first!.series.map((point) => point.value))).toBeGreaterThan(4 * 1024 * 1024);
    for (const noise of ['buildStartupTables', 'fillCache', 'makeGarbage']) {
      expect(names.findIndex((name) => name.startsWith(`${noise} `))).not.toBe(0);
    }
    const byPath = await server.api<LeaksResponse>(`/api/v1/leaks?${query}&step=1000&group=stack`);
    expect(byPath.grouping).toBe('stack');
    expect(byPath.leaks[0]?.frames.at(-1)?.name).toBe('leakSlowly');
  });

  it('shows the heap the service holds the same at every zoom level', async () => {
    const fine = await server.api<TimelineResponse>(`/api/v1/timeline?${query}&step=1000`);
    // Steps start at multiples of the step: an hour, or more when the run crossed the hour, so one step holds it all.
    let coarseStepMs = 3_600_000;
    while (Math.floor(rangeMs.fromMs / coarseStepMs) !== Math.floor((rangeMs.toMs - 1) / coarseStepMs)) coarseStepMs *= 2;
    const coarse = await server.api<TimelineResponse>(`/api/v1/timeline?${query}&step=${coarseStepMs}`);
    const peak = (timeline: TimelineResponse): number => Math.max(...timeline.points.map((point) => point.value));
    const finePeak = peak(fine);
    expect(finePeak).toBeGreaterThan(8 * 1024 * 1024);
    // The workers ran one after the other: an hour's value is an average of what was held, never their sum.
    expect(peak(coarse)).toBeLessThanOrEqual(finePeak);
    const graph = await server.api<FlameGraphResponse>(`/api/v1/flamegraph?${query}`);
    expect(graph.total).toBeLessThanOrEqual(finePeak);
    // The same average over the time with data, whatever the step (covered time is counted per step).
    expect(Math.abs(graph.total - peak(coarse)) / peak(coarse)).toBeLessThan(0.01);
  });
});
