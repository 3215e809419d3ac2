import { connect } from 'node:net';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import Long from 'long';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { perftools } from '@flamehouse/proto/pprof';
import { stackTotals } from '../src/query/aggregate.js';
import { queryRows } from '../src/query/context.js';
import { parseSelection } from '../src/query/selection.js';
import { WALL_CPU, makePprof } from './pprof-fixture.js';
import { defaultTenant, startTestApp, uploadUrl, type TestApp } from './test-app.js';

// What an SRE threw at the server before exposing it: requests that asked for
// unbounded work, uploads small on the wire and huge once decoded, bytes and
// parameters that are wrong in every way. Each gets a 4xx with its own code,
// fast, and the event loop keeps serving.

const MS = 1_000_000;
const NOW = Date.now();
let app: TestApp;
let url: string;

beforeAll(async () => {
  app = await startTestApp();
  url = await app.server.listen({ host: '127.0.0.1', port: 0 });
  const known = makePprof({ sampleTypes: WALL_CPU, timeMs: NOW - 60_000, samples: [{ stack: 'main;known', values: [10 * MS, 10 * MS] }] });
  expect((await post(uploadUrl('known'), known)).statusCode).toBe(200);
});
afterAll(async () => {
  await app?.close();
});

function post(path: string, body: Buffer | string, contentType = 'application/octet-stream') {
  return app.server.inject({ method: 'POST', url: path, payload: body, headers: { 'content-type': contentType } });
}

/** A valid header (types, strings, one location and function), then `samples` copies of one sample: small gzipped, huge decoded. */
function manySamples(samples: number, labelled = false): Buffer {
  const header = perftools.profiles.Profile.encode({
    sampleType: [{ type: 1, unit: 2 }],
    stringTable: ['', 'wall', 'nanoseconds', 'f', 'k', ...(labelled ? Array.from({ length: samples }, (_, i) => `v${i}`) : [])],
    function: [{ id: 1, name: 3 }],
    location: [{ id: 1, line: [{ functionId: 1 }] }],
    timeNanos: Long.fromNumber(NOW - 30_000).multiply(1_000_000),
  }).finish();
  const parts: Buffer[] = [Buffer.from(header)];
  const plain = Buffer.from(perftools.profiles.Sample.encode({ locationId: [1], value: [1] }).finish());
  const entry = (bytes: Uint8Array): Buffer => Buffer.concat([Buffer.from([0x12, bytes.length]), bytes]);
  const repeated = entry(plain);
  for (let i = 0; i < samples; i++) {
    parts.push(labelled ? entry(perftools.profiles.Sample.encode({ locationId: [1], value: [1], label: [{ key: 4, str: 5 + i }] }).finish()) : repeated);
  }
  return gzipSync(Buffer.concat(parts));
}

/** Runs `request` and returns its answer with the longest event-loop stall seen meanwhile. */
async function stallWhile<T>(request: () => Promise<T>): Promise<{ answer: T; maxStallMs: number }> {
  const histogram = monitorEventLoopDelay({ resolution: 5 });
  histogram.enable();
  const answer = await request();
  histogram.disable();
  return { answer, maxStallMs: histogram.max / 1e6 };
}

/** Sends raw bytes over TCP and returns the status line and body of the answer. */
function raw(request: string): Promise<{ status: number; body: string }> {
  const { port } = new URL(url);
  return new Promise((resolve, reject) => {
    // Written, not ended: the request says Connection: close, and the server closes when it has answered.
    const socket = connect(Number(port), '127.0.0.1', () => socket.write(request));
    let text = '';
    socket.on('data', (chunk: Buffer) => (text += chunk.toString('latin1')));
    socket.on('error', reject);
    socket.on('close', () => resolve({ status: Number(text.split(' ')[1]), body: text.slice(text.indexOf('\r\n\r\n') + 4) }));
  });
}

