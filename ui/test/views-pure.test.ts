import { describe, expect, it } from 'vitest';
import { exportUrl, speedscopeUrl } from '../src/export-links.js';
import { flameModel, diffModel } from '../src/flamegraph/model.js';
import { sparklinePoints } from '../src/views/sparkline.js';
import { OTHER_SERIES_COLOR, seriesColor } from '../src/views/series-colors.js';
import { defaultTagKey } from '../src/views/tags.js';
import { breakdownTimeline } from '../src/views/timeline-sources.js';
import { areaPath, timeTicks, xToTime } from '../src/views/timeline-scale.js';
import { diffFromFolded, fromFolded } from './support/trees.js';

describe('timeline geometry', () => {
  it('places round ticks inside the range', () => {
    const from = Date.UTC(2024, 0, 1, 10, 7);
    const ticks = timeTicks(from, from + 3600_000, 6);
    expect(ticks.length).toBeGreaterThan(2);
    expect(ticks.length).toBeLessThanOrEqual(6);
    expect(ticks.every((t) => t >= from && t <= from + 3600_000)).toBe(true);
    // An hour in at most six ticks: every ten minutes, on the minute.
    expect(ticks.map((t) => new Date(t).getMinutes() % 10 + new Date(t).getSeconds())).toEqual(ticks.map(() => 0));
    expect(ticks[1]! - ticks[0]!).toBe(600_000);
  });

  it('draws steps and maps pixels back to time', () => {
    const box = { fromMs: 0, toMs: 100, width: 200, height: 50 };
    expect(areaPath([{ ts: 0, value: 10 }, { ts: 50, value: 5 }], 50, 10, box)).toBe('M0.0,50L0.0,0.0L100.0,0.0L100.0,25.0L200.0,25.0L200.0,50Z');
    expect(xToTime(100, box)).toBe(50);
    expect(xToTime(-5, box)).toBe(0);
  });

  it('scales a sparkline into its box', () => {
    expect(sparklinePoints([0, 5, 10], 104, 24)).toBe('2.0,22.0 52.0,12.0 102.0,2.0');
  });
});

describe('export links', () => {
  const selection = { service: 'api', type: 'cpu' as const, fromMs: 1, toMs: 2, filters: [{ key: 'service.version', op: '=' as const, value: '2.0.0' }] };

  it('exports the selection', () => {
    expect(exportUrl(selection, 'folded')).toBe('/api/v1/export?service=api&type=cpu&from=1&to=2&filter=service.version%3D2.0.0&format=folded');
  });

  it('opens speedscope on our own origin with the export as profileURL', () => {
    const url = speedscopeUrl(selection, 'http://localhost:4040');
    expect(url.startsWith('/speedscope/index.html#profileURL=')).toBe(true);
    expect(decodeURIComponent(url.split('#profileURL=')[1]!)).toBe(`http://localhost:4040${exportUrl(selection, 'speedscope')}`);
  });
});

describe('frame models', () => {
  it('describes frames with units and shares', () => {
    const model = flameModel(fromFolded(['main;validate 600000000', 'main;query 900000000']), 'nanoseconds');
    const validate = model.layout.nodes.findIndex((n) => n.name === 'validate');
    expect(model.details(validate, 0).map((d) => `${d.label} ${d.value} ${d.note ?? ''}`)).toEqual([
      'Total 600 ms 40.0 % of all',
      'Self 600 ms 40.0 % of all',
    ]);
    expect(model.summary(validate)).toBe('validate (app.js): total 600 ms, 40.0 %; self 600 ms');
  });

  it('sizes diff frames by average share and marks growth', () => {
    const root = diffFromFolded(['main;query 150', 'main;encode 150'], ['main;query 300', 'main;encode 300', 'main;validate 600']);
    const model = diffModel({ unit: 'nanoseconds', baselineTotal: 300, comparisonTotal: 1200, nodeCount: 5, root }, 'default');
    const at = (name: string): number => model.layout.nodes.findIndex((n) => n.name === name);
    expect(model.layout.total[0]).toBeCloseTo(2);
    expect(model.layout.total[at('query')]).toBeCloseTo(0.75);
    expect(model.changes?.[at('validate')]).toBe('grew');
    expect(model.changes?.[at('query')]).toBe('shrank');
    expect(model.fills[at('validate')]).toBe('hsl(0, 82%, 56%)');
  });
});

describe('tag explorer', () => {
  it('stacks a breakdown: one layer per value in rank colours, the rest grey, the total their sum', () => {
    const { data, layers } = breakdownTimeline({
      unit: 'nanoseconds',
      key: 'pod',
      stepMs: 60_000,
      gauge: false,
      timestamps: [0, 60_000],
      total: 16,
      groups: [
        { value: 'a', total: 9, values: [4, 5] },
        { value: '', total: 4, values: [1, 3] },
      ],
      valueCount: 5,
      other: { total: 3, values: [2, 1] },
    });
    expect(layers.map((l) => [l.label, l.color])).toEqual([
      ['a', seriesColor(0)],
      ['(no pod)', seriesColor(1)],
      ['other', OTHER_SERIES_COLOR],
    ]);
    expect(data.points).toEqual([
      { ts: 0, value: 7 },
      { ts: 60_000, value: 9 },
    ]);
  });

  it('groups by the version first, then the host, then whatever there is', () => {
    expect(defaultTagKey(['host.name', 'pod', 'service.version'])).toBe('service.version');
    expect(defaultTagKey(['pod', 'host.name'])).toBe('host.name');
    expect(defaultTagKey(['pod'])).toBe('pod');
    expect(defaultTagKey([])).toBeUndefined();
  });
});
