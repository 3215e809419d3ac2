import type { ClickHouseClient } from '@clickhouse/client';
import type { Tables } from './client.js';

// The schema, as versioned migrations. Each table is declared once and
// rendered either for a single node (embedded chdb, one server) or for a
// cluster: Replicated engines plus a Distributed table under the same name, so
// every query is the same SQL in both cases.

type Layout = 'single' | 'cluster';

interface TableSpec {
  readonly name: keyof Omit<Tables, 'database' | 'databaseSql' | 'migrations' | 'sampleHoursView' | 'serviceHoursView'>;
  readonly columns: string;
  /** The MergeTree family member, without the Replicated prefix. */
  readonly engine: 'MergeTree' | 'ReplacingMergeTree' | 'ReplacingMergeTree(last_seen)' | 'SummingMergeTree';
  readonly tail: string;
  /**
   * Sharded tables are spread over the cluster by `shardKey` (samples and
   * stacks by stack id, so GROUP BY stack stays within a shard); the others
   * are small dimensions copied whole to every node.
   */
  readonly shardKey?: string;
}

export interface RenderOptions {
  readonly layout: Layout;
  readonly cluster: string;
  readonly retentionDays: number;
}

/** The tables of schema version 1; `samples` gave way to `sample_sets` in version 5. */
const V1_TABLES: readonly TableSpec[] = [
  {
    name: 'frames',
    columns: `frame_id UInt64, name String CODEC(ZSTD(1)), file String CODEC(ZSTD(1)), line UInt32`,
    engine: 'ReplacingMergeTree',
    tail: 'ORDER BY frame_id',
  },
  {
    // Root first. Stacks are immutable and deduplicated by id; they expire
    // (schema version 3) once no upload has referred to them for the
    // retention period, since a stack may be shared by years of samples.
    name: 'stacks',
    columns: `stack_id UInt64, frame_ids Array(UInt64) CODEC(ZSTD(1))`,
    engine: 'ReplacingMergeTree',
    tail: 'ORDER BY stack_id',
    shardKey: 'stack_id',
  },
  {
    // One row per distinct label set of a service; samples point at it.
    name: 'series',
    columns: `service LowCardinality(String), series_id UInt64,
      labels Map(LowCardinality(String), String), last_seen DateTime`,
    engine: 'ReplacingMergeTree(last_seen)',
    tail: 'ORDER BY (service, series_id)',
  },
  {
    // Span columns hold one value per request: columns with skip indexes, never series labels.
    name: 'samples',
    columns: `service LowCardinality(String), type LowCardinality(String),
      ts DateTime CODEC(DoubleDelta, ZSTD(1)), stack_id UInt64, series_id UInt64,
      value Int64 CODEC(T64, ZSTD(1)),
      span_id String CODEC(ZSTD(1)), trace_id String CODEC(ZSTD(1)),
      root_span_id String CODEC(ZSTD(1)), endpoint LowCardinality(String),
      INDEX idx_span_id span_id TYPE bloom_filter(0.01) GRANULARITY 1,
      INDEX idx_trace_id trace_id TYPE bloom_filter(0.01) GRANULARITY 1,
      INDEX idx_root_span_id root_span_id TYPE bloom_filter(0.01) GRANULARITY 1,
      INDEX idx_endpoint endpoint TYPE set(1024) GRANULARITY 1`,
    engine: 'MergeTree',
    tail: `PARTITION BY toDate(ts) ORDER BY (service, type, ts, stack_id, series_id)
      TTL ts + INTERVAL {retentionDays} DAY`,
    shardKey: 'stack_id',
  },
  {
    // One row per stored profile: snapshot counts for gauge averages, and what the agent reported.
    name: 'profiles',
    columns: `service LowCardinality(String), type LowCardinality(String), ts DateTime, series_id UInt64,
      duration_ms UInt32, sample_rows UInt32, total Int64, dropped UInt32,
      agent_cpu_ms UInt32, agent_upload_bytes UInt64, agent_failures UInt32`,
    engine: 'MergeTree',
    tail: `PARTITION BY toDate(ts) ORDER BY (service, type, ts, series_id)
      TTL ts + INTERVAL {retentionDays} DAY`,
    shardKey: 'series_id',
  },
];

