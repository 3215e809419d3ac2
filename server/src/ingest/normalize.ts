import { SPAN_LABELS, type ProfileType } from '@flamehouse/proto';
import { FlamehouseError } from '../errors.js';
import { Hasher64, type Id64 } from '../hash.js';
import { attributeCpu } from './cpu-attribution.js';
import { IdMemo } from './id-memo.js';
import type { PprofData } from './pprof-reader.js';
import { ProfileStacks } from './profile-stacks.js';
import { TYPE_STORAGE, valueSlot } from '../storage/sample-kinds.js';
import type { IngestBatch, ProfileRow, SampleRow, StoredRows } from './rows.js';

/** What the upload's request said about the profile, beside its bytes. */
export interface UploadMeta {
  /** The client's id for this upload, or one derived from its identity and bytes (upload-id.ts). */
  readonly uploadId: string;
  readonly service: string;
  readonly labels: ReadonlyMap<string, string>;
  readonly fromMs?: number;
  readonly untilMs?: number;
  /** What the agent reported about itself: drops, its own CPU, bytes sent, failures. */
  readonly agent: AgentReport;
  readonly receivedMs: number;
  /**
   * Sample label keys as other profilers spell them, to ours (a span column
   * or a label name); '' drops the label. Keys not listed are kept as they are.
   */
  readonly labelKeys?: ReadonlyMap<string, string>;
  /** Names to read sample types by (Pyroscope's `sample_type_config` display names), and types to skip (cumulative ones). */
  readonly sampleTypes?: ReadonlyMap<string, { readonly displayName?: string; readonly skip?: boolean }>;
  /** Samples per second, for counted samples whose profile has no time period (Pyroscope's `sampleRate`). */
  readonly sampleRateHz?: number;
  /** Function names may be @pyroscope/nodejs's `<file>:<name>:<line>` without the original beside them. */
  readonly pyroscopeFrameNames?: boolean;
}

export interface AgentReport {
  readonly dropped: number;
  /** The agent's own CPU (main thread and V8's profiler threads). */
  readonly cpuMs: number;
  /** The whole process's CPU over the same time. */
  readonly processCpuMs: number;
  readonly uploadBytes: number;
  readonly failures: number;
}

interface TypeColumn {
  readonly index: number;
  readonly type: ProfileType;
  /** Multiplier to the unit the type is stored in. */
  readonly scale: number;
  /** Read from a count of samples times the sampling period, not measured per sample. */
  readonly counted?: true;
}

// pprof (type, unit) pairs we store, with the factor to our unit.
const SAMPLE_TYPES: ReadonlyMap<string, { type: ProfileType; scale: number }> = new Map([
  ['wall/nanoseconds', { type: 'wall', scale: 1 }],
  ['wall/microseconds', { type: 'wall', scale: 1000 }],
  ['cpu/nanoseconds', { type: 'cpu', scale: 1 }],
  ['cpu/microseconds', { type: 'cpu', scale: 1000 }],
  ['inuse_space/bytes', { type: 'inuse_space', scale: 1 }],
  ['inuse_objects/count', { type: 'inuse_objects', scale: 1 }],
]);

const NOTHING_STORED: StoredRows = { has: () => false, mark: -1 };

/** What a client that reports nothing about itself (any but our agent) reports. */
export const NO_AGENT_REPORT: AgentReport = Object.freeze({ dropped: 0, cpuMs: 0, processCpuMs: 0, uploadBytes: 0, failures: 0 });

/** What ingest refuses beside malformed bytes: counts that would flood storage, times it would never show. */
export interface NormalizeRules {
  /** Distinct label sets (series) one upload may create. */
  readonly maxLabelSets: number;
  /** Profiles older than this, by their own time, are refused: retention would drop them at once. */
  readonly retentionDays: number;
}

export const DEFAULT_NORMALIZE_RULES: NormalizeRules = { maxLabelSets: 2_000, retentionDays: 30 };

