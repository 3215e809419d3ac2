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
 * A set's distinct spans, one array per field, and each entry's 1-based
 * position among them (0: none): its span columns since schema version 9. A
 * profile's entries in one span share its ids; repeated per entry they were a
 * third of a traced batch's text (bench/RESULTS.md §23).
 */
interface SetSpans {
  readonly refs: number[];
  readonly spanIds: string[];
  readonly traceIds: string[];
  readonly rootSpanIds: string[];
  readonly endpoints: string[];
}

function setSpans(entries: readonly SampleRow[]): SetSpans {
  // By span id, then the few spans (usually one) that share it: the ids are the rows' own strings, whose hashes
  // V8 keeps, so finding a span allocates nothing.
  const bySpanId = new Map<string, number[]>();
  const spans: SetSpans = { refs: new Array<number>(entries.length), spanIds: [], traceIds: [], rootSpanIds: [], endpoints: [] };
  const { refs, spanIds, traceIds, rootSpanIds, endpoints } = spans;
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
  return spans;
}

/** A set's span columns: all empty when none of its entries is in a span. */
const spanColumns = (spans: SetSpans): readonly string[] =>
  spans.spanIds.length === 0
    ? NO_SPANS
    : [`[${spans.refs.join(',')}]`, stringArray(spans.spanIds), stringArray(spans.traceIds), stringArray(spans.rootSpanIds), stringArray(spans.endpoints)];

/** Rows in the numeric order of their stack ids: by the ids as doubles, exact ties (ids past 2^53 that round alike) by their digits. */
function byStackId(rows: readonly SampleRow[]): SampleRow[] {
  const keys = rows.map((row) => Number(row[3]));
  const order = rows.map((_, i) => i);
  order.sort((a, b) => keys[a]! - keys[b]! || compareDecimalIds(rows[a]![3], rows[b]![3]));
  return order.map((i) => rows[i]!);
}

/** The text of a batch's samples: its `sample_sets` lines, and its `span_index` lines with their count. */
export interface EncodedSamples {
  readonly sets: string;
  readonly spans: { readonly text: string; readonly rows: number };
}

/**
 * One `sample_sets` line per (kind, series, time) of the rows (an upload has
 * one time, a merged one may have several): its entries as parallel arrays,
 * in stack id order, so that the stacks of one service line up from row to
 * row and compress (storage/schema.ts, version 8). And one `span_index` line
 * per distinct span of each set, which finds a span's samples without reading
 * every set: taken from the set's list of spans (two that differ only by
 * endpoint are one line).
 */
export function encodeSamples(rows: readonly SampleRow[]): EncodedSamples {
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
  let sets = '';
  let spanText = '';
  let spanRows = 0;
  for (const unsorted of groups.values()) {
    const group = byStackId(unsorted);
    const [service, kind, tsS, , seriesId] = group[0]!;
    const spans = setSpans(group);
    sets += line([
      tsvString(service),
      kind,
      dateTime(tsS),
      seriesId,
      `[${group.map((r) => r[3]).join(',')}]`,
      `[${group.map((r) => r[5]).join(',')}]`,
      `[${group.map((r) => r[6]).join(',')}]`,
      ...spanColumns(spans),
    ]);
    const indexed = new Set<string>();
    for (let at = 0; at < spans.spanIds.length; at++) {
      const spanId = spans.spanIds[at]!;
      const traceId = spans.traceIds[at]!;
      const rootSpanId = spans.rootSpanIds[at]!;
      if (spanId === '' && traceId === '' && rootSpanId === '') continue;
      // Lengths first: no separator could be mistaken for part of an id.
      const key = `${spanId.length},${traceId.length}:${spanId}${traceId}${rootSpanId}`;
      if (indexed.has(key)) continue;
      indexed.add(key);
      spanText += line([tsvString(service), kind, dateTime(tsS), seriesId, tsvString(spanId), tsvString(traceId), tsvString(rootSpanId)]);
      spanRows++;
    }
  }
  return { sets, spans: { text: spanText, rows: spanRows } };
}

export const profileLine = (r: ProfileRow): string =>
  line([tsvString(r[0]), r[1], dateTime(r[2]), r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[10], tsvString(r[11]), r[12], r[13]]);

export function encodeBatch(batch: IngestBatch): EncodedBatch {
  const { frames, stacks } = batch;
  const samples = encodeSamples(batch.samples);
  return {
    uploadId: batch.uploadId,
    service: batch.service,
    tsS: batch.tsS,
    sampleCount: batch.sampleCount,
    types: batch.profiles.map((row) => row[1] as ProfileType),
    samples: { text: samples.sets, rows: batch.samples.length },
    spans: samples.spans,
    profiles: { text: batch.profiles.map(profileLine).join(''), rows: batch.profiles.length },
    frames: { ids: frames.map((row) => row[0]), lines: frames.map(frameLine) },
    stacks: { ids: stacks.map((row) => row[0]), lines: stacks.map(stackLine) },
    series: { ids: batch.series.map((row) => row[1]), lines: batch.series.map(seriesLine) },
  };
}
