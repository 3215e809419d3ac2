export const LOG_LEVELS = ['silent', 'warn', 'debug'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Where log lines go; stderr unless the embedding code injects another sink. */
export type LogSink = (line: string) => void;

export interface Log {
  /**
   * Reports a problem once per `kind` for the life of the process: a server
   * that stays down must not print a line every upload interval.
   */
  warnOnce(kind: string, message: string): void;
  debug(message: string): void;
}

const PREFIX = 'flamehouse: ';

function writeToStderr(line: string): void {
  process.stderr.write(`${line}\n`);
}

export function createLog(level: LogLevel, sink: LogSink = writeToStderr): Log {
  const warnedKinds = new Set<string>();
  // A broken sink (closed stderr, a throwing injected logger) must not turn
  // a diagnostic into an exception inside the host application.
  const emit = (message: string): void => {
    try {
      sink(PREFIX + message);
    } catch {
      // Nowhere left to report to.
    }
  };
  return {
    warnOnce(kind, message) {
      if (level === 'silent' || warnedKinds.has(kind)) return;
      warnedKinds.add(kind);
      emit(message);
    },
    debug(message) {
      if (level === 'debug') emit(message);
    },
  };
}
