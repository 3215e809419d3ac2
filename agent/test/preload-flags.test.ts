import { describe, expect, it } from 'vitest';
import { importSpecifiers, splitNodeOptions } from '../src/preload.js';

describe('splitNodeOptions', () => {
  it('splits on spaces, keeps quoted spaces and escapes', () => {
    expect(splitNodeOptions('  --import  "/my dir/agent.js" --max-old-space-size=99 "a\\"b" ""')).toEqual([
      '--import',
      '/my dir/agent.js',
      '--max-old-space-size=99',
      'a"b',
      '',
    ]);
    expect(splitNodeOptions('--import="/x y/a.js"')).toEqual(['--import=/x y/a.js']);
    expect(splitNodeOptions('')).toEqual([]);
  });
});

describe('importSpecifiers', () => {
  it('collects the values of --import in both spellings', () => {
    const args = ['--require', 'a', '--import', '@flamehouse/agent', '--import=./b.mjs', '--inspect', '--import'];
    expect(importSpecifiers(args)).toEqual(['@flamehouse/agent', './b.mjs']);
  });
});
