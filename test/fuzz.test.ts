import { Agent, request } from 'node:http';
import { gunzipSync, gzipSync } from 'node:zlib';
import { Reader } from 'protobufjs/minimal';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FlameGraphResponse } from '@flamehouse/proto';
import { formBody, type TestPart } from '../server/test/form.js';
import { otlpBinary } from '../server/test/otlp-fixture.js';
import { WALL_CPU, makePprof } from '../server/test/pprof-fixture.js';
import { createRng } from '../bench/src/workload.js';
import { startServer, type RunningServer } from './harness.js';

// A bounded fuzz over real HTTP: thousands of uploads mutated from valid ones,
// over every ingest format (ours, Pyroscope's pprof, text and form, dd-trace's
// intake form, OTLP protobuf and JSON), with wrong bytes, wrong compression,
// wrong content types and wrong parameters. Each must get an answer below
// 500 (4xx with an FH_ERR_ code), and what was stored before must stay as it was.

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
  /** Which client's format it mimics. */
  readonly format?: string;
  readonly path: string;
  readonly body: Buffer;
  readonly contentType: string | undefined;
}

/** Valid uploads of every format, before mutation. */
interface Seeds {
  /** Raw (not gzipped) pprof profiles. */
  readonly pprof: readonly Buffer[];
  readonly folded: readonly string[];
  readonly otlp: Buffer;
  readonly otlpJson: string;
}

type Rng = () => number;

/** Mostly one fault at a time, so each kind of fault reaches the code behind the others. */
function damage(random: Rng, raw: Buffer): Buffer {
  const int = (max: number): number => Math.floor(random() * max);
  switch (int(5)) {
    case 0: {
      // bit flips
      const out = Buffer.from(raw);
      for (let i = 0, n = 1 + int(8); i < n && out.length > 0; i++) {
        const at = int(out.length);
        out[at] = out[at]! ^ (1 << int(8));
      }
      return out;
    }
    case 1: // truncated
      return raw.subarray(0, int(raw.length));
    case 2: // a slice copied elsewhere: repeated and misplaced fields
      return Buffer.concat([raw, raw.subarray(int(raw.length), int(raw.length))]);
    case 3: // random bytes
      return Buffer.from(Array.from({ length: int(2048) }, () => int(256)));
    default: // a huge length spliced in
      return Buffer.concat([raw.subarray(0, int(raw.length)), Buffer.from([0x12, 0xff, 0xff, 0xff, 0xff, 0x0f]), raw.subarray(int(raw.length))]);
  }
}

/** Text damage: lines cut, counts made huge or negative, frames emptied, bytes that are not UTF-8. */
function damageText(random: Rng, text: string): Buffer {
  const int = (max: number): number => Math.floor(random() * max);
  switch (int(4)) {
    case 0:
      return Buffer.from(text.replace(/\d+/g, () => ['-1', '1e99', '99999999999999999999', 'x', ''][int(5)]!));
    case 1:
      return Buffer.from(text.replaceAll(';', [';;', '', ' ', ';\n'][int(4)]!));
    case 2:
      return Buffer.from(Array.from({ length: 1 + int(20) }, () => text).join('\n').repeat(1 + int(3)));
    default:
      return damage(random, Buffer.from(text));
  }
}

function mutate(random: Rng, seeds: Seeds): Upload & { format: string } {
  const format = pickFormat(random);
  return { ...mutateAs(format, random, seeds), format };
}

const FORMATS = ['flamehouse', 'flamehouse', 'pyroscope-pprof', 'pyroscope-text', 'pyroscope-form', 'datadog', 'datadog', 'otlp', 'otlp-json'] as const;
type Format = (typeof FORMATS)[number];
const pickFormat = (random: Rng): Format => FORMATS[Math.floor(random() * FORMATS.length)]!;

