import { describe, expect, it } from 'vitest';
import { formatDuration, formatRelative, formatShare, formatShareDelta, formatSignedValue, formatValue } from '../src/format.js';

describe('formatValue', () => {
  it('shows nanoseconds as the largest fitting time unit', () => {
    expect(formatValue(0, 'nanoseconds')).toBe('0 ns');
    expect(formatValue(850, 'nanoseconds')).toBe('850 ns');
    expect(formatValue(12_345, 'nanoseconds')).toBe('12.3 µs');
    expect(formatValue(600e6, 'nanoseconds')).toBe('600 ms');
    expect(formatValue(1.2e9, 'nanoseconds')).toBe('1.2 s');
    expect(formatValue(90e9, 'nanoseconds')).toBe('1.5 min');
    expect(formatValue(2 * 3600e9, 'nanoseconds')).toBe('2 h');
  });

  it('carries rounding into the next unit', () => {
    expect(formatValue(999.7e6, 'nanoseconds')).toBe('1 s');
    expect(formatValue(1023.9, 'bytes')).toBe('1 KB');
  });

  it('shows bytes in binary units', () => {
    expect(formatValue(512, 'bytes')).toBe('512 B');
    expect(formatValue(1536, 'bytes')).toBe('1.5 KB');
    expect(formatValue(5.5 * 1024 ** 2, 'bytes')).toBe('5.5 MB');
    expect(formatValue(3 * 1024 ** 3, 'bytes')).toBe('3 GB');
  });

  it('groups counts and abbreviates millions', () => {
    expect(formatValue(12_345, 'count')).toBe('12,345');
    // Heap object counts are averages over snapshots: exact inside, whole objects on screen.
    expect(formatValue(1_234.56, 'count')).toBe('1,235');
    expect(formatValue(0.4, 'count')).toBe('0');
    expect(formatValue(2_500_000, 'count')).toBe('2.5 M');
  });

  it('signs negative values and growth', () => {
    expect(formatValue(-1536, 'bytes')).toBe('−1.5 KB');
    expect(formatSignedValue(6_000_000, 'bytes')).toBe('+5.72 MB');
  });
});

describe('shares', () => {
  it('formats fractions as percentages', () => {
    expect(formatShare(0.4)).toBe('40.0 %');
    expect(formatShare(0.05)).toBe('5.00 %');
    expect(formatShare(0.00001)).toBe('<0.01 %');
    expect(formatShare(0)).toBe('0.00 %');
  });

  it('formats changes in percentage points and relative terms', () => {
    expect(formatShareDelta(0.125)).toBe('+12.5 pp');
    expect(formatShareDelta(-0.25)).toBe('−25.0 pp');
    expect(formatShareDelta(0)).toBe('±0 pp');
    expect(formatRelative(Infinity)).toBe('new');
    expect(formatRelative(-1)).toBe('gone');
    expect(formatRelative(0.5)).toBe('+50 %');
  });

  it('describes durations', () => {
    expect(formatDuration(15 * 60_000)).toBe('15 min');
    expect(formatDuration(6 * 3600_000)).toBe('6 h');
    expect(formatDuration(7 * 86400_000)).toBe('7 d');
    // A timeline step of 30 s is not "1 min".
    expect(formatDuration(30_000)).toBe('30 s');
    expect(formatDuration(59_000)).toBe('59 s');
    expect(formatDuration(60_000)).toBe('1 min');
  });
});
