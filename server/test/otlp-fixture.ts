import Long from 'long';
import { opentelemetry } from '@flamehouse/proto/otlp-profiles';

// OTLP profiles requests built with the opentelemetry-proto messages, as an
// exporter would send them (no Node SDK emits them yet).

const collector = opentelemetry.proto.collector.profiles.v1development;
const MS = 1_000_000;

export const TRACE_ID = '5b8efff798038103d269b633813fc60c';
export const SPAN_ID = 'eee19b7ec3c1b174';
export const nanos = (ms: number): Long => Long.fromNumber(ms).multiply(1_000_000);

export const STRINGS = ['', 'cpu', 'nanoseconds', 'main', 'handler', 'app.js', 'samples', 'count', 'thread.name', 'off_cpu'];
const S = Object.fromEntries(STRINGS.map((s, i) => [s, i])) as Record<string, number>;

/**
 * Two resources: `service` with a cpu profile (a sample linked to a span,
 * one with a thread.name attribute) and an off_cpu one, and `<service>-ebpf`
 * with counted samples (timestamps only), as the eBPF profiler sends them.
 */
export function otlpRequest(service: string, nowMs: number): opentelemetry.proto.collector.profiles.v1development.ExportProfilesServiceRequest.$Properties {
  const profile = (type: string, unit: string, samples: opentelemetry.proto.profiles.v1development.Sample.$Properties[]) => ({
    sampleType: { typeStrindex: S[type], unitStrindex: S[unit] },
    periodType: { typeStrindex: S['cpu'], unitStrindex: S['nanoseconds'] },
    period: 10 * MS,
    timeUnixNano: nanos(nowMs - 30_000),
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
        resource: { attributes: [{ key: 'service.name', value: { stringValue: `${service}-ebpf` } }] },
        // The eBPF profiler's shape: counted samples, timestamps only, one period each.
        scopeProfiles: [{ profiles: [profile('samples', 'count', [{ stackIndex: 1, timestampsUnixNano: [1, 2, 3, 4].map((i) => nanos(nowMs - 30_000 + i)) }])] }],
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

/** The request as protobuf bytes. */
export function otlpBinary(service: string, nowMs: number): Buffer {
  return Buffer.from(collector.ExportProfilesServiceRequest.encode(otlpRequest(service, nowMs)).finish());
}
