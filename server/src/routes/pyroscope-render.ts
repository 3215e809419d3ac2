import type { FastifyInstance, FastifyRequest } from 'fastify';
import { formatSelector, type ProfileType } from '@flamehouse/proto';
import { sendConnectError } from '../compat/connect.js';
import { flamebearerDiff, flamebearerProfile, type FlamebearerTimeline } from '../compat/flamebearer.js';
import { diffLevels, flameGraphLevels } from '../compat/flamegraph-levels.js';
import { maxNodesOf, resolvePyroscopeQuery, typeOfId, type PyroscopeQuery } from '../compat/pyroscope-selection.js';
import { pyroscopeSeries, type PointSeries } from '../compat/pyroscope-series.js';
import { FlamehouseError } from '../errors.js';
import { lastOf, listOf, parseTime, type QueryParams } from '../params.js';
import type { QueryContext } from '../query/context.js';
import { renderedTree } from '../query/flamegraph.js';
import { parseSelectorParam } from '../query/selection.js';
import { defaultStepS } from '../query/sql.js';
import { stepStarts, timelineStepS } from '../query/timeline.js';
import type { Tenants } from '../storage/tenants.js';
import { installErrorHandling } from './error-handler.js';

// Pyroscope's legacy HTTP API, which its web UI and the Profiles Drilldown
// app still call beside the querier service: a flame graph and its timeline
// for `query=<profile type id>{selector}&from&until`, and a diff of two.
// Errors come in the querier's Connect shape, as Pyroscope's do.

function badParam(message: string): FlamehouseError {
  return new FlamehouseError('FH_ERR_QUERY_BAD_PARAM', message);
}

/** `<profile type id>{selector}` and a range, from the parameters named `<prefix>query`, `<prefix>from`, `<prefix>until`. */
function readQuery(params: QueryParams, prefix: string, nowMs: number): PyroscopeQuery & { type: ProfileType | undefined } {
  const name = (field: string): string => (prefix ? prefix + field[0]!.toUpperCase() + field.slice(1) : field);
  const raw = lastOf(params[name('query')]);
  if (!raw) throw badParam(`"${name('query')}" is required`);
  const parsed = parseSelectorParam(name('query'), raw);
  if (parsed.name === '') throw badParam(`${name('query')} must contain a profile-type selection: <profile type id>{…}`);
  const until = lastOf(params[name('until')]);
  const from = lastOf(params[name('from')]);
  const toMs = until ? parseTime(name('until'), until, nowMs) : nowMs;
  const fromMs = from ? parseTime(name('from'), from, nowMs) : toMs - 3600_000;
  if (fromMs >= toMs) throw badParam(`${name('from')} must be before ${name('until')}`);
  return { profileTypeId: parsed.name, type: typeOfId(name('query'), parsed.name), labelSelector: formatSelector(parsed.matchers), fromMs, toMs };
}

/** `maxNodes`, else `max-nodes`, as Pyroscope reads them. */
function readMaxNodes(params: QueryParams): number {
  const raw = lastOf(params['maxNodes']) ?? lastOf(params['max-nodes']);
  if (raw === undefined) return maxNodesOf(0);
  if (!/^\d+$/.test(raw)) throw badParam(`maxNodes=${raw}: expected a whole number`);
  return maxNodesOf(Number(raw));
}

/** A series as a timeline with every step of the range, zero where it has no point. */
function denseTimeline(series: PointSeries | undefined, range: PyroscopeQuery, stepS: number): FlamebearerTimeline {
  const byStart = new Map((series?.points ?? []).map((p) => [p.timestamp, p.value]));
  const starts = stepStarts(range, stepS);
  return { startTime: starts[0] ?? 0, samples: starts.map((s) => Math.round(byStart.get(s * 1000) ?? 0)), durationDelta: stepS, watermarks: null };
}

async function render(ctx: QueryContext, params: QueryParams): Promise<Record<string, unknown>> {
  const format = lastOf(params['format']);
  if (format === 'dot') throw badParam('format=dot is not supported: ask for json');
  const aggregation = lastOf(params['aggregation']) ?? 'sum';
  if (aggregation !== 'sum' && aggregation !== 'avg') throw badParam(`aggregation=${aggregation}: expected sum or avg`);
  const query = readQuery(params, '', Date.now());
  const groupBy = listOf(params['groupBy'])[0];
  const selection = await resolvePyroscopeQuery(ctx, query);
  const stepS = selection ? await timelineStepS(ctx, selection, undefined) : defaultStepS(query);
  const series = { ...query, stepS, average: aggregation === 'avg', limit: 0 };
  const [{ root }, [total], groups] = await Promise.all([
    renderedTree(ctx, [selection], readMaxNodes(params)),
    pyroscopeSeries(ctx, { ...series, groupBy: [] }),
    groupBy ? pyroscopeSeries(ctx, { ...series, groupBy: [groupBy] }) : undefined,
  ]);
  return flamebearerProfile(
    flameGraphLevels(root),
    query.type,
    denseTimeline(total, query, stepS),
    groups
      ? Object.fromEntries(groups.map((group) => [group.labels.find((l) => l.name === groupBy)?.value ?? '', denseTimeline(group, query, stepS)]))
      : null,
  );
}

async function renderDiff(ctx: QueryContext, params: QueryParams): Promise<Record<string, unknown>> {
  const nowMs = Date.now();
  const [left, right] = [readQuery(params, 'left', nowMs), readQuery(params, 'right', nowMs)];
  if (left.type !== right.type) throw badParam('leftQuery and rightQuery must be of the same profile type');
  const selections = await Promise.all([resolvePyroscopeQuery(ctx, left), resolvePyroscopeQuery(ctx, right)]);
  const { root } = await renderedTree(ctx, selections, readMaxNodes(params));
  return flamebearerDiff(diffLevels(root), left.type);
}

export async function registerPyroscopeRender(app: FastifyInstance, tenants: Tenants): Promise<void> {
  const tenantOf = async (request: FastifyRequest): Promise<QueryContext> => (await tenants.get(request.tenant)).query;
  await app.register(
    (instance, _options, done) => {
      installErrorHandling(instance, sendConnectError);
      const options = { config: { scope: 'query' as const } };
      instance.get('/render', options, async (request) => render(await tenantOf(request), request.query as QueryParams));
      instance.get('/render-diff', options, async (request) => renderDiff(await tenantOf(request), request.query as QueryParams));
      done();
    },
    { prefix: '/pyroscope' },
  );
}