/** Sorted stack ids as stored from schema version 8 on. */
const STACK_IDS = 'Array(UInt64) CODEC(ZSTD(3))';

/**
 * Schema version 9: a set's distinct spans, once each, and each entry's
 * 1-based position among them (0: in no span; the array is empty when no
 * entry is in one).
 */
const SPAN_REF_COLUMNS = [
  'span_refs Array(UInt32) CODEC(T64, ZSTD(1))',
  'ref_span_ids Array(String) CODEC(ZSTD(1))',
  'ref_trace_ids Array(String) CODEC(ZSTD(1))',
  'ref_root_span_ids Array(String) CODEC(ZSTD(1))',
  'ref_endpoints Array(LowCardinality(String))',
];

/** Schema version 5: one row per (upload, kind, series) with its stacks as arrays (storage/sample-kinds.ts). */
const V5_TABLES: readonly TableSpec[] = [
  {
    // Entries sorted by stack id (compressed as version 8 says). A row holds a
    // whole profile's stacks, so granules are kept small (1024 rows). The span
    // arrays hold one value per entry; since version 9 they are left empty (SPAN_REF_COLUMNS).
    name: 'sampleSets',
    columns: `service LowCardinality(String), kind LowCardinality(String),
      ts DateTime CODEC(DoubleDelta, ZSTD(1)), series_id UInt64,
      stack_ids Array(UInt64) CODEC(Delta, ZSTD(1)),
      v1 Array(Int64) CODEC(T64, ZSTD(1)), v2 Array(Int64) CODEC(T64, ZSTD(1)),
      span_ids Array(String) CODEC(ZSTD(1)), trace_ids Array(String) CODEC(ZSTD(1)),
      root_span_ids Array(String) CODEC(ZSTD(1)), endpoints Array(LowCardinality(String))`,
    engine: 'MergeTree',
    tail: `PARTITION BY toDate(ts) ORDER BY (service, kind, ts, series_id)
      TTL ts + INTERVAL {retentionDays} DAY SETTINGS index_granularity = 1024`,
    shardKey: 'series_id',
  },
  {
    // One row per distinct span of a sample set: a span's samples are found
    // here (skip indexes over a few rows per profile), then read from its sets.
    name: 'spanIndex',
    columns: `service LowCardinality(String), kind LowCardinality(String), ts DateTime, series_id UInt64,
      span_id String CODEC(ZSTD(1)), trace_id String CODEC(ZSTD(1)), root_span_id String CODEC(ZSTD(1)),
      INDEX idx_span_id span_id TYPE bloom_filter(0.01) GRANULARITY 1,
      INDEX idx_trace_id trace_id TYPE bloom_filter(0.01) GRANULARITY 1,
      INDEX idx_root_span_id root_span_id TYPE bloom_filter(0.01) GRANULARITY 1`,
    engine: 'MergeTree',
    tail: `PARTITION BY toDate(ts) ORDER BY (service, kind, ts, series_id)
      TTL ts + INTERVAL {retentionDays} DAY`,
    shardKey: 'series_id',
  },
];

/**
 * Schema version 6: wall and CPU summed per hour, label set and stack. A
 * SummingMergeTree sums the `stacksMap` arrays by stack id, within each insert
 * and at every merge, so an hour of a pod's six-a-minute profiles becomes one
 * row holding the union of their stacks. Only time (not heap: a gauge needs
 * each snapshot's own window) and no span columns.
 */
const V6_TABLES: readonly TableSpec[] = [
  {
    name: 'sampleHours',
    columns: `service LowCardinality(String), kind LowCardinality(String), ts DateTime CODEC(DoubleDelta, ZSTD(1)), series_id UInt64,
      \`stacksMap.stack_id\` Array(UInt64) CODEC(Delta, ZSTD(1)),
      \`stacksMap.v1\` Array(Int64) CODEC(T64, ZSTD(1)), \`stacksMap.v2\` Array(Int64) CODEC(T64, ZSTD(1))`,
    engine: 'SummingMergeTree',
    tail: `PARTITION BY toDate(ts) ORDER BY (service, kind, ts, series_id)
      TTL ts + INTERVAL {retentionDays} DAY SETTINGS index_granularity = 1024`,
    shardKey: 'series_id',
  },
];

