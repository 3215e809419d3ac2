/**
 * Runs `step` and reports how long it held the host's thread: the agent's
 * own cost, which travels with each upload.
 */
export function onHostThread<T>(step: () => T, record: (ms: number) => void): T {
  const startedMs = performance.now();
  try {
    return step();
  } finally {
    record(performance.now() - startedMs);
  }
}
