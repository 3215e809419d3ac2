import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { encodeBatch, type EncodedBatch } from '../src/ingest/encode.js';
import type { ProfileRow, SampleRow } from '../src/ingest/rows.js';
import { openStorage, tableNames, type Storage } from '../src/storage/client.js';
import { StoredIds } from '../src/storage/stored-ids.js';
import { migrate } from '../src/storage/schema.js';
import { BatchWriter } from '../src/storage/writer.js';

// The writer against real embedded ClickHouse, with faults injected between
// it and the engine: an insert that ClickHouse carried out but whose answer
// was lost, an insert held back.

let storage: Storage;
let dataDir: string;
const tables = tableNames('writer_test');
/** Called before each insert reaches ClickHouse, and after it: may hold it or fail it. */
let beforeInsert: (table: string, text: string) => Promise<void> = () => Promise.resolve();
let afterInsert: (table: string) => void = () => {};

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'fh-writer-'));
  storage = await openStorage(loadConfig({}, { dataDir }));
  await migrate(storage.client, tables, { layout: 'single', cluster: '', retentionDays: 30 });
});

/** The storage the writers see: every insert passes `beforeInsert` and `afterInsert`. */
const faultyStorage = (): Pick<Storage, 'client' | 'insertText'> => ({
  client: storage.client,
  insertText: async (insert) => {
    await beforeInsert(insert.table, insert.text);
    await storage.insertText(insert);
    afterInsert(insert.table);
  },
});
afterAll(async () => {
  await storage?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

function writer(): BatchWriter {
  // Flushes are explicit here: a long flush timer and no row limit.
  return new BatchWriter(faultyStorage(), { tenant: 'default', tables, storedIds: new StoredIds(1024 * 1024) }, {
    flushMs: 60_000,
    maxRows: 1_000_000,
    maxPendingRows: 1_000_000,
  });
}

const TS_S = Math.floor(Date.now() / 1000) - 60;

/** An upload of one sample per stack with value 1; each stack has its own frame, all share one series. */
function upload(service: string, uploadId: string, stackIds: string[]): EncodedBatch {
  const profile: ProfileRow = [service, 'cpu', TS_S, '77', 10_000, stackIds.length, stackIds.length, 0, 0, 0, 0, uploadId, 10_000_000, 0];
  return encodeBatch({
    uploadId,
    service,
    tsS: TS_S,
    sampleCount: stackIds.length,
    frames: stackIds.map((id) => [`9${id}`, `fn${id}`, 'app.js', 1, TS_S] as const),
    stacks: stackIds.map((id) => [id, [`9${id}`], TS_S] as const),
    series: [[service, '77', {}, 0] as const],
    samples: stackIds.map((id): SampleRow => [service, 'time', TS_S, id, '77', 0, 1, '', '', '', '']),
    profiles: [profile],
  });
}

/** What storage holds for a service: sample rows by stack, and profile rows; both hourly rollups are checked to agree. */
async function storedOf(service: string): Promise<{ samples: Record<string, number>; profiles: number }> {
  const rows = async (sql: string) =>
    (await (await storage.client.query({ query: sql, query_params: { service }, format: 'JSONCompactEachRow' })).json<[string, string]>());
  const samples = await rows(
    `SELECT toString(stack_id), toString(count()) FROM ${tables.sampleSets} ARRAY JOIN stack_ids AS stack_id WHERE service = {service:String} GROUP BY stack_id`,
  );
  const [[, profiles = '0'] = []] = await rows(`SELECT '', toString(count()) FROM ${tables.profiles} WHERE service = {service:String}`);
  // The hourly rollups are fed by views on every insert: each must hold each stored sample once too (each CPU value here is 1).
  for (const rollup of [tables.sampleHours, tables.serviceHours]) {
    const hourly = await rows(
      `SELECT toString(stack_id), toString(sum(v)) FROM ${rollup} ARRAY JOIN \`stacksMap.stack_id\` AS stack_id, \`stacksMap.v2\` AS v
       WHERE service = {service:String} GROUP BY stack_id`,
    );
    expect(Object.fromEntries(hourly), rollup).toEqual(Object.fromEntries(samples));
  }
  return { samples: Object.fromEntries(samples.map(([stack, n]) => [stack, Number(n)])), profiles: Number(profiles) };
}

describe('BatchWriter', () => {
  it('sends a new stack, frame and series once when a later batch shares them while the first insert is slow', async () => {
    const w = writer();
    const stacksSent: unknown[] = [];
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    beforeInsert = async (table, text) => {
      if (table === tables.stacks) stacksSent.push(...text.trim().split('\n').map((line) => line.split('\t')[0]));
      await held;
    };
    const first = w.write(upload('dims', 'd1', ['1']));
    void w.flush();
    const second = w.write(upload('dims', 'd2', ['1', '2']));
    void w.flush();
    release();
    expect(await Promise.all([first, second])).toEqual(['stored', 'stored']);
    beforeInsert = () => Promise.resolve();
    expect(stacksSent).toEqual(['1', '2']);
    expect(await storedOf('dims')).toEqual({ samples: { '1': 2, '2': 1 }, profiles: 2 });
  });

  it('retries a batch whose insert ClickHouse stored but whose answer was lost, without doubling it', async () => {
    const w = writer();
    let lost = false;
    afterInsert = (table) => {
      if (table === tables.sampleSets && !lost) {
        lost = true;
        throw new Error('connection reset after the insert');
      }
    };
    const stored = w.write(upload('lost-answer', 'l1', ['5', '6']));
    void w.flush();
    expect(await stored).toBe('stored');
    afterInsert = () => {};
    expect(lost).toBe(true);
    expect(w.stats).toMatchObject({ flushes: 1, failedFlushes: 1 });
    expect(await storedOf('lost-answer')).toEqual({ samples: { '5': 1, '6': 1 }, profiles: 1 });
  });

  it('stores an upload sent twice at once a single time', async () => {
    const w = writer();
    const first = w.write(upload('twice', 't1', ['7']));
    const again = w.write(upload('twice', 't1', ['7']));
    await w.flush();
    expect(await Promise.all([first, again])).toEqual(['stored', 'duplicate']);
    expect(await storedOf('twice')).toEqual({ samples: { '7': 1 }, profiles: 1 });
  });

  it('acknowledges an id that storage holds, as after a restart or from another server, without storing it again', async () => {
    const before = writer();
    const first = before.write(upload('restarted', 'r1', ['8']));
    await before.flush();
    expect(await first).toBe('stored');
    // A new writer remembers nothing: what is stored decides.
    const after = writer();
    const resent = after.write(upload('restarted', 'r1', ['8']));
    const other = after.write(upload('restarted', 'r2', ['8']));
    await after.flush();
    expect(await Promise.all([resent, other])).toEqual(['duplicate', 'stored']);
    expect(await storedOf('restarted')).toEqual({ samples: { '8': 2 }, profiles: 2 });
  });
});
