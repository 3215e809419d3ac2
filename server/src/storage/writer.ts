import type { ClickHouseClient } from '@clickhouse/client';
import { FlamehouseError } from '../errors.js';
import { COLUMNS, type IngestBatch, type FrameRow, type ProfileRow, type SampleRow, type SeriesRow, type StackRow } from '../ingest/rows.js';
import type { Tables } from './client.js';
import type { Dictionary } from './dictionary.js';

export interface WriterOptions {
  readonly flushMs: number;
  readonly maxRows: number;
  /** Sample rows waiting beyond which uploads are refused (503) instead of queued. */
  readonly maxPendingRows: number;
}

export interface WriterStats {
  flushes: number;
  rowsWritten: number;
  failedFlushes: number;
}

interface Waiter {
  resolve(): void;
  reject(error: unknown): void;
}

interface Pending {
  frames: Map<string, FrameRow>;
  stacks: Map<string, StackRow>;
  series: Map<string, SeriesRow>;
  samples: SampleRow[];
  profiles: ProfileRow[];
  waiters: Waiter[];
}

const emptyPending = (): Pending => ({
  frames: new Map(),
  stacks: new Map(),
  series: new Map(),
  samples: [],
  profiles: [],
  waiters: [],
});

/**
 * Collects uploads into few large inserts (small inserts make too many parts).
 * `write` resolves only once the upload's rows are stored, so an acknowledged
 * upload is never lost; frames, stacks and series go in before the samples that
 * point at them. Inserts run one at a time, so when a batch's turn comes every
 * earlier insert has finished: it leaves out the rows those stored, and sends
 * again the rows of one that failed.
 */
export class BatchWriter {
  readonly stats: WriterStats = { flushes: 0, rowsWritten: 0, failedFlushes: 0 };
  private pending = emptyPending();
  private timer: NodeJS.Timeout | undefined;
  private flushing: Promise<void> = Promise.resolve();
  private inFlightRows = 0;

  constructor(
    private readonly client: ClickHouseClient,
    private readonly tables: Tables,
    private readonly dictionary: Dictionary,
    private readonly options: WriterOptions,
  ) {}

  write(batch: IngestBatch): Promise<void> {
    if (this.pending.samples.length + this.inFlightRows >= this.options.maxPendingRows) {
      return Promise.reject(new FlamehouseError('FH_ERR_STORAGE_UNAVAILABLE', 'storage is behind; retry later'));
    }
    const pending = this.pending;
    for (const row of batch.frames) pending.frames.set(row[0], row);
    for (const row of batch.stacks) pending.stacks.set(row[0], row);
    for (const row of batch.series) pending.series.set(row[1], row);
    for (const row of batch.samples) pending.samples.push(row);
    for (const row of batch.profiles) pending.profiles.push(row);
    const stored = new Promise<void>((resolve, reject) => pending.waiters.push({ resolve, reject }));
    if (pending.samples.length >= this.options.maxRows) this.scheduleFlush(0);
    else this.scheduleFlush(this.options.flushMs);
    return stored;
  }

  /** Stores everything written so far. */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    const batch = this.pending;
    this.pending = emptyPending();
    if (batch.waiters.length === 0) return this.flushing;
    this.inFlightRows += batch.samples.length;
    // One insert at a time keeps parts large and the order of batches intact.
    this.flushing = this.flushing.then(() => this.insert(batch));
    return this.flushing;
  }

  private scheduleFlush(delayMs: number): void {
    if (this.timer && delayMs > 0) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), delayMs);
  }

  private async insert(batch: Pending): Promise<void> {
    const frames = [...batch.frames.values()].filter((row) => !this.dictionary.hasFrame(row[0]));
    const stacks = [...batch.stacks.values()].filter((row) => !this.dictionary.hasStack(row[0]));
    const series = [...batch.series.values()].filter((row) => !this.dictionary.hasSeries(row[1]));
    try {
      await Promise.all([
        this.insertRows(this.tables.frames, COLUMNS.frames, frames),
        this.insertRows(this.tables.stacks, COLUMNS.stacks, stacks),
        this.insertRows(this.tables.series, COLUMNS.series, series),
      ]);
      await Promise.all([
        this.insertRows(this.tables.samples, COLUMNS.samples, batch.samples),
        this.insertRows(this.tables.profiles, COLUMNS.profiles, batch.profiles),
      ]);
      for (const row of frames) this.dictionary.addFrame(row[0], { name: row[1], file: row[2] });
      for (const row of stacks) this.dictionary.addStack(row[0], row[1]);
      for (const row of series) this.dictionary.addSeries(row[1]);
      this.stats.flushes++;
      this.stats.rowsWritten += batch.samples.length;
      for (const waiter of batch.waiters) waiter.resolve();
    } catch (cause) {
      this.stats.failedFlushes++;
      const error = new FlamehouseError('FH_ERR_STORAGE_UNAVAILABLE', undefined, { cause });
      for (const waiter of batch.waiters) waiter.reject(error);
    } finally {
      this.inFlightRows -= batch.samples.length;
    }
  }

  private async insertRows(table: string, columns: readonly string[], rows: readonly (readonly unknown[])[]): Promise<void> {
    if (rows.length === 0) return;
    await this.client.insert({
      table,
      values: rows as unknown[][],
      format: 'JSONCompactEachRow',
      columns: columns as [string, ...string[]],
    });
  }

  async close(): Promise<void> {
    await this.flush();
  }
}
