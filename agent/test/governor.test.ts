import { describe, expect, it } from 'vitest';
import { SLOWEST_INTERVAL_US, createGovernor } from '../src/governor.js';

describe('the governor', () => {
  it('slows sampling by as much as the agent overshot its budget, once per window', () => {
    const governor = createGovernor({ budgetPercent: 1, windowMs: 60_000, baseIntervalUs: 10_000 });
    // 3 % of the process's CPU over 30 s: not a whole window yet.
    expect(governor.observe(30_000, 300, 10_000)).toBe(10_000);
    // 3 % over the whole minute: three times slower.
    expect(governor.observe(30_000, 300, 10_000)).toBe(30_000);
    // 20 % at most quadruples it, and never past once a second.
    expect(governor.observe(60_000, 2_000, 10_000)).toBe(120_000);
    for (let i = 0; i < 10; i++) governor.observe(60_000, 2_000, 10_000);
    expect(governor.intervalUs).toBe(SLOWEST_INTERVAL_US);
  });

  it('speeds back up towards the configured rate when there is room, never past it', () => {
    const governor = createGovernor({ budgetPercent: 1, windowMs: 60_000, baseIntervalUs: 10_000 });
    governor.observe(60_000, 400, 10_000);
    expect(governor.intervalUs).toBe(40_000);
    // Within budget but above half of it: stays.
    expect(governor.observe(60_000, 70, 10_000)).toBe(40_000);
    expect(governor.observe(60_000, 20, 10_000)).toBe(20_000);
    expect(governor.observe(60_000, 20, 10_000)).toBe(10_000);
    expect(governor.observe(60_000, 20, 10_000)).toBe(10_000);
  });

  it('leaves out a window sampled at another interval than its own', () => {
    const governor = createGovernor({ budgetPercent: 1, windowMs: 60_000, baseIntervalUs: 10_000 });
    expect(governor.observe(60_000, 300, 10_000, 10_000)).toBe(30_000);
    // The minute after the change, still sampled at the old interval, costs as much: not the new rate's cost.
    expect(governor.observe(60_000, 300, 10_000, 10_000)).toBe(30_000);
    expect(governor.observe(60_000, 300, 10_000, 30_000)).toBe(90_000);
    // A window without wall sampling counts.
    expect(governor.observe(60_000, 10, 10_000, undefined)).toBe(45_000);
  });

  it('does nothing with a budget of 0', () => {
    const governor = createGovernor({ budgetPercent: 0, windowMs: 1_000, baseIntervalUs: 10_000 });
    expect(governor.observe(60_000, 9_000, 10_000)).toBe(10_000);
  });
});
