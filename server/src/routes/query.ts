import type { FastifyInstance, FastifyRequest } from 'fastify';
import { PROFILE_TYPE_UNITS } from '@flamehouse/proto';
import { FlamehouseError } from '../errors.js';
import { toFolded } from '../export/folded.js';
import { toPprof } from '../export/pprof.js';
import { toSpeedscope } from '../export/speedscope.js';
import { selectionStacks } from '../export/stack-list.js';
import { labelKeys, labelValues, services, type TimeBounds } from '../query/catalog.js';
import { exportFacts } from '../query/export-facts.js';
import { diff, flamegraph, MAX_FLAMEGRAPH_NODES } from '../query/flamegraph.js';
import { leaks } from '../query/leaks.js';
import { lastOf, parseTime, type QueryParams } from '../params.js';
import { parseCatalogSelection, parseLimit, parseSelection, type Selection } from '../query/selection.js';
import type { Tenants } from '../storage/tenants.js';
import { agentReports } from '../query/agents.js';
import { labelBreakdown } from '../query/breakdown.js';
import type { FunctionFilter } from '../query/sql.js';
import { topSpans } from '../query/spans.js';
import { checkStepMs, timeline } from '../query/timeline.js';
import { topFunctions } from '../query/top.js';

const DEFAULT_MAX_NODES = 2048;
// Each value of a breakdown is a series of its own: a few are readable, more are a rainbow.
const DEFAULT_BREAKDOWN_GROUPS = 10;
const MAX_BREAKDOWN_GROUPS = 50;

/** An explicit time step, at least a second and few enough points for the range; undefined picks a default. */
function parseStepMs(query: QueryParams, selection: Selection): number | undefined {
  if (query['step'] === undefined) return undefined;
  const stepMs = parseLimit(query, 'step', 1000, Number.MAX_SAFE_INTEGER);
  checkStepMs(selection, stepMs);
  return stepMs;
}

/** `fn`, `fn_file`, `fn_value`: the function whose own timeline is asked for, if any. */
function parseFunction(query: QueryParams): FunctionFilter | undefined {
  const name = lastOf(query['fn']);
  if (name === undefined || name === '') return undefined;
  const value = lastOf(query['fn_value']) ?? 'total';
  if (value !== 'total' && value !== 'self') throw new FlamehouseError('FH_ERR_QUERY_BAD_PARAM', 'fn_value: expected total or self');
  return { name, file: lastOf(query['fn_file']) ?? '', value };
}

/** `from`/`to` when given: catalog lookups are unbounded by default. */
function timeBounds(query: QueryParams, nowMs = Date.now()): TimeBounds {
  const from = lastOf(query['from']);
  const to = lastOf(query['to']) ?? lastOf(query['until']);
  return {
    ...(from !== undefined && { fromMs: parseTime('from', from, nowMs) }),
    ...(to !== undefined && { toMs: parseTime('to', to, nowMs) }),
  };
}

/**
 * The read API. Every route needs the `query` scope and runs against the
 * request's tenant only.
 */
