import { queryRows, type QueryContext } from './context.js';
import type { Selection } from './selection.js';
import { selectionWhere, type Params } from './sql.js';

/** What an export says about the profiles behind it, beside their stacks. */
export interface ExportFacts {
  /** From the start of the first stored profile's window to the end of the last, unix ms; undefined without data. */
  readonly startMs: number | undefined;
  readonly endMs: number | undefined;
  /** The sampling period the profiles were taken with (median): ns for wall/CPU, bytes for heap; 0 when unknown. */
  readonly period: number;
}

export async function exportFacts(ctx: QueryContext, selection: Selection): Promise<ExportFacts> {
  const params: Params = {};
  const [row] = await queryRows<[number | string | null, number | string | null, number | string | null, number | string]>(
    ctx,
    `SELECT min(toInt64(toUnixTimestamp(ts)) * 1000 - duration_ms), max(toInt64(toUnixTimestamp(ts)) * 1000),
       quantileExactIf(0.5)(period, period > 0), count()
     FROM ${ctx.tables.profiles} WHERE ${selectionWhere(selection, ctx.tables, params)}`,
    params,
  );
  if (!row || Number(row[3]) === 0) return { startMs: undefined, endMs: undefined, period: 0 };
  return { startMs: Number(row[0]), endMs: Number(row[1]), period: Number(row[2] ?? 0) };
}