/**
 * Schema version 7: the same sums per hour and service, every label set
 * together. `sample_hours` keeps an hour of each pod apart, so a range over
 * 100 pods reads each stack up to 100 times an hour; in the query bench's
 * 30-day store (2.35 profiles per pod and hour) it held nearly as many
 * entries as the sets. Ranges without label filters read this instead.
 * On a cluster each shard's view sums the sets that shard holds, and a read
 * through the Distributed table adds the shards up; the shard key only
 * routes direct inserts, which nothing makes.
 */
const V7_TABLES: readonly TableSpec[] = [
  {
    name: 'serviceHours',
    columns: `service LowCardinality(String), kind LowCardinality(String), ts DateTime CODEC(DoubleDelta, ZSTD(1)),
      \`stacksMap.stack_id\` Array(UInt64) CODEC(Delta, ZSTD(1)),
      \`stacksMap.v1\` Array(Int64) CODEC(T64, ZSTD(1)), \`stacksMap.v2\` Array(Int64) CODEC(T64, ZSTD(1))`,
    engine: 'SummingMergeTree',
    tail: `PARTITION BY toDate(ts) ORDER BY (service, kind, ts)
      TTL ts + INTERVAL {retentionDays} DAY SETTINGS index_granularity = 256`,
    shardKey: 'service',
  },
];

const ALL_TABLES = [...V1_TABLES, ...V5_TABLES, ...V6_TABLES, ...V7_TABLES];

/** A table's own name, without its database: for Keeper paths, the Distributed engine and system tables. */
const bareName = (qualified: string): string => qualified.slice(qualified.lastIndexOf('.') + 1);

function renderTable(spec: TableSpec, tables: Tables, options: RenderOptions): string[] {
  const tail = spec.tail.replaceAll('{retentionDays}', String(options.retentionDays));
  const qualified = tables[spec.name];
  const bare = bareName(qualified);
  if (options.layout === 'single') {
    return [`CREATE TABLE IF NOT EXISTS ${qualified} (${spec.columns}) ENGINE = ${spec.engine} ${tail}`];
  }
  const onCluster = `ON CLUSTER '${options.cluster}'`;
  const [family, versionArg] = spec.engine.split('(');
  const replicated = (zkPath: string): string =>
    `Replicated${family}('${zkPath}', '{replica}'${versionArg ? `, ${versionArg.slice(0, -1)}` : ''})`;
  if (!spec.shardKey) {
    // Every node is a replica of the whole dimension, so reads and joins stay local.
    return [
      `CREATE TABLE IF NOT EXISTS ${qualified} ${onCluster} (${spec.columns})
        ENGINE = ${replicated(`/clickhouse/tables/all/${tables.database}/${bare}`)} ${tail}`,
    ];
  }
  const local = `${qualified}_local`;
  return [
    `CREATE TABLE IF NOT EXISTS ${local} ${onCluster} (${spec.columns})
      ENGINE = ${replicated(`/clickhouse/tables/{shard}/${tables.database}/${bare}`)} ${tail}`,
    `CREATE TABLE IF NOT EXISTS ${qualified} ${onCluster} AS ${local}
      ENGINE = Distributed('${options.cluster}', '${tables.database}', '${bare}_local', cityHash64(${spec.shardKey}))`,
  ];
}

/**
 * ALTER statements for one table in either layout. On a cluster a sharded
 * table is a `_local` table behind a Distributed one: columns change on both,
 * indexes and MergeTree settings on the local one only.
 */
