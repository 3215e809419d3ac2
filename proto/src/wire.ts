// JSON and HTTP shapes that agent, server and UI agree on. Pure types and
// constants: nothing here may pull in runtime dependencies.

import type { LabelMatcher } from './label-matchers.js';

/** Profile types, named after the pprof sample types they are read from. */
export const PROFILE_TYPES = ['cpu', 'wall', 'inuse_space', 'inuse_objects'] as const;
export type ProfileType = (typeof PROFILE_TYPES)[number];

/** Units as pprof names them. */
export type ValueUnit = 'nanoseconds' | 'bytes' | 'count';

export const PROFILE_TYPE_UNITS: Readonly<Record<ProfileType, ValueUnit>> = {
  cpu: 'nanoseconds',
  wall: 'nanoseconds',
  inuse_space: 'bytes',
  inuse_objects: 'count',
};

/**
 * Gauge types report what is held at one instant, so a range shows their
 * average over snapshots; the others are work done and add up over time.
 */
export const GAUGE_PROFILE_TYPES: ReadonlySet<ProfileType> = new Set(['inuse_space', 'inuse_objects']);

export function isProfileType(value: string): value is ProfileType {
  return (PROFILE_TYPES as readonly string[]).includes(value);
}

/** The agent's upload endpoint and the query parameters it sends. */
export const INGEST_PATH = '/api/v1/ingest';
export const INGEST_PARAMS = {
  service: 'service',
  /** Repeatable `key=value` resource labels of the uploading process. */
  label: 'label',
  /**
   * Names one upload, the same on every retry of it: the server stores an id
   * once and acknowledges a repeat without storing it again.
   */
  uploadId: 'upload_id',
  /** Window the profile covers, unix milliseconds. */
  fromMs: 'from',
  untilMs: 'until',
  /** Profiles the agent dropped (queue full) since its last successful upload. */
  dropped: 'dropped',
  /**
   * The agent's own cost and health since its previous upload: its CPU (main
   * thread and V8's profiler threads), of which the profiler threads, and the
   * whole process's CPU over the same time.
   */
  agentCpuMs: 'agent_cpu_ms',
  agentProfilerCpuMs: 'agent_profiler_cpu_ms',
  processCpuMs: 'process_cpu_ms',
  agentUploadBytes: 'agent_upload_bytes',
  agentFailures: 'agent_failures',
} as const;

/**
 * pprof sample label keys that carry request context. They become columns,
 * never series labels: each has one value per request.
 */
export const SPAN_LABELS = {
  spanId: 'span_id',
  traceId: 'trace_id',
  rootSpanId: 'local_root_span_id',
  endpoint: 'trace_endpoint',
} as const;

/** What a query is about: one service's profiles of one type in a time range, narrowed by labels and spans. */
export interface Selection {
  readonly service: string;
  readonly type: ProfileType;
  readonly fromMs: number;
  readonly toMs: number;
  /** Label matchers, all of which must hold. */
  readonly filters: readonly LabelMatcher[];
  readonly spanId?: string;
  readonly traceId?: string;
  readonly endpoint?: string;
}

/** One frame: a function in a file. */
export interface FrameRef {
  name: string;
  file: string;
}

/** A node of a merged call tree; `self + Σ children.total = total`. */
export interface FlameNode extends FrameRef {
  self: number;
  total: number;
  children: FlameNode[];
  /** Set on the node that stands for children pruned away for size. */
  pruned?: true;
}

export interface FlameGraphResponse {
  unit: ValueUnit;
  total: number;
  /** Nodes in the full tree, before pruning to `maxNodes`. */
  nodeCount: number;
  root: FlameNode;
}

export interface DiffValues {
  self: number;
  total: number;
}

/** Node of a diff tree: both sides' raw values; shares come from the totals. */
export interface DiffNode extends FrameRef {
  baseline: DiffValues;
  comparison: DiffValues;
  children: DiffNode[];
  pruned?: true;
}

export interface DiffResponse {
  unit: ValueUnit;
  baselineTotal: number;
  comparisonTotal: number;
  nodeCount: number;
  root: DiffNode;
}

