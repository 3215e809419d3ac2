import type { Log } from './log.js';

const EXIT_SIGNALS = ['SIGTERM', 'SIGINT'] as const;

export interface ExitHooksOptions {
  /** Cuts the last window and uploads what is queued. */
  readonly flush: () => Promise<void>;
  /** The same, synchronously, as the process exits, within `budgetMs`; undefined: nothing is attempted then. */
  readonly flushAtExit?: (budgetMs: number) => void;
  readonly exitFlushTimeoutMs: number;
  readonly log: Log;
}

export interface ExitHooks {
  /** Runs the final flush (once, bounded) and removes the hooks. */
  finish(): Promise<void>;
}

/**
 * Uploads the last window when the process ends on its own (beforeExit) or
 * is asked to (SIGTERM, SIGINT), for at most exitFlushTimeoutMs.
 *
 * A signal listener replaces Node's default of dying at once, so the agent
 * must give that back: when its listener is the only one, it re-raises the
 * signal after the flush and the process dies of it as it would have. When
 * the application listens too, the application decides, as before. An
 * application that calls process.exit() (in its handler, or anywhere) ends
 * the process before an upload begun here can complete: on 'exit', unless
 * that flush is over, `flushAtExit` runs instead, synchronously. Its
 * listener goes first: @datadog/pprof's own stops the time profiler there.
 */
export function installExitHooks(options: ExitHooksOptions): ExitHooks {
  const { flush, exitFlushTimeoutMs, log } = options;
  let finalFlush: Promise<void> | undefined;
  let flushStartedMs: number | undefined;

  const uninstall = (): void => {
    process.removeListener('exit', onExit);
    process.removeListener('beforeExit', onBeforeExit);
    for (const signal of EXIT_SIGNALS) process.removeListener(signal, onSignal);
  };
  const finish = (): Promise<void> => {
    flushStartedMs ??= Date.now();
    finalFlush ??= boundedFlush(flush, exitFlushTimeoutMs, log).then(uninstall);
    return finalFlush;
  };
  const reraise = (signal: NodeJS.Signals): void => {
    uninstall();
    process.kill(process.pid, signal);
  };

  function onBeforeExit(): void {
    void finish();
  }

  function onExit(): void {
    uninstall();
    // One bound for the whole final upload, however it was begun.
    const budgetMs = exitFlushTimeoutMs - (flushStartedMs === undefined ? 0 : Date.now() - flushStartedMs);
    if (budgetMs <= 0) return;
    try {
      options.flushAtExit?.(budgetMs);
    } catch (error) {
      log.debug(`final upload at exit failed (${String(error)})`);
    }
  }

  function onSignal(signal: NodeJS.Signals): void {
    const alone = process.listenerCount(signal) === 1;
    // A second signal while flushing means "now": do not make anyone wait.
    if (alone && finalFlush) {
      reraise(signal);
      return;
    }
    void finish().then(() => {
      if (alone && process.listenerCount(signal) === 0) reraise(signal);
    });
  }

  if (options.flushAtExit) process.prependListener('exit', onExit);
  process.on('beforeExit', onBeforeExit);
  for (const signal of EXIT_SIGNALS) process.on(signal, onSignal);
  return { finish };
}

function boundedFlush(flush: () => Promise<void>, timeoutMs: number, log: Log): Promise<void> {
  return new Promise((resolve) => {
    // Deliberately not unref()'d: this timer is what keeps the process alive
    // while the last upload runs, and for no longer than the bound.
    const deadline = setTimeout(() => {
      log.debug(`final upload still running after ${timeoutMs} ms; not waiting any longer`);
      resolve();
    }, timeoutMs);
    void flush()
      .catch((error: unknown) => log.warnOnce('exit-flush', `final upload failed (${String(error)})`))
      .finally(() => {
        clearTimeout(deadline);
        resolve();
      });
  });
}
