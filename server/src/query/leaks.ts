import {
  GAUGE_PROFILE_TYPES,
  PROFILE_TYPE_UNITS,
  frameOrigin,
  type FrameRef,
  type LeakCandidate,
  type LeakGrouping,
  type LeaksResponse,
} from '@flamehouse/proto';
import { FlamehouseError } from '../errors.js';
import { decimalIdHalves } from '../hash.js';
import { queryRows, type QueryContext } from './context.js';
import type { Selection } from './selection.js';
import { defaultStepS, sampleRows, selectionWhere, type Params } from './sql.js';
import { framesOfStacks, UNKNOWN_FRAME } from './stacks.js';
import { median, theilSenSlope } from './robust-slope.js';

// Leaks are hunted in long-lived processes, so growth is measured inside each
// process's life: a restart or a deploy (a drop, then a new process's start)
// is not growth, nor is the warm-up after a start (module loading, start-up
// tables). Allocation sites are grouped across the stacks that differ only
// below them (what the site calls to allocate), and what is measured is how
// fast the floor of each process's in-use series rises, so the GC's sawtooth
// and a cache that is reset now and then do not look like a trend.

/**
 * Of each process's observed life, the first part is its warm-up and the
 * last its shutdown (what it drops as it ends is no more a trend than what
 * it loads as it starts).
 */
const WARM_UP_SHARE = 0.2;
const SHUTDOWN_SHARE = 0.1;
/** Points a process needs after its warm-up for a slope. */
const MIN_POINTS = 4;
/** Windows whose lowest points the floor's line goes through: at least this many points each, at most this many windows. */
const POINTS_PER_WINDOW = 3;
const MAX_WINDOWS = 8;
const HOUR_S = 3600;

interface Ranked {
  readonly candidate: LeakCandidate;
  readonly heldAtEnd: number;
}

interface Site {
  readonly key: string;
  readonly site: FrameRef;
  /** Root first, ending at the site: the path of the stack holding the most. */
  frames: FrameRef[];
  heaviest: number;
  stacks: number;
}

/**
 * Where a stack's memory is attributed: its deepest frame of the service's own
 * code, else its deepest frame outside Node.js, else its leaf. Returns the
 * index into `frames` (root first).
 */
export function siteIndex(frames: readonly FrameRef[]): number {
  let outsideNode = -1;
  for (let i = frames.length - 1; i >= 0; i--) {
    const { origin } = frameOrigin(frames[i]!.name, frames[i]!.file);
    if (origin === 'app') return i;
    if (outsideNode < 0 && (origin === 'package' || origin === 'profiler')) outsideNode = i;
  }
  return outsideNode >= 0 ? outsideNode : frames.length - 1;
}

