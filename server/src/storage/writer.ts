import { randomUUID } from 'node:crypto';
import { FlamehouseError } from '../errors.js';
import type { EncodedBatch, EncodedRows } from '../ingest/encode.js';
import { COLUMNS } from '../ingest/rows.js';
import type { Storage, Tables } from './client.js';
import type { DimensionKind, StoredIds } from './stored-ids.js';
import { storedUploadIds } from './upload-ledger.js';

/** Where a writer stores: one tenant's tables, and the memo of what is stored there. */
export interface WriterTarget {
  readonly tenant: string;
  readonly tables: Tables;
  readonly storedIds: StoredIds;
}

export interface WriterOptions {
  readonly flushMs: number;
  readonly maxRows: number;
  /** Sample rows waiting beyond which uploads are refused (503) instead of queued. */
  readonly maxPendingRows: number;
  /** How long a batch whose inserts fail is retried before its uploads are given up (their clients resend). */
  readonly retryForMs?: number;
  /** Told of each insert attempt: stored or failed, its sample rows, how long it took. */
  readonly observe?: (outcome: 'stored' | 'failed', rows: number, seconds: number) => void;
}

export interface WriterStats {
  flushes: number;
  rowsWritten: number;
  failedFlushes: number;
  /** Uploads acknowledged without storing them again: their id was stored or in flight. */
  duplicates: number;
}

/** How an upload ended: stored now, or found stored (or being stored) under its id already. */
export type WriteOutcome = 'stored' | 'duplicate';

interface PendingUpload {
  readonly batch: EncodedBatch;
  readonly resolve: (outcome: WriteOutcome) => void;
  readonly reject: (error: unknown) => void;
}

interface Batch {
  /** Names the batch's inserts: ClickHouse stores a block once per token, so a retried insert never doubles. */
  readonly token: string;
  readonly uploads: PendingUpload[];
  readonly rows: number;
  readonly firstTriedMs: number;
}

/** The rows a batch inserts, fixed at its first attempt: a token must always name the same rows. */
interface FrozenBatch {
  readonly fresh: PendingUpload[];
  /** Dimension rows not stored yet, by id. */
  readonly frames: Map<string, string>;
  readonly stacks: Map<string, string>;
  readonly series: Map<string, string>;
}

const RETRY_FOR_MS = 5 * 60_000;
const RETRY_BASE_MS = 250;
const RETRY_CAP_MS = 10_000;

/**
 * Collects uploads into few large inserts (small inserts make too many parts)
 * and stores each upload once, however often it is sent:
 * - an id already in flight here waits for that copy instead of adding rows;
 * - at each flush, ids the ledger (stored `profiles` rows) already holds are
 *   acknowledged as duplicates, so a retry after a lost answer, a restart or
 *   another server's insert stores nothing again;
 * - a batch's inserts carry deduplication tokens, and a failed batch is
 *   retried whole with the same tokens and rows: an insert that succeeded
 *   before the failure is dropped by ClickHouse, never doubled;
 * - dimensions go first, then samples, then the `profiles` rows that mark
 *   the upload stored.
 * `write` resolves only once the upload's rows are stored.
 */
export class BatchWriter {
  readonly stats: WriterStats = { flushes: 0, rowsWritten: 0, failedFlushes: 0, duplicates: 0 };
  private pending: PendingUpload[] = [];
  private queuedRows = 0;
  private readonly inFlight = new Map<string, Promise<WriteOutcome>>();
  private timer: NodeJS.Timeout | undefined;
  private flushing: Promise<void> = Promise.resolve();
  private storingRows = 0;

  private readonly tables: Tables;

  constructor(
    private readonly storage: Pick<Storage, 'client' | 'insertText'>,
    private readonly target: WriterTarget,
    private readonly options: WriterOptions,
  ) {
    this.tables = target.tables;
  }

  write(batch: EncodedBatch): Promise<WriteOutcome> {
    const earlier = this.inFlight.get(batch.uploadId);
    if (earlier) {
      this.stats.duplicates++;
      return earlier.then(() => 'duplicate');
    }
    if (this.queuedRows + this.storingRows >= this.options.maxPendingRows) {
      return Promise.reject(new FlamehouseError('FH_ERR_STORAGE_UNAVAILABLE', 'storage is behind; retry later'));
    }
    const stored = new Promise<WriteOutcome>((resolve, reject) => this.pending.push({ batch, resolve, reject }));
    this.inFlight.set(batch.uploadId, stored);
    const forget = (): void => void this.inFlight.delete(batch.uploadId);
    stored.then(forget, forget);
    this.queuedRows += batch.samples.rows;
    this.scheduleFlush(this.queuedRows >= this.options.maxRows ? 0 : this.options.flushMs);
    return stored;
  }

  /** Sample rows written and not yet stored. */
  get pendingRows(): number {
    return this.queuedRows + this.storingRows;
  }

