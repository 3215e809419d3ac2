import { PROFILE_TYPE_UNITS, type SpansResponse } from '@flamehouse/proto';
import { queryRows, type QueryContext } from './context.js';
import type { Selection } from './selection.js';
import { selectionWhere, type Params } from './sql.js';

export type SpanGrouping = 'request' | 'endpoint';

/**
 * The requests (local root spans) or endpoints whose samples add up to the
 * most in a selection: from a hot frame, filter the selection to it (e.g. by
 * span or endpoint) and this lists the requests behind it.
 */
export async function topSpans(ctx: QueryContext, selection: Selection, by: SpanGrouping, limit: number): Promise<SpansResponse> {
  const params: Params = { limit };
  const selected = selectionWhere(selection, ctx.tables, params, { table: 'samples' });
  const where = `${selected} AND root_span_id != ''`;
  const sql =
    by === 'endpoint'
      ? `SELECT '' AS span, '' AS trace, endpoint, sum(value) AS v FROM ${ctx.tables.samples}
         WHERE ${where} GROUP BY endpoint ORDER BY v DESC LIMIT {limit:UInt32}`
      : `SELECT root_span_id AS span, any(trace_id) AS trace, any(endpoint), sum(value) AS v FROM ${ctx.tables.samples}
         WHERE ${where} GROUP BY root_span_id ORDER BY v DESC LIMIT {limit:UInt32}`;
  const [rows, totals] = await Promise.all([
    queryRows<[string, string, string, number | string]>(ctx, sql, params),
    queryRows<[number | string]>(ctx, `SELECT sum(value) FROM ${ctx.tables.samples} WHERE ${selected}`, params),
  ]);
  return {
    unit: PROFILE_TYPE_UNITS[selection.type],
    total: Number(totals[0]?.[0] ?? 0),
    spans: rows.map(([spanId, traceId, endpoint, value]) => ({ spanId, traceId, endpoint, value: Number(value) })),
  };
}