function alterTable(name: TableSpec['name'], clauses: { columns?: string[]; local?: string[] }, tables: Tables, options: RenderOptions): string[] {
  const spec = ALL_TABLES.find((table) => table.name === name)!;
  const qualified = tables[name];
  const columns = clauses.columns ?? [];
  const local = clauses.local ?? [];
  if (options.layout === 'single') return [...columns, ...local].map((clause) => `ALTER TABLE ${qualified} ${clause}`);
  const onCluster = `ON CLUSTER '${options.cluster}'`;
  const localTable = spec.shardKey ? `${qualified}_local` : qualified;
  return [
    ...[...columns, ...local].map((clause) => `ALTER TABLE ${localTable} ${onCluster} ${clause}`),
    ...(spec.shardKey ? columns.map((clause) => `ALTER TABLE ${qualified} ${onCluster} ${clause}`) : []),
  ];
}

// Blocks whose deduplication tokens a single-node table remembers: a batch is
// retried within minutes, and a node writes about a block a second per table.
// Replicated tables keep their own window in Keeper.
const DEDUPLICATION_WINDOW = 1000;

/** A rollup of `sample_sets`: its table, the view that feeds it, and what the view selects from `from`. */
interface Rollup {
  readonly table: 'sampleHours' | 'serviceHours';
  readonly view: 'sampleHoursView' | 'serviceHoursView';
  select(from: string): string;
}

const HOURLY_ROLLUP: Rollup = {
  table: 'sampleHours',
  view: 'sampleHoursView',
  select: (from) => `SELECT service, kind, toStartOfHour(ts) AS ts, series_id,
      stack_ids AS \`stacksMap.stack_id\`, v1 AS \`stacksMap.v1\`, v2 AS \`stacksMap.v2\`
    FROM ${from} WHERE kind = 'time'`,
};

// Summed within each insert already: a batch holds many pods of a service, which the table would otherwise keep apart until merges.
const SERVICE_ROLLUP: Rollup = {
  table: 'serviceHours',
  view: 'serviceHoursView',
  select: (from) => `SELECT service, kind, ts, sums.1 AS \`stacksMap.stack_id\`, sums.2 AS \`stacksMap.v1\`, sums.3 AS \`stacksMap.v2\`
    FROM (SELECT service, kind, toStartOfHour(ts) AS ts, sumMap(stack_ids, v1, v2) AS sums
      FROM ${from} WHERE kind = 'time' GROUP BY service, kind, ts)`,
};

const ROLLUPS: readonly Rollup[] = [HOURLY_ROLLUP, SERVICE_ROLLUP];

