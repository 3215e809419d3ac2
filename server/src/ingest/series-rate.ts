const MINUTE_MS = 60_000;
// Keys whose last minute holds nothing are dropped once this many are kept,
// and again each time the keys left double: a sweep per new key would make
// every new service pay for all the others.
const SWEEP_AT_KEYS = 10_000;

/** The label sets a key admitted over the last minute, oldest first. */
interface Window {
  readonly timesMs: number[];
  readonly counts: number[];
  /** Entries before it have left the minute. */
  head: number;
  total: number;
}

/**
 * New label sets per service per minute: a service that puts a request id
 * or a timestamp in a label creates a series per request, and the series
 * table and every label query would grow without bound. Counted over the
 * minute before each upload, per (tenant, service): a window that slides
 * rather than one reset on the minute, so a burst across a minute's turn is
 * held to the allowance too.
 */
export class SeriesRate {
  private readonly windows = new Map<string, Window>();
  private sweepAtKeys = SWEEP_AT_KEYS;

  constructor(private readonly maxPerMinute: number) {}

  /** Counts `newSeries` for `key` and says whether they fit the last minute's allowance; refused ones are not counted. */
  admit(key: string, newSeries: number, nowMs: number): boolean {
    if (newSeries === 0) return true;
    let window = this.windows.get(key);
    if (!window) {
      if (this.windows.size >= this.sweepAtKeys) {
        this.sweep(nowMs);
        this.sweepAtKeys = Math.max(SWEEP_AT_KEYS, 2 * this.windows.size);
      }
      window = { timesMs: [], counts: [], head: 0, total: 0 };
      this.windows.set(key, window);
    }
    expire(window, nowMs);
    if (window.total + newSeries > this.maxPerMinute) return false;
    window.timesMs.push(nowMs);
    window.counts.push(newSeries);
    window.total += newSeries;
    return true;
  }

  private sweep(nowMs: number): void {
    for (const [key, window] of this.windows) {
      expire(window, nowMs);
      if (window.total === 0) this.windows.delete(key);
    }
  }
}

function expire(window: Window, nowMs: number): void {
  while (window.head < window.timesMs.length && window.timesMs[window.head]! <= nowMs - MINUTE_MS) {
    window.total -= window.counts[window.head]!;
    window.head++;
  }
  // Compacted once half of it has left the minute: an admission per upload stays bounded by the allowance.
  if (window.head > 64 && window.head * 2 > window.timesMs.length) {
    window.timesMs.splice(0, window.head);
    window.counts.splice(0, window.head);
    window.head = 0;
  }
}
