import { createHook, type AsyncHook } from 'node:async_hooks';
import { runAfterCall } from './after-call.js';
import type { Log } from './log.js';
import { registeredContextManager, spanOf, type OtelContext, type OtelContextManager } from './otel.js';
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
  readonly profiler: Pick<Profiler, 'setContext' | 'currentContext' | 'contextFollowsAsync'>;
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
    enter(from, context) {
      try {
        const before = profiler.currentContext();
        profiler.setContext(labeler.labelsFor(context, () => spanOf(from.active())) ?? NO_SPAN);
        return before;
      } catch (error) {
        fail(error);
        return undefined;
      }
    },
    restore(before) {
      try {
        profiler.setContext(before ?? NO_SPAN);
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
  /** Sets the labels of `context`, about to be entered from `from`'s active one; returns what was set before. */
  enter(from: OtelContextManager, context: OtelContext): object | undefined;
  /** Puts back what enter() replaced. */
  restore(before: object | undefined): void;
  /** Sets the labels of the manager's active context. */
  active(manager: OtelContextManager): void;
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
 * context entered and put back what was tagged before. with() tags before it
 * calls the manager: the manager's run() starts a new async frame from the
 * current one, so with contexts that follow continuations the new frame
 * starts with the new labels, and the caller's frame gets its own back when
 * with() returns. Hot: no closure and no argument array per call.
 * Returns the undo, which leaves alone methods someone replaced after us.
 */
function wrapContextManager(manager: OtelContextManager, tag: Tagger): () => void {
  const target = manager as unknown as { with: WithMethod; attach?: AttachMethod };
  const originalWith = target.with;
  const originalAttach = target.attach;
  const ownWith = Object.hasOwn(target, 'with');
  const ownAttach = Object.hasOwn(target, 'attach');

  const wrappedWith = function (this: OtelContextManager, context: OtelContext): unknown {
    const before = tag.enter(this, context);
    try {
      // eslint-disable-next-line prefer-rest-params -- forwards every argument as it came, with no array per call
      return Reflect.apply(originalWith, this, arguments);
    } finally {
      tag.restore(before);
    }
  } as WithMethod;
  target.with = wrappedWith;

  let wrappedAttach: AttachMethod | undefined;
  if (typeof originalAttach === 'function') {
    wrappedAttach = function (this: OtelContextManager, context: OtelContext) {
      const before = tag.enter(this, context);
      const token = originalAttach.call(this, context);
      afterDispose(token, () => tag.restore(before));
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
  // A frozen token: the next async resumption or with() re-tags instead.
  if (typeof token === 'object' && token !== null) runAfterCall(token, 'dispose', then);
}
