import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FlameGraphResponse, LabelValuesResponse } from '@flamehouse/proto';
import { formBody } from './form.js';
import { WALL_CPU, makePprof } from './pprof-fixture.js';
import { startTestApp, uploadUrl, type TestApp } from './test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.close();
});

const NOW = Date.now();
const FROM_S = Math.floor(NOW / 1000) - 120;
const MS = 1_000_000;
const RANGE = `from=${NOW - 3_600_000}&to=${NOW + 60_000}`;

function post(url: string, body: Buffer | string, contentType = 'text/plain') {
  return app.server.inject({ method: 'POST', url, payload: body, headers: { 'content-type': contentType } });
}

function ingestUrl(name: string, extra = ''): string {
  return `/ingest?name=${encodeURIComponent(name)}&from=${FROM_S}&until=${FROM_S + 10}${extra}`;
}

/** The stored selection as sorted folded lines, `a;b;c value`. */
async function foldedOf(query: string): Promise<string[]> {
  const response = await app.server.inject({ url: `/api/v1/export?format=folded&${RANGE}&${query}` });
  expect(response.statusCode, response.body).toBe(200);
  return response.body.split('\n').filter((line) => line !== '').sort();
}

describe('Pyroscope /ingest text formats', () => {
  it('reads folded text with the .cpu suffix as cpu samples of 1/sampleRate s, labels without their quotes', async () => {
    const answer = await post(ingestUrl('shop.cpu{env="prod", region = eu}', '&sampleRate=100'), 'main;handle;parse 3\nmain;render 1\r\nmain;handle;parse 2\n\n');
    expect(answer.statusCode, answer.body).toBe(200);
    expect(await foldedOf('service=shop&type=cpu&filter=env=prod&filter=region=eu')).toEqual(['main;handle;parse 50000000', 'main;render 10000000']);
    const env = (await app.server.inject({ url: `/api/v1/labels/env/values?service=shop` })).json<LabelValuesResponse>();
    expect(env.values).toEqual(['prod']);
  });

  it('reads format=lines as one sample per line, wall at the given rate, and heap types as values', async () => {
    expect((await post(ingestUrl('lines-app.wall', '&format=lines&sampleRate=50'), 'a;b\na;b\na;c\n')).statusCode).toBe(200);
    expect(await foldedOf('service=lines-app&type=wall')).toEqual(['a;b 40000000', 'a;c 20000000']);
    expect((await post(ingestUrl('heap-app.inuse_space'), 'main;alloc 4096\n')).statusCode).toBe(200);
    expect(await foldedOf('service=heap-app&type=inuse_space')).toEqual(['main;alloc 4096']);
  });

  it('names a text upload without a suffix cpu, and refuses types it does not store and lines that do not parse', async () => {
    expect((await post(ingestUrl('plain', '&format=folded'), 'main 1\n')).statusCode).toBe(200);
    expect(await foldedOf('service=plain&type=cpu')).toEqual(['main 10000000']);
    for (const [name, body, code] of [
      ['shop.alloc_objects', 'main 1', 'FH_ERR_INGEST_UNKNOWN_PROFILE_TYPE'],
      ['my.app', 'main 1', 'FH_ERR_INGEST_UNKNOWN_PROFILE_TYPE'],
      ['shop.cpu', 'main;handle\n', 'FH_ERR_INGEST_BAD_FOLDED'],
      ['shop.cpu', 'main;;x 3\n', 'FH_ERR_INGEST_BAD_FOLDED'],
      ['shop.cpu{env=prod', 'main 1', 'FH_ERR_QUERY_BAD_PARAM'],
      ['shop.cpu{bad key=1}', 'main 1', 'FH_ERR_QUERY_BAD_PARAM'],
    ] as const) {
      const answer = await post(ingestUrl(name), body);
      expect([answer.statusCode, answer.json<{ code: string }>().code], `${name}: ${answer.body}`).toEqual([400, code]);
    }
    const trie = await post(ingestUrl('shop.cpu', '&format=trie'), 'x');
    expect(trie.json()).toMatchObject({ code: 'FH_ERR_QUERY_BAD_PARAM' });
    expect(await foldedOf('service=shop&type=cpu&filter=env=prod')).toEqual(['main;handle;parse 50000000', 'main;render 10000000']);
  });
});

