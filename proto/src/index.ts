export {
  PROFILE_TYPES,
  PROFILE_TYPE_UNITS,
  GAUGE_PROFILE_TYPES,
  INGEST_PATH,
  INGEST_PARAMS,
  SPAN_LABELS,
  isProfileType,
} from './wire.js';
export {
  MATCH_OPS,
  MatcherSyntaxError,
  checkRegex,
  formatFilter,
  formatSelector,
  isRegexOp,
  matchesValue,
  parseFilter,
  parseSelector,
} from './label-matchers.js';
export type { LabelMatcher, MatchOp, ParsedSelector } from './label-matchers.js';
export { frameOrigin, packageOf, PROFILER_PACKAGES, NON_JS_THREADS_FRAME } from './frame-origin.js';
export type { FrameOrigin, FrameOriginInfo } from './frame-origin.js';
export type {
  ProfileType,
  Selection,
  ValueUnit,
  FrameRef,
  FlameNode,
  FlameGraphResponse,
  DiffValues,
  DiffNode,
  DiffResponse,
  TimelineResponse,
  TopFunction,
  TopResponse,
  LeakCandidate,
  LeakGrouping,
  LeaksResponse,
  ServiceSummary,
  ServicesResponse,
  LabelValuesResponse,
  SpanSummary,
  SpansResponse,
  AgentSummary,
  AgentsResponse,
  ApiError,
} from './wire.js';
