import type Long from 'long';
import type { perftools } from '@flamehouse/proto/pprof';
import { pprofProfile } from '../export/pprof.js';
import { renderedStacks, selectionStacks } from '../export/stack-list.js';
import type { QueryContext } from '../query/context.js';
import { exportFacts } from '../query/export-facts.js';
import { renderedTree } from '../query/flamegraph.js';
import { maxNodesOf, resolvePyroscopeQuery, rpcRange } from './pyroscope-selection.js';

interface ProfileRequest {
  profileTypeID: string;
  labelSelector: string;
  start: number | Long;
  end: number | Long;
  maxNodes?: number | Long | null;
}

/**
 * A Pyroscope query merged into one pprof profile (SelectMergeProfile, and
 * SelectMergeStacktraces in PROFILE_FORMAT_PPROF): every stack, or with
 * max_nodes the stacks of the pruned flamegraph, `other` nodes included.
 */
export async function mergedPprof(
  ctx: QueryContext,
  request: ProfileRequest,
  spans: { spanIds?: readonly string[] | undefined; traceIds?: readonly string[] | undefined },
): Promise<perftools.profiles.IProfile> {
  const selection = await resolvePyroscopeQuery(ctx, {
    profileTypeId: request.profileTypeID,
    labelSelector: request.labelSelector,
    ...rpcRange(request.start, request.end),
    ...(spans.spanIds && { spanIds: spans.spanIds }),
    ...(spans.traceIds && { traceIds: spans.traceIds }),
  });
  if (!selection) return { stringTable: [''] };
  const stacks =
    request.maxNodes == null
      ? await selectionStacks(ctx, selection)
      : renderedStacks((await renderedTree(ctx, [selection], maxNodesOf(request.maxNodes))).root);
  return pprofProfile(stacks, selection.type, await exportFacts(ctx, selection));
}