describe('Pyroscope /ingest pprof', () => {
  it('drops the type suffix from a pprof upload’s name, and merges @pyroscope/nodejs frame names with ours', async () => {
    // @pyroscope/nodejs names a function `<path from cwd>:<name>:<line>` and keeps V8's name as system_name;
    // with stripFilenames it has no file and no system name.
    const pyroscope = makePprof({
      sampleTypes: WALL_CPU,
      timeMs: 0,
      systemNames: { './src/app.js:handler:12': 'handler', './src/app.js:main:1': 'main' },
      samples: [
        { stack: './src/app.js:main:1@/srv/app/src/app.js;./src/app.js:handler:12@/srv/app/src/app.js', values: [10 * MS, 10 * MS] },
        { stack: './src/app.js:main:1@/srv/app/src/app.js;./src/db.js:(anonymous:L#3:C#9):3@', values: [5 * MS, 5 * MS] },
      ],
    });
    const answer = await post(ingestUrl('merged.cpu{env=prod}', '&format=pprof&spyName=nodespy'), pyroscope, 'application/octet-stream');
    expect(answer.statusCode, answer.body).toBe(200);
    const ours = makePprof({ sampleTypes: WALL_CPU, timeMs: NOW - 60_000, samples: [{ stack: 'main@/srv/app/src/app.js;handler@/srv/app/src/app.js', values: [7 * MS, 7 * MS] }] });
    expect((await post(uploadUrl('merged', { env: 'prod' }), ours, 'application/octet-stream')).statusCode).toBe(200);
    const graph = (await app.server.inject({ url: `/api/v1/flamegraph?service=merged&type=cpu&${RANGE}` })).json<FlameGraphResponse>();
    const main = graph.root.children;
    expect(main.map((n) => [n.name, n.file, n.total])).toEqual([['main', '/srv/app/src/app.js', 22 * MS]]);
    expect(main[0]!.children.map((n) => [n.name, n.file, n.total]).sort()).toEqual([
      ['(anonymous:L#3:C#9)', './src/db.js', 5 * MS],
      ['handler', '/srv/app/src/app.js', 17 * MS],
    ]);
  });

  it('reads the multipart form: profile, sample_type_config display names, prev_profile ignored; a resent form is stored once', async () => {
    // A Go-style CPU profile: samples counted, each one period of CPU time.
    const profile = makePprof({
      sampleTypes: [['samples', 'count']],
      timeMs: NOW - 30_000,
      period: ['cpu', 'nanoseconds', 10 * MS],
      samples: [{ stack: 'main;work', values: [4] }],
    });
    const renamed = makePprof({
      sampleTypes: [['ticks', 'count'], ['alloc_space', 'bytes']],
      timeMs: NOW - 30_000,
      period: ['ticks', 'nanoseconds', MS],
      samples: [{ stack: 'main;tick', values: [3, 100] }],
    });
    const parts = (p: Buffer, config?: string) => [
      { name: 'profile', filename: 'profile.pprof', contentType: 'application/octet-stream', data: p },
      { name: 'prev_profile', filename: 'profile.pprof', contentType: 'application/octet-stream', data: p },
      ...(config === undefined ? [] : [{ name: 'sample_type_config', filename: 'sample_type_config.json', data: config }]),
    ];
    const first = formBody(parts(profile));
    const stored = await post(ingestUrl('go-app.cpu{env=prod}'), first.body, first.contentType);
    expect(stored.statusCode, stored.body).toBe(200);
    expect(stored.json()).toMatchObject({ duplicate: false });
    const again = formBody(parts(profile));
    expect(again.contentType).not.toBe(first.contentType);
    expect((await post(ingestUrl('go-app.cpu{env=prod}'), again.body, again.contentType)).json()).toMatchObject({ duplicate: true });
    expect(await foldedOf('service=go-app&type=cpu')).toEqual(['main;work 40000000']);

    const config = JSON.stringify({ ticks: { 'display-name': 'cpu', units: 'samples' }, alloc_space: { units: 'bytes', cumulative: true } });
    const form = formBody(parts(renamed, config));
    expect((await post(ingestUrl('ticker'), form.body, form.contentType)).statusCode).toBe(200);
    expect(await foldedOf('service=ticker&type=cpu')).toEqual(['main;tick 3000000']);

    const noProfile = formBody([{ name: 'other', data: 'x' }]);
    expect((await post(ingestUrl('ticker'), noProfile.body, noProfile.contentType)).json()).toMatchObject({ code: 'FH_ERR_INGEST_BAD_MULTIPART' });
    const badConfig = formBody(parts(renamed, '{not json'));
    expect((await post(ingestUrl('ticker'), badConfig.body, badConfig.contentType)).json()).toMatchObject({ code: 'FH_ERR_INGEST_BAD_MULTIPART' });
    const truncated = formBody(parts(profile));
    const cut = await post(ingestUrl('ticker'), truncated.body.subarray(0, truncated.body.length - 40), truncated.contentType);
    expect([cut.statusCode, cut.json<{ code: string }>().code]).toEqual([400, 'FH_ERR_INGEST_BAD_MULTIPART']);
  });
});
