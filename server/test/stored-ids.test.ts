import { describe, expect, it } from 'vitest';
import { StoredIds } from '../src/storage/stored-ids.js';

describe('StoredIds', () => {
  it('skips a row stored today and asks for it again the next day, so its last_seen is refreshed', () => {
    const ids = new StoredIds(1024 * 1024);
    const day = 20_000 * 86_400;
    expect(ids.needs('acme', 'stack', '42', day + 10)).toBe(true);
    ids.rememberAll('acme', 'stack', ['42'], day + 10);
    expect(ids.needs('acme', 'stack', '42', day + 80_000)).toBe(false);
    expect(ids.needs('acme', 'stack', '42', day + 86_400)).toBe(true);
    // Per tenant and per kind: another tenant's storage holds nothing of this tenant's.
    expect(ids.needs('beta', 'stack', '42', day + 10)).toBe(true);
    expect(ids.needs('acme', 'frame', '42', day + 10)).toBe(true);
  });

  it('stays within its bytes: full, it starts over, and what it forgot is sent again', () => {
    const ids = new StoredIds(120 * 100);
    ids.rememberAll('t', 'frame', Array.from({ length: 100 }, (_, i) => String(i)), 0);
    expect(ids.size).toBe(100);
    expect(ids.needs('t', 'frame', '99', 0)).toBe(false);
    ids.rememberAll('t', 'frame', ['100', '101'], 0);
    expect(ids.size).toBe(2);
    expect(ids.needs('t', 'frame', '101', 0)).toBe(false);
    expect(ids.needs('t', 'frame', '0', 0)).toBe(true);
    // A row stored again the same day is not counted twice.
    ids.rememberAll('t', 'frame', ['101'], 0);
    expect(ids.size).toBe(2);
  });

  it('keeps its mark while what it holds only grows, and changes it with the tenant, the day and a start over', () => {
    const ids = new StoredIds(120 * 3);
    const day = 20_000 * 86_400;
    expect(ids.mark('t', day)).toBe(-1);
    ids.rememberAll('t', 'frame', ['1'], day);
    const mark = ids.mark('t', day);
    ids.rememberAll('t', 'stack', ['2'], day + 60);
    expect(ids.mark('t', day + 60)).toBe(mark);
    expect(ids.mark('t', day + 86_400)).not.toBe(mark);
    ids.rememberAll('u', 'frame', ['1'], day);
    expect(ids.mark('u', day)).not.toBe(mark);
    // Full: it starts over, and an id it said it held (1) may now be asked for again.
    ids.rememberAll('t', 'frame', ['3', '4'], day);
    expect(ids.needs('t', 'frame', '1', day)).toBe(true);
    expect(ids.mark('t', day)).not.toBe(mark);
  });

  it('tells its listeners which ids an insert stored', () => {
    const ids = new StoredIds(1024 * 1024);
    const told: unknown[] = [];
    ids.onStored((...args) => told.push(args));
    ids.rememberAll('acme', 'stack', ['7', '8'], 5);
    ids.rememberAll('acme', 'stack', [], 5);
    expect(told).toEqual([['acme', 'stack', ['7', '8'], 5]]);
  });
});
