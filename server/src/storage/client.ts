import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { Readable } from 'node:stream';
import { createClient, type ClickHouseClient, type ClickHouseClientConfigOptions } from '@clickhouse/client';
import type { ChdbConnection } from 'chdb/connection';
import type { ServerConfig } from '../config.js';

/** Rows as TabSeparated text (made on the decode threads, ingest/encode.ts), for one table. */
export interface TextInsert {
  /** The table's name as `Tables` quotes it. */
  readonly table: string;
  readonly columns: readonly string[];
  readonly text: string;
  /** Settings of this insert alone. */
  readonly settings: Readonly<Record<string, string | number>>;
}

export interface Storage {
  readonly client: ClickHouseClient;
  /** 'embedded' runs ClickHouse in this process through chdb. */
  readonly mode: 'embedded' | 'server';
  /** Inserts TabSeparated rows: how ingest stores. */
  insertText(insert: TextInsert): Promise<void>;
  close(): Promise<void>;
}

export interface Tables {
  /** The database's name as it is, for string arguments (Keeper paths, Distributed). */
  readonly database: string;
  /** The database's name quoted as an identifier. */
  readonly databaseSql: string;
  readonly frames: string;
  readonly stacks: string;
  readonly series: string;
  /** Samples as schema version 1 to 4 stored them, one row per value; read only to migrate them. */
  readonly samples: string;
  /** Samples since schema version 5: the stacks of one profile's (kind, series) as arrays in one row. */
  readonly sampleSets: string;
  /** Where each span's samples are (kind, series, time), to find them without reading every set. */
  readonly spanIndex: string;
  /** Wall and CPU per (hour, series) with every stack of the hour summed: what long ranges read (schema version 6). */
  readonly sampleHours: string;
  /** The materialized view that feeds `sampleHours` from every insert into `sampleSets`. */
  readonly sampleHoursView: string;
  /** Wall and CPU per (hour, service), every label set summed: what long unfiltered ranges read (schema version 7). */
  readonly serviceHours: string;
  /** The materialized view that feeds `serviceHours` from every insert into `sampleSets`. */
  readonly serviceHoursView: string;
  readonly profiles: string;
  readonly migrations: string;
}

/** Letters, digits, `_` and `-`: a tenant's database carries its name, so names are kept to what quotes safely. */
const DATABASE_NAME = /^[A-Za-z0-9_][A-Za-z0-9_-]{0,127}$/;

export function tableNames(database: string): Tables {
  if (!DATABASE_NAME.test(database)) {
    throw new Error(`CLICKHOUSE_DATABASE=${database}: expected letters, digits, underscores and dashes`);
  }
  const databaseSql = `\`${database}\``;
  const q = (table: string): string => `${databaseSql}.${table}`;
  return {
    database,
    databaseSql,
    frames: q('frames'),
    stacks: q('stacks'),
    series: q('series'),
    samples: q('samples'),
    sampleSets: q('sample_sets'),
    spanIndex: q('span_index'),
    sampleHours: q('sample_hours'),
    sampleHoursView: q('sample_hours_mv'),
    serviceHours: q('service_hours'),
    serviceHoursView: q('service_hours_mv'),
    profiles: q('profiles'),
    migrations: q('schema_migrations'),
  };
}

// 64-bit ids exceed JS numbers: ClickHouse must send them as strings.
const CLIENT_SETTINGS = { output_format_json_quote_64bit_integers: 1 } as const;

/**
 * How long the embedded engine's allocator (jemalloc, read from JE_MALLOC_CONF when chdb loads) keeps freed
 * pages before it gives them back. ClickHouse's build gives dirty pages back within ~5 s and purges them at
 * once (muzzy_decay_ms 0), so ingest's inserts and merges fault the same memory in again and again: the
 * writer alone ran ~25 % faster keeping them 30 s, for 0.1-0.2 GB more RSS at its peak (bench/RESULTS.md §24).
 * An operator's own JE_MALLOC_CONF is left as it is.
 */
export const ENGINE_MALLOC_CONF = 'dirty_decay_ms:30000,muzzy_decay_ms:30000';

export async function openStorage(config: ServerConfig): Promise<Storage> {
  if (config.clickhouseUrl !== '') {
    const client = createClient({
      url: config.clickhouseUrl,
      username: config.clickhouseUser,
      password: config.clickhousePassword,
      clickhouse_settings: CLIENT_SETTINGS,
      request_timeout: (config.queryTimeoutS + 5) * 1000,
    });
    return { client, mode: 'server', insertText: (insert) => insertThroughClient(client, insert), close: () => client.close() };
  }
  // chdb is loaded only in embedded mode: its engine is large and a server
  // deployment never needs it in memory.
  process.env.JE_MALLOC_CONF ??= ENGINE_MALLOC_CONF;
  const { createChdbConnection } = await import('chdb/connection');
  const path = resolve(config.dataDir);
  mkdirSync(path, { recursive: true });
  // chdb implements the client's Connection contract against its own copy of
  // @clickhouse/client-common's types, which TypeScript sees as distinct.
  const connection = createChdbConnection({ path });
  const client = createClient({
    connection: connection as unknown as ClickHouseClientConfigOptions['connection'],
    clickhouse_settings: CLIENT_SETTINGS,
  });
  return { client, mode: 'embedded', insertText: (insert) => insertEmbedded(connection, client, insert), close: () => client.close() };
}

async function insertThroughClient(client: ClickHouseClient, insert: TextInsert): Promise<void> {
  await client.insert({
    table: insert.table,
    // A byte stream (the client wants one for text formats) whose chunk stays a string: as a Buffer, chdb's
    // connection turned it back into a string (10 MB: 153 ms against 1 ms).
    values: Readable.from([insert.text], { objectMode: false, encoding: 'utf8' }),
    format: 'TabSeparated',
    columns: insert.columns as [string, ...string[]],
    clickhouse_settings: insert.settings,
  });
}

/** A table name chdb's raw insert takes: its identifiers are letters, digits and underscores, unquoted. */
const PLAIN_TABLE = /^`([A-Za-z0-9_]+)`\.([A-Za-z0-9_]+)$/;

/**
 * Hands the text to the engine as bytes (chdb's raw insert), with the
 * settings in the statement. Through the client, chdb ran the text as the
 * tail of one SQL string, and a batch's insert took 1.8 (untraced) to 3.7
 * (traced) times the CPU (bench/RESULTS.md §29). The raw insert names tables
 * unquoted, so a database whose name holds a dash (a tenant's) goes through
 * the client.
 */
async function insertEmbedded(connection: ChdbConnection, client: ClickHouseClient, insert: TextInsert): Promise<void> {
  const plain = PLAIN_TABLE.exec(insert.table);
  if (!plain) return insertThroughClient(client, insert);
  await connection.chdb.rawInsert({
    table: `${plain[1]}.${plain[2]}`,
    values: Buffer.from(insert.text),
    format: 'TabSeparated',
    columns: insert.columns,
    settings: insert.settings,
  });
}
