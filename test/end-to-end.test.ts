import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AgentsResponse, DiffNode, DiffResponse, FlameGraphResponse, LeaksResponse } from '@flamehouse/proto';
import { perftools } from '@flamehouse/proto/pprof';
import { NODE_RUNTIMES } from '../agent/test/helpers/node-versions.js';
import { runProfiled, startServer, totalOf, type RunningServer } from './harness.js';

// The whole pipeline with nothing mocked: apps run under `node --require` the
// built agent, which uploads to the real server, which stores into embedded
// ClickHouse; the assertions read the public API.

let server: RunningServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.close();
});

function findDiff(node: DiffNode, name: string): DiffNode | undefined {
  if (node.name === name) return node;
  for (const child of node.children) {
    const found = findDiff(child, name);
    if (found) return found;
  }
  return undefined;
}

const range = (startMs: number): string => `from=${startMs - 5_000}&to=${Date.now() + 5_000}`;

describe('agent → server → ClickHouse → API', () => {
  // The agent's profiles come from a native module built per Node ABI: the whole path runs on every line users run.
  it.each(NODE_RUNTIMES)('shows the known 3:1 CPU split in the flamegraph, the folded export and the pprof export on $name', async (node) => {
    const startMs = Date.now();
    const service = `split-${node.major}`;
    // 100 Hz rather than the default 29: a 3:1 split read within 5 points from 4 s of samples is a check of the path, not of the rate.
    const env = { FLAMEHOUSE_URL: server.url, FLAMEHOUSE_SERVICE: service, FLAMEHOUSE_SAMPLING_INTERVAL_US: '10000', BURN_MS: '4000' };
    const run = await runProfiled('cpu-split.js', env, { node: node.execPath });
    expect(run.code).toBe(7);
    expect(run.stdout).toBe('done true\n');

    const query = `service=${service}&type=cpu&${range(startMs)}`;
    const graph = await server.api<FlameGraphResponse>(`/api/v1/flamegraph?${query}`);
    const alpha = totalOf(graph.root, 'burnAlpha');
    const beta = totalOf(graph.root, 'burnBeta');
    // CPU time is what the process got; on a loaded machine that is less than
    // the 4 s of wall time, but both functions lose alike.
    expect(alpha + beta).toBeGreaterThan(1e9);
    expect(Math.abs(alpha / (alpha + beta) - 0.75)).toBeLessThan(0.05);

    const folded = await (await fetch(`${server.url}/api/v1/export?format=folded&${query}`)).text();
    let foldedAlpha = 0;
    let foldedBeta = 0;
    for (const line of folded.trim().split('\n')) {
      const at = line.lastIndexOf(' ');
      const frames = line.slice(0, at).split(';');
      const value = Number(line.slice(at + 1));
      if (frames.includes('burnAlpha')) foldedAlpha += value;
      if (frames.includes('burnBeta')) foldedBeta += value;
    }
    expect(Math.abs(foldedAlpha / (foldedAlpha + foldedBeta) - 0.75)).toBeLessThan(0.05);

    const pprof = Buffer.from(await (await fetch(`${server.url}/api/v1/export?format=pprof&${query}`)).arrayBuffer());
    const profile = perftools.profiles.Profile.decode(gunzipSync(pprof));
    const nameOfLocation = new Map<number, string>();
    for (const location of profile.location) {
      const fn = profile.function.find((f) => Number(f.id) === Number(location.line?.[0]?.functionId));
      nameOfLocation.set(Number(location.id), profile.stringTable[Number(fn?.name)] ?? '');
    }
    let pprofAlpha = 0;
    let pprofBeta = 0;
    for (const sample of profile.sample) {
      const names = (sample.locationId ?? []).map((id) => nameOfLocation.get(Number(id)));
      const value = Number(sample.value?.[0]);
      if (names.includes('burnAlpha')) pprofAlpha += value;
      if (names.includes('burnBeta')) pprofBeta += value;
    }
    expect(Math.abs(pprofAlpha / (pprofAlpha + pprofBeta) - 0.75)).toBeLessThan(0.05);

    // The agent reported its own cost with the profiles, and the server shows it per process.
    const { agents } = await server.api<AgentsResponse>(`/api/v1/agents?${query}`);
    expect(agents).toHaveLength(1);
    expect(agents[0]!.labels['process.pid']).toMatch(/^\d+$/);
    expect(agents[0]!.uploadBytes).toBeGreaterThan(1000);
    expect(agents[0]!.agentCpuMs).toBeGreaterThan(0);
    expect(agents[0]!.failures).toBe(0);
  });

  it('diffs two versions of an app: the extra hot function grew', async () => {
    const startMs = Date.now();
    const env = { FLAMEHOUSE_URL: server.url, FLAMEHOUSE_SERVICE: 'checkout', BURN_MS: '3000' };
    const [v1, v2] = await Promise.all([
      runProfiled('versioned-app.js', { ...env, FLAMEHOUSE_VERSION: '1.0.0', APP_VARIANT: 'v1' }),
      runProfiled('versioned-app.js', { ...env, FLAMEHOUSE_VERSION: '2.0.0', APP_VARIANT: 'v2' }),
    ]);
    expect([v1.code, v2.code]).toEqual([0, 0]);

    const diff = await server.api<DiffResponse>(
      `/api/v1/diff?service=checkout&type=cpu&${range(startMs)}` +
        `&baseline.filter=service.version=1.0.0&comparison.filter=service.version=2.0.0`,
    );
    const extra = findDiff(diff.root, 'extraValidation');
    expect(extra).toBeDefined();
    expect(extra!.baseline.total).toBe(0);
    // Half of v2's request time, by construction.
    expect(extra!.comparison.total / diff.comparisonTotal).toBeGreaterThan(0.3);
    const parse = findDiff(diff.root, 'parseInput')!;
    expect(parse.comparison.total / diff.comparisonTotal).toBeLessThan(parse.baseline.total / diff.baselineTotal);
  });

  it('ranks the leaking allocation site of a long-lived worker first', async () => {
    const startMs = Date.now();
    // One heap sample per 512 KiB rather than the default 4 MiB: at 4 MiB the leak's 128 KiB arrays gave ~1 sample a
    // second, so now and then none fell between the two windows whose floors make the slope, the leak measured no
    // growth, and the churn or the process's external memory ranked first. This checks the ranking, not the rate.
    const env = { FLAMEHOUSE_URL: server.url, FLAMEHOUSE_SERVICE: 'worker', FLAMEHOUSE_HEAP_INTERVAL_BYTES: '524288', RUN_MS: '8000' };
    const run = await runProfiled('leaky-worker.js', env);
    expect(run.code).toBe(0);
    const result = await server.api<LeaksResponse>(`/api/v1/leaks?service=worker&type=inuse_space&${range(startMs)}&step=1000`);
    expect(result.leaks.length).toBeGreaterThan(0);
    const first = result.leaks[0]!;
    expect(first.frames.map((f) => f.name)).toContain('retainInCache');
    expect(first.growthPerHour).toBeGreaterThan(0);
    expect(result.leaks.findIndex((l) => l.frames.some((f) => f.name === 'churn'))).not.toBe(0);
  });
});
