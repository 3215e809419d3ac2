import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FlameGraphResponse } from '@flamehouse/proto';
import { runProfiled, startServer, totalOf, type RunningServer } from './harness.js';

// CPU time of a service that is not saturated: bursts of 0.5–3 ms at about a
// third of a core, the event loop idle in between. The service measures the
// CPU of each of its route functions itself; the flamegraph must agree.

interface Truth {
  readonly functions: Record<string, number>;
  readonly processCpuUs: number;
  readonly requests: number;
}

let server: RunningServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.close();
});

describe('CPU time of a bursty service', () => {
  it('is booked on the functions that used it, not on (idle)', async () => {
    const startMs = Date.now();
    const run = await runProfiled('bursty-service.js', {
      FLAMEHOUSE_URL: server.url,
      FLAMEHOUSE_SERVICE: 'bursty',
      FLAMEHOUSE_SPANS: 'false',
      // 500 Hz: the estimate does not depend on the rate, and five times the
      // samples keep the counting noise of a 10 s test well under the 5 points allowed.
      FLAMEHOUSE_SAMPLING_INTERVAL_US: '2000',
      RATE: '120',
      RUN_MS: '10000',
    });
    expect(run.code, run.stderr).toBe(0);
    const line = run.stdout.split('\n').find((l) => l.startsWith('TRUTH '));
    const truth = JSON.parse(line?.slice('TRUTH '.length) ?? 'null') as Truth;
    expect(truth.requests).toBeGreaterThan(1000);

    const graph = await server.api<FlameGraphResponse>(`/api/v1/flamegraph?service=bursty&type=cpu&from=${startMs - 5_000}&to=${Date.now() + 5_000}&maxNodes=100000`);
    const report: string[] = [];
    for (const [name, cpuUs] of Object.entries(truth.functions)) {
      const measured = cpuUs / truth.processCpuUs;
      const profiled = totalOf(graph.root, name) / graph.total;
      report.push(`${name}: measured ${(measured * 100).toFixed(1)} %, profiled ${(profiled * 100).toFixed(1)} %`);
      expect(Math.abs(profiled - measured), report.join('; ')).toBeLessThan(0.05);
    }
    const idle = totalOf(graph.root, '(idle)') / graph.total;
    const totalRatio = graph.total / 1000 / truth.processCpuUs;
    console.log(`${report.join('; ')}; (idle) ${(idle * 100).toFixed(1)} %; profile total ${(totalRatio * 100).toFixed(1)} % of the process's CPU`);
    expect(idle).toBeLessThanOrEqual(0.05);
    expect(totalRatio).toBeGreaterThan(0.8);
    expect(totalRatio).toBeLessThan(1.2);
  });
});
