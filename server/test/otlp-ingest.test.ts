import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Reader } from 'protobufjs/minimal';
import type { FlameGraphResponse } from '@flamehouse/proto';
import { opentelemetry } from '@flamehouse/proto/otlp-profiles';
import { SPAN_ID, STRINGS, TRACE_ID, nanos, otlpBinary } from './otlp-fixture.js';
import { startTestApp, type TestApp } from './test-app.js';

// OTLP profiles requests built with the opentelemetry-proto messages
// (otlp-fixture.ts), sent as protobuf and as OTLP/JSON.

const collector = opentelemetry.proto.collector.profiles.v1development;

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
function post(body: Buffer | string, contentType: string) {
  return app.server.inject({ method: 'POST', url: '/v1development/profiles', payload: body, headers: { 'content-type': contentType } });
}

const binary = (service: string): Buffer => otlpBinary(service, NOW);

async function total(query: string): Promise<number> {
  const response = await app.server.inject({ url: `/api/v1/flamegraph?${RANGE}&${query}` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<FlameGraphResponse>().total;
}

describe('OTLP profiles over HTTP', () => {
  it('stores a protobuf request per resource, links as span columns, attributes as labels, and answers partial success', async () => {
    const answer = await post(binary('otel-app'), 'application/x-protobuf');
    expect(answer.statusCode, answer.body).toBe(200);
    expect(answer.headers['content-type']).toMatch(/^application\/x-protobuf/);
    const response = collector.ExportProfilesServiceResponse.decode(answer.rawPayload);
    expect(Number(response.partialSuccess?.rejectedProfiles)).toBe(1);
    expect(response.partialSuccess?.errorMessage).toMatch(/off_cpu\/nanoseconds/);

    const folded = await app.server.inject({ url: `/api/v1/export?service=otel-app&type=cpu&${RANGE}&format=folded` });
    expect(folded.body.split('\n').filter(Boolean).sort()).toEqual(['main 10000000', 'main;handler 30000000']);
    expect(await total(`service=otel-app&type=cpu&trace_id=${TRACE_ID}`)).toBe(30 * MS);
    expect(await total(`service=otel-app&type=cpu&span_id=${SPAN_ID}`)).toBe(30 * MS);
    expect(await total('service=otel-app&type=cpu&filter=thread.name=worker-1')).toBe(10 * MS);
    expect(await total('service=otel-app&type=cpu&filter=service.version=2.0.0&filter=process.pid=42')).toBe(40 * MS);
    expect(await total('service=otel-app-ebpf&type=cpu')).toBe(40 * MS);
    // The same request again is stored once.
    expect((await post(binary('otel-app'), 'application/x-protobuf')).statusCode).toBe(200);
    expect(await total('service=otel-app&type=cpu')).toBe(40 * MS);
  });

  it('reads OTLP/JSON: camelCase or snake_case keys, hex ids, 64-bit integers as strings or numbers', async () => {
    const json = {
      resourceProfiles: [
        {
          resource: { attributes: [{ key: 'service.name', value: { stringValue: 'json-app' } }] },
          scope_profiles: [
            {
              profiles: [
                {
                  sampleType: { typeStrindex: 1, unitStrindex: 2 },
                  periodType: { typeStrindex: 1, unitStrindex: 2 },
                  period: '10000000',
                  timeUnixNano: nanos(NOW - 20_000).toString(),
                  durationNano: 10_000_000_000,
                  samples: [{ stackIndex: 1, values: ['20000000', 5_000_000], linkIndex: 1 }],
                },
              ],
            },
          ],
        },
      ],
      dictionary: {
        stringTable: STRINGS,
        functionTable: [{}, { nameStrindex: 3, filenameStrindex: 5 }, { name_strindex: 4, filename_strindex: 5 }],
        locationTable: [{}, { lines: [{ functionIndex: 2, line: '12' }] }, { lines: [{ functionIndex: 1, line: 3 }] }],
        stackTable: [{}, { locationIndices: [1, 2] }],
        linkTable: [{ traceId: '00000000000000000000000000000000', spanId: '0000000000000000' }, { traceId: TRACE_ID.toUpperCase(), spanId: SPAN_ID }],
        attributeTable: [{}],
      },
    };
    const answer = await post(JSON.stringify(json), 'application/json');
    expect(answer.statusCode, answer.body).toBe(200);
    expect(answer.headers['content-type']).toMatch(/^application\/json/);
    expect(answer.json()).toEqual({});
    expect(await total(`service=json-app&type=cpu&trace_id=${TRACE_ID}`)).toBe(25 * MS);
    // Exporters may gzip the body (Content-Encoding: gzip).
    json.resourceProfiles[0]!.resource.attributes[0]!.value.stringValue = 'json-app-gzip';
    const gzipped = await app.server.inject({
      method: 'POST',
      url: '/v1development/profiles',
      payload: gzipSync(JSON.stringify(json)),
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
    });
    expect(gzipped.statusCode, gzipped.body).toBe(200);
    expect(await total('service=json-app-gzip&type=cpu')).toBe(25 * MS);
  });

  it('refuses what it cannot read with a code, and accepts an empty request', async () => {
    expect((await post('{}', 'application/json')).json()).toEqual({});
    const cases: [Buffer | string, string, number, string][] = [
      [Buffer.from([0x0a, 0xff, 0xff, 0x01]), 'application/x-protobuf', 400, 'FH_ERR_INGEST_BAD_OTLP'],
      ['{"resourceProfiles": 3', 'application/json', 400, 'FH_ERR_INGEST_BAD_OTLP'],
      ['{"resourceProfiles": 3}', 'application/json', 400, 'FH_ERR_INGEST_BAD_OTLP'],
      [JSON.stringify({ resourceProfiles: [{ scopeProfiles: [{ profiles: [{ samples: [{ stackIndex: 9 }] }] }] }], dictionary: { stackTable: [{}] } }), 'application/json', 400, 'FH_ERR_INGEST_BAD_OTLP'],
      [JSON.stringify({ resourceProfiles: [{ scopeProfiles: [{ profiles: [{ sampleType: { typeStrindex: 1, unitStrindex: 2 } }] }] }], dictionary: { stringTable: ['', 'alloc', 'bytes'] } }), 'application/json', 400, 'FH_ERR_INGEST_NO_KNOWN_TYPES'],
      ['x', 'text/plain', 415, 'FH_ERR_BAD_CONTENT_TYPE'],
    ];
    for (const [body, type, status, code] of cases) {
      const answer = await post(body, type);
      if (type !== 'application/x-protobuf') {
        expect([answer.statusCode, answer.json<{ code: string }>().code], answer.body).toEqual([status, code]);
        continue;
      }
      // A protobuf client gets a google.rpc.Status: code 1, message 2.
      expect(answer.statusCode).toBe(status);
      expect(answer.headers['content-type']).toMatch(/^application\/x-protobuf/);
      const reader = Reader.create(answer.rawPayload);
      expect(reader.uint32()).toBe(0x08);
      expect(reader.int32()).toBe(3);
      expect(reader.uint32()).toBe(0x12);
      expect(reader.string()).toMatch(new RegExp(`^${code}: `));
    }
  });
});