interface Migration {
  readonly version: number;
  readonly describe: string;
  statements(tables: Tables, options: RenderOptions): string[];
  /** Moves stored data into what the statements made, after them; must be safe to run again. */
  copy?(client: ClickHouseClient, tables: Tables, options: RenderOptions): Promise<void>;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    describe: 'frames, stacks, series, samples, profiles',
    statements: (tables, options) => V1_TABLES.flatMap((spec) => renderTable(spec, tables, options)),
  },
  {
    version: 2,
    describe: 'exactly-once ingest (upload ids, insert deduplication) and the sampling period of each profile',
    statements: (tables, options) => [
      ...alterTable(
        'profiles',
        {
          columns: [
            'ADD COLUMN IF NOT EXISTS upload_id String CODEC(ZSTD(1))',
            'ADD COLUMN IF NOT EXISTS period UInt64',
          ],
          local: [
            'ADD INDEX IF NOT EXISTS idx_upload_id upload_id TYPE bloom_filter(0.01) GRANULARITY 1',
            ...(options.layout === 'single' ? [`MODIFY SETTING non_replicated_deduplication_window = ${DEDUPLICATION_WINDOW}`] : []),
          ],
        },
        tables,
        options,
      ),
      ...(options.layout === 'single'
        ? alterTable('samples', { local: [`MODIFY SETTING non_replicated_deduplication_window = ${DEDUPLICATION_WINDOW}`] }, tables, options)
        : []),
    ],
  },
  {
    version: 3,
    describe: 'frames, stacks and series expire once no upload has referred to them for the retention period',
    statements: (tables, options) => {
      // A day beyond the samples' retention: a row is refreshed at most daily, and outlives every sample that points at it.
      const ttl = `MODIFY TTL last_seen + INTERVAL ${options.retentionDays + 1} DAY`;
      const lastSeen = 'ADD COLUMN IF NOT EXISTS last_seen DateTime DEFAULT now()';
      return [
        ...alterTable('frames', { columns: [lastSeen], local: [ttl] }, tables, options),
        ...alterTable('stacks', { columns: [lastSeen], local: [ttl] }, tables, options),
        ...alterTable('series', { local: [ttl] }, tables, options),
      ];
    },
  },
  {
    version: 4,
    describe: "the process's CPU beside the agent's own, so its cost reads as a share",
    statements: (tables, options) =>
      alterTable('profiles', { columns: ['ADD COLUMN IF NOT EXISTS process_cpu_ms UInt64'] }, tables, options),
  },
  {
    version: 5,
    describe: "samples as one row per profile's (kind, series) with its stacks in arrays, and a span index",
    statements: (tables, options) => [
      ...V5_TABLES.flatMap((spec) => renderTable(spec, tables, options)),
      ...(options.layout === 'single'
        ? alterTable('sampleSets', { local: [`MODIFY SETTING non_replicated_deduplication_window = ${DEDUPLICATION_WINDOW}`] }, tables, options).concat(
            alterTable('spanIndex', { local: [`MODIFY SETTING non_replicated_deduplication_window = ${DEDUPLICATION_WINDOW}`] }, tables, options),
          )
        : []),
    ],
    copy: copySamplesToSets,
  },
  rollupMigration(6, 'wall and CPU summed per hour, label set and stack, fed by a materialized view, for long ranges', V6_TABLES, HOURLY_ROLLUP),
  rollupMigration(7, 'wall and CPU summed per hour and service, fed by a materialized view, for long ranges without label filters', V7_TABLES, SERVICE_ROLLUP),
  {
    version: 8,
    describe: 'stack ids compressed as they are, without Delta, at ZSTD level 3',
    // Sorted random 64-bit ids differ by ~2^55: their deltas are noise, while
    // the ids themselves repeat from row to row (every pod's profile holds the
    // service's busy stacks, in the same sorted order), which ZSTD finds. On
    // the query bench's store this halved the stack ids' bytes, and the
    // flamegraph's aggregation was no slower (bench/RESULTS.md §17). Only the
    // codec changes: no data is rewritten, parts take it as they are written or merged.
    statements: (tables, options) => [
      ...alterTable('sampleSets', { local: [`MODIFY COLUMN stack_ids ${STACK_IDS}`] }, tables, options),
      ...alterTable('sampleHours', { local: [`MODIFY COLUMN \`stacksMap.stack_id\` ${STACK_IDS}`] }, tables, options),
      ...alterTable('serviceHours', { local: [`MODIFY COLUMN \`stacksMap.stack_id\` ${STACK_IDS}`] }, tables, options),
    ],
  },
  {
    version: 9,
    describe: "a sample set's spans listed once, each entry pointing into the list",
    // Each traced entry repeated its span, trace and root span ids: a third of
    // a traced batch's insert text, and of the engine's CPU to insert it
    // (bench/RESULTS.md §23). Sets written before keep their per-entry arrays,
    // which reads take when `span_refs` is empty (query/sql.ts); new sets
    // leave those arrays empty. No data is rewritten.
    statements: (tables, options) =>
      alterTable('sampleSets', { columns: SPAN_REF_COLUMNS.map((column) => `ADD COLUMN IF NOT EXISTS ${column}`) }, tables, options),
  },
];

/**
 * A migration that adds a rollup: its table, and on a single node a deduplication
 * window (a retried insert into sample_sets reaches the rollup through its view
 * with a token of its own); then the view and the copy of what is stored.
 */
