import { describe, expect, it } from 'vitest';
import type { FlameNode } from '@flamehouse/proto';
import { flatten } from '../src/flamegraph/layout.js';
import { createMatcher, functionMatcher, markMatches } from '../src/flamegraph/search.js';
import { fromFolded } from './support/trees.js';

const access = { total: (n: FlameNode) => n.total, self: (n: FlameNode) => n.self, children: (n: FlameNode) => n.children };

describe('search', () => {
  const layout = flatten(fromFolded(['main;parse;parse;lex 30', 'main;parse 10', 'main;serve;parseBody 20', 'main;serve;other@/x/node_modules/y/z.js 40']), access);

  it('counts nested matches once in the share', () => {
    const result = markMatches(layout, createMatcher('PARSE')!);
    expect(result.nodeCount).toBe(3);
    expect(result.functionCount).toBe(2);
    expect(result.value).toBe(60);
    expect([...result.marks].filter((m) => m === 1)).toHaveLength(3);
  });

  it('matches files and regular expressions, and nothing for an empty query', () => {
    expect(markMatches(layout, createMatcher('node_modules/y')!).value).toBe(40);
    expect(markMatches(layout, createMatcher('/^parse$/')!).value).toBe(40);
    expect(createMatcher('  ')).toBeUndefined();
    // An invalid pattern searches for its text.
    expect(markMatches(layout, createMatcher('/(/')!).nodeCount).toBe(0);
  });

  it('highlights one function exactly', () => {
    const result = markMatches(layout, functionMatcher({ name: 'parseBody', file: 'app.js' }));
    expect(result.nodeCount).toBe(1);
    expect(result.value).toBe(20);
  });
});
