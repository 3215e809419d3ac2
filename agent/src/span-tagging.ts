import { createHook, type AsyncHook } from 'node:async_hooks';
import type { Log } from './log.js';
import { registeredContextManager, spanOf, type OtelContext, type OtelContextManager, type OtelSpan } from './otel.js';
import type { Profiler } from './profiler.js';
import { createSpanLabeler, type SpanLabels } from './span-labels.js';

/**
 * The agent is preloaded before the application sets OpenTelemetry up, so it
 * looks for a registered context manager right after the main module ran, then
 * every POLL_MS for POLL_FOR_MS, then at each cut.
 */
const POLL_MS = 100;
const POLL_FOR_MS = 10_000;

/** The context of samples taken outside any span. */
const NO_SPAN: SpanLabels = Object.freeze({});

export interface SpanTagging {
  /** Before each cut: picks up a context manager registered meanwhile and refreshes endpoints. */
  beforeCut(): void;
  /**
   * Sampling started or paused. Between sampling windows there is nothing to
   * label, so the per-resumption hook is off and costs the host nothing.
   */
  sampling(on: boolean): void;
  /** Stops tagging: the hook goes off and the manager gets its own methods back. */
  stop(): void;
}

export interface SpanTaggingOptions {
  readonly profiler: Pick<Profiler, 'setContext' | 'contextFollowsAsync'>;
  readonly log: Log;
}

/**
 * Labels wall/CPU samples with the active OpenTelemetry span. The registered
 * context manager's with() and attach() set the profiler's context when a
 * context is entered and left. Without contexts that follow continuations by
 * themselves (useCPED), an async hook also re-sets it on every async
 * resumption: measured on an HTTP service whose requests await between CPU
 * bursts, the wrappers alone label 20–50% of a request's samples correctly,
 * with the hook all of them. Until OpenTelemetry shows up nothing is hooked.
 */
export function startSpanTagging(options: SpanTaggingOptions): SpanTagging {
  const { profiler, log } = options;
  const labeler = createSpanLabeler();
  let manager: OtelContextManager | undefined;
  let unwrap: (() => void) | undefined;
  let hook: AsyncHook | undefined;
  let stopped = false;
  // The profiler samples from its start.
  let samplingOn = true;

  const fail = (error: unknown): void =>
    log.warnOnce('spans', `span tagging failed (${String(error)}); some samples may lack span labels`);

  const tag: Tagger = {
    enter(context, previous) {
      try {
        profiler.setContext(labeler.labelsFor(context, previous) ?? NO_SPAN);
      } catch (error) {
        fail(error);
      }
    },
    active(from) {
      try {
        profiler.setContext(labeler.labelsFor(from.active()) ?? NO_SPAN);
      } catch (error) {
        fail(error);
      }
    },
    activeSpan(from) {
      try {
        return spanOf(from.active());
      } catch {
        return undefined;
      }
    },
  };

  function attach(): void {
    const found = stopped ? undefined : registeredContextManager();
    if (!found || found === manager) return;
    unwrap?.();
    manager = found;
    unwrap = wrapContextManager(found, tag);
    tag.active(found);
    if (!profiler.contextFollowsAsync && !hook) {
      hook = createHook({ before: () => manager && tag.active(manager) });
      if (samplingOn) hook.enable();
      log.debug('span tagging: found an OpenTelemetry context manager; async hook installed');
    } else if (profiler.contextFollowsAsync) {
      log.debug('span tagging: found an OpenTelemetry context manager; contexts follow async continuations (useCPED), no hook');
    }
  }

  attach();
  const immediate = setImmediate(() => {
    attach();
    if (!manager) log.debug('span tagging: waiting for an OpenTelemetry context manager');
  });
  immediate.unref();
  const poll = setInterval(() => {
    attach();
    if (manager) clearInterval(poll);
  }, POLL_MS);
  poll.unref();
  const pollEnd = setTimeout(() => clearInterval(poll), POLL_FOR_MS);
  pollEnd.unref();

  return {
    beforeCut() {
      try {
        attach();
        labeler.refresh();
      } catch (error) {
        fail(error);
      }
    },
    sampling(on) {
      samplingOn = on;
      if (!hook || stopped) return;
      if (on) {
        hook.enable();
        // Until the next resumption, label with what is active now.
        if (manager) tag.active(manager);
      } else {
        hook.disable();
      }
    },
    stop() {
      stopped = true;
      clearImmediate(immediate);
      clearInterval(poll);
      clearTimeout(pollEnd);
      hook?.disable();
      unwrap?.();
      unwrap = undefined;
      manager = undefined;
    },
  };
}

