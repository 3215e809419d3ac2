import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FlameGraphResponse, FlameNode, SpansResponse, TopResponse } from '@flamehouse/proto';
import { buildApp, type App } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { openStorage, tableNames } from '../src/storage/client.js';
import { MIGRATIONS, migrate } from '../src/storage/schema.js';

// A data directory written by a server of schema version 4 (one `samples` row
// per type and value), then opened by this server: it migrates to sample sets
// at start, and every view shows what was stored before.

const DAY_S = 86_400;
const NOW_S = Math.floor(Date.now() / 1000);
// Two days: the copy goes a day (partition) at a time.
const T1 = NOW_S - DAY_S - 600;
const T2 = NOW_S - 600;
const MS = 1_000_000;
const RENDER = { layout: 'single', cluster: '', retentionDays: 30 } as const;

// Frames 11 main, 12 handle, 13 encode; stacks 101 main;handle, 102 main;encode; one label set 201.
const OLD_SAMPLES: [type: string, ts: number, stack: string, value: number, span: string, root: string, endpoint: string][] = [
  ['wall', T1, '101', 40 * MS, 'aa', 'aa', 'GET /a'],
  ['cpu', T1, '101', 30 * MS, 'aa', 'aa', 'GET /a'],
  ['wall', T1, '102', 20 * MS, '', '', ''],
  ['cpu', T1, '102', 10 * MS, '', '', ''],
  ['wall', T2, '101', 50 * MS, 'bb', 'bb', 'GET /b'],
  ['cpu', T2, '101', 25 * MS, 'bb', 'bb', 'GET /b'],
  // A CPU value with no wall value beside it (a client that sends CPU alone).
  ['cpu', T2, '102', 5 * MS, '', '', ''],
  ['inuse_space', T2, '102', 4096, '', '', ''],
  ['inuse_objects', T2, '102', 8, '', '', ''],
];

let dataDir: string;
let app: App;

async function writeVersion4(): Promise<void> {
  const config = loadConfig({}, { dataDir, logLevel: 'silent' });
  const storage = await openStorage(config);
  const tables = tableNames(config.clickhouseDatabase);
  const { client } = storage;
  await client.command({ query: `CREATE DATABASE IF NOT EXISTS ${tables.databaseSql}` });
  await client.command({ query: `CREATE TABLE ${tables.migrations} (version UInt32, applied_at DateTime DEFAULT now()) ENGINE = ReplacingMergeTree ORDER BY version` });
  for (const migration of MIGRATIONS.filter((m) => m.version <= 4)) {
    for (const statement of migration.statements(tables, RENDER)) await client.command({ query: statement });
    await client.insert({ table: tables.migrations, values: [{ version: migration.version }], format: 'JSONEachRow' });
  }
  const insert = (table: string, values: unknown[][]) => client.insert({ table, values, format: 'JSONCompactEachRow' });
  await insert(tables.frames, [
    ['11', 'main', '/app/main.js', 1, NOW_S],
    ['12', 'handle', '/app/handle.js', 2, NOW_S],
    ['13', 'encode', '/app/encode.js', 3, NOW_S],
  ]);
  await insert(tables.stacks, [
    ['101', ['11', '12'], NOW_S],
    ['102', ['11', '13'], NOW_S],
  ]);
  await insert(tables.series, [['api', '201', { 'service.version': '1.0.0' }, NOW_S]]);
  await insert(
    tables.samples,
    OLD_SAMPLES.map(([type, ts, stack, value, span, root, endpoint]) => ['api', type, ts, stack, '201', value, span, `${span}${span}`, root, endpoint]),
  );
  // service, type, ts, series_id, duration_ms, sample_rows, total, then the agent's report, upload id, period, process CPU.
  const profile = (type: string, ts: number, total: number) => ['api', type, ts, '201', 10_000, 1, total, 0, 0, 0, 0, `up-${type}-${ts}`, 0, 0];
  await insert(tables.profiles, [
    profile('wall', T1, 60 * MS),
    profile('cpu', T1, 40 * MS),
    profile('wall', T2, 50 * MS),
    profile('cpu', T2, 30 * MS),
    profile('inuse_space', T2, 4096),
    profile('inuse_objects', T2, 8),
  ]);
  await storage.close();
}

const child = (node: FlameNode, name: string): FlameNode | undefined => node.children.find((c) => c.name === name);

async function get<T>(url: string): Promise<T> {
  const response = await app.server.inject({ url });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<T>();
}

