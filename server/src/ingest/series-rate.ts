const MINUTE_MS = 60_000;

/**
 * New label sets per service per minute: a service that puts a request id
 * or a timestamp in a label creates a series per request, and the series
 * table and every label query would grow without bound. Counted in whole
 * minutes per (tenant, service).
 */
export class SeriesRate {
  private minute = -1;
  private readonly counts = new Map<string, number>();

  constructor(private readonly maxPerMinute: number) {}

  /** Counts `newSeries` for `key` and says whether they fit this minute's allowance; refused ones are not counted. */
  admit(key: string, newSeries: number, nowMs: number): boolean {
    const minute = Math.floor(nowMs / MINUTE_MS);
    if (minute !== this.minute) {
      this.minute = minute;
      this.counts.clear();
    }
    if (newSeries === 0) return true;
    const count = (this.counts.get(key) ?? 0) + newSeries;
    if (count > this.maxPerMinute) return false;
    this.counts.set(key, count);
    return true;
  }
}
