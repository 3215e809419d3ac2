import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, decodeState, encodeState, type AppState } from '../src/state/url-state.js';

describe('URL state', () => {
  it('decodes an empty query to the defaults', () => {
    expect(decodeState('')).toEqual(DEFAULT_STATE);
  });

  it('round-trips everything a shared link must keep', () => {
    const state: AppState = {
      ...DEFAULT_STATE,
      service: 'api',
      type: 'wall',
      range: { kind: 'absolute', fromMs: 1_700_000_000_000, toMs: 1_700_000_900_000 },
      filters: [
        { key: 'service.version', op: '=', value: '2.0.0' },
        { key: 'host.name', op: '=', value: 'a=b' },
        { key: 'pod', op: '!~', value: 'api-(1|2)' },
        { key: 'zone', op: '!=', value: 'eu' },
      ],
      view: 'diff',
      zoom: ['main', 'constructor', 'a;b'],
      search: 'valid',
      fn: { name: 'toString', file: '/app/node_modules/x/index.js' },
      sort: 'total',
      diff: { mode: 'version', key: 'service.version', baseline: '1.0.0', comparison: '2.0.0', sort: 'self' },
      palette: 'colorblind',
      traceId: 'abc',
      spanId: 'def',
      leak: 'stack-1',
      maxNodes: 10_000,
      fnValue: 'self',
      collapse: true,
      tz: 'utc',
      diffPage: 3,
    };
    expect(decodeState(encodeState(state))).toEqual(state);
  });

  it('keeps the tag explorer’s label, and leaves view-only state out of other views', () => {
    const tags: AppState = { ...DEFAULT_STATE, service: 'api', view: 'tags', tagKey: 'host.name' };
    expect(decodeState(encodeState(tags))).toEqual(tags);
    const elsewhere = encodeState({ ...tags, view: 'flamegraph', diffPage: 2 });
    expect(elsewhere).not.toContain('tag=');
    expect(elsewhere).not.toContain('dpage=');
    // The function's own line only means something with a function.
    expect(encodeState({ ...DEFAULT_STATE, fnValue: 'self' })).not.toContain('fnv=');
  });

  it('keeps time-range diff sides', () => {
    const state: AppState = {
      ...DEFAULT_STATE,
      service: 'api',
      view: 'diff',
      diff: { mode: 'time', key: 'service.version', sort: 'change', baselineRange: { fromMs: 1, toMs: 2 }, comparisonRange: { fromMs: 3, toMs: 4 } },
    };
    expect(decodeState(encodeState(state)).diff).toEqual(state.diff);
  });

  it('leaves defaults out of the URL', () => {
    expect(encodeState({ ...DEFAULT_STATE, service: 'api', type: 'cpu' })).toBe('service=api&type=cpu&range=1h');
  });

  it('falls back on unknown or malformed values', () => {
    const state = decodeState('?type=bogus&view=nope&range=3y&filter=novalue&sort=x&tz=mars&dpage=-2&fnv=both&collapse=yes');
    expect(state.type).toBeUndefined();
    expect(state.view).toBe('flamegraph');
    expect(state.range).toEqual({ kind: 'preset', preset: '1h' });
    expect(state.filters).toEqual([]);
    expect(state.sort).toBe('self');
    expect(state.tz).toBe('local');
    expect(state.diffPage).toBe(0);
    expect(state.fnValue).toBe('total');
    expect(state.collapse).toBe(false);
  });

  it('passes trace and span ids through and looks further back for them', () => {
    const state = decodeState('?service=api&trace_id=t1&span_id=s1');
    expect(state.traceId).toBe('t1');
    expect(state.spanId).toBe('s1');
    expect(state.range).toEqual({ kind: 'preset', preset: '24h' });
  });

  it('accepts ISO times', () => {
    const state = decodeState('?from=2024-01-01T00:00:00Z&to=2024-01-01T01:00:00Z');
    expect(state.range).toEqual({ kind: 'absolute', fromMs: Date.UTC(2024, 0, 1), toMs: Date.UTC(2024, 0, 1, 1) });
  });
});