describe('requests that ask for unbounded work', () => {
  it('refuses a timeline that ends in the year 275760 at once, with 400', async () => {
    const started = performance.now();
    const response = await app.server.inject({ url: '/api/v1/timeline?service=s&type=cpu&to=%2B275760-09-13T00:00:00Z' });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'FH_ERR_QUERY_BAD_PARAM' });
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('draws the widest range storage holds in a few hundred points', async () => {
    const response = await app.server.inject({ url: '/api/v1/timeline?service=known&type=cpu&from=0&to=4294967295000' });
    expect(response.statusCode, response.body).toBe(200);
    const points = response.json<{ points: { value: number }[] }>().points;
    expect(points.length).toBeLessThanOrEqual(300);
    expect(points.reduce((sum, p) => sum + p.value, 0)).toBe(10 * MS);
  });

  it("refuses a flamegraph whose selection holds more stacks than a query may return, and not one that holds that many", async () => {
    const stacks = ['main;a', 'main;b', 'main;c'];
    const body = makePprof({ sampleTypes: WALL_CPU, timeMs: NOW - 60_000, samples: stacks.map((stack) => ({ stack, values: [MS, MS] })) });
    expect((await post(uploadUrl('wide'), body)).statusCode).toBe(200);
    const tenant = await defaultTenant(app);
    const selection = parseSelection({ service: 'wide', type: 'cpu', from: String(NOW - 3_600_000), to: String(NOW) });
    const limited = (maxResultRows: number) => ({ ...tenant.query, limits: { ...tenant.query.limits, maxResultRows } });
    expect((await stackTotals(limited(3), selection)).values).toHaveLength(3);
    await expect(stackTotals(limited(2), selection)).rejects.toMatchObject({ code: 'FH_ERR_QUERY_TOO_LARGE', status: 413 });
  });

  it('stops a read past its limits: 413 for too many rows, 504 for too long', async () => {
    const tenant = await defaultTenant(app);
    await expect(queryRows({ ...tenant.query, limits: { ...tenant.query.limits, maxRowsRead: 10_000 } }, 'SELECT count() FROM numbers(1000000)', {})).rejects.toMatchObject({
      code: 'FH_ERR_QUERY_TOO_LARGE',
      status: 413,
    });
    const started = performance.now();
    await expect(
      queryRows({ ...tenant.query, limits: { ...tenant.query.limits, timeoutS: 1 } }, 'SELECT sum(sleepEachRow(0.3)) FROM numbers(20) SETTINGS max_block_size = 1', {}),
    ).rejects.toMatchObject({ code: 'FH_ERR_QUERY_TIMEOUT', status: 504 });
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

describe('uploads small on the wire and huge decoded', () => {
  it('refuses 6.3 M samples in ~120 KB of gzip before decoding them, without stalling the event loop', async () => {
    const body = manySamples(6_300_000);
    expect(body.length).toBeLessThan(200_000);
    const { answer, maxStallMs } = await stallWhile(() => post(uploadUrl('bomb'), body));
    expect(answer.statusCode).toBe(413);
    expect(answer.json()).toMatchObject({ code: 'FH_ERR_INGEST_TOO_MANY_SAMPLES' });
    expect(maxStallMs).toBeLessThan(60);
  });

  it('refuses an upload whose labels make more label sets than one upload may create', async () => {
    const body = manySamples(100_000, true);
    const { answer, maxStallMs } = await stallWhile(() => post(uploadUrl('label-flood'), body));
    expect(answer.statusCode, answer.body).toBe(413);
    expect(answer.json()).toMatchObject({ code: 'FH_ERR_INGEST_TOO_MANY_LABELS' });
    expect(maxStallMs).toBeLessThan(60);
  });

  it('stores a large valid upload without stalling the event loop', async () => {
    const samples = Array.from({ length: 20_000 }, (_, i) => ({ stack: `main;handler${i % 500};leaf${i}`, values: [MS, MS] }));
    const body = makePprof({ sampleTypes: WALL_CPU, timeMs: NOW - 30_000, samples });
    const { answer, maxStallMs } = await stallWhile(() => post(uploadUrl('large'), body));
    console.log(`20,000 samples stored: the event loop stalled ${maxStallMs.toFixed(1)} ms at most`);
    expect(answer.statusCode, answer.body).toBe(200);
    expect(maxStallMs).toBeLessThan(60);
  });
});

describe('errors that tell the truth', () => {
  it('answers bad times with 400, never a 503 that clients retry forever', async () => {
    for (const query of ['from=1969-12-31', 'to=99999999999999999999', 'from=2106-02-08T00:00:00Z&to=2107-01-01T00:00:00Z', 'from=yesterday']) {
      const response = await app.server.inject({ url: `/api/v1/flamegraph?service=known&type=cpu&${query}` });
      expect(response.statusCode, query).toBe(400);
      expect(response.json()).toMatchObject({ code: 'FH_ERR_QUERY_BAD_PARAM' });
    }
  });

  it('refuses negative and overflowing sample values, and profiles dated where nothing would find them', async () => {
    const upload = (values: number[], timeMs = NOW - 30_000) =>
      post(uploadUrl('values'), makePprof({ sampleTypes: WALL_CPU, timeMs, samples: [{ stack: 'main;x', values }] }));
    expect((await upload([-3 * MS, MS])).json()).toMatchObject({ code: 'FH_ERR_INGEST_BAD_VALUE' });
    expect((await upload([2 ** 62, MS])).json()).toMatchObject({ code: 'FH_ERR_INGEST_BAD_VALUE' });
    expect((await upload([MS, MS], Date.UTC(2200, 0, 1))).json()).toMatchObject({ code: 'FH_ERR_INGEST_BAD_TIME' });
    expect((await upload([MS, MS], NOW - 400 * 86_400_000)).json()).toMatchObject({ code: 'FH_ERR_INGEST_BAD_TIME' });
    const graph = await app.server.inject({ url: `/api/v1/flamegraph?service=values&type=wall&from=0&to=${NOW}` });
    expect(graph.json()).toMatchObject({ total: 0 });
  });

  it('answers malformed bodies, URLs and headers with 4xx and {code, message}', async () => {
    const json = await post('/api/v1/ingest?service=x', '{bad json', 'application/json');
    expect(json.statusCode).toBe(400);
    expect(json.json()).toMatchObject({ code: 'FH_ERR_BAD_REQUEST' });

    const badUrl = await raw('GET /api/v1/services% HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
    expect(badUrl.status).toBe(400);
    expect(JSON.parse(badUrl.body)).toMatchObject({ code: 'FH_ERR_BAD_REQUEST' });

    const traversal = await raw('GET /../../etc/passwd HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
    expect(traversal.status).toBe(404);
    expect(JSON.parse(traversal.body)).toMatchObject({ code: 'FH_ERR_NOT_FOUND' });
    const encoded = await raw('GET /..%2f..%2f..%2fetc%2fpasswd HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
    expect(encoded.status).toBe(404);

    const huge = await raw(`GET /api/v1/services HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`);
    expect(huge.status).toBe(431);
    expect(JSON.parse(huge.body)).toMatchObject({ code: 'FH_ERR_HEADERS_TOO_LARGE' });
  });

  it('keeps what it stored before all of the above', async () => {
    const graph = await app.server.inject({ url: `/api/v1/flamegraph?service=known&type=cpu&from=${NOW - 3_600_000}&to=${NOW}` });
    expect(graph.json()).toMatchObject({ total: 10 * MS });
  });
});
