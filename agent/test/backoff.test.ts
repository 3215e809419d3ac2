import { describe, expect, it } from 'vitest';
import { BACKOFF_CAP_MS, backoffDelayMs, parseRetryAfterMs, retryDelayMs } from '../src/backoff.js';

describe('backoffDelayMs', () => {
  const almostOne = () => 0.999_999;

  it('doubles its ceiling from 1 s per attempt up to 60 s', () => {
    const ceilings = [1, 2, 3, 4, 5, 6, 7, 8, 20].map((attempt) => backoffDelayMs(attempt, almostOne));
    expect(ceilings).toEqual([999, 1_999, 3_999, 7_999, 15_999, 31_999, 59_999, 59_999, 59_999]);
    expect(BACKOFF_CAP_MS).toBe(60_000);
  });

  it('draws uniformly below the ceiling (full jitter)', () => {
    expect(backoffDelayMs(3, () => 0)).toBe(0);
    expect(backoffDelayMs(3, () => 0.5)).toBe(2_000);
  });
});

describe('retryDelayMs', () => {
  it('waits the server\'s Retry-After at least, and spreads agents refused together over the backoff above it', () => {
    const delays = [0, 0.25, 0.5, 0.75].map((draw) => retryDelayMs(1, 1_000, () => draw));
    expect(delays).toEqual([1_000, 1_250, 1_500, 1_750]);
    expect(retryDelayMs(4, 1_000, () => 0.5)).toBe(5_000);
  });

  it('is the backoff alone without Retry-After, and never past the cap', () => {
    expect(retryDelayMs(2, undefined, () => 0.5)).toBe(backoffDelayMs(2, () => 0.5));
    expect(retryDelayMs(20, 50_000, () => 0.5)).toBe(BACKOFF_CAP_MS);
  });
});

describe('parseRetryAfterMs', () => {
  const now = Date.parse('2026-01-01T00:00:00Z');

  it('reads delay-seconds', () => {
    expect(parseRetryAfterMs('120', now)).toBe(120_000);
    expect(parseRetryAfterMs(' 0 ', now)).toBe(0);
  });

  it('reads an HTTP date relative to now, and a past date as no wait', () => {
    expect(parseRetryAfterMs('Thu, 01 Jan 2026 00:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfterMs('Wed, 31 Dec 2025 23:00:00 GMT', now)).toBe(0);
  });

  it('gives up on anything else', () => {
    for (const header of [undefined, '', 'soon', '-1', '1.5', '12abc']) {
      expect(parseRetryAfterMs(header, now), String(header)).toBeUndefined();
    }
  });
});