// A profile may be dated ahead of the server's clock by this much (clock skew), no more.
const MAX_AHEAD_MS = 24 * 3600_000;
const DAY_MS = 24 * 3600_000;

const SPAN_COLUMN_KEYS: ReadonlySet<string> = new Set(Object.values(SPAN_LABELS));


// A sample type that counts samples: each stands for one sampling period of
// what the period type (or the client's display name) says, cpu or wall.
const COUNT_NAMES: ReadonlySet<string> = new Set(['samples', 'sample', 'cpu', 'wall']);
const COUNTED_TYPES: ReadonlySet<ProfileType> = new Set(['cpu', 'wall']);

function typeColumns(profile: PprofData, meta: UploadMeta): TypeColumn[] {
  const columns: TypeColumn[] = [];
  const counts: { index: number; name: string }[] = [];
  profile.sampleTypes.forEach((sampleType, index) => {
    const rawName = profile.string(sampleType.type);
    const config = meta.sampleTypes?.get(rawName);
    if (config?.skip) return;
    const name = config?.displayName ?? rawName;
    const unit = profile.string(sampleType.unit);
    const known = SAMPLE_TYPES.get(`${name}/${unit}`);
    if (known && !columns.some((c) => c.type === known.type)) columns.push({ index, ...known });
    else if (!known && unit === 'count' && COUNT_NAMES.has(name)) counts.push({ index, name });
  });
  // Measured values win over counted ones: @datadog/pprof's `sample/count` beside `wall/nanoseconds` adds nothing.
  for (const { index, name } of counts) {
    const periodName = profile.periodType ? profile.string(profile.periodType.type) : undefined;
    const target = [name, periodName].find((n): n is ProfileType => n !== undefined && COUNTED_TYPES.has(n as ProfileType));
    const periodNs = periodOf(profile);
    const scale = periodNs > 0 ? periodNs : meta.sampleRateHz ? 1e9 / meta.sampleRateHz : 0;
    if (target && scale > 0 && !columns.some((c) => c.type === target)) columns.push({ index, type: target, scale, counted: true });
  }
  if (columns.length === 0) throw new FlamehouseError('FH_ERR_INGEST_NO_KNOWN_TYPES');
  return columns;
}

/** A span column's value: pprof string labels as they are, numeric ones (dd-trace's span ids) in signed decimal, as int64. */
function labelText(profile: PprofData, label: number): string {
  const str = profile.labelStr[label]!;
  if (str !== 0) return profile.string(str);
  const hi = profile.labelNumHi[label]!;
  const lo = profile.labelNumLo[label]!;
  if (hi === 0 && lo === 0) return '';
  if (hi < 0x200000) return String(hi * 4_294_967_296 + lo);
  return BigInt.asIntN(64, (BigInt(hi) << 32n) | BigInt(lo)).toString();
}

export function seriesId(service: string, labels: ReadonlyMap<string, string>): Id64 {
  const hasher = new Hasher64().string(service);
  for (const key of [...labels.keys()].sort()) hasher.string(key).string(labels.get(key) ?? '');
  return hasher.digest();
}

/**
 * Turns one decoded pprof profile into rows: frames and stacks deduplicated by
 * 64-bit ids, samples summed per (type, stack, series, span), one profile row per type.
 * `ids` is the decode thread's memo of frame and stack ids, shared by its uploads; a fresh one gives the same rows.
 * Frames and stacks `stored` holds get no row.
 */