const RANGE = `from=${(T1 - 60) * 1000}&to=${(NOW_S + 60) * 1000}`;
// Whole hours around both profiles: read from the hourly rollup (version 6), which the migration fills from the copied sets.
const HOURS = `from=${(Math.floor(T1 / 3600) - 1) * 3600_000}&to=${(Math.floor(T2 / 3600) + 1) * 3600_000}`;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'fh-v4-'));
  await writeVersion4();
  app = await buildApp(loadConfig({}, { dataDir, logLevel: 'silent' }));
});
afterAll(async () => {
  await app?.server.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('a version 4 data directory opened by a version 9 server', () => {
  it('shows the same CPU and wall flamegraphs, and the same top functions', async () => {
    const cpu = await get<FlameGraphResponse>(`/api/v1/flamegraph?service=api&type=cpu&${RANGE}`);
    expect(cpu.total).toBe(70 * MS);
    expect(child(child(cpu.root, 'main')!, 'handle')?.total).toBe(55 * MS);
    expect(child(child(cpu.root, 'main')!, 'encode')?.total).toBe(15 * MS);
    const wall = await get<FlameGraphResponse>(`/api/v1/flamegraph?service=api&type=wall&${RANGE}`);
    expect(wall.total).toBe(110 * MS);
    expect(child(child(wall.root, 'main')!, 'encode')?.total).toBe(20 * MS);
    const top = await get<TopResponse>(`/api/v1/top?service=api&type=cpu&${RANGE}`);
    expect(top.functions.find((f) => f.name === 'handle')?.self).toBe(55 * MS);
  });

  it('keeps each day apart and each label set', async () => {
    const firstDay = await get<FlameGraphResponse>(`/api/v1/flamegraph?service=api&type=cpu&from=${(T1 - 60) * 1000}&to=${(T1 + 60) * 1000}`);
    expect(firstDay.total).toBe(40 * MS);
    const byVersion = await get<FlameGraphResponse>(`/api/v1/flamegraph?service=api&type=cpu&${RANGE}&filter=service.version=1.0.0`);
    expect(byVersion.total).toBe(70 * MS);
  });

  it('finds requests and spans as before', async () => {
    const requests = await get<SpansResponse>(`/api/v1/spans?service=api&type=cpu&${RANGE}&by=request`);
    expect(requests.spans.map((s) => [s.spanId, s.endpoint, s.value])).toEqual([
      ['aa', 'GET /a', 30 * MS],
      ['bb', 'GET /b', 25 * MS],
    ]);
    const one = await get<FlameGraphResponse>(`/api/v1/flamegraph?service=api&type=wall&${RANGE}&span_id=bb`);
    expect(one.total).toBe(50 * MS);
    const trace = await get<FlameGraphResponse>(`/api/v1/flamegraph?service=api&type=cpu&${RANGE}&trace_id=aaaa`);
    expect(trace.total).toBe(30 * MS);
  });

  it('shows the heap snapshot', async () => {
    const heap = await get<FlameGraphResponse>(`/api/v1/flamegraph?service=api&type=inuse_space&${RANGE}`);
    expect(heap.total).toBe(4096);
    const objects = await get<FlameGraphResponse>(`/api/v1/flamegraph?service=api&type=inuse_objects&${RANGE}`);
    expect(objects.total).toBe(8);
  });

  it('reads whole hours from both hourly rollups, filled from the copied sets', async () => {
    const tables = tableNames(loadConfig({}, { dataDir }).clickhouseDatabase);
    const rows = await (
      await app.storage.client.query({ query: `SELECT count(), toString(sum(arraySum(\`stacksMap.v2\`))) FROM ${tables.sampleHours}`, format: 'JSONCompactEachRow' })
    ).json<[string, string]>();
    expect(rows).toEqual([['2', String(70 * MS)]]);
    const perService = await (
      await app.storage.client.query({ query: `SELECT toString(sum(arraySum(\`stacksMap.v2\`))) FROM ${tables.serviceHours}`, format: 'JSONCompactEachRow' })
    ).json<[string]>();
    expect(perService).toEqual([[String(70 * MS)]]);
    const cpu = await get<FlameGraphResponse>(`/api/v1/flamegraph?service=api&type=cpu&${HOURS}`);
    expect(cpu.total).toBe(70 * MS);
    expect(child(child(cpu.root, 'main')!, 'handle')?.total).toBe(55 * MS);
    const wall = await get<FlameGraphResponse>(`/api/v1/flamegraph?service=api&type=wall&${HOURS}`);
    expect(wall.total).toBe(110 * MS);
  });

  it('stores stack ids with the codec of version 8 in the sets and both rollups', async () => {
    const database = loadConfig({}, { dataDir }).clickhouseDatabase;
    const result = await app.storage.client.query({
      query: `SELECT table, name, compression_codec FROM system.columns
        WHERE database = {database: String} AND name IN ('stack_ids', 'stacksMap.stack_id') AND table NOT LIKE '%_mv' ORDER BY table`,
      query_params: { database },
      format: 'JSONEachRow',
    });
    expect(await result.json()).toEqual([
      { table: 'sample_hours', name: 'stacksMap.stack_id', compression_codec: 'CODEC(ZSTD(3))' },
      { table: 'sample_sets', name: 'stack_ids', compression_codec: 'CODEC(ZSTD(3))' },
      { table: 'service_hours', name: 'stacksMap.stack_id', compression_codec: 'CODEC(ZSTD(3))' },
    ]);
  });

  it('copies again without doubling when the copy is run a second time (a start cut short)', async () => {
    const tables = tableNames(loadConfig({}, { dataDir }).clickhouseDatabase);
    for (const version of [5, 6, 7]) {
      await MIGRATIONS.find((m) => m.version === version)!.copy!(app.storage.client, tables, RENDER);
      for (const range of [RANGE, HOURS]) {
        const cpu = await get<FlameGraphResponse>(`/api/v1/flamegraph?service=api&type=cpu&${range}`);
        expect(cpu.total, `after copy ${version}, ${range}`).toBe(70 * MS);
      }
    }
    // And a restart applies nothing more.
    expect(await migrate(app.storage.client, tables, RENDER)).toEqual([]);
  });
});
