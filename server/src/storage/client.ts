import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { createClient, type ClickHouseClient, type ClickHouseClientConfigOptions } from '@clickhouse/client';
import type { ServerConfig } from '../config.js';

export interface Storage {
  readonly client: ClickHouseClient;
  /** 'embedded' runs ClickHouse in this process through chdb. */
  readonly mode: 'embedded' | 'server';
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
    return { client, mode: 'server', close: () => client.close() };
  }
  // chdb is loaded only in embedded mode: its engine is large and a server
  // deployment never needs it in memory.
  process.env.JE_MALLOC_CONF ??= ENGINE_MALLOC_CONF;
  const { createChdbConnection } = await import('chdb/connection');
  const path = resolve(config.dataDir);
  mkdirSync(path, { recursive: true });
  // chdb implements the client's Connection contract against its own copy of
  // @clickhouse/client-common's types, which TypeScript sees as distinct.
  const connection = createChdbConnection({ path }) as unknown as ClickHouseClientConfigOptions['connection'];
  const client = createClient({
    connection,
    clickhouse_settings: CLIENT_SETTINGS,
  });
  return { client, mode: 'embedded', close: () => client.close() };
}