export function normalizeProfile(
  profile: PprofData,
  meta: UploadMeta,
  ids = new IdMemo(Infinity),
  rules: NormalizeRules = DEFAULT_NORMALIZE_RULES,
  stored: StoredRows = NOTHING_STORED,
): IngestBatch {
  const columns = typeColumns(profile, meta);

  const lastSeenS = Math.floor(meta.receivedMs / 1000);
  const stacks = new ProfileStacks(profile, ids, stored, lastSeenS, meta.pyroscopeFrameNames === true);

  const seriesLabels = new Map<string, Map<string, string>>();
  const baseSeries = seriesId(meta.service, meta.labels);
  seriesLabels.set(baseSeries.id, new Map(meta.labels));
  const seriesOf = (extra: [string, string][]): string => {
    if (extra.length === 0) return baseSeries.id;
    const labels = new Map(meta.labels);
    for (const [key, value] of extra) labels.set(key, value);
    const id = seriesId(meta.service, labels).id;
    if (!seriesLabels.has(id)) {
      if (seriesLabels.size >= rules.maxLabelSets) {
        throw new FlamehouseError('FH_ERR_INGEST_TOO_MANY_LABELS', `the profile's labels make more than ${rules.maxLabelSets} distinct label sets`);
      }
      seriesLabels.set(id, labels);
    }
    return id;
  };

  const tsS = profileTimestampS(profile, meta);
  const tsMs = tsS * 1000;
  if (tsMs < meta.receivedMs - rules.retentionDays * DAY_MS || tsMs > meta.receivedMs + MAX_AHEAD_MS) {
    throw new FlamehouseError(
      'FH_ERR_INGEST_BAD_TIME',
      `the profile is dated ${new Date(tsMs).toISOString()}, outside the ${rules.retentionDays} days the server keeps (up to a day ahead)`,
    );
  }
  const wallColumn = columns.find((c) => c.type === 'wall');
  const cpuColumn = columns.find((c) => c.type === 'cpu');
  // CPU per wall sample is re-booked where the code ran (cpu-attribution.ts).
  const cpuValues = wallColumn && cpuColumn && !cpuColumn.counted ? attributeCpu(profile, wallColumn.index, cpuColumn.index) : undefined;
  const renames = meta.labelKeys;
  // Entries by (kind, stack, series, span); both values of a kind on one entry.
  // Most samples carry no span and no label of their own: those entries are found by their stack's id (a
  // string hashed once per process, in the memo) in a map per kind; the rest by a key of every field.
  const samples: SampleRow[] = [];
  const slots = columns.map((column) => ({ column, kind: TYPE_STORAGE[column.type].kind, at: 5 + valueSlot(column.type), plain: new Map<string, SampleRow>() }));
  const labelled = new Map<string, SampleRow>();
  const { sampleLabelStart, labelKey, labelStr } = profile;
  for (let sampleIndex = 0; sampleIndex < profile.sampleCount; sampleIndex++) {
    const stack = stacks.stackOf(sampleIndex);
    let spanId = '';
    let traceId = '';
    let rootSpanId = '';
    let endpoint = '';
    const extra: [string, string][] = [];
    for (let label = sampleLabelStart[sampleIndex]!; label < sampleLabelStart[sampleIndex + 1]!; label++) {
      const rawKey = profile.string(labelKey[label]!);
      const key = renames?.get(rawKey) ?? rawKey;
      if (key === '') continue;
      if (SPAN_COLUMN_KEYS.has(key)) {
        const value = labelText(profile, label);
        if (key === SPAN_LABELS.spanId) spanId = value;
        else if (key === SPAN_LABELS.traceId) traceId = value;
        else if (key === SPAN_LABELS.rootSpanId) rootSpanId = value;
        else endpoint = value;
        continue;
      }
      const str = labelStr[label]!;
      if (str === 0) continue; // numeric labels (timestamps, counters) are not dimensions
      extra.push([key, profile.string(str)]);
    }
    const series = seriesOf(extra);
    // Types of one kind (wall and CPU, bytes and objects) share the sample's entry: one key per kind, not per type.
    let row: SampleRow | undefined;
    const plain = series === baseSeries.id && spanId === '' && traceId === '' && rootSpanId === '' && endpoint === '';
    for (const { column, kind, at, plain: byStack } of slots) {
      const raw = cpuValues && column === cpuColumn ? cpuValues[sampleIndex]! : profile.value(sampleIndex, column.index);
      const value = raw * column.scale;
      if (value === 0) continue;
      if (!(value > 0 && value <= Number.MAX_SAFE_INTEGER)) throw badValue(value);
      if (row?.[1] !== kind) {
        const key = plain ? stack.id : `${kind}|${stack.id}|${series}|${spanId}|${traceId}|${rootSpanId}|${endpoint}`;
        const entries = plain ? byStack : labelled;
        row = entries.get(key);
        if (!row) {
          row = [meta.service, kind, tsS, stack.id, series, 0, 0, spanId, traceId, rootSpanId, endpoint];
          entries.set(key, row);
          samples.push(row);
        }
      }
      row[at] = (row[at] as number) + value;
      if (row[at] > Number.MAX_SAFE_INTEGER) throw badValue(row[at]);
    }
  }
  // Stored as integers; re-booked CPU is fractional until summed per entry.
  if (cpuValues && cpuColumn) {
    const at = 5 + valueSlot(cpuColumn.type);
    for (const row of samples) row[at] = Math.round(row[at] as number);
  }

  const durationMs = durationOf(profile, meta);
  const period = periodOf(profile);
  const profiles = slots.map(({ column, kind, at }): ProfileRow => {
    let total = 0;
    let rows = 0;
    for (const row of samples) {
      const value = row[at] as number;
      if (row[1] !== kind || value === 0) continue;
      total += value;
      rows++;
    }
    if (total > Number.MAX_SAFE_INTEGER) throw badValue(total);
    // The agent's report travels once per upload: on the first type's row only.
    const agent = column === columns[0] ? meta.agent : NO_AGENT_REPORT;
    return [
      meta.service,
      column.type,
      tsS,
      baseSeries.id,
      durationMs,
      rows,
      total,
      agent.dropped,
      agent.cpuMs,
      agent.uploadBytes,
      agent.failures,
      meta.uploadId,
      period,
      agent.processCpuMs,
    ];
  });

  return {
    uploadId: meta.uploadId,
    service: meta.service,
    tsS,
    sampleCount: profile.sampleCount,
    frames: [...stacks.frameRows.values()],
    stacks: [...stacks.stackRows.values()],
    series: [...seriesLabels].map(([id, labels]) => [meta.service, id, Object.fromEntries(labels), lastSeenS] as const),
    samples,
    profiles,
  };
}

