import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WALL_CPU, makePprof } from './pprof-fixture.js';
import { gateInserts, startTestApp, uploadUrl, type InsertGate, type TestApp } from './test-app.js';

// What an operator watches: Prometheus metrics, health and readiness, and a
// log that holds errors and slow requests, not a line per request.

const MS = 1_000_000;
const NOW = Date.now();
let app: TestApp;
let inserts: InsertGate;
const lines: Record<string, unknown>[] = [];

beforeAll(async () => {
  app = await startTestApp(
    { logLevel: 'info', uploadDeadlineMs: 1000, maxNewSeriesPerMinute: 20 },
    { logStream: { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) } },
  );
  inserts = gateInserts(app);
});
afterAll(async () => {
  await app?.close();
});

const upload = (service: string, query = '') =>
  app.server.inject({
    method: 'POST',
    url: `${uploadUrl(service)}&agent_cpu_ms=250${query}`,
    payload: makePprof({ sampleTypes: WALL_CPU, timeMs: NOW - 30_000, samples: [{ stack: 'main;work', values: [MS, MS] }, { stack: 'main;idle', values: [MS, MS] }] }),
    headers: { 'content-type': 'application/octet-stream' },
  });

/** One metric's value from the text format: `name{labels} value`. */
function metric(text: string, series: string): number {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? NaN : Number(line.slice(series.length + 1));
}

describe('operations', () => {
  it('logs requests only when they fail or are slow, and backpressure once a minute without a stack', async () => {
    for (let i = 0; i < 5; i++) expect((await upload('quiet', `&upload_id=q${i}`)).statusCode).toBe(200);
    expect((await app.server.inject({ url: `/api/v1/flamegraph?service=quiet&type=cpu&from=${NOW - 60_000}&to=${NOW}` })).statusCode).toBe(200);
    expect(lines.filter((line) => line['reqId'] !== undefined)).toEqual([]);

    const gate = inserts.hold();
    const refused = await Promise.all(Array.from({ length: 5 }, (_, i) => upload('slow', `&upload_id=s${i}`)));
    expect(refused.map((r) => r.statusCode)).toEqual([503, 503, 503, 503, 503]);
    const warnings = lines.filter((line) => line['level'] === 40);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ code: 'FH_ERR_INGEST_DEADLINE' });
    expect(warnings[0]).not.toHaveProperty('err');
    gate.release();

    expect((await app.server.inject({ url: '/api/v1/flamegraph?service=x&type=nope' })).statusCode).toBe(400);
    expect(lines.filter((line) => line['level'] === 30 && line['code'] === 'FH_ERR_QUERY_BAD_PARAM')).toHaveLength(1);
  });

  it('exposes ingest, writer, query, cache and agent metrics in Prometheus format', async () => {
    await app.server.inject({ url: `/api/v1/flamegraph?service=quiet&type=cpu&from=${NOW - 60_000}&to=${NOW}` });
    const response = await app.server.inject({ url: '/metrics' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/plain');
    const text = response.body;
    expect(metric(text, 'flamehouse_ingest_uploads_total{format="flamehouse",outcome="stored"}')).toBeGreaterThanOrEqual(5);
    expect(metric(text, 'flamehouse_ingest_refusals_total{code="FH_ERR_INGEST_DEADLINE"}')).toBe(5);
    expect(metric(text, 'flamehouse_ingest_samples_total')).toBeGreaterThanOrEqual(10);
    expect(metric(text, 'flamehouse_writer_batches_total{outcome="stored"}')).toBeGreaterThan(0);
    expect(metric(text, 'flamehouse_query_duration_seconds_count{route="/api/v1/flamegraph",status="200"}')).toBeGreaterThanOrEqual(2);
    expect(metric(text, 'flamehouse_cache_bytes')).toBeGreaterThan(0);
    expect(metric(text, 'flamehouse_agent_cpu_seconds_total{service="quiet"}')).toBeCloseTo(1.25, 5);
    expect(text).toContain('flamehouse_ingest_duration_seconds_bucket');
    expect(text).toContain('flamehouse_writer_pending_rows');
  });

  it('refuses a service that makes new label sets faster than allowed, with 429 and Retry-After', async () => {
    const answers = [];
    // A label per request, as a request id put in a label would make.
    for (let i = 0; i < 25; i++) answers.push(await upload('chatty', `&label=request.id=r${i}`));
    const refused = answers.filter((answer) => answer.statusCode === 429);
    expect(answers.filter((answer) => answer.statusCode === 200)).toHaveLength(20);
    expect(refused).toHaveLength(5);
    expect(refused[0]!.json()).toMatchObject({ code: 'FH_ERR_INGEST_SERIES_RATE' });
    expect(refused[0]!.headers['retry-after']).toBe('60');
    // Label sets already stored are not new: the same process keeps uploading.
    expect((await upload('chatty', '&label=request.id=r3')).statusCode).toBe(200);
  });

  it('says the process is up on /healthz, and that storage answers on /readyz', async () => {
    expect((await app.server.inject({ url: '/healthz' })).json()).toMatchObject({ status: 'ok', storage: 'embedded' });
    expect((await app.server.inject({ url: '/readyz' })).json()).toMatchObject({ status: 'ready' });
  });
});
