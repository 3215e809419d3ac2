import { describe, expect, it } from 'vitest';
import { defaultDiffPair, orderVersions } from '../src/versions.js';

describe('version order', () => {
  it('orders semver numerically, pre-releases before releases', () => {
    expect(orderVersions(['1.10.0', '1.2.0', 'v1.9.3', '1.10.0-rc.1', '1.10.0-rc.10'])).toEqual([
      '1.2.0',
      'v1.9.3',
      '1.10.0-rc.1',
      '1.10.0-rc.10',
      '1.10.0',
    ]);
  });

  it('orders other values by when they were last seen', () => {
    const values = ['abc123', 'fed456', 'zzz'];
    const lastSeen = new Map([
      ['abc123', 300],
      ['fed456', 100],
      ['zzz', 200],
    ]);
    expect(orderVersions(values, lastSeen)).toEqual(['fed456', 'zzz', 'abc123']);
  });

  it('compares the previous version against the latest', () => {
    expect(defaultDiffPair(['1.0.0', '1.1.0', '2.0.0'])).toEqual({ baseline: '1.1.0', comparison: '2.0.0' });
    expect(defaultDiffPair(['1.0.0'])).toBeUndefined();
  });
});