function rollupMigration(version: number, describe: string, specs: readonly TableSpec[], rollup: Rollup): Migration {
  return {
    version,
    describe,
    statements: (tables, options) => [
      ...specs.flatMap((spec) => renderTable(spec, tables, options)),
      ...(options.layout === 'single'
        ? alterTable(rollup.table, { local: [`MODIFY SETTING non_replicated_deduplication_window = ${DEDUPLICATION_WINDOW}`] }, tables, options)
        : []),
    ],
    copy: (client, tables, options) => startRollup(client, tables, options, rollup),
  };
}

/**
 * Starts a rollup and fills it with what is stored: the view adds every
 * insert from its creation on, and the parts that existed before it are
 * copied, one day at a time so the sums held in memory stay bounded. Merges
 * of `sample_sets` are stopped from the listing of its parts to the end of
 * the copy, so no part is both listed and fed through the view. Run again
 * after a crash, it starts over from an empty rollup. On a cluster each node
 * does this for its own shard (`_local` to `_local`); migrate with ingest
 * paused there, as a part written between one node's listing and the view's
 * creation would be missed.
 */
async function startRollup(client: ClickHouseClient, tables: Tables, options: RenderOptions, rollup: Rollup): Promise<void> {
  const local = (qualified: string): string => (options.layout === 'cluster' ? `${qualified}_local` : qualified);
  const onCluster = options.layout === 'cluster' ? ` ON CLUSTER '${options.cluster}'` : '';
  const sets = local(tables.sampleSets);
  const target = local(tables[rollup.table]);
  const view = tables[rollup.view];
  await client.command({ query: `DROP VIEW IF EXISTS ${view}${onCluster}` });
  await client.command({ query: `TRUNCATE TABLE IF EXISTS ${target}` });
  await client.command({ query: `SYSTEM STOP MERGES ${sets}` });
  try {
    const parts = await (
      await client.query({
        query: `SELECT name, partition FROM system.parts WHERE database = {database:String} AND table = {table:String} AND active`,
        query_params: { database: tables.database, table: bareName(sets) },
        format: 'JSONCompactEachRow',
      })
    ).json<[string, string]>();
    await client.command({ query: `CREATE MATERIALIZED VIEW IF NOT EXISTS ${view}${onCluster} TO ${target} AS ${rollup.select(sets)}` });
    const days = new Map<string, string[]>();
    for (const [name, partition] of parts) {
      const names = days.get(partition);
      if (names) names.push(name);
      else days.set(partition, [name]);
    }
    for (const names of days.values()) {
      await client.command({
        // Not deduplicated: a block equal to one copied before a crash is still this copy's.
        query: `INSERT INTO ${target} ${rollup.select(`(SELECT * FROM ${sets} WHERE _part IN {parts:Array(String)})`)} SETTINGS insert_deduplicate = 0`,
        query_params: { parts: names },
      });
    }
  } finally {
    await client.command({ query: `SYSTEM START MERGES ${sets}` });
  }
}

/**
 * Copies version 1–4 `samples` rows into `sample_sets` and `span_index`, one
 * day (partition) at a time so memory stays bounded: wall and CPU rows of a
 * stack become one entry, each profile's (kind, series) one row. A day is
 * dropped from the new tables before it is copied, so a copy cut short
 * (a crash, a restart) is simply done again. The old table is left to expire
 * with its TTL: a server not upgraded yet may still write to it during a
 * rolling upgrade. On a cluster each node copies the shard it holds
 * (`_local` to `_local`); run it where one replica per shard migrates.
 */
