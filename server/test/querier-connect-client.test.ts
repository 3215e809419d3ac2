import { Code, ConnectError, createClient } from '@connectrpc/connect';
import { createConnectTransport } from '@connectrpc/connect-web';
import type { DescService } from '@bufbuild/protobuf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { querierService } from './connect-client.js';
import { WALL_CPU, makePprof } from './pprof-fixture.js';
import { startTestApp, uploadUrl, type TestApp } from './test-app.js';

// A real Connect client (connect-es over fetch, as the Drilldown app runs in
// the browser), in both of Connect's codecs: binary, as Grafana's Go client
// sends, and JSON. The client checks the protocol itself: content types,
// the error shape, the codecs.

let app: TestApp;
let service: DescService;
let url: string;
const BASE = Math.floor((Date.now() - 30 * 60_000) / 300_000) * 300_000;
const WALL = 'wall:wall:nanoseconds:wall:nanoseconds';

beforeAll(async () => {
  app = await startTestApp();
  url = await app.server.listen({ host: '127.0.0.1', port: 0 });
  service = querierService();
  for (const [offsetMs, samples] of [
    [5_000, [['main;a', 3000], ['main;b', 2000], ['main', 1000]]],
    [65_000, [['main;a', 4000]]],
  ] as const) {
    const body = makePprof({ sampleTypes: WALL_CPU, timeMs: BASE + offsetMs, samples: samples.map(([stack, value]) => ({ stack, values: [value, 0] })) });
    const response = await app.server.inject({ method: 'POST', url: uploadUrl('shop', { 'host.name': offsetMs < 60_000 ? 'a' : 'b' }), payload: body, headers: { 'content-type': 'application/octet-stream' } });
    expect(response.statusCode, response.body).toBe(200);
  }
});
afterAll(async () => {
  await app?.close();
});

describe.each([
  ['binary', true],
  ['JSON', false],
])('connect-es, %s', (_codec, useBinaryFormat) => {
  // A client over a descriptor made at run time has no static types: its methods are looked up by name.
  const client = (): Record<string, (request: unknown) => Promise<Record<string, unknown>>> =>
    createClient(service, createConnectTransport({ baseUrl: url, useBinaryFormat }));
  const range = { start: BigInt(BASE), end: BigInt(BASE + 300_000) };

  it('lists profile types and label values', async () => {
    const types = (await client()['profileTypes']!({})) as { profileTypes: { ID: string }[] };
    expect(types.profileTypes.map((t) => t.ID)).toEqual(['process_cpu:cpu:nanoseconds:cpu:nanoseconds', WALL]);
    const hosts = (await client()['labelValues']!({ name: 'host.name', matchers: ['{service_name="shop"}'], ...range })) as { names: string[] };
    expect(hosts.names).toEqual(['a', 'b']);
  });

  it('reads the flame graph levels', async () => {
    const answer = (await client()['selectMergeStacktraces']!({ profileTypeID: WALL, labelSelector: '{host.name="a"}', ...range })) as {
      flamegraph: { names: string[]; levels: { values: bigint[] }[]; total: bigint; maxSelf: bigint };
    };
    expect(answer.flamegraph.names).toEqual(['total', 'main', 'a', 'b']);
    expect(answer.flamegraph.levels.map((l) => l.values.map(Number))).toEqual([
      [0, 6000, 0, 0],
      [0, 6000, 1000, 1],
      [1000, 3000, 3000, 2, 0, 2000, 2000, 3],
    ]);
    expect([answer.flamegraph.total, answer.flamegraph.maxSelf]).toEqual([6000n, 3000n]);
  });

  it('reads series points and a merged pprof profile', async () => {
    const { series } = (await client()['selectSeries']!({ profileTypeID: WALL, labelSelector: '{service_name="shop"}', ...range, step: 60, groupBy: ['host.name'] })) as {
      series: { labels: { name: string; value: string }[]; points: { value: number; timestamp: bigint }[] }[];
    };
    expect(series.map((s) => [s.labels.map((l) => l.value), s.points.map((p) => [Number(p.timestamp), p.value])])).toEqual([
      [['a'], [[BASE, 6000]]],
      [['b'], [[BASE + 60_000, 4000]]],
    ]);
    const profile = (await client()['selectMergeProfile']!({ profileTypeID: WALL, labelSelector: '{}', ...range })) as { sample: { value: bigint[] }[] };
    expect(profile.sample.map((s) => Number(s.value[0])).sort((a, b) => a - b)).toEqual([1000, 2000, 7000]);
  });

  it('raises Connect errors with their code and message', async () => {
    const failed = await client()['selectMergeStacktraces']!({ profileTypeID: WALL, labelSelector: '{host.name=', ...range }).catch((error: unknown) => error);
    expect(failed).toBeInstanceOf(ConnectError);
    expect((failed as ConnectError).code).toBe(Code.InvalidArgument);
    expect((failed as ConnectError).rawMessage).toMatch(/label_selector/);
  });
});
