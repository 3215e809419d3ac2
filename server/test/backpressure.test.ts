import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodePprof } from '../src/ingest/decode.js';
import { encodeBatch } from '../src/ingest/encode.js';
import { normalizeProfile } from '../src/ingest/normalize.js';
import { WALL_CPU, makePprof } from './pprof-fixture.js';
import { defaultTenant, gateInserts, startTestApp, uploadUrl, type InsertGate, type TestApp } from './test-app.js';

// One upload handled at a time, and a writer that holds at most 3 × 100 rows,
// in front of storage whose inserts the tests hold back.
let app: TestApp;
let inserts: InsertGate;

beforeAll(async () => {
  app = await startTestApp({ maxInflightUploads: 1, insertMaxRows: 100 });
  inserts = gateInserts(app);
});
afterAll(async () => {
  await app?.close();
});

const small = makePprof({ sampleTypes: WALL_CPU, samples: [{ stack: 'main;work', values: [10, 5] }] });

async function post(body: Buffer) {
  return app.server.inject({ method: 'POST', url: uploadUrl('busy'), payload: body, headers: { 'content-type': 'application/octet-stream' } });
}

describe('ingest backpressure', () => {
  it('refuses uploads beyond FLAMEHOUSE_MAX_INFLIGHT_UPLOADS with 503 and Retry-After while storage is slow', async () => {
    const gate = inserts.hold();
    const first = post(small);
    await gate.reached;
    const refused = await post(small);
    expect(refused.statusCode).toBe(503);
    expect(refused.json()).toMatchObject({ code: 'FH_ERR_INGEST_BUSY' });
    expect(refused.headers['retry-after']).toBe('1');
    gate.release();
    expect((await first).statusCode).toBe(200);
    // A rejected upload frees its place too.
    expect((await post(Buffer.from('not a profile'))).statusCode).toBe(400);
    expect((await post(small)).statusCode).toBe(200);
  });

  it('refuses uploads with 503 and Retry-After while more rows wait for storage than the writer holds', async () => {
    const stacks = Array.from({ length: 400 }, (_, i) => ({ stack: `main;f${i}`, values: [10, 5] }));
    const batch = normalizeProfile(decodePprof(makePprof({ sampleTypes: WALL_CPU, samples: stacks }), 1 << 20), {
      uploadId: 'big-one',
      service: 'busy',
      labels: new Map(),
      agent: { dropped: 0, cpuMs: 0, processCpuMs: 0, uploadBytes: 0, failures: 0 },
      receivedMs: Date.now(),
    });
    expect(batch.samples.length).toBeGreaterThan(300);
    const gate = inserts.hold();
    const waiting = (await defaultTenant(app)).writer.write(encodeBatch(batch));
    await gate.reached;
    const refused = await post(small);
    expect(refused.statusCode).toBe(503);
    expect(refused.json()).toMatchObject({ code: 'FH_ERR_STORAGE_UNAVAILABLE' });
    expect(refused.headers['retry-after']).toBe('5');
    gate.release();
    await waiting;
    expect((await post(small)).statusCode).toBe(200);
  });
});