async function copySamplesToSets(client: ClickHouseClient, tables: Tables, options: RenderOptions): Promise<void> {
  const local = (qualified: string): string => (options.layout === 'cluster' ? `${qualified}_local` : qualified);
  const from = local(tables.samples);
  const bare = bareName(from);
  const partitions = await (
    await client.query({
      query: `SELECT DISTINCT partition FROM system.parts WHERE database = {database:String} AND table = {table:String} AND active ORDER BY partition`,
      query_params: { database: tables.database, table: bare },
      format: 'JSONCompactEachRow',
    })
  ).json<[string]>();
  const kind = `if(type IN ('wall', 'cpu'), 'time', 'heap')`;
  // Copied again once the rollups exist (versions 6 and 7), the day's sets feed them again through their views: their day goes too.
  const rollupTables = ROLLUPS.map((rollup) => tables[rollup.table]);
  const existing = await (
    await client.query({
      query: `SELECT name FROM system.tables WHERE database = {database:String} AND name IN {tables:Array(String)}`,
      query_params: { database: tables.database, tables: rollupTables.map((table) => bareName(local(table))) },
      format: 'JSONCompactEachRow',
    })
  ).json<[string]>();
  const existingNames = new Set(existing.map(([name]) => name));
  const dayTables = [tables.sampleSets, tables.spanIndex, ...rollupTables.filter((table) => existingNames.has(bareName(local(table))))];
  for (const [partition] of partitions) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(partition)) continue;
    const day = `toDate(ts) = toDate('${partition}')`;
    for (const table of dayTables) {
      await client.command({ query: `ALTER TABLE ${local(table)} DROP PARTITION '${partition}'` });
    }
    const sortedBy = (values: string): string => `arraySort((v, k) -> k, groupArray(${values}), groupArray(stack_id))`;
    await client.command({
      query: `INSERT INTO ${local(tables.sampleSets)} (service, kind, ts, series_id, stack_ids, v1, v2, span_ids, trace_ids, root_span_ids, endpoints)
        SELECT service, kind, ts, series_id, arraySort(groupArray(stack_id)), ${sortedBy('v1')}, ${sortedBy('v2')},
          ${sortedBy('span_id')}, ${sortedBy('trace_id')}, ${sortedBy('root_span_id')}, ${sortedBy('endpoint')}
        FROM (
          SELECT service, ${kind} AS kind, ts, series_id, stack_id, span_id, trace_id, root_span_id, endpoint,
            sumIf(value, type IN ('wall', 'inuse_space')) AS v1, sumIf(value, type IN ('cpu', 'inuse_objects')) AS v2
          FROM ${from} WHERE ${day}
          GROUP BY service, kind, ts, series_id, stack_id, span_id, trace_id, root_span_id, endpoint
        )
        GROUP BY service, kind, ts, series_id`,
    });
    await client.command({
      query: `INSERT INTO ${local(tables.spanIndex)} (service, kind, ts, series_id, span_id, trace_id, root_span_id)
        SELECT DISTINCT service, ${kind} AS kind, ts, series_id, span_id, trace_id, root_span_id
        FROM ${from} WHERE ${day} AND (span_id != '' OR trace_id != '' OR root_span_id != '')`,
    });
  }
}

export const SCHEMA_VERSION = Math.max(...MIGRATIONS.map((m) => m.version));

/** Creates the database and applies the migrations it has not seen; returns the versions applied. */
export async function migrate(client: ClickHouseClient, tables: Tables, options: RenderOptions): Promise<number[]> {
  const onCluster = options.layout === 'cluster' ? ` ON CLUSTER '${options.cluster}'` : '';
  await client.command({ query: `CREATE DATABASE IF NOT EXISTS ${tables.databaseSql}${onCluster}` });
  // The ledger is node-local: each node records what it applied ON CLUSTER.
  await client.command({
    query: `CREATE TABLE IF NOT EXISTS ${tables.migrations}${onCluster}
      (version UInt32, applied_at DateTime DEFAULT now()) ENGINE = ReplacingMergeTree ORDER BY version`,
  });
  const result = await client.query({
    query: `SELECT max(version) AS version FROM ${tables.migrations}`,
    format: 'JSONEachRow',
  });
  const [row] = await result.json<{ version: number | string }>();
  const current = Number(row?.version ?? 0);
  const applied: number[] = [];
  for (const migration of MIGRATIONS) {
    if (migration.version <= current) continue;
    for (const statement of migration.statements(tables, options)) {
      await client.command({ query: statement });
    }
    await migration.copy?.(client, tables, options);
    await client.insert({ table: tables.migrations, values: [{ version: migration.version }], format: 'JSONEachRow' });
    applied.push(migration.version);
  }
  return applied;
}
