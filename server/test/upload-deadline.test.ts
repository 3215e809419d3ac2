import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WALL_CPU, makePprof } from './pprof-fixture.js';
import { gateInserts, startTestApp, uploadUrl, type InsertGate, type TestApp } from './test-app.js';

// Storage slower than the server's upload deadline: the agent hears 503 in
// time instead of timing out, and its resend is stored once, not twice.
let app: TestApp;
let inserts: InsertGate;
beforeAll(async () => {
  // Long enough for the released insert to finish within the resend's deadline on a loaded machine (300 ms was not).
  app = await startTestApp({ uploadDeadlineMs: 1500 });
  inserts = gateInserts(app);
});
afterAll(async () => {
  await app?.close();
});

const NOW = Date.now();
const profile = makePprof({ sampleTypes: WALL_CPU, timeMs: NOW - 30_000, samples: [{ stack: 'main;slow', values: [10, 10] }] });

function post(uploadId: string) {
  return app.server.inject({
    method: 'POST',
    url: `${uploadUrl('slow')}&upload_id=${uploadId}`,
    payload: profile,
    headers: { 'content-type': 'application/octet-stream' },
  });
}

describe('the upload deadline', () => {
  it('answers 503 with Retry-After when storage is slower, keeps storing, and stores the resend once', async () => {
    const gate = inserts.hold();
    const first = await post('u-1');
    expect(first.statusCode).toBe(503);
    expect(first.json()).toMatchObject({ code: 'FH_ERR_INGEST_DEADLINE' });
    expect(first.headers['retry-after']).toBe('1');
    // The resend comes while the first copy still waits for storage: it waits with it.
    const resend = post('u-1');
    gate.release();
    const answer = await resend;
    expect(answer.statusCode).toBe(200);
    expect(answer.json()).toMatchObject({ duplicate: true });
    // And once more after it is stored: the ledger answers.
    expect((await post('u-1')).json()).toMatchObject({ duplicate: true });
    const graph = await app.server.inject({ url: `/api/v1/flamegraph?service=slow&type=wall&from=${NOW - 3_600_000}&to=${NOW}` });
    expect(graph.json()).toMatchObject({ total: 10 });
  });
});
