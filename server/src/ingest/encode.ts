import type { ProfileType } from '@flamehouse/proto';
import { compareDecimalIds } from '../hash.js';
import type { FrameRow, IngestBatch, ProfileRow, SampleRow, SeriesRow, StackRow } from './rows.js';

// An upload's rows as the text ClickHouse inserts (TabSeparated), made on the
// decode thread: the event loop then only joins strings. Serializing rows on
// the main thread (JSON per row, inside the client) held it for tens of
// milliseconds per large upload.

/** Dimension rows (frames, stacks, series) with their ids: the writer sends only those not stored yet. */
export interface EncodedRows {
  readonly ids: readonly string[];
  /** One TabSeparated line per row, newline included. */
  readonly lines: readonly string[];
}

export interface EncodedBatch {
  readonly uploadId: string;
  /** The service every row belongs to: new label sets are counted per service. */
  readonly service: string;
  readonly tsS: number;
  readonly sampleCount: number;
  /** The profile types stored, for the answer. */
  readonly types: readonly ProfileType[];
  /** `sample_sets` rows; `rows` counts the entries (stack and span) they hold. */
  readonly samples: { readonly text: string; readonly rows: number };
  /** `span_index` rows: where each span's samples are. */
  readonly spans: { readonly text: string; readonly rows: number };
  readonly profiles: { readonly text: string; readonly rows: number };
  readonly frames: EncodedRows;
  readonly stacks: EncodedRows;
  readonly series: EncodedRows;
}

