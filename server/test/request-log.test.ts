import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WALL_CPU, makePprof } from './pprof-fixture.js';
import { gateInserts, startTestApp, uploadUrl, type InsertGate, type TestApp } from './test-app.js';

// An upload is answered once its batch is stored, which is up to
// FLAMEHOUSE_INSERT_FLUSH_MS after it arrives: with the defaults (1 s and
// 1 s) every upload of a quiet server was logged as slow.

const MS = 1_000_000;
const NOW = Date.now();
const FLUSH_MS = 600;
const SLOW_MS = 250;
let app: TestApp;
let inserts: InsertGate;
const lines: Record<string, unknown>[] = [];

beforeAll(async () => {
  app = await startTestApp(
    { logLevel: 'info', insertFlushMs: FLUSH_MS, slowRequestMs: SLOW_MS },
    { logStream: { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) } },
  );
  inserts = gateInserts(app);
  // The first insert into a fresh store is slow for its own reasons.
  await upload('warm-up');
  lines.length = 0;
});
afterAll(async () => {
  await app?.close();
});

async function upload(id: string): Promise<number> {
  const startMs = performance.now();
  const response = await app.server.inject({
    method: 'POST',
    url: `${uploadUrl('logged')}&upload_id=${id}`,
    payload: makePprof({ sampleTypes: WALL_CPU, timeMs: NOW - 30_000, samples: [{ stack: 'main;work', values: [MS, MS] }] }),
    headers: { 'content-type': 'application/octet-stream' },
  });
  expect(response.statusCode).toBe(200);
  return performance.now() - startMs;
}

const slowLines = () => lines.filter((line) => line['msg'] === 'slow request');

describe('the slow request log', () => {
  it('does not count the wait for the batch against an upload', async () => {
    const tookMs = await upload('on-time');
    expect(tookMs).toBeGreaterThan(SLOW_MS);
    expect(slowLines(), JSON.stringify(slowLines())).toEqual([]);
  });

  it('logs an upload slower than that wait plus the threshold', async () => {
    const gate = inserts.hold();
    const answered = upload('held');
    await gate.reached;
    await new Promise((resolve) => setTimeout(resolve, 2 * SLOW_MS));
    gate.release();
    expect(await answered).toBeGreaterThan(FLUSH_MS + SLOW_MS);
    expect(slowLines()).toEqual([expect.objectContaining({ route: '/api/v1/ingest', status: 200 })]);
  });
});
