import type { ClickHouseClient } from '@clickhouse/client';
import { FlamehouseError } from '../errors.js';
import type { Tables } from '../storage/client.js';
import { queryRowBinary, type RowBinaryReader } from '../storage/row-binary.js';
import type { StackLookup } from '../storage/stack-cache.js';
import { readSettings, type Params, type ReadLimits } from './sql.js';

/** What a query of one tenant runs against. */
export interface QueryContext {
  readonly client: ClickHouseClient;
  /** The tenant's tables: every query names its tables through these, so it never sees another tenant's. */
  readonly tables: Tables;
  readonly stacks: StackLookup;
  readonly limits: ReadLimits;
}

// ClickHouse's codes for a query stopped by a limit it carries in its SETTINGS.
const TIMEOUT_CODES = new Set(['159']);
const TOO_LARGE_CODES = new Set(['158', '307', '396', '241']);

/**
 * ClickHouse's error code, from a server or from chdb: chdb raises the error
 * from its own copy of the client's classes, so `instanceof` fails; its shape
 * (a numeric code and a type name such as TIMEOUT_EXCEEDED) does not.
 */
function clickHouseCode(error: unknown): string | undefined {
  if (!(error instanceof Error)) return undefined;
  const { code, type } = error as { code?: unknown; type?: unknown };
  return typeof code === 'string' && /^\d+$/.test(code) && typeof type === 'string' ? code : undefined;
}

/** Runs one read and returns its rows as arrays; storage failures become registry errors. */
export async function queryRows<Row extends unknown[]>(ctx: QueryContext, sql: string, params: Params): Promise<Row[]> {
  try {
    const result = await ctx.client.query({
      query: `${sql} ${readSettings(ctx.limits)}`,
      query_params: params,
      format: 'JSONCompactEachRow',
    });
    return await result.json<Row>();
  } catch (error) {
    throw storageError(error);
  }
}

/** Runs one read whose SQL ends before `FORMAT RowBinary`, for its bytes; storage failures become registry errors. */
export async function queryBytes(ctx: QueryContext, sql: string, params: Params): Promise<RowBinaryReader> {
  try {
    return await queryRowBinary(ctx.client, `${sql} ${readSettings(ctx.limits)} FORMAT RowBinary`, params);
  } catch (error) {
    throw storageError(error);
  }
}

/** A failed read as the client sees it: too slow (504), too large (413), a bad regex (400), a fault of ours (500), or storage away (503). */
export function storageError(error: unknown): FlamehouseError {
  const code = clickHouseCode(error);
  if (code === undefined) return new FlamehouseError('FH_ERR_STORAGE_UNAVAILABLE', undefined, { cause: error });
  if (TIMEOUT_CODES.has(code)) return new FlamehouseError('FH_ERR_QUERY_TIMEOUT', undefined, { cause: error });
  if (TOO_LARGE_CODES.has(code)) return new FlamehouseError('FH_ERR_QUERY_TOO_LARGE', undefined, { cause: error });
  // A regex that passed our checks but not RE2's (CANNOT_COMPILE_REGEXP): the user's input, not our fault.
  if (code === '427') return new FlamehouseError('FH_ERR_QUERY_BAD_PARAM', 'a regular expression in the filters is not valid RE2 syntax', { cause: error });
  return new FlamehouseError('FH_ERR_INTERNAL', undefined, { cause: error });
}