function mutateAs(format: Format, random: Rng, seeds: Seeds): Upload {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const int = (max: number): number => Math.floor(random() * max);
  const fault = pick(['body', 'body', 'body', 'body', 'compression', 'params', 'params', 'type', 'none']);
  const bad = fault === 'params';
  const compress = (raw: Buffer): Buffer => {
    if (fault !== 'compression') return int(4) === 0 ? raw : gzipSync(raw);
    const body = gzipSync(raw);
    const at = 10 + int(Math.max(1, body.length - 10));
    body[at] = body[at]! ^ 0xff;
    // A zstd magic over garbage, too: refused as bad zstd, or as unsupported on a Node without zstd.
    return int(2) === 0 ? body : Buffer.concat([Buffer.from([0x28, 0xb5, 0x2f, 0xfd]), body]);
  };
  const pprof = (): Buffer => compress(fault === 'body' ? damage(random, pick(seeds.pprof)) : Buffer.from(pick(seeds.pprof)));
  const wrongType = (fallback: string | undefined): string | undefined =>
    fault === 'type' ? pick(['application/json', 'text/plain', 'multipart/form-data; boundary=x', 'multipart/form-data', undefined]) : fallback;
  const service = bad ? pick(['', 'x'.repeat(300), 'fuzz%20c', 'fuzz\u0000d']) : pick(['fuzz-a', 'fuzz-b']);
  const label = bad ? pick(['=novalue', 'k=' + 'v'.repeat(2000), 'a=b=c', '%zz']) : 'service.version=1';
  const time = bad ? pick(['-5', '99999999999999999999', 'yesterday', String(NOW * 1000)]) : String(NOW - 10_000);
  const seconds = bad ? time : String(Math.floor(Number(time) / 1000));
  const form = (parts: TestPart[]): { body: Buffer; contentType: string } => {
    const built = formBody(parts);
    return fault === 'body' && int(2) === 0 ? { ...built, body: damage(random, built.body) } : built;
  };

  switch (format) {
    case 'pyroscope-pprof':
    case 'pyroscope-text':
    case 'pyroscope-form': {
      const kind = format === 'pyroscope-pprof' ? 'pprof' : format === 'pyroscope-text' ? 'text' : 'form';
      const suffix = kind === 'text' ? pick(['.cpu', '.wall', '.inuse_space', bad ? '.alloc_objects' : '.cpu', '']) : pick(['.cpu', '']);
      const name = bad ? pick([`${service}{`, '{}', 'app{a=b,c}', `app{env="prod",${label}}`, 'my.app']) : `${service}${suffix}{env="prod"}`;
      const formatParam = kind === 'text' ? pick(['folded', 'lines', '', bad ? 'trie' : 'folded']) : kind === 'pprof' ? pick(['pprof', '']) : '';
      const path = `/ingest?name=${encodeURIComponent(name)}&from=${seconds}&until=${seconds}${formatParam ? `&format=${formatParam}` : ''}`;
      if (kind === 'text') {
        const text = pick(seeds.folded);
        return { path, body: fault === 'body' ? damageText(random, text) : Buffer.from(text), contentType: wrongType(pick(['text/plain', 'binary/octet-stream', undefined])) };
      }
      if (kind === 'pprof') return { path, body: pprof(), contentType: wrongType('application/octet-stream') };
      const built = form([
        { name: 'profile', filename: 'profile.pprof', data: pprof() },
        ...(int(2) === 0 ? [{ name: 'sample_type_config', data: bad ? '{"cpu": 3, "x": [' : '{"cpu":{"units":"samples","display-name":"cpu"}}' }] : []),
      ]);
      return { path, body: built.body, contentType: wrongType(built.contentType) };
    }
    case 'datadog': {
      const tags = bad
        ? pick(['', 'service:', ',,,:', 'service:x,'.repeat(200), `service:${'s'.repeat(300)}`, 'runtime-id:../../x,profile_seq:-1,service:fuzz-dd'])
        : `service:fuzz-dd,version:1,runtime-id:${int(1e6)}-abc,profile_seq:${int(1e6)}`;
      const event = JSON.stringify({ start: new Date(NOW - 20_000).toISOString(), end: bad ? time : new Date(NOW - 10_000).toISOString(), tags_profiler: tags });
      const built = form([
        { name: 'event', filename: 'event.json', contentType: 'application/json', data: fault === 'body' && int(3) === 0 ? damageText(random, event) : event },
        { name: 'wall.pprof', filename: 'wall.pprof', data: pprof() },
        ...(int(3) === 0 ? [{ name: 'events.pprof', filename: 'events.pprof', data: pprof() }] : []),
      ]);
      return { path: '/profiling/v1/input', body: built.body, contentType: wrongType(built.contentType) };
    }
    case 'otlp':
      return { path: '/v1development/profiles', body: compress(fault === 'body' ? damage(random, seeds.otlp) : seeds.otlp), contentType: wrongType('application/x-protobuf') };
    case 'otlp-json': {
      const text = bad ? seeds.otlpJson.replace(/"stackIndex":\d+/g, '"stackIndex":99') : seeds.otlpJson;
      return { path: '/v1development/profiles', body: fault === 'body' ? damageText(random, text) : Buffer.from(text), contentType: wrongType('application/json') };
    }
    default: {
      const query = new URLSearchParams({ service, label, from: time, until: time });
      if (int(2) === 0) query.set('upload_id', bad ? pick(['x'.repeat(200), '../../etc']) : String(int(1e9)));
      return { path: `/api/v1/ingest?${query.toString()}`, body: pprof(), contentType: wrongType('application/octet-stream') };
    }
  }
}

