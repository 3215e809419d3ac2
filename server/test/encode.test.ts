import { describe, expect, it } from 'vitest';
import { sampleSetLines, tsvString } from '../src/ingest/encode.js';
import type { SampleRow } from '../src/ingest/rows.js';

const row = (stackId: string, span: [string, string, string, string] = ['', '', '', '']): SampleRow => [
  'shop',
  'time',
  1_800_000_000,
  stackId,
  '42',
  10,
  5,
  ...span,
];

/** The fields of a TabSeparated line, its newline dropped. */
const fields = (line: string): string[] => line.replace(/\n$/, '').split('\t');

describe('TabSeparated text', () => {
  it('escapes every character TabSeparated reserves, and leaves other strings as they are', () => {
    // Each alone: a string holding one of them must be escaped even when it holds no other.
    const escaped: [string, string][] = [['\\', '\\\\'], ['\t', '\\t'], ['\n', '\\n'], ['\r', '\\r'], ['\0', '\\0'], ['\b', '\\b'], ['\f', '\\f'], ["'", "\\'"]];
    for (const [char, escape] of escaped) expect(tsvString(`a${char}b${char}`)).toBe(`a${escape}b${escape}`);
    for (const plain of ['', '00000000000000a3', 'GET /checkout', 'größe π ✓']) expect(tsvString(plain)).toBe(plain);
  });

  it('stores a span column empty when none of a set’s entries has a value for it', () => {
    const untraced = fields(sampleSetLines([row('2'), row('1')]));
    expect(untraced.slice(4)).toEqual(['[1,2]', '[10,10]', '[5,5]', '[]', '[]', '[]', '[]']);
    // One entry in a span: its columns are full, in stack order; an endpoint no entry has stays empty.
    const traced = fields(sampleSetLines([row('2', ["s'1", 't1', 'r1', '']), row('1')]));
    expect(traced.slice(4)).toEqual(['[1,2]', '[10,10]', '[5,5]', "['','s\\'1']", "['','t1']", "['','r1']", '[]']);
  });
});