/** Heap allocation sites ranked by steady growth inside each process's life. */
export async function leaks(
  ctx: QueryContext,
  selection: Selection,
  limit: number,
  grouping: LeakGrouping,
  stepMs?: number,
): Promise<LeaksResponse> {
  if (!GAUGE_PROFILE_TYPES.has(selection.type)) {
    throw new FlamehouseError('FH_ERR_QUERY_BAD_PARAM', `type=${selection.type}: leaks are ranked on inuse_space or inuse_objects`);
  }
  const stepS = stepMs !== undefined ? Math.max(1, Math.round(stepMs / 1000)) : defaultStepS(selection);
  const unit = PROFILE_TYPE_UNITS[selection.type];
  const empty: LeaksResponse = { unit, stepMs: stepS * 1000, grouping, leaks: [] };

  const { profiles } = ctx.tables;
  const stackParams: Params = {};
  const stackRows = await queryRows<[string, number | string]>(
    ctx,
    `SELECT stack_id, argMax(value, ts) FROM ${sampleRows(selection, ctx.tables, stackParams)} GROUP BY stack_id`,
    stackParams,
  );
  if (stackRows.length === 0) return empty;
  const { interner, nodes } = await ctx.stacks.internedStacksOf(decimalIdHalves(stackRows.map(([id]) => id)));
  const stackFrames = Array.from(nodes, (node) => (node < 0 ? undefined : interner.trie.pathOf(node)));
  const frames = await framesOfStacks(ctx, interner, stackFrames.filter((ids) => ids !== undefined));

  // Group stacks into sites; site 0 stands for stacks storage no longer knows.
  const sites: Site[] = [];
  const siteByKey = new Map<string, number>();
  const stackIds: string[] = [];
  const stackSites: number[] = [];
  for (const [i, [stackId, lastValue]] of stackRows.entries()) {
    const ids = stackFrames[i];
    if (!ids || ids.length === 0) continue;
    const refs = Array.from(ids, (frame) => frames.get(frame) ?? UNKNOWN_FRAME);
    const at = siteIndex(refs);
    // Frame ids, not interned numbers: the key is the candidate's id in the answer, stable across restarts.
    const key = grouping === 'function' ? interner.idOf(ids[at]!) : Array.from(ids.subarray(0, at + 1), (frame) => interner.idOf(frame)).join(',');
    let index = siteByKey.get(key);
    if (index === undefined) {
      index = sites.length + 1;
      siteByKey.set(key, index);
      sites.push({ key, site: refs[at]!, frames: refs.slice(0, at + 1), heaviest: -Infinity, stacks: 0 });
    }
    const site = sites[index - 1]!;
    site.stacks++;
    if (Number(lastValue) > site.heaviest) {
      site.heaviest = Number(lastValue);
      site.frames = refs.slice(0, at + 1);
    }
    stackIds.push(stackId);
    stackSites.push(index);
  }

  // Per (site, process, step): what the process's snapshots in the step held, summed; and its snapshot count.
  const params: Params = { stepS };
  const bucket = 'intDiv(toUnixTimestamp(ts), {stepS:UInt32})';
  const [siteRows, countRows] = await Promise.all([
    queryRows<[number | string, string, number | string, number | string]>(
      ctx,
      `SELECT transform(stack_id, arrayMap(x -> toUInt64(x), {stacks:Array(String)}), {sites:Array(UInt32)}, toUInt32(0)) AS site, series_id, ${bucket} AS b, sum(value)
       FROM ${sampleRows(selection, ctx.tables, params)}
       GROUP BY site, series_id, b`,
      Object.assign(params, { stacks: stackIds, sites: stackSites }),
    ),
    queryRows<[string, number | string, number | string]>(
      ctx,
      `SELECT series_id, ${bucket} AS b, count() FROM ${profiles}
       WHERE ${selectionWhere(selection, ctx.tables, params)} GROUP BY series_id, b`,
      params,
    ),
  ]);

  // Each process's steps with snapshots, in time order: its observed life.
  const lives = new Map<string, { steps: number[]; counts: Map<number, number> }>();
  let lastStep = -Infinity;
  for (const [seriesId, b, n] of countRows) {
    let life = lives.get(seriesId);
    if (!life) lives.set(seriesId, (life = { steps: [], counts: new Map() }));
    life.steps.push(Number(b));
    life.counts.set(Number(b), Number(n));
    lastStep = Math.max(lastStep, Number(b));
  }
  for (const life of lives.values()) life.steps.sort((a, b) => a - b);

  // In use per (site, process) and step: the average over the process's snapshots in the step.
  const held = new Map<number, Map<string, Map<number, number>>>();
  for (const [site, seriesId, b, sum] of siteRows) {
    const count = lives.get(seriesId)?.counts.get(Number(b));
    if (!count || Number(site) === 0) continue;
    let bySeries = held.get(Number(site));
    if (!bySeries) held.set(Number(site), (bySeries = new Map<string, Map<number, number>>()));
    let bySteps = bySeries.get(seriesId);
    if (!bySteps) bySeries.set(seriesId, (bySteps = new Map<number, number>()));
    bySteps.set(Number(b), Number(sum) / count);
  }

  const ranked: Ranked[] = [];
  for (const [index, bySeries] of held) {
    const site = sites[index - 1]!;
    const slopes: number[] = [];
    let latest = 0;
    // What the site held at the end of each process's settled life: a process that ended since still counts.
    let heldAtEnd = 0;
    const timeline = new Map<number, number>();
    for (const [seriesId, bySteps] of bySeries) {
      const life = lives.get(seriesId)!;
      // Absent from a step the process lived through: nothing of the site in use then.
      const values = life.steps.map((step) => bySteps.get(step) ?? 0);
      life.steps.forEach((step, i) => timeline.set(step, (timeline.get(step) ?? 0) + values[i]!));
      if (life.steps[life.steps.length - 1] === lastStep) latest += values[values.length - 1]!;
      const settled = settledPoints(life.steps, values);
      if (settled.length < MIN_POINTS) continue;
      heldAtEnd += settled[settled.length - 1]![1];
      slopes.push(floorSlopePerS(settled, stepS) * HOUR_S);
    }
    if (slopes.length === 0) continue;
    const growthPerHour = median(slopes);
    if (growthPerHour <= 0) continue;
    ranked.push({
      heldAtEnd,
      candidate: {
        id: site.key,
        site: site.site,
        frames: site.frames,
        stacks: site.stacks,
        growthPerHour,
        processes: slopes.length,
        growingProcesses: slopes.filter((slope) => slope > 0).length,
        latest,
        series: [...timeline].sort((a, b) => a[0] - b[0]).map(([step, value]) => ({ ts: step * stepS * 1000, value })),
      },
    });
  }
  // A site its processes still held when last seen ranks before one they had
  // let go of (a burst, a reset cache); then growth per process, weighed by
  // how many of the processes grew.
  const score = ({ candidate: c }: Ranked): number => (c.growthPerHour * c.growingProcesses) / c.processes;
  ranked.sort((a, b) => Number(b.heldAtEnd > 0) - Number(a.heldAtEnd > 0) || score(b) - score(a));
  return { ...empty, leaks: ranked.slice(0, limit).map((r) => r.candidate) };
}

/** A process's (step, value) points between its warm-up and its shutdown. */
function settledPoints(steps: readonly number[], values: readonly number[]): (readonly [number, number])[] {
  const first = steps[0]!;
  const span = steps[steps.length - 1]! - first;
  return steps
    .map((step, i) => [step, values[i]!] as const)
    .filter(([step]) => step - first >= span * WARM_UP_SHARE && step - first <= span * (1 - SHUTDOWN_SHARE));
}

/**
 * How fast the floor of a process's settled in-use series rises, per second.
 * The series is cut into consecutive windows and a robust line goes through
 * each window's lowest point, so memory that is given back (the GC's
 * sawtooth, a cache reset) does not count, and only what is never given back
 * does.
 */
function floorSlopePerS(settled: readonly (readonly [number, number])[], stepS: number): number {
  const windows = Math.max(2, Math.min(MAX_WINDOWS, Math.floor(settled.length / POINTS_PER_WINDOW)));
  const xs: number[] = [];
  const ys: number[] = [];
  for (let w = 0; w < windows; w++) {
    const window = settled.slice(Math.floor((w * settled.length) / windows), Math.floor(((w + 1) * settled.length) / windows));
    let lowest = window[0]!;
    for (const point of window) if (point[1] < lowest[1]) lowest = point;
    xs.push(lowest[0] * stepS);
    ys.push(lowest[1]);
  }
  return theilSenSlope(xs, ys);
}
