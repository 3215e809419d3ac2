import { PROFILE_TYPE_UNITS, type SpansResponse } from '@flamehouse/proto';
import { queryRows, type QueryContext } from './context.js';
import type { Selection } from './selection.js';
import { sampleRows, type Params } from './sql.js';

export type SpanGrouping = 'request' | 'endpoint';

/**
 * The requests (local root spans) or endpoints whose samples add up to the
 * most in a selection: from a hot frame, filter the selection to it (e.g. by
 * span or endpoint) and this lists the requests behind it.
 */
export async function topSpans(ctx: QueryContext, selection: Selection, by: SpanGrouping, limit: number): Promise<SpansResponse> {
  const params: Params = { limit };
  const rows = sampleRows(selection, ctx.tables, params, { spans: true });
  const sql =
    by === 'endpoint'
      ? `SELECT '' AS span, '' AS trace, endpoint, sum(value) AS v FROM ${rows}
         WHERE root_span_id != '' GROUP BY endpoint ORDER BY v DESC LIMIT {limit:UInt32}`
      : `SELECT root_span_id AS span, any(trace_id) AS trace, any(endpoint), sum(value) AS v FROM ${rows}
         WHERE root_span_id != '' GROUP BY root_span_id ORDER BY v DESC LIMIT {limit:UInt32}`;
  const totalParams: Params = {};
  const [ranked, totals] = await Promise.all([
    queryRows<[string, string, string, number | string]>(ctx, sql, params),
    queryRows<[number | string]>(ctx, `SELECT sum(value) FROM ${sampleRows(selection, ctx.tables, totalParams)}`, totalParams),
  ]);
  return {
    unit: PROFILE_TYPE_UNITS[selection.type],
    total: Number(totals[0]?.[0] ?? 0),
    spans: ranked.map(([spanId, traceId, endpoint, value]) => ({ spanId, traceId, endpoint, value: Number(value) })),
  };
}
