// An upload's rows, in the column order of the tables (storage/schema.ts),
// before ingest/encode.ts writes them as the text ClickHouse inserts.

import type { SampleKind } from '../storage/sample-kinds.js';

export type FrameRow = readonly [frameId: string, name: string, file: string, line: number, lastSeenS: number];
export type StackRow = readonly [stackId: string, frameIds: readonly string[], lastSeenS: number];
export type SeriesRow = readonly [service: string, seriesId: string, labels: Record<string, string>, lastSeenS: number];
/**
 * One stack of one profile with both values of its kind (storage/sample-kinds.ts:
 * wall and CPU time, or in-use bytes and objects) and its span. Stored grouped
 * per (kind, series) of an upload, as the arrays of one `sample_sets` row.
 */
export type SampleRow = [
  service: string,
  kind: SampleKind,
  tsS: number,
  stackId: string,
  seriesId: string,
  v1: number,
  v2: number,
  spanId: string,
  traceId: string,
  rootSpanId: string,
  endpoint: string,
];
export type ProfileRow = [
  service: string,
  type: string,
  tsS: number,
  seriesId: string,
  durationMs: number,
  sampleRows: number,
  total: number,
  dropped: number,
  agentCpuMs: number,
  agentUploadBytes: number,
  agentFailures: number,
  uploadId: string,
  /** The sampling period: nanoseconds between wall/CPU samples, bytes between heap samples; 0 when unknown. */
  period: number,
  processCpuMs: number,
];

/** One upload's rows. */
export interface IngestBatch {
  /** Stable across retries of the upload: what the writer stores once. */
  readonly uploadId: string;
  readonly service: string;
  /** The profile's time, which every retry repeats: bounds the ledger lookup. */
  readonly tsS: number;
  /** Samples the profile held, before they were summed into rows. */
  readonly sampleCount: number;
  readonly frames: readonly FrameRow[];
  readonly stacks: readonly StackRow[];
  readonly series: readonly SeriesRow[];
  readonly samples: readonly SampleRow[];
  readonly profiles: readonly ProfileRow[];
}

export const COLUMNS = {
  frames: ['frame_id', 'name', 'file', 'line', 'last_seen'],
  stacks: ['stack_id', 'frame_ids', 'last_seen'],
  series: ['service', 'series_id', 'labels', 'last_seen'],
  // The per-entry span arrays of schema version 5 (span_ids…) are left empty: version 9 lists a set's spans once.
  sampleSets: ['service', 'kind', 'ts', 'series_id', 'stack_ids', 'v1', 'v2', 'span_refs', 'ref_span_ids', 'ref_trace_ids', 'ref_root_span_ids', 'ref_endpoints'],
  spanIndex: ['service', 'kind', 'ts', 'series_id', 'span_id', 'trace_id', 'root_span_id'],
  profiles: [
    'service',
    'type',
    'ts',
    'series_id',
    'duration_ms',
    'sample_rows',
    'total',
    'dropped',
    'agent_cpu_ms',
    'agent_upload_bytes',
    'agent_failures',
    'upload_id',
    'period',
    'process_cpu_ms',
  ],
} as const;

/**
 * Which frame and stack rows storage holds already (a decode thread's copy of
 * the writer's StoredIds): most of an upload's frames and stacks are, and
 * making their rows, lines and messages cost more than decoding the profile,
 * so normalize leaves them out.
 */
export interface StoredRows {
  has(kind: 'frame' | 'stack', id: string): boolean;
  /**
   * Names the state `has` answers from: while it is the same number, an id
   * `has` held stays held (it changes with the tenant, the day, and when the
   * copy starts over), so a memo of ids can keep the answer (id-memo.ts).
   */
  readonly mark: number;
}
