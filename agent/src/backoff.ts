export const BACKOFF_BASE_MS = 1_000;
export const BACKOFF_CAP_MS = 60_000;

/**
 * Delay before retry number `attempt` (1 for the first retry): "full jitter",
 * uniform in [0, min(cap, base * 2^(attempt-1))), so agents that lost the
 * same server at the same moment do not come back in lockstep.
 */
export function backoffDelayMs(attempt: number, random: () => number = Math.random): number {
  const ceilingMs = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, attempt - 1));
  return Math.floor(random() * ceilingMs);
}

/**
 * Delay before retry number `attempt`: the server's Retry-After, when it sent
 * one, as the least wait, plus the jittered backoff. Retry-After alone brought
 * every agent a busy server refused in one instant back in one instant, and
 * as often however long the server stayed busy (bench/RESULTS.md §25).
 */
export function retryDelayMs(attempt: number, retryAfterMs: number | undefined, random: () => number = Math.random): number {
  return Math.min(BACKOFF_CAP_MS, (retryAfterMs ?? 0) + backoffDelayMs(attempt, random));
}

/**
 * Reads a Retry-After header: delay-seconds or an HTTP date. Undefined when
 * absent or unreadable, so the caller falls back to its own backoff.
 */
export function parseRetryAfterMs(header: string | undefined, nowMs: number): number | undefined {
  const value = header?.trim();
  if (!value) return undefined;
  if (/^\d+$/.test(value)) return Number(value) * 1_000;
  // Date.parse reads bare numbers such as "-1" as years; an HTTP date has month names.
  if (!/[A-Za-z]{3}/.test(value)) return undefined;
  const dateMs = Date.parse(value);
  return Number.isNaN(dateMs) ? undefined : Math.max(0, dateMs - nowMs);
}
