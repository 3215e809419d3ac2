import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { perftools, querier, types } from '@flamehouse/proto/querier';
import { HEAP, WALL_CPU, makePprof } from './pprof-fixture.js';
import { startTestApp, uploadUrl, type TestApp } from './test-app.js';

// Pyroscope's querier API over real HTTP, as Grafana's data source sends it
// (Connect, binary protobuf) and as the Profiles Drilldown app does (Connect
// JSON: proto3 names, 64-bit integers as strings), with the exact answers.

const v1 = querier.v1;
const t1 = types.v1;
let app: TestApp;
let url: string;

// Uploads land at known offsets from a 5-minute boundary half an hour ago:
// steps start at multiples of the step since the epoch, so steps of 60 s and 300 s are predictable.
const BASE = Math.floor((Date.now() - 30 * 60_000) / 300_000) * 300_000;
const START = String(BASE);
const END = String(BASE + 5 * 60_000);
const WALL = 'wall:wall:nanoseconds:wall:nanoseconds';

async function upload(service: string, labels: Record<string, string>, body: Buffer): Promise<void> {
  const response = await app.server.inject({ method: 'POST', url: uploadUrl(service, labels), payload: body, headers: { 'content-type': 'application/octet-stream' } });
  expect(response.statusCode, response.body).toBe(200);
}

const wall = (offsetMs: number, samples: { stack: string; value: number; labels?: Record<string, string> }[]): Buffer =>
  makePprof({
    sampleTypes: WALL_CPU,
    timeMs: BASE + offsetMs,
    samples: samples.map((s) => ({ stack: s.stack, values: [s.value, 0], ...(s.labels && { labels: s.labels }) })),
  });