  /** Stores everything written so far. */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.pending.length === 0) return this.flushing;
    const batch: Batch = { token: randomUUID(), uploads: this.pending, rows: this.queuedRows, firstTriedMs: Date.now() };
    this.pending = [];
    this.queuedRows = 0;
    this.storingRows += batch.rows;
    // One batch at a time keeps parts large, and a failing batch holds the
    // ones behind it rather than racing them.
    this.flushing = this.flushing.then(() => this.store(batch));
    return this.flushing;
  }

  async close(): Promise<void> {
    await this.flush();
  }

  private scheduleFlush(delayMs: number): void {
    if (this.timer && delayMs > 0) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), delayMs);
  }

  private async store(batch: Batch): Promise<void> {
    let frozen: FrozenBatch | undefined;
    try {
      for (let attempt = 1; ; attempt++) {
        const startedMs = performance.now();
        try {
          frozen ??= await this.freeze(batch);
          await this.insert(batch.token, frozen);
          for (const upload of frozen.fresh) upload.resolve('stored');
          this.stats.flushes++;
          this.options.observe?.('stored', batch.rows, (performance.now() - startedMs) / 1000);
          return;
        } catch (cause) {
          this.stats.failedFlushes++;
          this.options.observe?.('failed', batch.rows, (performance.now() - startedMs) / 1000);
          if (Date.now() - batch.firstTriedMs >= (this.options.retryForMs ?? RETRY_FOR_MS)) {
            const error = new FlamehouseError('FH_ERR_STORAGE_UNAVAILABLE', undefined, { cause });
            for (const upload of frozen?.fresh ?? batch.uploads) upload.reject(error);
            return;
          }
          await sleep(Math.min(RETRY_CAP_MS, RETRY_BASE_MS * 2 ** (attempt - 1)));
        }
      }
    } finally {
      this.storingRows -= batch.rows;
    }
  }

  /** Drops the uploads storage already holds and gathers the dimension rows the others need. */
  private async freeze(batch: Batch): Promise<FrozenBatch> {
    const stored = await storedUploadIds(this.storage.client, this.tables, batch.uploads.map((upload) => upload.batch));
    const fresh: PendingUpload[] = [];
    const frames = new Map<string, string>();
    const stacks = new Map<string, string>();
    const series = new Map<string, string>();
    const { tenant, storedIds } = this.target;
    const nowS = Date.now() / 1000;
    const slice = new EventLoopSlice();
    const pick = async (rows: EncodedRows, kind: DimensionKind, into: Map<string, string>): Promise<void> => {
      rows.ids.forEach((id, i) => {
        if (!into.has(id) && storedIds.needs(tenant, kind, id, nowS)) into.set(id, rows.lines[i]!);
      });
      await slice.yieldIfLong();
    };
    for (const upload of batch.uploads) {
      if (stored.has(upload.batch.uploadId)) {
        this.stats.duplicates++;
        upload.resolve('duplicate');
        continue;
      }
      fresh.push(upload);
      await pick(upload.batch.frames, 'frame', frames);
      await pick(upload.batch.stacks, 'stack', stacks);
      await pick(upload.batch.series, 'series', series);
    }
    return { fresh, frames, stacks, series };
  }

  private async insert(token: string, frozen: FrozenBatch): Promise<void> {
    if (frozen.fresh.length === 0) return;
    // Dimensions are ReplacingMergeTree tables keyed by content hash: sending one twice is harmless,
    // and sending it again a day later refreshes its last_seen.
    // One insert at a time: a batch's text is megabytes, and inserts started together made their bytes in
    // one turn of the event loop.
    await this.insertText(this.tables.frames, COLUMNS.frames, [...frozen.frames.values()].join(''));
    await this.insertText(this.tables.stacks, COLUMNS.stacks, [...frozen.stacks.values()].join(''));
    await this.insertText(this.tables.series, COLUMNS.series, [...frozen.series.values()].join(''));
    const samples = frozen.fresh.map((upload) => upload.batch.samples.text).join('');
    await this.insertText(this.tables.sampleSets, COLUMNS.sampleSets, samples, `${token}:samples`);
    const spans = frozen.fresh.map((upload) => upload.batch.spans.text).join('');
    await this.insertText(this.tables.spanIndex, COLUMNS.spanIndex, spans, `${token}:spans`);
    // Last: a stored profiles row is what marks its upload stored (upload-ledger.ts).
    await this.insertText(this.tables.profiles, COLUMNS.profiles, frozen.fresh.map((upload) => upload.batch.profiles.text).join(''), `${token}:profiles`);
    const { tenant, storedIds } = this.target;
    const nowS = Date.now() / 1000;
    const slice = new EventLoopSlice();
    storedIds.rememberAll(tenant, 'frame', [...frozen.frames.keys()], nowS);
    await slice.yieldIfLong();
    storedIds.rememberAll(tenant, 'stack', [...frozen.stacks.keys()], nowS);
    await slice.yieldIfLong();
    storedIds.rememberAll(tenant, 'series', [...frozen.series.keys()], nowS);
    this.stats.rowsWritten += frozen.fresh.reduce((sum, upload) => sum + upload.batch.samples.rows, 0);
  }

  /** Inserts TabSeparated text made on the decode threads (ingest/encode.ts). */
  private async insertText(table: string, columns: readonly string[], text: string, dedupToken = ''): Promise<void> {
    if (text === '') return;
    await this.storage.insertText({
      table,
      columns,
      text,
      // Always set, empty when unused: on chdb a setting sent through the
      // client outlives the query that set it, and a stale token would make
      // ClickHouse drop the next insert into that table as a duplicate. A
      // retried insert is dropped by the views it feeds (the hourly rollups)
      // as well.
      settings: { insert_deduplication_token: dedupToken, deduplicate_blocks_in_dependent_materialized_views: 1 },
    });
  }
}

// Past this much synchronous work, the writer lets the event loop take a turn (timers and I/O).
const SLICE_MS = 10;

/** Time spent since the event loop last had a turn; `yieldIfLong` gives it one past SLICE_MS. */
class EventLoopSlice {
  private startedMs = performance.now();

  async yieldIfLong(): Promise<void> {
    if (performance.now() - this.startedMs < SLICE_MS) return;
    await sleep(0);
    this.startedMs = performance.now();
  }
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
