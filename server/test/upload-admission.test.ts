import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { UploadAdmission } from '../src/routes/upload-admission.js';
import { WALL_CPU, makePprof } from './pprof-fixture.js';
import { defaultTenant, gateInserts, startTestApp, uploadUrl, type InsertGate, type TestApp } from './test-app.js';

describe('UploadAdmission', () => {
  it('holds uploads until either bound is reached, and gives their places back', () => {
    const admission = new UploadAdmission(3, 1_000, 800);
    expect(admission.admit('600')).toBe(600);
    expect(admission.admit('500')).toBeUndefined();
    expect(admission.admit('400')).toBe(400);
    expect(admission.heldBytes).toBe(1_000);
    expect(admission.admit('0')).toBe(0);
    // The count bound, with bytes to spare after a release.
    admission.release(600);
    expect(admission.admit('1')).toBe(1);
    expect(admission.admit('1')).toBeUndefined();
    expect([admission.heldUploads, admission.heldBytes]).toEqual([3, 401]);
  });

  it('counts a body of unknown or unreadable length as the largest accepted, and any declared past it as that', () => {
    const admission = new UploadAdmission(10, 1_000, 800);
    expect(admission.admit(undefined)).toBe(800);
    admission.release(800);
    expect(admission.admit('12abc')).toBe(800);
    admission.release(800);
    expect(admission.admit('99999999')).toBe(800);
    expect(admission.admit('-5')).toBeUndefined();
  });

  it('admits one upload larger than the byte bound when nothing else is held', () => {
    const admission = new UploadAdmission(10, 100, 800);
    expect(admission.admit('700')).toBe(700);
    expect(admission.admit('1')).toBeUndefined();
  });
});

// A server whose byte bound fits the large body and the small one, not two large ones; the count bound is far off.
const large = makePprof({ sampleTypes: WALL_CPU, samples: Array.from({ length: 400 }, (_, i) => ({ stack: `main;handler;f${i}`, values: [10, 5] })) });
const small = makePprof({ sampleTypes: WALL_CPU, samples: [{ stack: 'main;work', values: [10, 5] }] });

let app: TestApp;
let inserts: InsertGate;

beforeAll(async () => {
  app = await startTestApp({ maxInflightUploads: 100, maxInflightUploadBytes: large.length + small.length });
  inserts = gateInserts(app);
});
afterAll(async () => {
  await app?.close();
});

const post = (body: Buffer, id: string) =>
  app.server.inject({ method: 'POST', url: `${uploadUrl('bytes')}&upload_id=${id}`, payload: body, headers: { 'content-type': 'application/octet-stream' } });

async function inflight(): Promise<{ uploads: number; bytes: number }> {
  const text = (await app.server.inject({ url: '/metrics' })).body;
  const gauge = (name: string) => Number(new RegExp(`^${name} (\\d+)$`, 'm').exec(text)?.[1]);
  return { uploads: gauge('flamehouse_ingest_inflight_uploads'), bytes: gauge('flamehouse_ingest_inflight_upload_bytes') };
}

describe('ingest admission by body bytes', () => {
  it('refuses an upload whose body would pass FLAMEHOUSE_MAX_INFLIGHT_UPLOAD_BYTES, admits one that fits, and loses nothing', async () => {
    expect(large.length).toBeGreaterThan(4 * small.length);
    const gate = inserts.hold();
    const first = post(large, 'first');
    await gate.reached;

    const refused = await post(large, 'refused');
    expect(refused.statusCode).toBe(503);
    expect(refused.json()).toMatchObject({ code: 'FH_ERR_INGEST_BUSY' });
    expect(refused.headers['retry-after']).toBe('1');

    const fits = post(small, 'fits');
    await vi.waitFor(async () => expect(await inflight()).toEqual({ uploads: 2, bytes: large.length + small.length }));
    gate.release();
    expect((await first).statusCode).toBe(200);
    expect((await fits).statusCode).toBe(200);
    expect(await inflight()).toEqual({ uploads: 0, bytes: 0 });

    // Its retry, once there is room, is stored like any other.
    expect((await post(large, 'refused')).statusCode).toBe(200);
    const { tables } = await defaultTenant(app);
    const rows = await app.storage.client.query({
      query: `SELECT upload_id FROM ${tables.profiles} WHERE service = 'bytes' AND type = 'wall' ORDER BY upload_id`,
      format: 'JSONCompactEachRow',
    });
    expect(await rows.json()).toEqual([['first'], ['fits'], ['refused']]);
  });
});
