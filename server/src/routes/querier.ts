import type { FastifyInstance, FastifyRequest } from 'fastify';
import { perftools, querier, types } from '@flamehouse/proto/querier';
import { registerConnectService } from '../compat/connect.js';
import { diffLevels, flameGraphLevels, type FlameGraphLevels } from '../compat/flamegraph-levels.js';
import { PYROSCOPE_PROFILE_TYPES } from '../compat/profile-type-ids.js';
import { labelSetsMatching } from '../compat/pyroscope-catalog.js';
import { mergedPprof } from '../compat/pyroscope-pprof.js';
import { int64, maxNodesOf, resolvePyroscopeQuery, rpcBounds, rpcRange, typeOfId } from '../compat/pyroscope-selection.js';
import { pyroscopeSeries } from '../compat/pyroscope-series.js';
import { FlamehouseError } from '../errors.js';
import { storedSpan, typesWithData } from '../query/catalog.js';
import type { QueryContext } from '../query/context.js';
import { renderedTree } from '../query/flamegraph.js';
import type { RenderedNode } from '../query/tree.js';
import type { Tenants } from '../storage/tenants.js';

// Pyroscope's querier service, as Grafana's Pyroscope data source and the
// Profiles Drilldown app call it (compat/connect.ts has the protocol).

const v1 = querier.v1;
const t1 = types.v1;

function badParam(message: string): FlamehouseError {
  return new FlamehouseError('FH_ERR_QUERY_BAD_PARAM', message);
}

interface Narrowing {
  stackTraceSelector?: types.v1.StackTraceSelector.$Properties | null;
  profileIdSelector?: string[] | null;
}

/** Selectors Flamehouse cannot apply are refused, never ignored: the answer would not be what was asked. */
function refuseUnsupported(request: Narrowing): void {
  const selector = request.stackTraceSelector;
  if (selector && ((selector.callSite?.length ?? 0) > 0 || selector.goPgo)) {
    throw badParam('stack_trace_selector (call site or Go PGO) is not supported');
  }
  if ((request.profileIdSelector?.length ?? 0) > 0) {
    throw badParam('profile_id_selector is not supported: Flamehouse keeps no profile ids');
  }
}

const nonEmpty = (list: string[] | null | undefined): readonly string[] | undefined => (list && list.length > 0 ? list : undefined);

function flameGraphMessage(levels: FlameGraphLevels): querier.v1.FlameGraph.$Properties {
  return { names: levels.names, levels: levels.levels.map((values) => ({ values })), total: levels.total, maxSelf: levels.maxSelf };
}

const NO_STACKS: RenderedNode = { name: 'total', file: '', self: [0], total: [0], children: [] };

