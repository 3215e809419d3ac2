import { ClickHouseError } from '@clickhouse/client';
import { FlamehouseError } from '../errors.js';
import type { Storage } from '../storage/client.js';
import type { Dictionary } from '../storage/dictionary.js';
import { readSettings, type Params } from './sql.js';

export interface QueryContext {
  readonly storage: Storage;
  readonly dictionary: Dictionary;
  readonly timeoutS: number;
}

const CLICKHOUSE_TIMEOUT_CODES = new Set(['159', 'TIMEOUT_EXCEEDED']);

/** Runs one read and returns its rows as arrays; storage failures become registry errors. */
export async function queryRows<Row extends unknown[]>(ctx: QueryContext, sql: string, params: Params): Promise<Row[]> {
  try {
    const result = await ctx.storage.client.query({
      query: `${sql} ${readSettings(ctx.timeoutS)}`,
      query_params: params,
      format: 'JSONCompactEachRow',
    });
    return await result.json<Row>();
  } catch (error) {
    if (error instanceof ClickHouseError) {
      if (CLICKHOUSE_TIMEOUT_CODES.has(error.code) || CLICKHOUSE_TIMEOUT_CODES.has(error.type ?? '')) {
        throw new FlamehouseError('FH_ERR_QUERY_TIMEOUT', undefined, { cause: error });
      }
      throw new FlamehouseError('FH_ERR_INTERNAL', undefined, { cause: error });
    }
    throw new FlamehouseError('FH_ERR_STORAGE_UNAVAILABLE', undefined, { cause: error });
  }
}