/** The error code of a refusal: `{code, message}`, or for OTLP protobuf requests a google.rpc.Status whose message starts with it. */
function refusalCode(body: Buffer, contentType: string | undefined): string {
  if (contentType !== 'application/x-protobuf') return (JSON.parse(body.toString()) as { code: string }).code;
  const reader = Reader.create(body);
  reader.skipType(reader.uint32() & 7); // code
  reader.uint32();
  return reader.string().split(':')[0]!;
}

function send(agent: Agent, upload: Upload): Promise<{ status: number; body: Buffer }> {
  const { hostname, port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: hostname,
        port,
        method: 'POST',
        path: upload.path,
        agent,
        headers: { ...(upload.contentType !== undefined && { 'content-type': upload.contentType }), 'content-length': upload.body.length },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks) }));
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

    const seeds: Seeds = {
      pprof: [
        makePprof({ sampleTypes: WALL_CPU, timeMs: NOW - 30_000, samples: [{ stack: 'main;a;b', values: [MS, MS], labels: { span_id: 'abcdef0123456789' } }] }),
        makePprof({ sampleTypes: [['inuse_space', 'bytes'], ['inuse_objects', 'count']], timeMs: NOW - 30_000, samples: [{ stack: 'main;alloc', values: [1024, 1] }] }),
        makePprof({ sampleTypes: [['sample', 'count'], ['wall', 'nanoseconds'], ['cpu', 'nanoseconds']], timeMs: NOW - 30_000, samples: [{ stack: 'main;dd', values: [1, MS, MS], labels: { 'span id': 123456789n, 'thread name': 'Main Event Loop' } }] }),
      ].map((gz) => gunzipSync(gz)),
      folded: ['main;a;b 3\nmain;c 1\n', 'main;x\nmain;y\n'],
      otlp: otlpBinary('fuzz-otlp', NOW),
      otlpJson: JSON.stringify({
        resourceProfiles: [{ resource: { attributes: [{ key: 'service.name', value: { stringValue: 'fuzz-otlp-json' } }] }, scopeProfiles: [{ profiles: [{ sampleType: { typeStrindex: 1, unitStrindex: 2 }, timeUnixNano: String((NOW - 30_000) * 1e6), samples: [{ stackIndex: 1, values: ['5'], linkIndex: 1 }] }] }] }],
        dictionary: {
          stringTable: ['', 'cpu', 'nanoseconds', 'main'],
          functionTable: [{}, { nameStrindex: 3 }],
          locationTable: [{}, { lines: [{ functionIndex: 1 }] }],
          stackTable: [{}, { locationIndices: [1] }],
          linkTable: [{}, { traceId: '5b8efff798038103d269b633813fc60c', spanId: 'eee19b7ec3c1b174' }],
        },
      }),
    };
    // Seeded: the same run every time, so a failure can be replayed.
    const random = createRng(20261130);
    const statuses = new Map<number, number>();
    const byFormat = new Map<string, { stored: number; refused: number }>();
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
          const tally = byFormat.get(upload.format) ?? { stored: 0, refused: 0 };
          if (answer.status === 200) tally.stored++;
          else tally.refused++;
          byFormat.set(upload.format, tally);
          if (answer.status >= 500) serverErrors.push(`${answer.status} ${upload.path.slice(0, 120)}: ${answer.body.toString().slice(0, 200)}`);
          else if (answer.status >= 400) expect(refusalCode(answer.body, upload.contentType)).toMatch(/^FH_ERR_[A-Z_]+$/);
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    agent.destroy();
    console.log(`${UPLOADS} fuzzed uploads in ${seconds.toFixed(1)} s:`, Object.fromEntries([...statuses].sort()), Object.fromEntries(byFormat));
    expect(serverErrors).toEqual([]);
    expect(seconds).toBeLessThan(60);
    // In every format some mutations stay valid and are stored; most are refused.
    for (const format of new Set(FORMATS)) {
      expect(byFormat.get(format)?.stored, format).toBeGreaterThan(0);
      expect(byFormat.get(format)?.refused, format).toBeGreaterThan(0);
    }

    const graph = await server.api<FlameGraphResponse>(`/api/v1/flamegraph?service=known&type=cpu&from=${NOW - 3_600_000}&to=${NOW}`);
    expect(graph.total).toBe(10 * MS);
  });
});
