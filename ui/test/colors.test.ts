import { describe, expect, it } from 'vitest';
import { classifyFrame, frameColor, legendFor, packageOf } from '../src/flamegraph/colors.js';
import { changeKind, diffColor, shareChange } from '../src/flamegraph/diff-colors.js';

describe('frame colours', () => {
  it('names the package a file comes from', () => {
    expect(packageOf('/app/node_modules/fastify/lib/route.js')).toBe('fastify');
    expect(packageOf('/app/node_modules/@fastify/static/index.js')).toBe('@fastify/static');
    expect(packageOf('/app/node_modules/a/node_modules/b/x.js')).toBe('b');
    expect(packageOf('C:\\app\\node_modules\\pg\\lib\\client.js')).toBe('pg');
    expect(packageOf('file:///app/src/server.js')).toBeUndefined();
  });

  it('tells your code from packages, Node.js and V8', () => {
    expect(classifyFrame('handler', '/app/src/server.js').kind).toBe('app');
    expect(classifyFrame('route', '/app/node_modules/fastify/lib/route.js')).toEqual({ kind: 'package', pkg: 'fastify' });
    expect(classifyFrame('listOnTimeout', 'node:internal/timers').kind).toBe('node');
    expect(classifyFrame('emit', 'node:events').kind).toBe('node');
    expect(classifyFrame('(garbage collector)', '').kind).toBe('runtime');
    expect(classifyFrame('(idle)', '').kind).toBe('runtime');
    expect(classifyFrame('other', '', true).kind).toBe('pruned');
  });

  it('keeps one colour per package and grey for internals', () => {
    const a = frameColor({ kind: 'package', pkg: 'fastify' }, '/x/node_modules/fastify/a.js');
    expect(frameColor({ kind: 'package', pkg: 'fastify' }, '/y/node_modules/fastify/b.js')).toBe(a);
    expect(frameColor({ kind: 'package', pkg: 'pg' }, '')).not.toBe(a);
    expect(frameColor({ kind: 'node' }, 'node:fs')).toMatch(/^hsl\(220, 9%/);
    const hue = Number(/^hsl\((\d+)/.exec(frameColor({ kind: 'app' }, 'src/a.js'))![1]);
    expect(hue).toBeLessThan(50);
  });

  it('builds a legend from the frames present, heaviest packages first', () => {
    const legend = legendFor([
      { cls: { kind: 'app' }, file: 'a.js', weight: 1 },
      { cls: { kind: 'package', pkg: 'small' }, file: '', weight: 1 },
      { cls: { kind: 'package', pkg: 'big' }, file: '', weight: 10 },
      { cls: { kind: 'runtime' }, file: '', weight: 1 },
    ]);
    expect(legend.map((e) => e.label)).toEqual(['your code', 'big', 'small', 'V8 (GC, idle, program)']);
  });
});

describe('diff colours', () => {
  it('compares shares, not raw values', () => {
    // Half of a 300 total, a quarter of a 1200 total: grew in time, shrank in share.
    const change = shareChange(150, 300, 300, 1200);
    expect(change.delta).toBeCloseTo(-0.25);
    expect(change.relative).toBeCloseTo(-0.5);
    expect(changeKind(change)).toBe('shrank');
    expect(changeKind(shareChange(0, 300, 600, 1200))).toBe('grew');
    expect(shareChange(0, 300, 600, 1200).relative).toBe(Infinity);
    expect(changeKind(shareChange(100, 1000, 101, 1000))).toBe('same');
  });

  it('scales linearly to full colour at ±100 %', () => {
    expect(diffColor(0, 'default')).toBe('hsl(0, 0%, 86%)');
    expect(diffColor(1, 'default')).toBe('hsl(0, 82%, 56%)');
    expect(diffColor(Infinity, 'default')).toBe('hsl(0, 82%, 56%)');
    expect(diffColor(-0.5, 'default')).toBe('hsl(128, 28%, 65%)');
    expect(diffColor(-1, 'colorblind')).toBe('hsl(212, 80%, 50%)');
    expect(diffColor(1, 'colorblind')).toBe('hsl(28, 95%, 52%)');
  });
});
