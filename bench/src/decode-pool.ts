import { DecodePool } from '@flamehouse/server/dist/ingest/decode-pool.js';
import type { UploadRules } from '@flamehouse/server/dist/ingest/decode-job.js';
import { DEFAULT_TENANT } from '@flamehouse/server/dist/auth/access.js';
import { round, threadCpuDelta, threadCpuSeconds } from './stats.js';
import type { Upload } from './uploads.js';

// The server's own decode pool (its worker threads, bodies transferred to
// them, results cloned back) with every thread busy, and nothing else running:
// no HTTP, no storage. After each job the threads are told which frames and
// stacks it brought, as the writer tells them once they are stored. This is
// what the threads of a running server can decode together; decode-cost.ts
// times one thread alone, which on this VM runs faster than each of two
// threads running at once (bench/RESULTS.md §22).

export interface DecodePoolRate {
  readonly threads: number;
  readonly profiles: number;
  readonly seconds: number;
  readonly profilesPerS: number;
  /** Process CPU (every thread) a profile; nothing but the pool runs meanwhile. */
  readonly cpuUsPerProfile: number;
  /** CPU seconds by thread name: the pool's threads are among those named `node`. */
  readonly cpuSecondsByThread: Record<string, number>;
}

/** Jobs queued per thread: one decoding, the next ready when it finishes. */
const JOBS_PER_THREAD = 4;

export async function measureDecodePool(uploads: readonly Upload[], threads: number, rules: UploadRules, seconds: number): Promise<DecodePoolRate> {
  const pool = new DecodePool(threads, (error) => console.error('decode thread failed', error));
  try {
    const decode = async (count: number): Promise<void> => {
      let next = 0;
      const feed = async (): Promise<void> => {
        for (let at = next++; at < count; at = next++) {
          const upload = uploads[at % uploads.length]!;
          // A copy: the pool transfers the body to its thread, and the next pass needs it again.
          const result = await pool.run({ kind: 'pprof', body: new Uint8Array(upload.body), meta: upload.meta, rules }, DEFAULT_TENANT);
          const nowS = Date.now() / 1000;
          for (const batch of result.batches) {
            if (batch.frames.ids.length > 0) pool.tellStored(DEFAULT_TENANT, 'frame', batch.frames.ids, nowS);
            if (batch.stacks.ids.length > 0) pool.tellStored(DEFAULT_TENANT, 'stack', batch.stacks.ids, nowS);
          }
        }
      };
      await Promise.all(Array.from({ length: threads * JOBS_PER_THREAD }, feed));
    };
    // The first pass pays for JIT compilation and brings every frame and stack once.
    await decode(uploads.length);
    const threadsBefore = threadCpuSeconds();
    const cpuBefore = process.cpuUsage();
    const startMs = performance.now();
    let profiles = 0;
    while (performance.now() - startMs < seconds * 1000) {
      await decode(uploads.length);
      profiles += uploads.length;
    }
    const elapsedS = (performance.now() - startMs) / 1000;
    const cpu = process.cpuUsage(cpuBefore);
    return {
      threads,
      profiles,
      seconds: round(elapsedS, 2),
      profilesPerS: round(profiles / elapsedS),
      cpuUsPerProfile: round((cpu.user + cpu.system) / profiles),
      cpuSecondsByThread: Object.fromEntries(threadCpuDelta(threadsBefore, threadCpuSeconds())),
    };
  } finally {
    await pool.close();
  }
}
