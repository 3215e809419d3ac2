import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FlameGraphResponse } from '@flamehouse/proto';
import { DecodePool } from '../src/ingest/decode-pool.js';
import type { DecodeJob } from '../src/ingest/decode-job.js';
import type { EncodedBatch } from '../src/ingest/encode.js';
import { DEFAULT_NORMALIZE_RULES, NO_AGENT_REPORT } from '../src/ingest/normalize.js';
import { WALL_CPU, makePprof } from './pprof-fixture.js';
import { defaultTenant, getJson, postUpload, startTestApp, type TestApp } from './test-app.js';

// Most of an upload's frames and stacks are stored already: the decode
// threads learn what the writers stored and leave those rows out, and what
// a query reads is unchanged.

const MS = 1_000_000;
const profileAt = (timeMs: number, stacks: readonly string[]): Buffer =>
  makePprof({ sampleTypes: WALL_CPU, timeMs, samples: stacks.map((stack) => ({ stack, values: [10 * MS, 5 * MS] })) });

describe('stored frames and stacks', () => {
  let app: TestApp;
  const written: EncodedBatch[] = [];
  beforeAll(async () => {
    app = await startTestApp();
    const { writer } = await defaultTenant(app);
    const write = writer.write.bind(writer);
    writer.write = (batch) => {
      written.push(batch);
      return write(batch);
    };
  });
  afterAll(async () => {
    await app?.close();
  });

  it('are left out of later uploads, and the flamegraph still has every frame', async () => {
    const nowMs = Date.now();
    const stacks = ['main;serve;parse', 'main;serve;render'];
    await postUpload(app, 'shop', { pod: 'a' }, profileAt(nowMs - 30_000, stacks));
    await postUpload(app, 'shop', { pod: 'a' }, profileAt(nowMs - 20_000, stacks));
    await postUpload(app, 'shop', { pod: 'b' }, profileAt(nowMs - 10_000, [...stacks, 'main;serve;compress']));

    const [first, again, grown] = written;
    expect(first!.frames.ids).toHaveLength(4);
    expect(first!.stacks.ids).toHaveLength(2);
    // Stored by the first upload's insert: nothing of them travels again.
    expect(again!.frames.ids).toEqual([]);
    expect(again!.stacks.ids).toEqual([]);
    expect(again!.samples.rows).toBe(2);
    // Only what is new: one frame, one stack; a new label set is always sent (the series rate counts it).
    expect(grown!.frames.lines).toHaveLength(1);
    expect(grown!.frames.lines[0]).toContain('compress');
    expect(grown!.stacks.ids).toHaveLength(1);
    expect(grown!.series.ids).toHaveLength(1);

    const graph = await getJson<FlameGraphResponse>(app, `/api/v1/flamegraph?service=shop&type=wall&from=${nowMs - 60_000}&to=${nowMs + 5_000}`);
    const serve = graph.root.children.find((n) => n.name === 'main')?.children.find((n) => n.name === 'serve');
    expect(serve?.children.map((n) => [n.name, n.total]).sort()).toEqual([
      ['compress', 10 * MS],
      ['parse', 30 * MS],
      ['render', 30 * MS],
    ]);
  });
});

describe('a decode thread', () => {
  it("leaves out what a tenant's writer stored, for that tenant only", async () => {
    const pool = new DecodePool(1);
    try {
      const job = (uploadId: string): DecodeJob => ({
        kind: 'pprof',
        body: profileAt(Date.now(), ['main;work']),
        meta: { uploadId, service: 'svc', labels: new Map(), agent: NO_AGENT_REPORT, receivedMs: Date.now() },
        rules: { ...DEFAULT_NORMALIZE_RULES, maxProfileBytes: 1 << 20, maxSamples: 100, maxLocations: 100, maxStrings: 100, maxLabelsPerSample: 10 },
      });
      const first = (await pool.run(job('1'), 'acme')).batches[0]!;
      expect(first.frames.ids).toHaveLength(2);
      const nowS = Date.now() / 1000;
      pool.tellStored('acme', 'frame', first.frames.ids, nowS);
      pool.tellStored('acme', 'stack', first.stacks.ids, nowS);
      const again = (await pool.run(job('2'), 'acme')).batches[0]!;
      expect([again.frames.ids, again.stacks.ids]).toEqual([[], []]);
      // Another tenant's database holds none of them.
      const other = (await pool.run(job('3'), 'beta')).batches[0]!;
      expect([other.frames.ids.length, other.stacks.ids.length]).toEqual([2, 1]);
    } finally {
      await pool.close();
    }
  });
});
