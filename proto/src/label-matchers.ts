// Label matchers, shared by the server (which turns them into SQL) and the UI
// (which writes them into links). Two spellings of the same thing:
//   - one `filter` parameter per matcher: `pod=api-1`, `pod!=api-1`,
//     `pod=~api-.*`, `pod!~api-.*`;
//   - a Prometheus-style selector, as Pyroscope and Grafana write them:
//     `{service_name="api", pod!~"api-.*"}`, optionally after a name
//     (`process_cpu:cpu:nanoseconds:cpu:nanoseconds{…}`).
// Regular expressions match the whole value (anchored, as in Prometheus) and
// are RE2 (ClickHouse's `match`): lookarounds and backreferences are refused.

export const MATCH_OPS = ['=', '!=', '=~', '!~'] as const;
export type MatchOp = (typeof MATCH_OPS)[number];

export interface LabelMatcher {
  readonly key: string;
  readonly op: MatchOp;
  readonly value: string;
}

export interface ParsedSelector {
  /** What came before `{`: a profile type id or a service name; '' when none. */
  readonly name: string;
  readonly matchers: readonly LabelMatcher[];
}

/** Thrown for a matcher or selector that cannot be read; the message says where and why. */
export class MatcherSyntaxError extends Error {
  override readonly name = 'MatcherSyntaxError';
}

const MAX_REGEX_CHARS = 1000;

export function isRegexOp(op: MatchOp): boolean {
  return op === '=~' || op === '!~';
}

/** Whether a matcher holds for a value (a missing label reads as ''). */
export function matchesValue(matcher: LabelMatcher, value: string | undefined): boolean {
  const actual = value ?? '';
  switch (matcher.op) {
    case '=':
      return actual === matcher.value;
    case '!=':
      return actual !== matcher.value;
    case '=~':
      return anchored(matcher.value).test(actual);
    case '!~':
      return !anchored(matcher.value).test(actual);
  }
}

function anchored(pattern: string): RegExp {
  return new RegExp(`^(?:${pattern})$`, 'u');
}

/** Refuses a pattern RE2 would not compile the same way: JS syntax errors, lookarounds, backreferences. */
export function checkRegex(pattern: string): void {
  if (pattern.length > MAX_REGEX_CHARS) throw new MatcherSyntaxError(`regular expression longer than ${MAX_REGEX_CHARS} characters`);
  if (/\(\?<?[=!]/.test(pattern)) throw new MatcherSyntaxError(`"${pattern}": lookarounds are not supported (RE2 syntax)`);
  if (/\\[1-9]|\\k</.test(pattern)) throw new MatcherSyntaxError(`"${pattern}": backreferences are not supported (RE2 syntax)`);
  try {
    anchored(pattern);
  } catch {
    throw new MatcherSyntaxError(`"${pattern}" is not a valid regular expression`);
  }
}

function matcher(key: string, op: MatchOp, value: string, source: string): LabelMatcher {
  if (key === '') throw new MatcherSyntaxError(`${source}: a label name is missing before ${op}`);
  if (isRegexOp(op)) checkRegex(value);
  return { key, op, value };
}

/**
 * Reads one `filter` parameter: the first operator splits it. So `a=~b` is a
 * regex match; a literal value starting with `~` needs a selector (`{a="~b"}`).
 */
export function parseFilter(raw: string): LabelMatcher {
  const at = raw.search(/=|![=~]/);
  if (at < 0) throw new MatcherSyntaxError(`${raw}: expected key=value, key!=value, key=~regex or key!~regex`);
  const op = (['!=', '!~', '=~', '='] as const).find((candidate) => raw.startsWith(candidate, at))!;
  return matcher(raw.slice(0, at), op, raw.slice(at + op.length), raw);
}

/** The `filter` parameter that `parseFilter` reads back as the same matcher. */
export function formatFilter(m: LabelMatcher): string {
  return `${m.key}${m.op}${m.value}`;
}

/** The selector spelling of matchers, `{k="v", …}`, with `"` and `\` escaped. */
export function formatSelector(matchers: readonly LabelMatcher[], name = ''): string {
  const quote = (value: string): string => `"${value.replace(/[\\"]/g, (c) => `\\${c}`).replace(/\n/g, '\\n')}"`;
  return `${name}{${matchers.map((m) => `${m.key}${m.op}${quote(m.value)}`).join(', ')}}`;
}

/**
 * Reads `name{key="value", key!~"re", …}`, `{…}` or a bare name. Values are
 * double-quoted (or back-quoted, raw) with `\"`, `\\`, `\n` and `\t` escapes
 * (any other backslash stays, as regexes want); a trailing comma is allowed, as in PromQL.
 */
export function parseSelector(text: string): ParsedSelector {
  const source = text.trim();
  const open = source.indexOf('{');
  if (open < 0) {
    if (/[}"=,]/.test(source)) throw new MatcherSyntaxError(`${text}: expected name{key="value", …}`);
    return { name: source, matchers: [] };
  }
  const name = source.slice(0, open).trim();
  const matchers: LabelMatcher[] = [];
  let at = open + 1;
  const fail = (why: string): never => {
    throw new MatcherSyntaxError(`${text}: ${why} at character ${at + 1}`);
  };
  const skipSpace = (): void => {
    while (at < source.length && /\s/.test(source[at]!)) at += 1;
  };
  for (;;) {
    skipSpace();
    if (source[at] === '}') break;
    const keyStart = at;
    while (at < source.length && /[A-Za-z0-9_.\-/]/.test(source[at]!)) at += 1;
    const key = source.slice(keyStart, at);
    if (key === '') fail('expected a label name');
    skipSpace();
    const op = (['!=', '=~', '!~', '='] as const).find((candidate) => source.startsWith(candidate, at));
    if (op === undefined) fail('expected =, !=, =~ or !~');
    at += op!.length;
    skipSpace();
    const value = readQuoted();
    matchers.push(matcher(key, op!, value, text));
    skipSpace();
    if (source[at] === ',') {
      at += 1;
      continue;
    }
    if (source[at] !== '}') fail('expected , or }');
    break;
  }
  if (at !== source.length - 1) fail('unexpected text after }');
  return { name, matchers };

  function readQuoted(): string {
    const quote = source[at];
    if (quote !== '"' && quote !== '`') fail('expected a quoted value');
    at += 1;
    let value = '';
    while (at < source.length && source[at] !== quote) {
      const c = source[at]!;
      if (c === '\\' && quote === '"') {
        const next = source[at + 1];
        if (next === undefined) break;
        // Any other escape keeps its backslash: `"a\.b"` is the regex a\.b, as users mean it.
        value += next === 'n' ? '\n' : next === 't' ? '\t' : next === '"' || next === '\\' ? next : c + next;
        at += 2;
        continue;
      }
      value += c;
      at += 1;
    }
    if (at >= source.length) fail('unterminated value');
    at += 1;
    return value;
  }
}
