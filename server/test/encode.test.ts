import { describe, expect, it } from 'vitest';
import { encodeSamples, tsvString } from '../src/ingest/encode.js';
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

  it("lists a set's distinct spans once, each entry pointing at its own (1-based, 0 for none), and nothing when none is traced", () => {
    const untraced = fields(encodeSamples([row('2'), row('1')]).sets);
    expect(untraced.slice(4)).toEqual(['[1,2]', '[10,10]', '[5,5]', '[]', '[]', '[]', '[]', '[]']);
    // In stack order: 1, 2 (no span), 3 and 4 (the first entry's span again), 5 (another span of the same trace).
    const encoded = encodeSamples([
      row('4', ["s'1", 't1', 'r1', '']),
      row('2'),
      row('1', ["s'1", 't1', 'r1', '']),
      row('5', ['s2', 't1', 'r1', 'GET /a']),
      row('3', ['s2', 't1', 'r1', '']),
    ]);
    const traced = fields(encoded.sets);
    expect(traced.slice(4)).toEqual([
      '[1,2,3,4,5]',
      '[10,10,10,10,10]',
      '[5,5,5,5,5]',
      '[1,0,2,1,3]',
      "['s\\'1','s2','s2']",
      "['t1','t1','t1']",
      "['r1','r1','r1']",
      "['','','GET /a']",
    ]);
    // The span index: one line per distinct span of the set; two that differ only by endpoint are one.
    expect(encoded.spans.rows).toBe(2);
    expect(encoded.spans.text.split('\n').filter(Boolean).map((line) => fields(line).slice(4))).toEqual([
      ["s\\'1", 't1', 'r1'],
      ['s2', 't1', 'r1'],
    ]);
    expect(encodeSamples([row('2'), row('1')]).spans).toEqual({ text: '', rows: 0 });
  });
});