interface Tagger {
  /** Sets the labels of a context being entered; `previous` was active before it. */
  enter(context: OtelContext, previous: OtelSpan | undefined): void;
  /** Sets the labels of the manager's active context. */
  active(manager: OtelContextManager): void;
  activeSpan(manager: OtelContextManager): OtelSpan | undefined;
}

/** with() as the wrapper sees it: any callback, any arguments. */
type WithMethod = (
  this: OtelContextManager,
  context: OtelContext,
  fn: (...args: unknown[]) => unknown,
  thisArg?: unknown,
  ...args: unknown[]
) => unknown;
type AttachMethod = NonNullable<OtelContextManager['attach']>;

/**
 * Replaces the instance's with() and attach() by wrappers that tag the
 * context entered and re-tag the one returned to. The tag is set inside the
 * callback, once the manager switched contexts: with contexts that follow
 * continuations it lands on the new async frame, not on the caller's.
 * Returns the undo, which leaves alone methods someone replaced after us.
 */
function wrapContextManager(manager: OtelContextManager, tag: Tagger): () => void {
  const target = manager as unknown as { with: WithMethod; attach?: AttachMethod };
  const originalWith = target.with;
  const originalAttach = target.attach;
  const ownWith = Object.hasOwn(target, 'with');
  const ownAttach = Object.hasOwn(target, 'attach');

  const wrappedWith: WithMethod = function (context, fn, thisArg, ...args) {
    const previous = tag.activeSpan(this);
    const entered = function (this: unknown, ...inner: unknown[]) {
      tag.enter(context, previous);
      return fn.apply(this, inner);
    };
    try {
      return originalWith.call(this, context, entered, thisArg, ...args);
    } finally {
      tag.active(this);
    }
  };
  target.with = wrappedWith;

  let wrappedAttach: AttachMethod | undefined;
  if (typeof originalAttach === 'function') {
    wrappedAttach = function (this: OtelContextManager, context: OtelContext) {
      const previous = tag.activeSpan(this);
      const token = originalAttach.call(this, context);
      tag.enter(context, previous);
      afterDispose(token, () => tag.active(this));
      return token;
    };
    target.attach = wrappedAttach;
  }

  return () => {
    if (target.with === wrappedWith) restore(target, 'with', originalWith, ownWith);
    if (wrappedAttach && target.attach === wrappedAttach) restore(target, 'attach', originalAttach, ownAttach);
  };
}

function restore(target: object, key: string, original: unknown, own: boolean): void {
  if (own) Object.assign(target, { [key]: original });
  else Reflect.deleteProperty(target, key);
}

/** Re-tags after the token of attach() gives the previous context back. */
function afterDispose(token: unknown, then: () => void): void {
  if (typeof token !== 'object' || token === null) return;
  const holder = token as { dispose?: unknown };
  const dispose = holder.dispose;
  if (typeof dispose !== 'function') return;
  try {
    holder.dispose = function (this: unknown, ...args: unknown[]) {
      try {
        return (dispose as (...a: unknown[]) => unknown).apply(this, args);
      } finally {
        then();
      }
    };
  } catch {
    // A frozen token: the next async resumption or with() re-tags instead.
  }
}
