import { describe, expect, it } from 'vitest';
import { aggregateDiffFunctions } from '../src/flamegraph/functions.js';
import { buildSandwich } from '../src/flamegraph/sandwich.js';
import { diffFromFolded, fromFolded, toFolded } from './support/trees.js';

describe('sandwich', () => {
  const root = fromFolded([
    'main;serve;validate;regex 30',
    'main;serve;validate 10',
    'main;jobs;validate;regex 20',
    'main;jobs;validate;validate;regex 5',
    'main;serve;encode 40',
  ]);

  it('merges what a function calls below it, counting recursion once', () => {
    const { callees, occurrences } = buildSandwich(root, { name: 'validate', file: 'app.js' });
    expect(occurrences).toBe(3);
    expect(callees.total).toBe(65);
    expect(toFolded(callees, true)).toEqual(['validate 10', 'validate;regex 50', 'validate;validate;regex 5']);
  });

  it('inverts the callers: the direct caller first, the root last', () => {
    const { callers } = buildSandwich(root, { name: 'validate', file: 'app.js' });
    expect(callers.total).toBe(65);
    expect(callers.children.map((c) => [c.name, c.total])).toEqual([
      ['serve', 40],
      ['jobs', 25],
    ]);
    expect(toFolded(callers, true)).toEqual(['validate;jobs;main 25', 'validate;serve;main 40']);
  });

  it('finds nothing for a function not in the tree', () => {
    const sandwich = buildSandwich(root, { name: 'validate', file: 'other.js' });
    expect(sandwich.occurrences).toBe(0);
    expect(sandwich.callees.total).toBe(0);
  });
});

describe('function totals of a diff', () => {
  it('sums self everywhere and total at the outermost frame', () => {
    const diff = diffFromFolded(['main;a;a;b 10', 'main;c 10'], ['main;a;b 30', 'main;c 10']);
    const byName = new Map(aggregateDiffFunctions(diff).map((f) => [f.name, f]));
    expect(byName.get('a')).toMatchObject({ baseline: { self: 0, total: 10 }, comparison: { self: 0, total: 30 } });
    expect(byName.get('b')).toMatchObject({ baseline: { self: 10, total: 10 }, comparison: { self: 30, total: 30 } });
    expect(byName.get('main')).toMatchObject({ baseline: { total: 20 }, comparison: { total: 40 } });
  });
});
