import { FlamehouseError } from '../errors.js';
import { bucketValues, type GroupKey } from '../query/aggregate.js';
import type { QueryContext } from '../query/context.js';
import { checkStepMs } from '../query/timeline.js';
import { labelKind, typeLabels } from './pyroscope-labels.js';
import { resolvePyroscopeQuery, type PyroscopeQuery } from './pyroscope-selection.js';

export interface SeriesQuery extends PyroscopeQuery {
  /** Seconds, possibly fractional (Grafana's interval). */
  readonly stepS: number;
  readonly groupBy: readonly string[];
  readonly average: boolean;
  /** The top N series by their total; 0 keeps all. */
  readonly limit: number;
}

export interface LabelPair {
  name: string;
  value: string;
}

export interface PointSeries {
  labels: LabelPair[];
  points: { value: number; timestamp: number }[];
}

function compareLabels(a: readonly LabelPair[], b: readonly LabelPair[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const [x, y] = [a[i]!, b[i]!];
    if (x.name !== y.name) return x.name < y.name ? -1 : 1;
    if (x.value !== y.value) return x.value < y.value ? -1 : 1;
  }
  return a.length - b.length;
}

/**
 * Pyroscope's SelectSeries: one series per distinct value of the `group_by`
 * labels (labelled with those alone), a point per step that has data, at the
 * step's start, holding what the step adds up to (work done: the sum of the
 * step; gauges: what was held, averaged over the step). Series in label order.
 */
export async function pyroscopeSeries(ctx: QueryContext, query: SeriesQuery): Promise<PointSeries[]> {
  if (!(query.stepS > 0 && Number.isFinite(query.stepS))) throw new FlamehouseError('FH_ERR_QUERY_BAD_PARAM', 'step: expected a positive number of seconds');
  const stepMs = Math.round(query.stepS * 1000);
  checkStepMs(query, stepMs);
  if (query.limit < 0) throw new FlamehouseError('FH_ERR_QUERY_BAD_PARAM', `limit=${query.limit}: expected a positive number`);
  const selection = await resolvePyroscopeQuery(ctx, query);
  if (!selection) return [];

  const names = [...new Set(query.groupBy)].sort();
  // Label names that stand for the service are read from the service column, type labels are the same for every row.
  const stored: GroupKey[] = [];
  const valueOf: ((group: readonly string[]) => string)[] = names.map((name) => {
    const kind = labelKind(name);
    if (kind === 'type') {
      const value = typeLabels(selection.type).get(name) ?? '';
      return () => value;
    }
    const at = stored.push(kind === 'service' ? { service: true } : { label: name }) - 1;
    return (group) => group[at]!;
  });
  const rows = await bucketValues(ctx, selection, stepMs / 1000, false, { groupBy: stored, average: query.average });

  const byGroup = new Map<string, PointSeries & { total: number }>();
  for (const row of rows) {
    const key = row.group.join('\u0000');
    let series = byGroup.get(key);
    if (!series) {
      const labels = names.flatMap((name, i) => {
        const value = valueOf[i]!(row.group);
        return value === '' ? [] : [{ name, value }];
      });
      series = { labels, points: [], total: 0 };
      byGroup.set(key, series);
    }
    series.points.push({ value: row.value, timestamp: Math.round(row.bucketS * 1000) });
    series.total += row.value;
  }
  let list = [...byGroup.values()];
  if (query.limit > 0) list = list.sort((a, b) => b.total - a.total).slice(0, query.limit);
  return list
    .sort((a, b) => compareLabels(a.labels, b.labels))
    .map(({ labels, points }) => ({ labels, points: points.sort((a, b) => a.timestamp - b.timestamp) }));
}
