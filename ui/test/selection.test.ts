import { describe, expect, it } from 'vitest';
import { withDefaults } from '../src/state/defaults.js';
import { dataDiffRanges, diffParams, selectionOf, selectionParams, type Selection } from '../src/state/selection.js';
import { presetCovering, resolveRange, widenRange } from '../src/state/time-range.js';
import { DEFAULT_STATE } from '../src/state/url-state.js';

const selection: Selection = {
  service: 'api',
  type: 'cpu',
  fromMs: 1000,
  toMs: 5000,
  filters: [
    { key: 'host.name', op: '=', value: 'a' },
    { key: 'service.version', op: '=', value: '9' },
  ],
  traceId: 't1',
};

describe('API parameters', () => {
  it('sends the selection, filters and span ids', () => {
    expect(selectionParams(selection).toString()).toBe(
      'service=api&type=cpu&from=1000&to=5000&filter=host.name%3Da&filter=service.version%3D9&trace_id=t1',
    );
  });

  it('needs a service and a type', () => {
    expect(selectionOf(DEFAULT_STATE, { fromMs: 0, toMs: 1 })).toBeUndefined();
    expect(selectionOf({ ...DEFAULT_STATE, service: 'api', type: 'wall' }, { fromMs: 0, toMs: 1 })?.type).toBe('wall');
  });

  it('diffs versions with each side repeating the other filters', () => {
    const params = diffParams(selection, { mode: 'version', key: 'service.version', baseline: '1.0.0', comparison: '2.0.0', sort: 'change' })!;
    expect(params.getAll('filter')).toEqual([]);
    expect(params.getAll('baseline.filter')).toEqual(['host.name=a', 'service.version=1.0.0']);
    expect(params.getAll('comparison.filter')).toEqual(['host.name=a', 'service.version=2.0.0']);
    expect(params.get('trace_id')).toBe('t1');
    expect(diffParams(selection, { mode: 'version', key: 'service.version', sort: 'change' })).toBeUndefined();
  });

  it('diffs time ranges, halves of the range by default', () => {
    const params = diffParams(selection, { mode: 'time', key: 'service.version', sort: 'change' })!;
    expect([params.get('baseline.from'), params.get('baseline.to'), params.get('comparison.from'), params.get('comparison.to')]).toEqual(['1000', '3000', '3000', '5000']);
    expect(params.getAll('filter')).toHaveLength(2);
  });
});

describe('a time diff that opens on data', () => {
  const step = 60_000;
  const points = (values: number[]): { ts: number; value: number }[] => values.map((value, i) => ({ ts: i * step, value }));

  it('cuts the time with data where half of its value lies before', () => {
    // Data 50 and 20 minutes into an hour, nothing in the first half: both sides get a cluster.
    const values = Array.from({ length: 60 }, (_, i) => (i === 10 || i === 11 ? 100 : i === 40 ? 400 : 0));
    expect(dataDiffRanges(points(values), step, { fromMs: 0, toMs: 60 * step })).toEqual({
      baseline: { fromMs: 10 * step, toMs: 40 * step },
      comparison: { fromMs: 40 * step, toMs: 41 * step },
    });
  });

  it('gives both sides data even when one step holds most of it', () => {
    const sides = dataDiffRanges(points([0, 1000, 1, 0, 1]), step, { fromMs: 0, toMs: 5 * step })!;
    expect(sides.baseline).toEqual({ fromMs: step, toMs: 2 * step });
    expect(sides.comparison).toEqual({ fromMs: 2 * step, toMs: 5 * step });
  });

  it('has nothing to cut with fewer than two steps of data, and stays inside the range', () => {
    expect(dataDiffRanges(points([0, 5, 0]), step, { fromMs: 0, toMs: 3 * step })).toBeUndefined();
    const sides = dataDiffRanges(points([5, 5]), step, { fromMs: 30_000, toMs: 90_000 })!;
    expect(sides.baseline.fromMs).toBe(30_000);
    expect(sides.comparison.toMs).toBe(90_000);
  });
});

describe('time ranges', () => {
  it('resolves presets to end now, on a whole second', () => {
    expect(resolveRange({ kind: 'preset', preset: '15m' }, 10_000_500)).toEqual({ fromMs: 10_001_000 - 900_000, toMs: 10_001_000 });
  });

  it('widens around the middle without passing now', () => {
    expect(widenRange({ fromMs: 1000, toMs: 2000 }, 10_000)).toEqual({ kind: 'absolute', fromMs: 500, toMs: 2500 });
    expect(widenRange({ fromMs: 1000, toMs: 2000 }, 2000)).toEqual({ kind: 'absolute', fromMs: 0, toMs: 2000 });
  });

  it('finds the preset reaching back to a time', () => {
    expect(presetCovering(0, 3 * 3600_000)).toBe('6h');
    expect(presetCovering(0, 30 * 86400_000)).toBe('7d');
  });
});

describe('defaults', () => {
  const services = [
    { name: 'old', types: ['cpu' as const], firstSeenMs: 0, lastSeenMs: 10 },
    { name: 'worker', types: ['inuse_objects' as const, 'inuse_space' as const], firstSeenMs: 0, lastSeenMs: 20 },
  ];

  it('picks the most recently active service and its first type', () => {
    expect(withDefaults(DEFAULT_STATE, services)).toEqual({ service: 'worker', type: 'inuse_space' });
  });

  it('keeps a valid choice and fixes a type the service lacks', () => {
    expect(withDefaults({ ...DEFAULT_STATE, service: 'old', type: 'cpu' }, services)).toBeUndefined();
    expect(withDefaults({ ...DEFAULT_STATE, service: 'old', type: 'wall' }, services)).toEqual({ type: 'cpu' });
  });
});
