import type { ProfileType } from '@flamehouse/proto';
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
  readonly samples: { readonly text: string; readonly rows: number };
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

/** A string field: ClickHouse's TabSeparated escapes (the same inside quoted array and map elements). */
export function tsvString(text: string): string {
  return text.replace(NEEDS_ESCAPE, (char) => ESCAPES[char]!);
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
export const sampleLine = (r: SampleRow): string =>
  line([tsvString(r[0]), r[1], dateTime(r[2]), r[3], r[4], r[5], tsvString(r[6]), tsvString(r[7]), tsvString(r[8]), tsvString(r[9])]);
export const profileLine = (r: ProfileRow): string =>
  line([tsvString(r[0]), r[1], dateTime(r[2]), r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[10], tsvString(r[11]), r[12], r[13]]);

export function encodeBatch(batch: IngestBatch): EncodedBatch {
  return {
    uploadId: batch.uploadId,
    service: batch.service,
    tsS: batch.tsS,
    sampleCount: batch.sampleCount,
    types: batch.profiles.map((row) => row[1] as ProfileType),
    samples: { text: batch.samples.map(sampleLine).join(''), rows: batch.samples.length },
    profiles: { text: batch.profiles.map(profileLine).join(''), rows: batch.profiles.length },
    frames: { ids: batch.frames.map((row) => row[0]), lines: batch.frames.map(frameLine) },
    stacks: { ids: batch.stacks.map((row) => row[0]), lines: batch.stacks.map(stackLine) },
    series: { ids: batch.series.map((row) => row[1]), lines: batch.series.map(seriesLine) },
  };
}
