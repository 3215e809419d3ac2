import Long from 'long';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FlameGraphResponse } from '@flamehouse/proto';
import { opentelemetry } from '@flamehouse/proto/otlp-profiles';
import { startTestApp, type TestApp } from './test-app.js';

// OTLP profiles requests built with the opentelemetry-proto messages (no Node
// SDK emits them yet), sent as protobuf and as OTLP/JSON.

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
const TRACE_ID = '5b8efff798038103d269b633813fc60c';
const SPAN_ID = 'eee19b7ec3c1b174';
const nanos = (ms: number) => Long.fromNumber(ms).multiply(1_000_000);

const STRINGS = ['', 'cpu', 'nanoseconds', 'main', 'handler', 'app.js', 'samples', 'count', 'thread.name', 'off_cpu'];
const S = Object.fromEntries(STRINGS.map((s, i) => [s, i])) as Record<string, number>;

function request(service: string): opentelemetry.proto.collector.profiles.v1development.ExportProfilesServiceRequest.$Properties {
  const profile = (type: string, unit: string, samples: opentelemetry.proto.profiles.v1development.Sample.$Properties[]) => ({
    sampleType: { typeStrindex: S[type], unitStrindex: S[unit] },
    periodType: { typeStrindex: S['cpu'], unitStrindex: S['nanoseconds'] },
    period: 10 * MS,
    timeUnixNano: nanos(NOW - 30_000),
    durationNano: nanos(10_000),
    samples,
  });
  return {
    resourceProfiles: [
      {
        resource: {
          attributes: [
            { key: 'service.name', value: { stringValue: service } },
            { key: 'service.version', value: { stringValue: '2.0.0' } },
            { key: 'process.pid', value: { intValue: 42 } },
          ],
        },
        scopeProfiles: [
          {
            scope: { name: 'test' },
            profiles: [
              profile('cpu', 'nanoseconds', [
                { stackIndex: 1, values: [30 * MS], linkIndex: 1 },
                { stackIndex: 2, values: [10 * MS], attributeIndices: [1] },
              ]),
              // Off-CPU time: a type Flamehouse does not store; refused alone.
              profile('off_cpu', 'nanoseconds', [{ stackIndex: 1, values: [5 * MS] }]),
            ],
          },
        ],
      },
      {
        resource: { attributes: [{ keyStrindex: 0, key: 'service.name', value: { stringValue: `${service}-ebpf` } }] },
        // The eBPF profiler's shape: counted samples, timestamps only, one period each.
        scopeProfiles: [{ profiles: [profile('samples', 'count', [{ stackIndex: 1, timestampsUnixNano: [1, 2, 3, 4].map((i) => nanos(NOW - 30_000 + i)) }])] }],
      },
    ],
    dictionary: {
      stringTable: STRINGS,
      mappingTable: [{}],
      functionTable: [{}, { nameStrindex: S['main'], filenameStrindex: S['app.js'] }, { nameStrindex: S['handler'], filenameStrindex: S['app.js'] }],
      // Leaf first: stack 1 is handler called from main.
      locationTable: [{}, { lines: [{ functionIndex: 2, line: 12 }] }, { lines: [{ functionIndex: 1, line: 3 }] }],
      stackTable: [{}, { locationIndices: [1, 2] }, { locationIndices: [2] }],
      linkTable: [{ traceId: new Uint8Array(16), spanId: new Uint8Array(8) }, { traceId: Buffer.from(TRACE_ID, 'hex'), spanId: Buffer.from(SPAN_ID, 'hex') }],
      attributeTable: [{}, { keyStrindex: S['thread.name'], value: { stringValue: 'worker-1' } }],
    },
  };
}

function post(body: Buffer | string, contentType: string) {
  return app.server.inject({ method: 'POST', url: '/v1development/profiles', payload: body, headers: { 'content-type': contentType } });
}

const binary = (service: string): Buffer => Buffer.from(collector.ExportProfilesServiceRequest.encode(request(service)).finish());

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
      expect([answer.statusCode, answer.json<{ code: string }>().code], answer.body).toEqual([status, code]);
    }
  });
});
