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

  it('stays within its bytes, forgetting the least recently used', () => {
    const ids = new StoredIds(160 * 100);
    ids.rememberAll('t', 'frame', Array.from({ length: 1000 }, (_, i) => String(i)), 0);
    expect(ids.size).toBe(100);
    expect(ids.needs('t', 'frame', '999', 0)).toBe(false);
    expect(ids.needs('t', 'frame', '0', 0)).toBe(true);
  });
});
