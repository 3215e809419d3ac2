import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AgentsResponse, FlameGraphResponse } from '@flamehouse/proto';
import { perftools } from '@flamehouse/proto/pprof';
import { DEFAULT_CONFIG as AGENT_DEFAULTS } from '../agent/src/config.js';
import { DEFAULT_CONFIG as SERVER_DEFAULTS } from '../server/src/config.js';
import { runProfiled, startProxy, startServer, type Proxy, type RunningServer } from './harness.js';

// An upload whose answer is lost is sent again; the server must store it once.
// A proxy between agent and server forwards every upload, and the first time
// it sees an upload id it throws the server's answer away and resets the
// connection, as a proxy timing out or a dropped connection would.

interface LossyProxy extends Proxy {
  /** Per upload id: how many times it was sent, and its body. */
  readonly uploads: Map<string, { attempts: number; body: Buffer }>;
}

async function lossyProxy(target: string): Promise<LossyProxy> {
  const uploads = new Map<string, { attempts: number; body: Buffer }>();
  const proxy = await startProxy(target, (url, body) => {
    const id = new URL(url, 'http://proxy').searchParams.get('upload_id') ?? '';
    const seen = uploads.get(id) ?? { attempts: 0, body };
    seen.attempts++;
    uploads.set(id, seen);
    // The server answers every time; the first answer never reaches the agent.
    return seen.attempts > 1;
  });
  return { ...proxy, uploads };
}

/** Sum of the `wall/nanoseconds` values of a gzipped pprof profile; 0 for a heap profile. */
function wallTotal(body: Buffer): number {
  const profile = perftools.profiles.Profile.decode(gunzipSync(body));
  const index = profile.sampleType.findIndex((type) => profile.stringTable[Number(type.type)] === 'wall');
  return index < 0 ? 0 : profile.sample.reduce((sum, sample) => sum + Number(sample.value?.[index] ?? 0), 0);
}

let server: RunningServer;
let proxy: LossyProxy;
beforeAll(async () => {
  server = await startServer();
  proxy = await lossyProxy(server.url);
});
afterAll(async () => {
  await proxy?.close();
  await server?.close();
});

describe('exactly-once ingest', () => {
  it('answers an upload before the agent gives up on it', () => {
    expect(SERVER_DEFAULTS.uploadDeadlineMs).toBeLessThan(AGENT_DEFAULTS.uploadTimeoutMs);
  });

  it('stores each upload once when the first answer to every upload is lost', async () => {
    const startMs = Date.now();
    const run = await runProfiled('bursty-service.js', {
      FLAMEHOUSE_URL: proxy.url,
      FLAMEHOUSE_SERVICE: 'lossy',
      RUN_MS: '5000',
      RATE: '60',
      // Room for the last window's retry at exit.
      FLAMEHOUSE_EXIT_FLUSH_TIMEOUT_MS: '5000',
    });
    expect(run.code, run.stderr).toBe(0);

    const uploads = [...proxy.uploads.values()];
    const retried = uploads.filter((upload) => upload.attempts > 1);
    // Every answer but the exit flush's last was lost once, and the agent sent those again.
    expect(retried.length).toBeGreaterThanOrEqual(uploads.length - 2);
    expect(uploads.length).toBeGreaterThanOrEqual(4);

    // What the server stored is what the agent profiled, each upload counted once.
    const sentWall = uploads.reduce((sum, upload) => sum + wallTotal(upload.body), 0);
    const query = `service=lossy&from=${startMs - 5_000}&to=${Date.now() + 5_000}`;
    const graph = await server.api<FlameGraphResponse>(`/api/v1/flamegraph?type=wall&${query}`);
    expect(graph.total).toBe(sentWall);
    const { agents } = await server.api<AgentsResponse>(`/api/v1/agents?${query}`);
    const walls = uploads.filter((upload) => wallTotal(upload.body) > 0).length;
    // A wall upload stores wall and cpu profile rows; a heap upload stores inuse_space and inuse_objects.
    expect(agents.reduce((sum, agent) => sum + agent.profiles, 0)).toBe(2 * uploads.length);
    expect(walls).toBeGreaterThan(0);
  });
});