export function registerQueries(app: FastifyInstance, tenants: Tenants): void {
  const options = { config: { scope: 'query' as const } };
  const tenantOf = async (request: FastifyRequest) => (await tenants.get(request.tenant)).query;
  app.get('/api/v1/services', options, async (request) => services(await tenantOf(request)));

  app.get('/api/v1/labels', options, async (request) => {
    const ctx = await tenantOf(request);
    const query = request.query as QueryParams;
    return { keys: await labelKeys(ctx, parseCatalogSelection(query), timeBounds(query)) };
  });

  app.get<{ Params: { key: string } }>('/api/v1/labels/:key/values', options, async (request) => {
    const ctx = await tenantOf(request);
    const query = request.query as QueryParams;
    return labelValues(ctx, parseCatalogSelection(query), request.params.key, timeBounds(query));
  });

  app.get('/api/v1/flamegraph', options, async (request) => {
    const ctx = await tenantOf(request);
    const query = request.query as QueryParams;
    return flamegraph(ctx, parseSelection(query), parseLimit(query, 'maxNodes', DEFAULT_MAX_NODES, MAX_FLAMEGRAPH_NODES));
  });

  app.get('/api/v1/diff', options, async (request) => {
    const ctx = await tenantOf(request);
    const query = request.query as QueryParams;
    const maxNodes = parseLimit(query, 'maxNodes', DEFAULT_MAX_NODES, MAX_FLAMEGRAPH_NODES);
    return diff(ctx, parseSelection(query, 'baseline.'), parseSelection(query, 'comparison.'), maxNodes);
  });

  app.get('/api/v1/timeline', options, async (request) => {
    const ctx = await tenantOf(request);
    const query = request.query as QueryParams;
    const selection = parseSelection(query);
    return timeline(ctx, selection, parseStepMs(query, selection), parseFunction(query));
  });

  app.get('/api/v1/breakdown', options, async (request) => {
    const ctx = await tenantOf(request);
    const query = request.query as QueryParams;
    const selection = parseSelection(query);
    const key = lastOf(query['key']);
    if (!key) throw new FlamehouseError('FH_ERR_QUERY_BAD_PARAM', 'key is required: the label to break the selection down by');
    return labelBreakdown(ctx, selection, key, parseLimit(query, 'limit', DEFAULT_BREAKDOWN_GROUPS, MAX_BREAKDOWN_GROUPS), parseStepMs(query, selection));
  });

  app.get('/api/v1/top', options, async (request) => {
    const ctx = await tenantOf(request);
    const query = request.query as QueryParams;
    return topFunctions(ctx, parseSelection(query), parseLimit(query, 'limit', 100, 10_000));
  });

  app.get('/api/v1/leaks', options, async (request) => {
    const ctx = await tenantOf(request);
    const query = request.query as QueryParams;
    const selection = parseSelection(query);
    const group = query['group'] ?? 'function';
    if (group !== 'function' && group !== 'stack') {
      throw new FlamehouseError('FH_ERR_QUERY_BAD_PARAM', 'group: expected function or stack');
    }
    return leaks(ctx, selection, parseLimit(query, 'limit', 20, 1000), group, parseStepMs(query, selection));
  });

  app.get('/api/v1/spans', options, async (request) => {
    const ctx = await tenantOf(request);
    const query = request.query as QueryParams;
    const by = query['by'] ?? 'request';
    if (by !== 'request' && by !== 'endpoint') {
      throw new FlamehouseError('FH_ERR_QUERY_BAD_PARAM', 'by: expected request or endpoint');
    }
    return topSpans(ctx, parseSelection(query), by, parseLimit(query, 'limit', 50, 1000));
  });

  app.get('/api/v1/agents', options, async (request) => agentReports(await tenantOf(request), parseSelection(request.query as QueryParams)));

  app.get('/api/v1/export', options, async (request, reply) => {
    const ctx = await tenantOf(request);
    const query = request.query as QueryParams;
    const format = query['format'] ?? 'pprof';
    if (format !== 'pprof' && format !== 'speedscope' && format !== 'folded') {
      throw new FlamehouseError('FH_ERR_QUERY_BAD_PARAM', 'format: expected pprof, speedscope or folded');
    }
    const selection = parseSelection(query);
    const stacks = await selectionStacks(ctx, selection);
    const service = selection.services.join('+');
    const baseName = `${service}.${selection.type}`.replaceAll(/[^\w.-]+/g, '_');
    switch (format) {
      case 'folded':
        return reply
          .header('content-type', 'text/plain; charset=utf-8')
          .header('content-disposition', `attachment; filename="${baseName}.folded.txt"`)
          .send(toFolded(stacks));
      case 'speedscope':
        return reply
          .header('content-disposition', `attachment; filename="${baseName}.speedscope.json"`)
          .send(toSpeedscope(stacks, `${service} ${selection.type}`, PROFILE_TYPE_UNITS[selection.type]));
      case 'pprof':
        return reply
          .header('content-type', 'application/octet-stream')
          .header('content-disposition', `attachment; filename="${baseName}.pb.gz"`)
          .send(toPprof(stacks, selection.type, await exportFacts(ctx, selection)));
    }
  });
}
