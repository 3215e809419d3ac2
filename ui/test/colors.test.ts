import { describe, expect, it } from 'vitest';
import { APP_LEGEND, KIND_COLORS, OTHER_PACKAGES_COLOR, PACKAGE_COLORS, appColor, classifyFrame, frameColor, legendFor, packageColors, packageOf } from '../src/flamegraph/colors.js';
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

  it('gives the heaviest packages a colour each and the rest one shared colour', () => {
    const weights = new Map(PACKAGE_COLORS.map((_, i) => [`pkg${i}`, 100 - i]));
    weights.set('light', 1);
    weights.set('lighter', 0.5);
    const colors = packageColors(weights);
    expect([...colors.keys()]).toEqual(PACKAGE_COLORS.map((_, i) => `pkg${i}`));
    expect(frameColor({ kind: 'package', pkg: 'pkg0' }, '/x/node_modules/pkg0/a.js', colors)).toBe(PACKAGE_COLORS[0]);
    expect(frameColor({ kind: 'package', pkg: 'light' }, '/x/node_modules/light/a.js', colors)).toBe(OTHER_PACKAGES_COLOR);
    expect(frameColor({ kind: 'node' }, 'node:fs', colors)).toMatch(/^hsl\(220, 9%/);
    const hue = Number(/^hsl\((\d+)/.exec(appColor('src/a.js'))![1]);
    expect(hue).toBeGreaterThanOrEqual(8);
    expect(hue).toBeLessThanOrEqual(32);
  });

  it('draws no two kinds of code in colours that look alike', () => {
    // CIE76 distance in Lab: about 2.3 is the least a person notices; 15 is clearly another colour.
    const packages = [...PACKAGE_COLORS];
    for (const [i, a] of packages.entries()) {
      for (const b of packages.slice(i + 1)) expect(deltaE(a, b), `${a} vs ${b}`).toBeGreaterThan(15);
      for (const hue of [8, 20, 32]) expect(deltaE(a, `hsl(${hue}, 80%, 66%)`), `${a} vs your code`).toBeGreaterThan(15);
      for (const grey of [OTHER_PACKAGES_COLOR, KIND_COLORS.node, KIND_COLORS.runtime, KIND_COLORS.profiler]) expect(deltaE(a, grey), `${a} vs ${grey}`).toBeGreaterThan(10);
    }
  });

  it('builds a legend of every colour drawn, heaviest packages first', () => {
    const colors = packageColors(new Map([['small', 1], ['big', 10]]));
    const legend = legendFor(new Set(['app', 'package', 'runtime']), colors, 2);
    expect(legend.map((e) => e.label)).toEqual(['your code', 'big', 'small', 'V8 (GC, idle, program)']);
    expect(legend[0]!.color).toBe(APP_LEGEND);
    expect(legend[1]!.color).toBe(PACKAGE_COLORS[0]);
    const crowded = legendFor(new Set(['package']), packageColors(new Map(Array.from({ length: 14 }, (_, i) => [`p${i}`, i]))), 14);
    expect(crowded.at(-1)).toEqual({ label: '4 other packages', color: OTHER_PACKAGES_COLOR });
  });
});

/** sRGB of `hsl(h, s%, l%)`, then CIE Lab (D65), then the distance. */
function deltaE(a: string, b: string): number {
  const lab = (css: string): [number, number, number] => {
    const [h, s, l] = /hsl\((\d+), (\d+)%, (\d+)%\)/.exec(css)!.slice(1).map(Number) as [number, number, number];
    const f = (n: number): number => {
      const k = (n + h / 30) % 12;
      const c = (s / 100) * Math.min(l / 100, 1 - l / 100);
      return l / 100 - c * Math.max(-1, Math.min(k - 3, 9 - k, 1));
    };
    const lin = (v: number): number => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    const [r, g, bl] = [f(0), f(8), f(4)].map(lin) as [number, number, number];
    const x = (0.4124 * r + 0.3576 * g + 0.1805 * bl) / 0.95047;
    const y = 0.2126 * r + 0.7152 * g + 0.0722 * bl;
    const z = (0.0193 * r + 0.1192 * g + 0.9505 * bl) / 1.08883;
    const t = (v: number): number => (v > 0.008856 ? Math.cbrt(v) : 7.787 * v + 16 / 116);
    return [116 * t(y) - 16, 500 * (t(x) - t(y)), 200 * (t(y) - t(z))];
  };
  const [p, q] = [lab(a), lab(b)];
  return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}

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
