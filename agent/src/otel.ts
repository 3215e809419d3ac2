// What the agent reads of the application's OpenTelemetry setup. Nothing here
// requires @opentelemetry/api: the agent is preloaded before the application
// loads it, the package may be absent, and the application may bundle its own
// copy. The API keeps its registrations in a global keyed by Symbol.for, and
// its context keys are Symbol.for(description), so both can be read as they are.

/**
 * Where @opentelemetry/api 1.x keeps its registered globals
 * (src/internal/global-utils.ts: `Symbol.for('opentelemetry.js.api.' + major)`).
 * The agent only reads it: creating or changing it would break the API's
 * version check when the application registers.
 */
const API_GLOBAL_KEY = Symbol.for('opentelemetry.js.api.1');
/** The active span in a Context (api src/trace/context-utils.ts). */
const SPAN_KEY = Symbol.for('OpenTelemetry Context Key SPAN');
/**
 * Request metadata shared by the HTTP server instrumentation and routers
 * (core src/trace/rpc-metadata.ts): routers (express, fastify, koa…) write the
 * matched `route` there, and the HTTP instrumentation copies it to the server
 * span's http.route only when the response ends.
 */
const RPC_METADATA_KEY = Symbol.for('OpenTelemetry SDK Context Key RPC_METADATA');
/** Set to true, instrumentations create no spans (core src/trace/suppress-tracing.ts). */
const SUPPRESS_TRACING_KEY = Symbol.for('OpenTelemetry SDK Context Key SUPPRESS_TRACING');

export interface OtelSpanContext {
  readonly traceId: string;
  readonly spanId: string;
  readonly isRemote?: boolean;
}

/**
 * The part of a span the agent uses. `name`, `attributes` and the parent are
 * fields of the SDK's span (ReadableSpan), not of the API's Span: they are
 * read when present and checked at run time.
 */
export interface OtelSpan {
  spanContext(): OtelSpanContext;
  isRecording(): boolean;
  setAttribute(key: string, value: string): unknown;
  readonly name?: unknown;
  readonly attributes?: unknown;
  /** SDK 2.x. */
  readonly parentSpanContext?: unknown;
  /** SDK 1.x. */
  readonly parentSpanId?: unknown;
}

export interface OtelContext {
  getValue(key: symbol): unknown;
  setValue(key: symbol, value: unknown): OtelContext;
}

export interface OtelContextManager {
  active(): OtelContext;
  with<A extends unknown[], R>(context: OtelContext, fn: (...args: A) => R, thisArg?: unknown, ...args: A): R;
  attach?(context: OtelContext): unknown;
}

/** The context manager the application registered, if it did by now. */
export function registeredContextManager(): OtelContextManager | undefined {
  const registry = (globalThis as Record<symbol, unknown>)[API_GLOBAL_KEY];
  if (typeof registry !== 'object' || registry === null) return undefined;
  const manager = (registry as { context?: unknown }).context;
  return isContextManager(manager) ? manager : undefined;
}

function isContextManager(value: unknown): value is OtelContextManager {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return typeof candidate.active === 'function' && typeof candidate.with === 'function';
}

/** The span of a context, when it holds something that looks like one. */
export function spanOf(context: OtelContext | undefined): OtelSpan | undefined {
  const span = context?.getValue(SPAN_KEY);
  if (typeof span !== 'object' || span === null) return undefined;
  const candidate = span as Record<string, unknown>;
  return typeof candidate.spanContext === 'function' &&
    typeof candidate.isRecording === 'function' &&
    typeof candidate.setAttribute === 'function'
    ? (span as OtelSpan)
    : undefined;
}

/** A context's RPC metadata, mutable by routers, when it belongs to `span`. */
export function rpcMetadataOf(context: OtelContext, span: OtelSpan): { readonly route?: unknown } | undefined {
  const metadata = context.getValue(RPC_METADATA_KEY);
  return typeof metadata === 'object' && metadata !== null && (metadata as { span?: unknown }).span === span
    ? metadata
    : undefined;
}

/**
 * Runs `fn` in a context where the host's instrumentations trace nothing, so
 * the agent's uploads do not show up as client spans of the application.
 * Without a registered context manager it just runs `fn`.
 */
export function runUntraced<T>(fn: () => T): T {
  const manager = registeredContextManager();
  let untraced: OtelContext | undefined;
  try {
    untraced = manager?.active().setValue(SUPPRESS_TRACING_KEY, true);
  } catch {
    // A manager we do not understand: send traced rather than not at all.
  }
  return manager && untraced ? manager.with(untraced, fn) : fn();
}
