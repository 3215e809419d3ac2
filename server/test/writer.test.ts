import type { ClickHouseClient } from '@clickhouse/client';
import { describe, expect, it } from 'vitest';
import type { FlamehouseError } from '../src/errors.js';
import type { IngestBatch, SampleRow } from '../src/ingest/rows.js';
import { tableNames } from '../src/storage/client.js';
import { Dictionary } from '../src/storage/dictionary.js';
import { BatchWriter } from '../src/storage/writer.js';

const tables = tableNames('fh');

/** A ClickHouse client that keeps the rows of each insert that succeeded; inserts can be held back or made to fail. */
function fakeStorage() {
  const stored = new Map<string, unknown[][]>();
  let held: Promise<void> = Promise.resolve();
  let failTable: string | undefined;
  const client = {
    async insert({ table, values }: { table: string; values: unknown[][] }): Promise<void> {
      await held;
      if (table === failTable) {
        failTable = undefined;
        throw new Error(`insert into ${table} failed`);
      }
      stored.set(table, [...(stored.get(table) ?? []), ...values]);
    },
  } as unknown as ClickHouseClient;
  return {
    client,
    /** First column of every stored row of `table`, in insert order. */
    ids: (table: string, column = 0) => (stored.get(table) ?? []).map((row) => row[column]),
    hold(): () => void {
      let release!: () => void;
      held = new Promise((resolve) => (release = resolve));
      return release;
    },
    failNextInsertInto(table: string): void {
      failTable = table;
    },
  };
}

function writerOn(storage: ReturnType<typeof fakeStorage>): BatchWriter {
  // Flushes are explicit here: a long flush timer and no row limit.
  return new BatchWriter(storage.client, tables, new Dictionary(storage.client, tables, 1000), {
    flushMs: 60_000,
    maxRows: 1_000_000,
    maxPendingRows: 1_000_000,
  });
}

/** An upload of one sample per stack; each stack has its own frame, all share one series. */
function upload(stackIds: string[]): IngestBatch {
  return {
    frames: stackIds.map((id) => [`9${id}`, `fn${id}`, 'app.js', 1] as const),
    stacks: stackIds.map((id) => [id, [`9${id}`]] as const),
    series: [['svc', '77', {}, 0] as const],
    samples: stackIds.map((id): SampleRow => ['svc', 'cpu', 0, id, '77', 1, '', '', '', '']),
    profiles: [],
  };
}

describe('BatchWriter', () => {
  it('sends a new stack, frame and series once when a later batch shares them while the first insert is slow', async () => {
    const storage = fakeStorage();
    const writer = writerOn(storage);
    const release = storage.hold();
    const first = writer.write(upload(['1']));
    void writer.flush();
    const second = writer.write(upload(['1', '2']));
    void writer.flush();
    release();
    await Promise.all([first, second]);
    expect(storage.ids(tables.stacks)).toEqual(['1', '2']);
    expect(storage.ids(tables.frames)).toEqual(['91', '92']);
    expect(storage.ids(tables.series, 1)).toEqual(['77']);
    expect(storage.ids(tables.samples, 3)).toEqual(['1', '1', '2']);
  });

  it('sends rows again in the next batch that needs them when the insert that carried them failed', async () => {
    const storage = fakeStorage();
    const writer = writerOn(storage);
    storage.failNextInsertInto(tables.stacks);
    const release = storage.hold();
    const first = writer.write(upload(['1']));
    void writer.flush();
    const second = writer.write(upload(['1']));
    void writer.flush();
    release();
    await expect(first).rejects.toMatchObject({ code: 'FH_ERR_STORAGE_UNAVAILABLE' } satisfies Partial<FlamehouseError>);
    await second;
    const third = writer.write(upload(['1', '2']));
    await writer.flush();
    await third;
    // The failed batch stored no samples; the stack its samples need went in with the next batch, and only once.
    expect(storage.ids(tables.stacks)).toEqual(['1', '2']);
    expect(storage.ids(tables.samples, 3)).toEqual(['1', '1', '2']);
    expect(writer.stats).toMatchObject({ flushes: 2, failedFlushes: 1 });
  });
});
