import { connect } from 'node:net';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { UploadAdmission } from '../src/routes/upload-admission.js';
import { WALL_CPU, makePprof } from './pprof-fixture.js';
import { defaultTenant, gateInserts, startTestApp, uploadUrl, type InsertGate, type TestApp } from './test-app.js';

describe('UploadAdmission', () => {
  it('holds uploads until either bound is reached, and gives their places back', () => {
    const admission = new UploadAdmission(3, 1_000);
    const first = admission.admit('600');
    expect(first).toEqual({ bytes: 600 });
    expect(admission.admit('500')).toBeUndefined();
    expect(admission.admit('400')).toEqual({ bytes: 400 });
    expect(admission.admit('0')).toEqual({ bytes: 0 });
    expect(admission.heldBytes).toBe(1_000);
    // The count bound, with bytes to spare after a release.
    admission.release(first!);
    expect(admission.admit('1')).toEqual({ bytes: 1 });
    expect(admission.admit('1')).toBeUndefined();
    expect([admission.heldUploads, admission.heldBytes]).toEqual([3, 401]);
  });

  it('counts a body of no declared length as it is read, and fails it with FH_ERR_INGEST_BUSY past the bound', async () => {
    const admission = new UploadAdmission(10, 1_000);
    const other = admission.admit('500')!;
    const fits = admission.admit(undefined)!;
    expect(fits).toEqual({ bytes: 0 });
    const read = await readAll(admission.meter(fits, Readable.from([Buffer.alloc(200), Buffer.alloc(300)])));
    expect(read.length).toBe(500);
    expect([fits.bytes, admission.heldBytes]).toEqual([500, 1_000]);

    admission.release(other);
    const tooMuch = admission.admit(undefined)!;
    await expect(readAll(admission.meter(tooMuch, Readable.from([Buffer.alloc(400), Buffer.alloc(200)])))).rejects.toMatchObject({
      code: 'FH_ERR_INGEST_BUSY',
    });
    expect(tooMuch.bytes).toBe(400);
    admission.release(tooMuch);
    admission.release(fits);
    expect([admission.heldUploads, admission.heldBytes]).toEqual([0, 0]);
  });

  it('admits one upload larger than the byte bound when nothing else is held, and lets it grow', async () => {
    const admission = new UploadAdmission(10, 100);
    expect(admission.admit('700')).toEqual({ bytes: 700 });
    expect(admission.admit('1')).toBeUndefined();
    const alone = new UploadAdmission(10, 100);
    const hold = alone.admit(undefined)!;
    expect((await readAll(alone.meter(hold, Readable.from([Buffer.alloc(300)])))).length).toBe(300);
  });
});

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

// A server whose byte bound fits the large body and the small one, not two large ones; the count bound is far off.
const large = makePprof({ sampleTypes: WALL_CPU, samples: Array.from({ length: 400 }, (_, i) => ({ stack: `main;handler;f${i}`, values: [10, 5] })) });
const small = makePprof({ sampleTypes: WALL_CPU, samples: [{ stack: 'main;work', values: [10, 5] }] });

let app: TestApp;
let inserts: InsertGate;

beforeAll(async () => {
  app = await startTestApp({ maxInflightUploads: 100, maxInflightUploadBytes: large.length + small.length, requestTimeoutMs: 1_000 });
  inserts = gateInserts(app);
});
afterAll(async () => {
  await app?.close();
});

/** With a Content-Length, or `chunked` without one, as dd-trace streams its uploads. */
const post = (body: Buffer, id: string, chunked = false) =>
  app.server.inject({
    method: 'POST',
    url: `${uploadUrl('bytes')}&upload_id=${id}`,
    payload: chunked ? Readable.from([body.subarray(0, 100), body.subarray(100)]) : body,
    headers: { 'content-type': 'application/octet-stream' },
  });

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

  it('counts a chunked body as it arrives: refused once it would pass the bound, admitted while it fits', async () => {
    const gate = inserts.hold();
    const first = post(large, 'chunked-first');
    await gate.reached;

    const refused = await post(large, 'chunked-refused', true);
    expect(refused.statusCode).toBe(503);
    expect(refused.json()).toMatchObject({ code: 'FH_ERR_INGEST_BUSY' });
    expect(await inflight()).toEqual({ uploads: 1, bytes: large.length });

    const fits = post(small, 'chunked-fits', true);
    await vi.waitFor(async () => expect(await inflight()).toEqual({ uploads: 2, bytes: large.length + small.length }));
    gate.release();
    expect((await first).statusCode).toBe(200);
    expect((await fits).statusCode).toBe(200);
    expect(await inflight()).toEqual({ uploads: 0, bytes: 0 });
    expect((await post(large, 'chunked-refused', true)).statusCode).toBe(200);
  });

  it('cuts off a client that stops sending mid-body after FLAMEHOUSE_REQUEST_TIMEOUT_MS, with 408, and gives its place back', async () => {
    const base = await app.server.listen({ host: '127.0.0.1', port: 0 });
    const socket = connect(Number(new URL(base).port), '127.0.0.1');
    let answer = '';
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString('latin1')));
    const closed = new Promise<number>((resolve) => socket.on('close', () => resolve(performance.now())));
    const sentMs = performance.now();
    socket.write(
      `POST ${uploadUrl('bytes')}&upload_id=stalled HTTP/1.1\r\nHost: x\r\nContent-Type: application/octet-stream\r\n` +
        `Content-Length: ${large.length}\r\n\r\n`,
    );
    socket.write(large.subarray(0, 100));
    await vi.waitFor(async () => expect(await inflight()).toEqual({ uploads: 1, bytes: large.length }));

    // Node checks for expired requests every quarter of the limit: cut off between 1 and 1.25 s, give or take a tick.
    const closedMs = await closed;
    expect(closedMs - sentMs).toBeGreaterThanOrEqual(900);
    expect(closedMs - sentMs).toBeLessThan(5_000);
    expect(answer).toMatch(/^HTTP\/1\.1 408 Request Timeout\r\n/);
    expect(answer).toContain('"code":"FH_ERR_REQUEST_TIMEOUT"');
    await vi.waitFor(async () => expect(await inflight()).toEqual({ uploads: 0, bytes: 0 }));
  });
});
