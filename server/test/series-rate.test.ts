import { describe, expect, it } from 'vitest';
import { SeriesRate } from '../src/ingest/series-rate.js';

describe('new label sets per service per minute', () => {
  it('holds a burst across a minute boundary to the allowance, and admits again once the minute has passed', () => {
    const rate = new SeriesRate(20);
    const start = 59_000;
    // 20 just before a wall-clock minute turns, 20 more just after: a reset on the minute would take them all.
    for (let i = 0; i < 20; i++) expect(rate.admit('acme\u0000chatty', 1, start + i * 10)).toBe(true);
    for (let i = 0; i < 20; i++) expect(rate.admit('acme\u0000chatty', 1, start + 1_500 + i * 10)).toBe(false);
    // Another service has its own allowance; an upload with no new label set always passes.
    expect(rate.admit('acme\u0000quiet', 5, start + 2_000)).toBe(true);
    expect(rate.admit('acme\u0000chatty', 0, start + 2_000)).toBe(true);
    // A minute after the first ones, their room comes back one by one.
    expect(rate.admit('acme\u0000chatty', 1, start + 60_000)).toBe(true);
    expect(rate.admit('acme\u0000chatty', 2, start + 60_005)).toBe(false);
    expect(rate.admit('acme\u0000chatty', 1, start + 60_100)).toBe(true);
  });
});