export interface TimelineResponse {
  unit: ValueUnit;
  stepMs: number;
  /**
   * True for gauges (in-use heap): each point is what was held on average in
   * its step, not an amount per step.
   */
  gauge: boolean;
  /** Unix ms of each step's start, ascending, with the value in that step. */
  points: { ts: number; value: number }[];
}

/** One value of a label in a breakdown: its value over the range and per step. */
export interface LabelGroup {
  /** The label's value; '' for the series that do not have the label. */
  value: string;
  total: number;
  /** Per step, in the order of the breakdown's `timestamps`. */
  values: number[];
}

/**
 * A selection split by the values of one label (pod, version, endpoint…):
 * the heaviest values, each over time, and the rest summed into `other`.
 * Values are as in a timeline (a gauge's are levels), and `total` as in a
 * flamegraph (a gauge's is its average over the range).
 */
export interface LabelBreakdownResponse {
  unit: ValueUnit;
  /** The label; `trace_endpoint` splits by the requests' endpoint (a span column, not a label). */
  key: string;
  stepMs: number;
  gauge: boolean;
  /** Unix ms of each step's start, every step of the range. */
  timestamps: number[];
  total: number;
  /** Heaviest first, at most the limit asked for. */
  groups: LabelGroup[];
  /** Distinct values of the label in the selection, shown or not. */
  valueCount: number;
  /** The values past the limit, summed; absent when there are none. */
  other?: { total: number; values: number[] };
}

export interface TopFunction extends FrameRef {
  self: number;
  total: number;
}

export interface TopResponse {
  unit: ValueUnit;
  total: number;
  functions: TopFunction[];
}

/**
 * How leak candidates group heap stacks: by the allocation site's function
 * (every path into it), or by the call path up to the site. Stacks that
 * differ only below the site (what it calls to allocate) are one candidate
 * either way.
 */
export type LeakGrouping = 'function' | 'stack';

export interface LeakCandidate {
  /** Stable for the candidate: the site's frame id, or the path's frame ids. */
  id: string;
  /** Where the memory is allocated: the deepest frame of the service's own code, else of a package. */
  site: FrameRef;
  /** Root first, ending at the site: the path that holds the most now. */
  frames: FrameRef[];
  /** Distinct stacks merged into the candidate. */
  stacks: number;
  /** Growth per process per hour: the median over processes of each one's robust slope after its warm-up. */
  growthPerHour: number;
  /** Processes long enough in the range to measure, and how many of them grew. */
  processes: number;
  growingProcesses: number;
  /** In use at the last step with data, summed over the processes alive then. */
  latest: number;
  /** In use per step, summed over processes. */
  series: { ts: number; value: number }[];
}

export interface LeaksResponse {
  unit: ValueUnit;
  stepMs: number;
  grouping: LeakGrouping;
  leaks: LeakCandidate[];
}

export interface ServiceSummary {
  name: string;
  types: ProfileType[];
  firstSeenMs: number;
  lastSeenMs: number;
}

export interface LabelValuesResponse {
  values: string[];
  /** When each value was first and last seen in stored profiles. */
  seen: { value: string; firstSeenMs: number; lastSeenMs: number }[];
}

export interface ServicesResponse {
  services: ServiceSummary[];
}

/** A request (local root span) or an endpoint, with what its samples add up to. */
export interface SpanSummary {
  spanId: string;
  traceId: string;
  endpoint: string;
  value: number;
}

export interface SpansResponse {
  unit: ValueUnit;
  total: number;
  spans: SpanSummary[];
}

/** What one agent (process) reported about itself over a range. */
export interface AgentSummary {
  seriesId: string;
  labels: Record<string, string>;
  /** Profiles stored (one per type: a wall upload stores wall and cpu). */
  profiles: number;
  lastUploadMs: number;
  /** The agent's own CPU (its main-thread time and V8's profiler threads). */
  agentCpuMs: number;
  /** The process's CPU over the same time, and the agent's share of it; null from agents that do not report it. */
  processCpuMs: number;
  agentCpuPercent: number | null;
  /** The wall/CPU sampling interval of its latest profile (the governor may have slowed it). */
  samplingIntervalUs: number | null;
  uploadBytes: number;
  failures: number;
  dropped: number;
}

export interface AgentsResponse {
  agents: AgentSummary[];
}

/** Every error the API returns. */
export interface ApiError {
  code: string;
  message: string;
}