function profileTimestampS(profile: PprofData, meta: UploadMeta): number {
  const timeMs = profile.timeNanos / 1e6;
  const ms = timeMs > 0 ? timeMs : (meta.fromMs ?? meta.untilMs ?? meta.receivedMs);
  return Math.floor(ms / 1000);
}

function durationOf(profile: PprofData, meta: UploadMeta): number {
  const fromProfile = profile.durationNanos / 1e6;
  if (fromProfile > 0) return Math.round(fromProfile);
  if (meta.fromMs !== undefined && meta.untilMs !== undefined) return Math.max(0, meta.untilMs - meta.fromMs);
  return 0;
}

// The units a sampling period comes in, to nanoseconds (time) or bytes (heap).
const PERIOD_SCALES: ReadonlyMap<string, number> = new Map([
  ['nanoseconds', 1],
  ['microseconds', 1_000],
  ['milliseconds', 1_000_000],
  ['bytes', 1],
]);

function periodOf(profile: PprofData): number {
  const unit = profile.periodType ? profile.string(profile.periodType.unit) : undefined;
  const scale = unit === undefined ? undefined : PERIOD_SCALES.get(unit);
  const period = profile.period * (scale ?? 0);
  return Number.isFinite(period) && period > 0 ? Math.round(period) : 0;
}

function badValue(value: number): FlamehouseError {
  return new FlamehouseError(
    'FH_ERR_INGEST_BAD_VALUE',
    value < 0 ? `the profile holds a negative sample value (${value})` : 'the profile holds sample values too large to add up exactly',
  );
}
