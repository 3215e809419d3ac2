import { matchesValue, type ProfileType } from '@flamehouse/proto';
import type { QueryContext } from '../query/context.js';
import { seriesWithData, type TimeBounds } from '../query/series-catalog.js';
import { SERVICE_LABEL, serviceMatches, splitMatchers, typeLabels, typeMatches, typesMatching, type SplitMatchers } from './pyroscope-labels.js';
import { selectorMatchers } from './pyroscope-selection.js';

/**
 * The label sets with data in the bounds, as Pyroscope shows them (our labels
 * plus `service_name` and the type's `__profile_type__`, `__name__`…), that
 * match any of the selectors (all of them when there are none; `""` is `{}`).
 */
export async function labelSetsMatching(ctx: QueryContext, selectors: readonly string[], bounds: TimeBounds): Promise<Map<string, string>[]> {
  const splits = selectors.map((selector, i) => splitMatchers(selectorMatchers(`matchers[${i}]`, selector)));
  const entries = await seriesWithData(ctx, { ...bounds, ...narrowest(splits) });
  const sets: Map<string, string>[] = [];
  for (const entry of entries) {
    if (splits.length > 0 && !splits.some((split) => entryMatches(split, entry))) continue;
    sets.push(new Map([...Object.entries(entry.labels), [SERVICE_LABEL, entry.service], ...typeLabels(entry.type)]));
  }
  return sets;
}

function entryMatches(split: SplitMatchers, entry: { service: string; type: ProfileType; labels: Readonly<Record<string, string>> }): boolean {
  return (
    serviceMatches(entry.service, split.service) &&
    typeMatches(entry.type, split.type) &&
    split.labels.every((m) => matchesValue(m, entry.labels[m.key]))
  );
}

/** What storage can be asked for: the services or types every selector pins down. */
function narrowest(splits: readonly SplitMatchers[]): { services?: string[]; types?: ProfileType[] } {
  if (splits.length === 0) return {};
  const services = splits.map((split) => split.service.find((m) => m.op === '=')?.value);
  const types = splits.map((split) => (split.type.length > 0 ? typesMatching(split.type) : undefined));
  return {
    ...(services.every((s) => s !== undefined) && { services: [...new Set(services)] }),
    ...(types.every((t) => t !== undefined) && { types: [...new Set(types.flat())] }),
  };
}
