import { describe, expect, it } from 'vitest';
import { formatFilter, formatSelector, matchesValue, MatcherSyntaxError, parseFilter, parseSelector, type LabelMatcher } from '../src/label-matchers.js';

describe('filter parameters', () => {
  it.each([
    ['pod=api-1', { key: 'pod', op: '=', value: 'api-1' }],
    ['pod!=api-1', { key: 'pod', op: '!=', value: 'api-1' }],
    ['pod=~api-.*', { key: 'pod', op: '=~', value: 'api-.*' }],
    ['pod!~api-.*', { key: 'pod', op: '!~', value: 'api-.*' }],
    ['host.name=a=b', { key: 'host.name', op: '=', value: 'a=b' }],
    ['thread name=', { key: 'thread name', op: '=', value: '' }],
  ] as const)('reads %s and writes it back', (raw, expected) => {
    const matcher = parseFilter(raw);
    expect(matcher).toEqual(expected);
    expect(formatFilter(matcher)).toBe(raw);
  });

  it.each(['novalue', '=x', '!=x', 'pod=~(?=x)', 'pod=~(a', 'pod!~(a)\\1'])('refuses %s with a reason', (raw) => {
    expect(() => parseFilter(raw)).toThrow(MatcherSyntaxError);
  });
});

describe('selectors', () => {
  it('reads a Pyroscope query with every operator, quotes and escapes', () => {
    const parsed = parseSelector('process_cpu:cpu:nanoseconds:cpu:nanoseconds{service_name="api", pod!~"api-(1|2)", path=~"/a\\\\.b", note="say \\"hi\\"",}');
    expect(parsed.name).toBe('process_cpu:cpu:nanoseconds:cpu:nanoseconds');
    expect(parsed.matchers).toEqual([
      { key: 'service_name', op: '=', value: 'api' },
      { key: 'pod', op: '!~', value: 'api-(1|2)' },
      { key: 'path', op: '=~', value: '/a\\.b' },
      { key: 'note', op: '=', value: 'say "hi"' },
    ]);
  });

  it('keeps an unknown escape for regexes and reads back what it formats', () => {
    expect(parseSelector('{v=~"1\\.0"}').matchers).toEqual([{ key: 'v', op: '=~', value: '1\\.0' }]);
    const matchers: LabelMatcher[] = [
      { key: 'a', op: '=', value: 'x"y\\z' },
      { key: 'b', op: '!=', value: '' },
    ];
    expect(parseSelector(formatSelector(matchers, 'api')).matchers).toEqual(matchers);
  });

  it('reads a bare name and an empty selector', () => {
    expect(parseSelector(' api ')).toEqual({ name: 'api', matchers: [] });
    expect(parseSelector('{}')).toEqual({ name: '', matchers: [] });
  });

  it.each(['{a="b"', '{a=b}', '{a:"b"}', '{a="b"} x', 'a"b', '{="b"}', '{a="b}', '{a=~"("}'])('refuses %s', (text) => {
    expect(() => parseSelector(text)).toThrow(MatcherSyntaxError);
  });
});

describe('matching values', () => {
  it('anchors regexes and reads a missing label as empty', () => {
    expect(matchesValue({ key: 'v', op: '=~', value: '2' }, '2.0.0')).toBe(false);
    expect(matchesValue({ key: 'v', op: '=~', value: '2\\..*' }, '2.0.0')).toBe(true);
    expect(matchesValue({ key: 'v', op: '!~', value: '2\\..*' }, '1.0.0')).toBe(true);
    expect(matchesValue({ key: 'v', op: '!=', value: 'x' }, undefined)).toBe(true);
    expect(matchesValue({ key: 'v', op: '=', value: '' }, undefined)).toBe(true);
  });
});