export async function registerQuerier(app: FastifyInstance, tenants: Tenants): Promise<void> {
  const tenantOf = async (request: FastifyRequest): Promise<QueryContext> => (await tenants.get(request.tenant)).query;

  /** The merged flame graph of one Pyroscope query, its cost pruned to max_nodes. */
  const flameGraph = async (
    ctx: QueryContext,
    request: querier.v1.SelectMergeStacktracesRequest | querier.v1.SelectMergeSpanProfileRequest,
    spanIds: readonly string[] | undefined,
    traceIds: readonly string[] | undefined,
  ): Promise<FlameGraphLevels> => {
    const selection = await resolvePyroscopeQuery(ctx, {
      profileTypeId: request.profileTypeID,
      labelSelector: request.labelSelector,
      ...rpcRange(request.start, request.end),
      ...(spanIds && { spanIds }),
      ...(traceIds && { traceIds }),
    });
    const { root } = await renderedTree(ctx, [selection], maxNodesOf(request.maxNodes));
    return flameGraphLevels(root);
  };

  await registerConnectService(
    app,
    'querier.v1.QuerierService',
    (service) => {
      service.procedure('ProfileTypes', v1.ProfileTypesRequest, v1.ProfileTypesResponse, async (message, request) => {
        const stored = await typesWithData(await tenantOf(request), rpcBounds(message.start, message.end));
        const profileTypes = stored
          .map((type) => PYROSCOPE_PROFILE_TYPES[type])
          .sort((a, b) => (a.id < b.id ? -1 : 1))
          .map((t) => ({ ID: t.id, name: t.name, sampleType: t.sampleType, sampleUnit: t.sampleUnit, periodType: t.periodType, periodUnit: t.periodUnit }));
        return { profileTypes };
      });

      service.procedure('LabelNames', t1.LabelNamesRequest, t1.LabelNamesResponse, async (message, request) => {
        const sets = await labelSetsMatching(await tenantOf(request), message.matchers, rpcBounds(message.start, message.end));
        const names = new Set<string>();
        for (const labels of sets) for (const name of labels.keys()) names.add(name);
        return { names: [...names].sort() };
      });

      service.procedure('LabelValues', t1.LabelValuesRequest, t1.LabelValuesResponse, async (message, request) => {
        if (message.name === '') throw badParam('name is required');
        const sets = await labelSetsMatching(await tenantOf(request), message.matchers, rpcBounds(message.start, message.end));
        const values = new Set<string>();
        for (const labels of sets) {
          const value = labels.get(message.name);
          if (value !== undefined && value !== '') values.add(value);
        }
        return { names: [...values].sort() };
      });

      service.procedure('Series', v1.SeriesRequest, v1.SeriesResponse, async (message, request) => {
        const sets = await labelSetsMatching(await tenantOf(request), message.matchers, rpcBounds(message.start, message.end));
        const projected = new Map<string, { name: string; value: string }[]>();
        for (const labels of sets) {
          const names = message.labelNames.length > 0 ? message.labelNames : [...labels.keys()];
          const pairs = [...new Set(names)]
            .sort()
            .flatMap((name) => (labels.get(name) ? [{ name, value: labels.get(name)! }] : []));
          projected.set(JSON.stringify(pairs), pairs);
        }
        const labelsSet = [...projected.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, labels]) => ({ labels }));
        return { labelsSet };
      });

      service.procedure('SelectMergeStacktraces', v1.SelectMergeStacktracesRequest, v1.SelectMergeStacktracesResponse, async (message, request) => {
        refuseUnsupported(message);
        const ctx = await tenantOf(request);
        const spanIds = nonEmpty(message.spanSelector);
        const traceIds = nonEmpty(message.traceIdSelector);
        switch (message.format) {
          case v1.ProfileFormat.PROFILE_FORMAT_UNSPECIFIED:
          case v1.ProfileFormat.PROFILE_FORMAT_FLAMEGRAPH:
            return { flamegraph: flameGraphMessage(await flameGraph(ctx, message, spanIds, traceIds)) };
          case v1.ProfileFormat.PROFILE_FORMAT_PPROF:
            return { pprof: { profile: await mergedPprof(ctx, message, { spanIds, traceIds }) } };
          default:
            throw badParam('format: Flamehouse answers PROFILE_FORMAT_FLAMEGRAPH or PROFILE_FORMAT_PPROF');
        }
      });

      service.procedure('SelectMergeSpanProfile', v1.SelectMergeSpanProfileRequest, v1.SelectMergeSpanProfileResponse, async (message, request) => {
        if (message.format !== v1.ProfileFormat.PROFILE_FORMAT_UNSPECIFIED && message.format !== v1.ProfileFormat.PROFILE_FORMAT_FLAMEGRAPH) {
          throw badParam('format: Flamehouse answers span profiles as PROFILE_FORMAT_FLAMEGRAPH');
        }
        // No span ids select no samples, as in Pyroscope.
        if (message.spanSelector.length === 0) return { flamegraph: flameGraphMessage(flameGraphLevels(NO_STACKS)) };
        return { flamegraph: flameGraphMessage(await flameGraph(await tenantOf(request), message, message.spanSelector, undefined)) };
      });

      service.procedure('SelectMergeProfile', v1.SelectMergeProfileRequest, perftools.profiles.Profile, async (message, request) => {
        refuseUnsupported(message);
        return mergedPprof(await tenantOf(request), message, { traceIds: nonEmpty(message.traceIdSelector) });
      });

      service.procedure('SelectSeries', v1.SelectSeriesRequest, v1.SelectSeriesResponse, async (message, request) => {
        refuseUnsupported(message);
        const series = await pyroscopeSeries(await tenantOf(request), {
          profileTypeId: message.profileTypeID,
          labelSelector: message.labelSelector,
          ...rpcRange(message.start, message.end),
          stepS: message.step,
          groupBy: message.groupBy,
          average: message.aggregation === t1.TimeSeriesAggregationType.TIME_SERIES_AGGREGATION_TYPE_AVERAGE,
          limit: int64(message.limit),
        });
        return { series };
      });

      service.procedure('Diff', v1.DiffRequest, v1.DiffResponse, async (message, request) => {
        const { left, right } = message;
        if (!left || !right) throw badParam('left and right are both required');
        const sides = [left, right].map((side) => ({
          profileTypeId: side.profileTypeID ?? '',
          labelSelector: side.labelSelector ?? '',
          ...rpcRange(side.start ?? 0, side.end ?? 0),
        }));
        if (typeOfId('left.profile_typeID', sides[0]!.profileTypeId) !== typeOfId('right.profile_typeID', sides[1]!.profileTypeId)) {
          throw badParam('left and right must be of the same profile type');
        }
        const ctx = await tenantOf(request);
        const [leftSelection, rightSelection] = await Promise.all(sides.map((side) => resolvePyroscopeQuery(ctx, side)));
        const maxNodes = Math.max(maxNodesOf(left.maxNodes), maxNodesOf(right.maxNodes));
        const { root } = await renderedTree(ctx, [leftSelection, rightSelection], maxNodes);
        const levels = diffLevels(root);
        return {
          flamegraph: {
            ...flameGraphMessage(levels),
            leftTicks: levels.leftTicks,
            rightTicks: levels.rightTicks,
          },
        };
      });

      service.procedure('GetProfileStats', t1.GetProfileStatsRequest, t1.GetProfileStatsResponse, async (_message, request) => {
        const span = await storedSpan(await tenantOf(request));
        if (span.profiles === 0) return { dataIngested: false };
        return { dataIngested: true, oldestProfileTime: span.oldestMs, newestProfileTime: span.newestMs };
      });
    },
    { scope: 'query' },
  );
}
