import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { createClient, type ClickHouseClient, type ClickHouseClientConfigOptions } from '@clickhouse/client';
import type { ServerConfig } from '../config.js';

export interface Storage {
  readonly client: ClickHouseClient;
  /** 'embedded' runs ClickHouse in this process through chdb. */
  readonly mode: 'embedded' | 'server';
  /** Database-qualified table names; SQL never names a table any other way. */
  readonly tables: Tables;
  close(): Promise<void>;
}

export interface Tables {
  readonly database: string;
  readonly frames: string;
  readonly stacks: string;
  readonly series: string;
  readonly samples: string;
  readonly profiles: string;
  readonly migrations: string;
}

export function tableNames(database: string): Tables {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(database)) {
    throw new Error(`CLICKHOUSE_DATABASE=${database}: expected letters, digits and underscores`);
  }
  const q = (table: string): string => `${database}.${table}`;
  return {
    database,
    frames: q('frames'),
    stacks: q('stacks'),
    series: q('series'),
    samples: q('samples'),
    profiles: q('profiles'),
    migrations: q('schema_migrations'),
  };
}

// 64-bit ids exceed JS numbers: ClickHouse must send them as strings.
const CLIENT_SETTINGS = { output_format_json_quote_64bit_integers: 1 } as const;

export async function openStorage(config: ServerConfig): Promise<Storage> {
  const tables = tableNames(config.clickhouseDatabase);
  if (config.clickhouseUrl !== '') {
    const client = createClient({
      url: config.clickhouseUrl,
      username: config.clickhouseUser,
      password: config.clickhousePassword,
      clickhouse_settings: CLIENT_SETTINGS,
      request_timeout: (config.queryTimeoutS + 5) * 1000,
    });
    return { client, mode: 'server', tables, close: () => client.close() };
  }
  // chdb is loaded only in embedded mode: its engine is large and a server
  // deployment never needs it in memory.
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
  return { client, mode: 'embedded', tables, close: () => client.close() };
}