async function connect(method: string, body: string | Uint8Array, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${url}/querier.v1.QuerierService/${method}`, {
    method: 'POST',
    headers: {
      'content-type': typeof body === 'string' ? 'application/json' : 'application/proto',
      'connect-protocol-version': '1',
      ...headers,
    },
    body,
  });
}

/** A Connect JSON call that must succeed; its answer as parsed JSON. */
async function json(method: string, request: unknown): Promise<unknown> {
  const response = await connect(method, JSON.stringify(request));
  const text = await response.text();
  expect(response.status, text).toBe(200);
  expect(response.headers.get('content-type')).toBe('application/json');
  return JSON.parse(text);
}

/** A Connect binary call that must succeed; its answer as raw bytes. */
async function proto(method: string, request: Uint8Array): Promise<Uint8Array> {
  const response = await connect(method, request);
  const bytes = new Uint8Array(await response.arrayBuffer());
  expect(response.status, Buffer.from(bytes).toString()).toBe(200);
  expect(response.headers.get('content-type')).toBe('application/proto');
  return bytes;
}

async function connectError(response: Response): Promise<{ status: number; body: Record<string, unknown> }> {
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

beforeAll(async () => {
  app = await startTestApp();
  url = await app.server.listen({ host: '127.0.0.1', port: 0 });
  // The tree of Pyroscope's own worked example: main;a 3, main;b 2, main 1 (thousands of ns).
  await upload('shop', { 'service.version': '1.0', 'host.name': 'a' }, wall(5_000, [
    { stack: 'main;a', value: 3000 },
    { stack: 'main;b', value: 2000 },
    { stack: 'main', value: 1000 },
  ]));
  await upload('shop', { 'service.version': '2.0', 'host.name': 'b' }, wall(65_000, [{ stack: 'main;a', value: 4000 }]));
  // One sample labelled on its own, as Pyroscope's wrapWithLabels does.
  await upload('cart', { 'service.version': '1.0', 'host.name': 'c' }, wall(10_000, [
    { stack: 'main;checkout', value: 5000, labels: { vehicle: 'car' } },
    { stack: 'main;checkout', value: 1000 },
  ]));
  // Pyroscope's diff example: left main;a 3; right main;a 1, main;b 2.
  await upload('diffy', { 'service.version': '1' }, wall(20_000, [{ stack: 'main;a', value: 3 }]));
  await upload('diffy', { 'service.version': '2' }, wall(80_000, [
    { stack: 'main;a', value: 1 },
    { stack: 'main;b', value: 2 },
  ]));
  await upload('memsvc', {}, makePprof({ sampleTypes: HEAP, timeMs: BASE + 30_000, samples: [{ stack: 'main;cache', values: [4, 4096] }] }));
  // Two requests, each its own local root span (the span columns, never labels).
  await upload('traced', {}, wall(200_000, [
    { stack: 'main;handler', value: 700, labels: { span_id: 'a1a1a1a1a1a1a1a1', local_root_span_id: 'a1a1a1a1a1a1a1a1', trace_id: 'trace-a' } },
    { stack: 'main;handler;db', value: 200, labels: { span_id: 'a2a2a2a2a2a2a2a2', local_root_span_id: 'a1a1a1a1a1a1a1a1', trace_id: 'trace-a' } },
    { stack: 'main;other', value: 300, labels: { span_id: 'b1b1b1b1b1b1b1b1', local_root_span_id: 'b1b1b1b1b1b1b1b1', trace_id: 'trace-b' } },
  ]));
});
afterAll(async () => {
  await app?.close();
});

describe('ProfileTypes', () => {
  const expected = [
    { ID: 'memory:inuse_objects:count:space:bytes', name: 'memory', sampleType: 'inuse_objects', sampleUnit: 'count', periodType: 'space', periodUnit: 'bytes' },
    { ID: 'memory:inuse_space:bytes:space:bytes', name: 'memory', sampleType: 'inuse_space', sampleUnit: 'bytes', periodType: 'space', periodUnit: 'bytes' },
    { ID: 'process_cpu:cpu:nanoseconds:cpu:nanoseconds', name: 'process_cpu', sampleType: 'cpu', sampleUnit: 'nanoseconds', periodType: 'cpu', periodUnit: 'nanoseconds' },
    { ID: WALL, name: 'wall', sampleType: 'wall', sampleUnit: 'nanoseconds', periodType: 'wall', periodUnit: 'nanoseconds' },
  ];

  it('lists the stored types with Pyroscope ids, in JSON', async () => {
    expect(await json('ProfileTypes', { start: START, end: END })).toEqual({ profileTypes: expected });
  });

  it('answers binary protobuf to binary protobuf, an empty message from an empty body', async () => {
    const bytes = await proto('ProfileTypes', new Uint8Array());
    const decoded = v1.ProfileTypesResponse.toObject(v1.ProfileTypesResponse.decode(bytes));
    expect(decoded).toEqual({ profileTypes: expected });
  });

  it('answers Grafana’s health check (1 s to 4 s after the epoch) with no types', async () => {
    expect(await json('ProfileTypes', { start: '1000', end: '4000' })).toEqual({});
    const bytes = await proto('ProfileTypes', v1.ProfileTypesRequest.encode({ start: 1000, end: 4000 }).finish());
    expect(bytes).toHaveLength(0);
  });
});

describe('labels', () => {
  it('LabelNames: Pyroscope’s labels, ours, and those set per sample', async () => {
    const matchers = [`{__profile_type__="${WALL}",service_name="cart"}`];
    expect(await json('LabelNames', { matchers, start: START, end: END })).toEqual({
      names: ['__name__', '__period_type__', '__period_unit__', '__profile_type__', '__type__', '__unit__', 'host.name', 'service.version', 'service_name', 'vehicle'],
    });
    const shop = t1.LabelNamesResponse.decode(await proto('LabelNames', t1.LabelNamesRequest.encode({ matchers: ['{service_name="shop"}'], start: BASE, end: BASE + 300_000 }).finish()));
    expect(shop.names.filter((n) => !n.startsWith('__'))).toEqual(['host.name', 'service.version', 'service_name']);
  });

  it('LabelValues: services, label values under a selector, and nothing for a type not stored', async () => {
    expect(await json('LabelValues', { name: 'service_name', matchers: [''], start: START, end: END })).toEqual({ names: ['cart', 'diffy', 'memsvc', 'shop', 'traced'] });
    expect(await json('LabelValues', { name: 'service_name', matchers: [`{__profile_type__="memory:inuse_space:bytes:inuse_space:bytes"}`], start: START, end: END })).toEqual({
      names: ['memsvc'],
    });
    expect(await json('LabelValues', { name: 'host.name', matchers: ['{service_name=~"shop|cart", service.version="1.0"}'], start: START, end: END })).toEqual({ names: ['a', 'c'] });
    expect(await json('LabelValues', { name: 'vehicle', matchers: ['{}'], start: START, end: END })).toEqual({ names: ['car'] });
    expect(await json('LabelValues', { name: 'service_name', matchers: ['{__profile_type__="goroutines:goroutine:count:goroutine:count"}'], start: START, end: END })).toEqual({});
  });

  it('Series: distinct label sets, cut down to the names asked for', async () => {
    expect(await json('Series', { matchers: ['{service_name="shop"}'], labelNames: ['service_name', '__profile_type__'], start: START, end: END })).toEqual({
      labelsSet: [
        { labels: [{ name: '__profile_type__', value: 'process_cpu:cpu:nanoseconds:cpu:nanoseconds' }, { name: 'service_name', value: 'shop' }] },
        { labels: [{ name: '__profile_type__', value: WALL }, { name: 'service_name', value: 'shop' }] },
      ],
    });
    // The per-sample label set has wall samples only (its CPU values are 0): one type.
    expect(await json('Series', { matchers: ['{service_name="cart", vehicle="car"}'], labelNames: ['__profile_type__', 'vehicle', 'host.name'], start: START, end: END })).toEqual({
      labelsSet: [{ labels: [{ name: '__profile_type__', value: WALL }, { name: 'host.name', value: 'c' }, { name: 'vehicle', value: 'car' }] }],
    });
  });
});

describe('SelectMergeStacktraces', () => {
  const request = { profileTypeID: WALL, labelSelector: '{service_name="shop", service.version="1.0"}', start: START, end: END };

  it('returns Pyroscope’s flame graph levels, in JSON with 64-bit integers as strings', async () => {
    expect(await json('SelectMergeStacktraces', request)).toEqual({
      flamegraph: {
        names: ['total', 'main', 'a', 'b'],
        levels: [
          { values: ['0', '6000', '0', '0'] },
          { values: ['0', '6000', '1000', '1'] },
          // a starts after main's self (1000), b right after a.
          { values: ['1000', '3000', '3000', '2', '0', '2000', '2000', '3'] },
        ],
        total: '6000',
        maxSelf: '3000',
      },
    });
  });

  it('returns the same levels as binary protobuf', async () => {
    const body = v1.SelectMergeStacktracesRequest.encode({ profileTypeID: WALL, labelSelector: request.labelSelector, start: BASE, end: BASE + 300_000 }).finish();
    const { flamegraph } = v1.SelectMergeStacktracesResponse.decode(await proto('SelectMergeStacktraces', body));
    expect(flamegraph?.names).toEqual(['total', 'main', 'a', 'b']);
    expect(flamegraph?.levels?.map((level) => (level.values ?? []).map(Number))).toEqual([
      [0, 6000, 0, 0],
      [0, 6000, 1000, 1],
      [1000, 3000, 3000, 2, 0, 2000, 2000, 3],
    ]);
    expect(Number(flamegraph?.total)).toBe(6000);
  });

  it('honours max_nodes, summing what it cuts into "other"', async () => {
    expect(await json('SelectMergeStacktraces', { ...request, maxNodes: '3' })).toMatchObject({
      flamegraph: {
        names: ['total', 'main', 'a', 'other'],
        levels: [{ values: ['0', '6000', '0', '0'] }, { values: ['0', '6000', '1000', '1'] }, { values: ['1000', '3000', '3000', '2', '0', '2000', '2000', '3'] }],
      },
    });
    expect(await json('SelectMergeStacktraces', { ...request, maxNodes: '2' })).toMatchObject({
      flamegraph: { names: ['total', 'main', 'other'], levels: [{}, {}, { values: ['1000', '5000', '5000', '2'] }] },
    });
  });

  it('merges every service a selector matches, and returns only a root for no data', async () => {
    const both = (await json('SelectMergeStacktraces', { profileTypeID: WALL, labelSelector: '{service_name=~"shop|cart"}', start: START, end: END })) as {
      flamegraph: { total: string };
    };
    expect(both.flamegraph.total).toBe(String(6000 + 4000 + 6000));
    const none = { flamegraph: { names: ['total'], levels: [{ values: ['0', '0', '0', '0'] }], total: '0', maxSelf: '0' } };
    expect(await json('SelectMergeStacktraces', { ...request, labelSelector: '{service_name="nope"}' })).toEqual(none);
    expect(await json('SelectMergeStacktraces', { ...request, profileTypeID: 'memory:alloc_space:bytes:space:bytes' })).toEqual(none);
  });

  it('reads Drilldown’s snake_case field names', async () => {
    const snake = { profile_typeID: WALL, label_selector: request.labelSelector, start: START, end: END, max_nodes: '16' };
    expect(((await json('SelectMergeStacktraces', snake)) as { flamegraph: { total: string } }).flamegraph.total).toBe('6000');
  });

  it('answers in pprof for PROFILE_FORMAT_PPROF', async () => {
    const answer = (await json('SelectMergeStacktraces', { ...request, format: 'PROFILE_FORMAT_PPROF' })) as {
      pprof: { profile: { sample: { value: string[] }[]; stringTable: string[] } };
    };
    expect(answer.pprof.profile.sample.map((s) => s.value[0]).sort()).toEqual(['1000', '2000', '3000']);
    expect(answer.pprof.profile.stringTable).toEqual(expect.arrayContaining(['wall', 'nanoseconds', 'main', 'a', 'b']));
  });
});

describe('SelectSeries', () => {
  const request = { profileTypeID: WALL, labelSelector: '{}', start: START, end: END, step: 60 };

  it('sums each step per group_by value, only steps with data, series in label order', async () => {
    expect(await json('SelectSeries', { ...request, groupBy: ['service_name'] })).toEqual({
      series: [
        { labels: [{ name: 'service_name', value: 'cart' }], points: [{ value: 6000, timestamp: String(BASE) }] },
        { labels: [{ name: 'service_name', value: 'diffy' }], points: [{ value: 3, timestamp: String(BASE) }, { value: 3, timestamp: String(BASE + 60_000) }] },
        { labels: [{ name: 'service_name', value: 'shop' }], points: [{ value: 6000, timestamp: String(BASE) }, { value: 4000, timestamp: String(BASE + 60_000) }] },
        { labels: [{ name: 'service_name', value: 'traced' }], points: [{ value: 1200, timestamp: String(BASE + 180_000) }] },
      ],
    });
  });

  it('groups by a label of the label sets, in binary protobuf with the step in seconds as a double', async () => {
    const body = v1.SelectSeriesRequest.encode({ profileTypeID: WALL, labelSelector: '{service_name="shop"}', start: BASE, end: BASE + 300_000, step: 60, groupBy: ['host.name'] }).finish();
    const { series } = v1.SelectSeriesResponse.decode(await proto('SelectSeries', body));
    expect(series.map((s) => ({ labels: s.labels, points: s.points?.map((p) => [Number(p.timestamp), p.value]) }))).toEqual([
      { labels: [{ name: 'host.name', value: 'a' }], points: [[BASE, 6000]] },
      { labels: [{ name: 'host.name', value: 'b' }], points: [[BASE + 60_000, 4000]] },
    ]);
  });

  it('keeps the top series by total with limit, one series without group_by, averages per profile', async () => {
    const top = (await json('SelectSeries', { ...request, groupBy: ['service_name'], limit: '1' })) as { series: { labels: unknown }[] };
    expect(top.series.map((s) => s.labels)).toEqual([[{ name: 'service_name', value: 'shop' }]]);
    const selector = '{service_name=~"shop|cart"}';
    expect(await json('SelectSeries', { ...request, labelSelector: selector, step: 300 })).toEqual({
      series: [{ points: [{ value: 16000, timestamp: String(BASE) }] }],
    });
    // Three profiles in the first minute: shop's, and cart's two label sets.
    expect(await json('SelectSeries', { ...request, labelSelector: selector, aggregation: 'TIME_SERIES_AGGREGATION_TYPE_AVERAGE' })).toEqual({
      series: [{ points: [{ value: 4000, timestamp: String(BASE) }, { value: 4000, timestamp: String(BASE + 60_000) }] }],
    });
  });
});

describe('SelectSeries of gauges', () => {
  it('shows what was held over each step, grouped like any other type', async () => {
    // The snapshot stands for its 10 s window, inside the first minute.
    const request = { profileTypeID: 'memory:inuse_space:bytes:space:bytes', labelSelector: '{}', start: START, end: END, step: 60, groupBy: ['service_name'] };
    expect(await json('SelectSeries', request)).toEqual({
      series: [{ labels: [{ name: 'service_name', value: 'memsvc' }], points: [{ value: 4096, timestamp: String(BASE) }] }],
    });
    expect(await json('SelectSeries', { ...request, profileTypeID: 'memory:inuse_objects:count:inuse_space:bytes', groupBy: [] })).toEqual({
      series: [{ points: [{ value: 4, timestamp: String(BASE) }] }],
    });
  });
});

describe('spans and traces', () => {
  const traced = { profileTypeID: WALL, labelSelector: '{service_name="traced"}', start: START, end: END };
  const names = async (method: string, request: unknown): Promise<[string[], string]> => {
    const { flamegraph } = (await json(method, request)) as { flamegraph: { names: string[]; total: string } };
    return [flamegraph.names, flamegraph.total];
  };

  it('SelectMergeSpanProfile: the samples of the spans asked for, a request’s whole when it is its root span', async () => {
    expect(await names('SelectMergeSpanProfile', { ...traced, spanSelector: ['a1a1a1a1a1a1a1a1'] })).toEqual([['total', 'main', 'handler', 'db'], '900']);
    expect(await names('SelectMergeSpanProfile', { ...traced, spanSelector: ['a2a2a2a2a2a2a2a2', 'b1b1b1b1b1b1b1b1'] })).toEqual([
      ['total', 'main', 'other', 'handler', 'db'],
      '500',
    ]);
    expect(await names('SelectMergeSpanProfile', { ...traced, spanSelector: [] })).toEqual([['total'], '0']);
  });

  it('SelectMergeStacktraces: span_selector and trace_id_selector', async () => {
    expect(await names('SelectMergeStacktraces', { ...traced, spanSelector: ['b1b1b1b1b1b1b1b1'] })).toEqual([['total', 'main', 'other'], '300']);
    expect(await names('SelectMergeStacktraces', { ...traced, traceIdSelector: ['trace-a'] })).toEqual([['total', 'main', 'handler', 'db'], '900']);
  });
});

describe('GetProfileStats and the protocol', () => {
  it('GetProfileStats: whether data came in, and the oldest and newest profile times', async () => {
    expect(await json('GetProfileStats', {})).toEqual({ dataIngested: true, oldestProfileTime: String(BASE + 5_000), newestProfileTime: String(BASE + 200_000) });
  });

  it('reads gzip request bodies', async () => {
    const body = gzipSync(JSON.stringify({ name: 'service_name', matchers: ['{service_name=~"s.*"}'], start: START, end: END }));
    const response = await connect('LabelValues', body, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
    expect(await response.json()).toEqual({ names: ['shop'] });
  });
});

describe('SelectMergeProfile and Diff', () => {
  it('SelectMergeProfile: a pprof profile, binary, that any pprof reader decodes', async () => {
    const body = v1.SelectMergeProfileRequest.encode({ profileTypeID: WALL, labelSelector: '{service_name="shop"}', start: BASE, end: BASE + 300_000 }).finish();
    const profile = perftools.profiles.Profile.decode(await proto('SelectMergeProfile', body));
    const str = (i: unknown): string => profile.stringTable[Number(i)]!;
    const functionName = new Map(profile.function.map((f) => [Number(f.id), str(f.name)]));
    const locationFunction = new Map(profile.location.map((l) => [Number(l.id), functionName.get(Number(l.line?.[0]?.functionId))]));
    const stacks = profile.sample.map((s) => `${(s.locationId ?? []).map((id) => locationFunction.get(Number(id))).reverse().join(';')} ${Number(s.value?.[0])}`);
    expect(stacks.sort()).toEqual(['main 1000', 'main;a 7000', 'main;b 2000']);
    expect(str(profile.sampleType[0]?.type)).toBe('wall');
  });

  it('Diff: both trees in one, seven integers per node, each side offset on its own', async () => {
    const side = (version: string) => ({ profileTypeID: WALL, labelSelector: `{service_name="diffy", service.version="${version}"}`, start: START, end: END });
    expect(await json('Diff', { left: side('1'), right: side('2') })).toEqual({
      flamegraph: {
        names: ['total', 'main', 'a', 'b'],
        levels: [
          { values: ['0', '3', '0', '0', '3', '0', '0'] },
          { values: ['0', '3', '0', '0', '3', '0', '1'] },
          { values: ['0', '3', '3', '0', '1', '1', '2', '0', '0', '0', '0', '2', '2', '3'] },
        ],
        total: '6',
        maxSelf: '3',
        leftTicks: '3',
        rightTicks: '3',
      },
    });
  });
});

describe('errors, as Connect JSON', () => {
  it('a selector that does not parse, a malformed type id, and a 64-bit integer that is not one are invalid_argument', async () => {
    const badParam = 'FH_ERR_QUERY_BAD_PARAM';
    for (const [method, request, code, message] of [
      ['SelectMergeStacktraces', { profileTypeID: WALL, labelSelector: '{service_name="shop"', start: START, end: END }, badParam, /label_selector/],
      ['SelectSeries', { profileTypeID: 'process_cpu:cpu', labelSelector: '{}', start: START, end: END, step: 60 }, badParam, /profile_typeID/],
      ['SelectSeries', { profileTypeID: WALL, labelSelector: '{}', start: START, end: END, step: 0 }, badParam, /step/],
      ['SelectMergeStacktraces', { profileTypeID: WALL, labelSelector: '{}', start: END, end: START }, badParam, /start must be before end/],
      ['SelectMergeStacktraces', { profileTypeID: WALL, labelSelector: '{}', start: START, end: END, stackTraceSelector: { callSite: [{ name: 'main' }] } }, badParam, /not supported/],
      ['LabelNames', { matchers: ['{}'], start: 'yesterday', end: END }, 'FH_ERR_BAD_REQUEST', /start: "yesterday" is not a 64-bit integer/],
      ['LabelNames', { matchers: ['{}'], start: '12abc', end: END }, 'FH_ERR_BAD_REQUEST', /start: "12abc" is not a 64-bit integer/],
      ['SelectSeries', { profileTypeID: WALL, labelSelector: '{}', start: START, end: END, step: 'fast' }, 'FH_ERR_BAD_REQUEST', /step: "fast" is not a number/],
    ] as const) {
      const { status, body } = await connectError(await connect(method, JSON.stringify(request)));
      expect(status, JSON.stringify(body)).toBe(400);
      expect(body).toMatchObject({ code: 'invalid_argument', flamehouseCode: code });
      expect(body['message']).toMatch(message);
    }
    const garbage = await connectError(await connect('SelectMergeStacktraces', new Uint8Array([0x0a, 0xff])));
    expect(garbage).toMatchObject({ status: 400, body: { code: 'invalid_argument', flamehouseCode: 'FH_ERR_BAD_REQUEST' } });
    const notJson = await connectError(await connect('ProfileTypes', ''));
    expect(notJson).toMatchObject({ status: 400, body: { code: 'invalid_argument' } });
  });

  it('an unknown method is unimplemented, another content type 415', async () => {
    expect(await connectError(await connect('SelectHeatmap', '{}'))).toMatchObject({ status: 404, body: { code: 'unimplemented' } });
    const xml = await connect('ProfileTypes', '<x/>', { 'content-type': 'application/xml' });
    expect(await connectError(xml)).toMatchObject({ status: 415, body: { code: 'invalid_argument', flamehouseCode: 'FH_ERR_BAD_CONTENT_TYPE' } });
  });
});

describe('legacy /pyroscope/render and /render-diff', () => {
  const render = async (path: string): Promise<Record<string, unknown>> => {
    const response = await fetch(`${url}${path}`);
    const text = await response.text();
    expect(response.status, text).toBe(200);
    return JSON.parse(text) as Record<string, unknown>;
  };
  const q = (selector: string): string => encodeURIComponent(selector);
  // 5 minutes: steps of 10 s, 30 of them.
  const range = `from=${BASE / 1000}&until=${BASE + 300_000}`;
  const zeros = (n: number): number[] => new Array<number>(n).fill(0);

  it('render: flamebearer levels as numbers, metadata, and a timeline of every step', async () => {
    expect(await render(`/pyroscope/render?query=${q(`${WALL}{service_name="shop",service.version="1.0"}`)}&${range}&format=json`)).toEqual({
      version: 1,
      flamebearer: {
        names: ['total', 'main', 'a', 'b'],
        levels: [
          [0, 6000, 0, 0],
          [0, 6000, 1000, 1],
          [1000, 3000, 3000, 2, 0, 2000, 2000, 3],
        ],
        numTicks: 6000,
        maxSelf: 3000,
      },
      metadata: { format: 'single', spyName: '', sampleRate: 100, units: 'nanoseconds', name: 'wall' },
      timeline: { startTime: BASE / 1000, samples: [6000, ...zeros(29)], durationDelta: 10, watermarks: null },
      groups: null,
      heatmap: null,
    });
  });

  it('render: a timeline per value of groupBy, CPU shown as samples of a nanosecond', async () => {
    const shop = await render(`/pyroscope/render?query=${q(`${WALL}{service_name="shop"}`)}&${range}&groupBy=host.name`);
    expect(shop['groups']).toEqual({
      a: { startTime: BASE / 1000, samples: [6000, ...zeros(29)], durationDelta: 10, watermarks: null },
      b: { startTime: BASE / 1000, samples: [...zeros(6), 4000, ...zeros(23)], durationDelta: 10, watermarks: null },
    });
    const cpu = await render(`/pyroscope/render?query=${q('process_cpu:cpu:nanoseconds:cpu:nanoseconds{service_name="shop"}')}&from=now-1h`);
    expect(cpu['metadata']).toEqual({ format: 'single', spyName: '', sampleRate: 1_000_000_000, units: 'samples', name: 'cpu' });
  });

  it('render-diff: seven numbers per node, both sides’ ticks', async () => {
    const side = (prefix: string, version: string): string =>
      `${prefix}Query=${q(`${WALL}{service_name="diffy",service.version="${version}"}`)}&${prefix}From=${BASE}&${prefix}Until=${BASE + 300_000}`;
    expect(await render(`/pyroscope/render-diff?${side('left', '1')}&${side('right', '2')}`)).toEqual({
      version: 1,
      flamebearer: {
        names: ['total', 'main', 'a', 'b'],
        levels: [
          [0, 3, 0, 0, 3, 0, 0],
          [0, 3, 0, 0, 3, 0, 1],
          [0, 3, 3, 0, 1, 1, 2, 0, 0, 0, 0, 2, 2, 3],
        ],
        numTicks: 6,
        maxSelf: 3,
      },
      metadata: { format: 'double', spyName: '', sampleRate: 100, units: 'nanoseconds', name: 'wall' },
      leftTicks: 3,
      rightTicks: 3,
      timeline: null,
      groups: null,
      heatmap: null,
    });
  });

  it('refuses what it cannot read, in Pyroscope’s error shape', async () => {
    for (const [path, message] of [
      ['/pyroscope/render?from=now-1h', /"query" is required/],
      [`/pyroscope/render?query=${q('{service_name="shop"}')}`, /must contain a profile-type selection/],
      [`/pyroscope/render?query=${q(`${WALL}{service_name="shop"}`)}&from=yesterday`, /from=yesterday/],
      [`/pyroscope/render?query=${q(`${WALL}{service_name="shop"}`)}&maxNodes=-1`, /maxNodes/],
      [`/pyroscope/render-diff?leftQuery=${q(`${WALL}{}`)}&rightQuery=${q('memory:inuse_space:bytes:space:bytes{}')}`, /same profile type/],
    ] as const) {
      const { status, body } = await connectError(await fetch(`${url}${path}`));
      expect(status, path).toBe(400);
      expect(body).toMatchObject({ code: 'invalid_argument', flamehouseCode: 'FH_ERR_QUERY_BAD_PARAM' });
      expect(body['message']).toMatch(message);
    }
  });
});
