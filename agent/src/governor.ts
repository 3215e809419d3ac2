/** The slowest the governor samples at: once a second. */
export const SLOWEST_INTERVAL_US = 1_000_000;

export interface GovernorOptions {
  /** Largest share of the process's CPU the agent may use, in percent; 0 turns the governor off. */
  readonly budgetPercent: number;
  /** How much time the agent's cost is judged over before the rate changes. */
  readonly windowMs: number;
  /** The configured sampling interval: the fastest the governor samples at. */
  readonly baseIntervalUs: number;
}

export interface Governor {
  /** The sampling interval to use now. */
  readonly intervalUs: number;
  /**
   * Adds what one interval between cuts cost: its length, the agent's own CPU
   * in it and the whole process's, and the interval it was sampled at (none
   * when it was not). Returns the interval to sample at from now on.
   */
  observe(elapsedMs: number, selfMs: number, processMs: number, sampledIntervalUs?: number): number;
}

/**
 * Keeps the agent within its CPU budget. Over each window, the agent's own
 * cost (its main-thread time and V8's profiler threads) as a share of the
 * process's CPU: above the budget, sampling slows by as much as it overshot
 * (1.5× to 4× at a time); below half of it, it speeds up twice towards the
 * configured rate. Changes come at most once a window, since each restarts
 * the profiler. A new interval takes effect at the next cut, so the cut
 * after a change still ends a window sampled at the old one: such windows
 * are left out. Counted, they took a service at 9 % of a core from 29 Hz to
 * 7 Hz, then, for the minute still sampled at 29 Hz, on to 1.8 and 1 Hz.
 */
export function createGovernor(options: GovernorOptions): Governor {
  const { budgetPercent, windowMs, baseIntervalUs } = options;
  let intervalUs = baseIntervalUs;
  let elapsed = 0;
  let self = 0;
  let process = 0;
  return {
    get intervalUs() {
      return intervalUs;
    },
    observe(elapsedMs, selfMs, processMs, sampledIntervalUs) {
      if (budgetPercent <= 0 || (sampledIntervalUs !== undefined && sampledIntervalUs !== intervalUs)) return intervalUs;
      elapsed += elapsedMs;
      self += Math.max(0, selfMs);
      process += Math.max(0, processMs);
      if (elapsed < windowMs) return intervalUs;
      const sharePercent = process > 0 ? (100 * self) / process : 0;
      if (sharePercent > budgetPercent) {
        const factor = Math.min(4, Math.max(1.5, sharePercent / budgetPercent));
        intervalUs = Math.min(SLOWEST_INTERVAL_US, Math.round(intervalUs * factor));
      } else if (sharePercent < budgetPercent / 2 && intervalUs > baseIntervalUs) {
        intervalUs = Math.max(baseIntervalUs, Math.round(intervalUs / 2));
      }
      elapsed = 0;
      self = 0;
      process = 0;
      return intervalUs;
    },
  };
}
