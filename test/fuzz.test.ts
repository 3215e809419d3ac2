import { Agent, request } from 'node:http';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FlameGraphResponse } from '@flamehouse/proto';
import { WALL_CPU, makePprof } from '../server/test/pprof-fixture.js';
import { createRng } from '../bench/src/workload.js';
import { startServer, type RunningServer } from './harness.js';

// A bounded fuzz over real HTTP: thousands of uploads mutated from valid ones,
// over every ingest format, with wrong bytes and wrong parameters. Each must
// get an answer below 500, and what was stored before must stay as it was.

const UPLOADS = 5_000;
const CONCURRENCY = 16;
const MS = 1_000_000;
const NOW = Date.now();

let server: RunningServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.close();
});

interface Upload {
  readonly path: string;
  readonly body: Buffer;
  readonly contentType: string;
}

function mutate(random: () => number, seedProfiles: readonly Buffer[]): Upload {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const int = (max: number): number => Math.floor(random() * max);
  // Mostly one thing goes wrong at a time, so each kind of fault reaches the code behind the others.
  const fault = pick(['body', 'body', 'body', 'body', 'gzip', 'params', 'params', 'type', 'none']);
  let raw = Buffer.from(pick(seedProfiles));
  if (fault === 'body') {
    switch (int(5)) {
      case 0: // bit flips
        for (let i = 0, n = 1 + int(8); i < n; i++) {
          const at = int(raw.length);
          raw[at] = raw[at]! ^ (1 << int(8));
        }
        break;
      case 1: // truncated
        raw = raw.subarray(0, int(raw.length));
        break;
      case 2: // a slice copied elsewhere: repeated and misplaced fields
        raw = Buffer.concat([raw, raw.subarray(int(raw.length), int(raw.length))]);
        break;
      case 3: // random bytes
        raw = Buffer.from(Array.from({ length: int(2048) }, () => int(256)));
        break;
      default: // a huge length spliced in
        raw = Buffer.concat([raw.subarray(0, int(raw.length)), Buffer.from([0x12, 0xff, 0xff, 0xff, 0xff, 0x0f]), raw.subarray(int(raw.length))]);
    }
  }
  let body = int(4) === 0 ? raw : gzipSync(raw);
  if (fault === 'gzip') {
    body = gzipSync(raw);
    const at = 10 + int(body.length - 10);
    body[at] = body[at]! ^ 0xff;
  }
  const bad = fault === 'params';
  const service = bad ? pick(['', 'x'.repeat(300), 'fuzz%20c', 'fuzz\u0000d']) : pick(['fuzz-a', 'fuzz-b']);
  const label = bad ? pick(['=novalue', 'k=' + 'v'.repeat(2000), 'a=b=c', '%zz']) : 'service.version=1';
  const time = bad ? pick(['-5', '99999999999999999999', 'yesterday', String(NOW * 1000)]) : String(NOW - 10_000);
  const contentType = fault === 'type' ? pick(['application/json', 'text/plain', 'multipart/form-data; boundary=x']) : 'application/octet-stream';
  if (int(3) === 0) {
    const name = bad ? pick([`${service}{`, '{}', 'app{a=b,c}', `app{env="prod",${label}}`]) : `${service}.cpu{env=prod}`;
    const seconds = String(Math.floor(Number(time) / 1000));
    return { path: `/ingest?name=${encodeURIComponent(name)}&from=${bad ? time : seconds}&until=${bad ? time : seconds}`, body, contentType };
  }
  const query = new URLSearchParams({ service, label, from: time, until: time });
  if (int(2) === 0) query.set('upload_id', bad ? pick(['x'.repeat(200), '../../etc']) : String(int(1e9)));
  return { path: `/api/v1/ingest?${query.toString()}`, body, contentType };
}

function send(agent: Agent, upload: Upload): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: hostname, port, method: 'POST', path: upload.path, agent, headers: { 'content-type': upload.contentType, 'content-length': upload.body.length } },
      (response) => {
        let body = '';
        response.on('data', (chunk: Buffer) => (body += chunk.toString()));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end(upload.body);
  });
}

describe('ingest under a bounded fuzz', () => {
  it(`answers ${UPLOADS} mutated uploads over every format below 500, in under a minute, and keeps what it stored`, async () => {
    const known = makePprof({ sampleTypes: WALL_CPU, timeMs: NOW - 60_000, samples: [{ stack: 'main;known', values: [10 * MS, 10 * MS] }] });
    const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
    expect((await send(agent, { path: '/api/v1/ingest?service=known', body: known, contentType: 'application/octet-stream' })).status).toBe(200);

    const seeds = [
      makePprof({ sampleTypes: WALL_CPU, timeMs: NOW - 30_000, samples: [{ stack: 'main;a;b', values: [MS, MS], labels: { span_id: 'abcdef0123456789' } }] }),
      makePprof({ sampleTypes: [['inuse_space', 'bytes'], ['inuse_objects', 'count']], timeMs: NOW - 30_000, samples: [{ stack: 'main;alloc', values: [1024, 1] }] }),
    ].map((gz) => gunzipSync(gz));
    // Seeded: the same run every time, so a failure can be replayed.
    const random = createRng(20261130);
    const statuses = new Map<number, number>();
    const serverErrors: string[] = [];
    const started = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < UPLOADS) {
          next++;
          const upload = mutate(random, seeds);
          const answer = await send(agent, upload);
          statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
          if (answer.status >= 500) serverErrors.push(`${answer.status} ${upload.path.slice(0, 120)}: ${answer.body.slice(0, 200)}`);
          else if (answer.status >= 400) expect(JSON.parse(answer.body) as unknown).toMatchObject({ code: expect.stringMatching(/^FH_ERR_/) as unknown });
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    agent.destroy();
    console.log(`${UPLOADS} fuzzed uploads in ${seconds.toFixed(1)} s:`, Object.fromEntries([...statuses].sort()));
    expect(serverErrors).toEqual([]);
    expect(seconds).toBeLessThan(60);
    // Some mutations stay valid and are stored; most are refused.
    expect(statuses.get(200) ?? 0).toBeGreaterThan(0);

    const graph = await server.api<FlameGraphResponse>(`/api/v1/flamegraph?service=known&type=cpu&from=${NOW - 3_600_000}&to=${NOW}`);
    expect(graph.total).toBe(10 * MS);
  });
});