const ESCAPES: Readonly<Record<string, string>> = {
  '\\': '\\\\',
  '\t': '\\t',
  '\n': '\\n',
  '\r': '\\r',
  '\0': '\\0',
  '\b': '\\b',
  '\f': '\\f',
  "'": "\\'",
};
const NEEDS_ESCAPE = /[\\\t\n\r\0\b\f']/g;
const HAS_ESCAPE = /[\\\t\n\r\0\b\f']/;

/**
 * A string field: ClickHouse's TabSeparated escapes (the same inside quoted
 * array and map elements). Span and trace ids never need one: testing first
 * skips the replace, which cost a traced upload's encoding a fifth of its time.
 */
export function tsvString(text: string): string {
  return HAS_ESCAPE.test(text) ? text.replace(NEEDS_ESCAPE, (char) => ESCAPES[char]!) : text;
}

/** DateTime from unix seconds: TabSeparated reads exactly ten digits as a timestamp. */
const dateTime = (seconds: number): string => String(Math.floor(seconds)).padStart(10, '0');

const line = (fields: readonly (string | number)[]): string => `${fields.join('\t')}\n`;

export const frameLine = (r: FrameRow): string => line([r[0], tsvString(r[1]), tsvString(r[2]), r[3], dateTime(r[4])]);
export const stackLine = (r: StackRow): string => line([r[0], `[${r[1].join(',')}]`, dateTime(r[2])]);
export const seriesLine = (r: SeriesRow): string => {
  const labels = Object.entries(r[2]).map(([key, value]) => `'${tsvString(key)}':'${tsvString(value)}'`);
  return line([tsvString(r[0]), r[1], `{${labels.join(',')}}`, dateTime(r[3])]);
};
const stringArray = (values: readonly string[]): string => `[${values.map((value) => `'${tsvString(value)}'`).join(',')}]`;

const NO_SPANS = ['[]', '[]', '[]', '[]', '[]'] as const;

/**
 * A set's span columns (schema version 9): each entry's span as a 1-based
 * position in the set's list of distinct spans (0: none), then that list, one
 * array per span field. A profile's entries in one span share its ids:
 * repeated per entry they were a third of a traced batch's text (bench/RESULTS.md
 * §23). A set none of whose entries is in a span stores every array empty.
 */
function spanColumns(entries: readonly SampleRow[]): readonly string[] {
  // By span id, then the few spans (usually one) that share it: the ids are the rows' own strings, whose hashes
  // V8 keeps, so finding a span allocates nothing.
  const bySpanId = new Map<string, number[]>();
  const refs = new Array<number>(entries.length);
  const lists: [string[], string[], string[], string[]] = [[], [], [], []];
  const [spanIds, traceIds, rootSpanIds, endpoints] = lists;
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!;
    const spanId = entry[7];
    const traceId = entry[8];
    const rootSpanId = entry[9];
    const endpoint = entry[10];
    if (spanId === '' && traceId === '' && rootSpanId === '' && endpoint === '') {
      refs[i] = 0;
      continue;
    }
    let candidates = bySpanId.get(spanId);
    if (!candidates) bySpanId.set(spanId, (candidates = []));
    let position = candidates.find((at) => traceIds[at - 1] === traceId && rootSpanIds[at - 1] === rootSpanId && endpoints[at - 1] === endpoint);
    if (position === undefined) {
      spanIds.push(spanId);
      traceIds.push(traceId);
      rootSpanIds.push(rootSpanId);
      endpoints.push(endpoint);
      position = spanIds.length;
      candidates.push(position);
    }
    refs[i] = position;
  }
  if (spanIds.length === 0) return NO_SPANS;
  return [`[${refs.join(',')}]`, ...lists.map(stringArray)];
}

/** Rows in the numeric order of their stack ids: by the ids as doubles, exact ties (ids past 2^53 that round alike) by their digits. */
function byStackId(rows: readonly SampleRow[]): SampleRow[] {
  const keys = rows.map((row) => Number(row[3]));
  const order = rows.map((_, i) => i);
  order.sort((a, b) => keys[a]! - keys[b]! || compareDecimalIds(rows[a]![3], rows[b]![3]));
  return order.map((i) => rows[i]!);
}

/**
 * One `sample_sets` line per (kind, series, time) of the rows (an upload has
 * one time, a merged one may have several): its entries as parallel arrays,
 * in stack id order, so that the stacks of one service line up from row to
 * row and compress (storage/schema.ts, version 8).
 */
export function sampleSetLines(rows: readonly SampleRow[]): string {
  const groups = new Map<string, SampleRow[]>();
  let group: SampleRow[] | undefined;
  let previous: SampleRow | undefined;
  for (const row of rows) {
    // Rows come in runs of one kind, series and time: the key is made only where a run changes.
    if (!previous || row[1] !== previous[1] || row[4] !== previous[4] || row[2] !== previous[2]) {
      const key = `${row[1]}|${row[4]}|${row[2]}`;
      group = groups.get(key);
      if (!group) groups.set(key, (group = []));
    }
    group!.push(row);
    previous = row;
  }
  let text = '';
  for (const unsorted of groups.values()) {
    const group = byStackId(unsorted);
    const [service, kind, tsS, , seriesId] = group[0]!;
    text += line([
      tsvString(service),
      kind,
      dateTime(tsS),
      seriesId,
      `[${group.map((r) => r[3]).join(',')}]`,
      `[${group.map((r) => r[5]).join(',')}]`,
      `[${group.map((r) => r[6]).join(',')}]`,
      ...spanColumns(group),
    ]);
  }
  return text;
}

/** One `span_index` line per distinct span of each (kind, series): what finds a span's samples without reading every set. */
export function spanIndexLines(rows: readonly SampleRow[]): { text: string; rows: number } {
  const seen = new Set<string>();
  let text = '';
  for (const row of rows) {
    if (row[7] === '' && row[8] === '' && row[9] === '') continue;
    const key = `${row[1]}|${row[4]}|${row[2]}|${row[7]}|${row[8]}|${row[9]}`;
    if (seen.has(key)) continue;
    seen.add(key);
    text += line([tsvString(row[0]), row[1], dateTime(row[2]), row[4], tsvString(row[7]), tsvString(row[8]), tsvString(row[9])]);
  }
  return { text, rows: seen.size };
}
export const profileLine = (r: ProfileRow): string =>
  line([tsvString(r[0]), r[1], dateTime(r[2]), r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[10], tsvString(r[11]), r[12], r[13]]);

export function encodeBatch(batch: IngestBatch): EncodedBatch {
  const { frames, stacks } = batch;
  return {
    uploadId: batch.uploadId,
    service: batch.service,
    tsS: batch.tsS,
    sampleCount: batch.sampleCount,
    types: batch.profiles.map((row) => row[1] as ProfileType),
    samples: { text: sampleSetLines(batch.samples), rows: batch.samples.length },
    spans: spanIndexLines(batch.samples),
    profiles: { text: batch.profiles.map(profileLine).join(''), rows: batch.profiles.length },
    frames: { ids: frames.map((row) => row[0]), lines: frames.map(frameLine) },
    stacks: { ids: stacks.map((row) => row[0]), lines: stacks.map(stackLine) },
    series: { ids: batch.series.map((row) => row[1]), lines: batch.series.map(seriesLine) },
  };
}
