import { fork } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import type { AddressInfo } from 'node:net';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gunzipSync } from 'node:zlib';
import { buildApp, type App } from '@flamehouse/server';
import { loadConfig } from '@flamehouse/server/dist/config.js';
import { DEFAULT_TENANT } from '@flamehouse/server/dist/auth/access.js';
import { normalizeProfile } from '@flamehouse/server/dist/ingest/normalize.js';
import { readPprof } from '@flamehouse/server/dist/ingest/pprof-reader.js';
import { encodeBatch, type EncodedBatch } from '@flamehouse/server/dist/ingest/encode.js';
import { uploadRules } from '@flamehouse/server/dist/ingest/decode-job.js';
import { measureDecodeCost } from './decode-cost.js';
import { measureDecodeFloor } from './decode-floor.js';
import { measureDecodePool } from './decode-pool.js';
import type { ClientJob, ClientMessage, ClientResult } from './ingest-client.js';
import {
  MiB,
  machineCpuTicks,
  parseArgs,
  quantile,
  round,
  threadCpuDelta,
  threadCpuSeconds,
  watchGc,
  watchRss,
} from './stats.js';
import { makeUploads, type Cuts, type Upload } from './uploads.js';

// Ingest, end to end through HTTP: the real server (buildApp + listen) on a
// fresh embedded chdb directory in this process, the load generator in a
// child process, both on this machine over 127.0.0.1. Around it, two
// isolating measurements: the CPU of decode + normalize alone (before the
// server starts) and the writer + chdb alone fed pre-normalized batches
// (after the HTTP phase, same server). Server settings come from the usual
// FLAMEHOUSE_* environment variables.
//
// The HTTP phase runs closed loop by default (`--concurrency` cuts in
// flight: the most the server carries) or, with `--rateHz R`, open loop, as a
// fleet of R × 10 agents uploads every 10 s whether or not the server keeps up
// (`--phaseSpreadS` < 10: a fleet restarted together; `--firstCut interval`:
// agents that cut first one interval after they start, as before §26, and so
// stay in step). Each cut is a wall upload, then a heap upload once the wall
// one is settled, as the agent sends them (`--heapSamples 0`: walls alone,
// as before §27). Its latency is what
// agents see at that rate, retries included.

const options = parseArgs(process.argv.slice(2), {
  durationS: 20,
  warmupS: 5,
  concurrency: 64,
  /** Open loop instead: uploads a second, sent on a fleet's schedule whether or not the server keeps up (ingest-client.ts). */
  rateHz: 0,
  uploadIntervalS: 10,
  /** Open loop: the seconds in which the fleet's agents started (10: spread evenly; less: restarted by one deploy). */
  phaseSpreadS: 10,
  /** Open loop: `random` (0.5 to 1.5 intervals after start, as the agent cuts first) or `interval` (one, as before §26). */
  firstCut: 'random',
  bodies: 300,
  pods: 100,
  functions: 3000,
  stacks: 5000,
  hits: 1000,
  spanShare: 0,
  /**
   * Sampled allocations live in each heap profile, sent after each wall profile as the agent sends them: 64 is a
   * 256 MiB heap at the agent's 4 MiB sampling interval. 0 sends wall profiles alone, as every run before §27 did.
   */
  heapSamples: 64,
  decodeS: 5,
  /** Stop after the steps without storage (decode cost, decode floor, decode pool): how a Node version decodes, alone. */
  decodeOnly: false,
  /** Seconds of the writer-only phase; 0 skips it. */
  writerS: 10,
  /**
   * Writes outstanding in the writer-only phase: enough rows to fill a batch (FLAMEHOUSE_INSERT_MAX_ROWS) under the
   * writer's pending limit (3 batches: 300 × 880 rows fit, 800 did not once the limit came down from 10 batches).
   */
  writerConcurrency: 300,
  seed: 1,
  service: 'checkout-api',
  /** Write a V8 CPU profile of the server's main thread over the measured HTTP window. */
  cpuProfile: '',
  /** Also write the result object to this file. */
  json: '',
});

if (options.firstCut !== 'random' && options.firstCut !== 'interval') throw new Error(`--firstCut ${options.firstCut}: expected random or interval`);
const firstCut: ClientJob['firstCut'] = options.firstCut;

function runClient(job: ClientJob, window: { onMeasuring: () => void; onMeasured: () => void }): Promise<ClientResult> {
  // No inherited execArgv: a --cpu-prof given to the server must not profile the client.
  const child = fork(join(__dirname, 'ingest-client.js'), [], { serialization: 'advanced', execArgv: [] });
  return new Promise((resolve, reject) => {
    child.on('message', (message: ClientMessage) => {
      if (message.type === 'measuring') window.onMeasuring();
      else if (message.type === 'measured') window.onMeasured();
      else resolve(message.result);
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      // A no-op once the client's result resolved: reports a client that ended without one instead of waiting for it.
      reject(new Error(`ingest client exited with ${code} and no result`));
    });
    child.send(job);
  });
}

/** Everything the server process did while a phase ran. */
function watchServer(cpuProfile: string) {
  const rss = watchRss();
  const gc = watchGc();
  const threadsBefore = threadCpuSeconds();
  const cpuBefore = process.cpuUsage();
  const machineBefore = machineCpuTicks();
  const eluBefore = performance.eventLoopUtilization();
  const session = cpuProfile ? new Session() : undefined;
  const profiling = session ? (session.connect(), session.post('Profiler.enable').then(() => session.post('Profiler.start'))) : undefined;
  return async (seconds: number) => {
    const cpu = process.cpuUsage(cpuBefore);
    const machine = machineCpuTicks();
    const elu = performance.eventLoopUtilization(eluBefore);
    const threads = threadCpuDelta(threadsBefore, threadCpuSeconds());
    const memory = rss.stop();
    const gcPauses = gc.stop();
    if (session) {
      await profiling;
      const { profile } = await session.post('Profiler.stop');
      writeFileSync(cpuProfile, JSON.stringify(profile));
      session.disconnect();
    }
    return {
      rssPeakMiB: memory.peakMiB,
      rssEndMiB: memory.lastMiB,
      cpuCores: round((cpu.user + cpu.system) / 1e6 / seconds, 2),
      machineBusyCores: round(((machine.busy - machineBefore.busy) / Math.max(1, machine.total - machineBefore.total)) * availableParallelism(), 2),
      eventLoopUtilization: round(elu.utilization, 2),
      gcPauseSharePct: round((100 * gcPauses.pauseMs) / (seconds * 1000)),
      gcPauses: gcPauses.pauses,
      cpuSecondsByThread: Object.fromEntries(threads),
    };
  };
}

async function httpPhase(app: App, { walls, heaps }: Cuts) {
  await app.server.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.server.address() as AddressInfo;
  let finish: ReturnType<typeof watchServer> | undefined;
  let server: Awaited<ReturnType<ReturnType<typeof watchServer>>> | undefined;
  let watched: Promise<void> | undefined;
  const client = await runClient(
    {
      port,
      requests: walls.map((u) => ({ path: u.path, body: u.body })),
      heapRequests: heaps.map((u) => ({ path: u.path, body: u.body })),
      concurrency: options.concurrency,
      warmupS: options.warmupS,
      durationS: options.durationS,
      uploadIdPrefix: `bench-${options.seed}`,
      rateHz: options.rateHz,
      uploadIntervalS: options.uploadIntervalS,
      phaseSpreadS: options.phaseSpreadS,
      firstCut,
    },
    {
      onMeasuring: () => {
        finish = watchServer(options.cpuProfile);
      },
      // The server's figures cover the window only, not the wait for its last answers.
      onMeasured: () => {
        watched = finish?.(options.durationS).then((figures) => {
          server = figures;
        });
      },
    },
  );
  await watched;
  return {
    profilesPerS: round(client.ok / client.measuredS),
    ...(options.rateHz > 0 ? { sentPerS: round(client.sentInWindow / client.measuredS), unansweredInWindow: client.unansweredInWindow } : {}),
    sampleRowsPerS: round(client.sampleRows / client.measuredS, 0),
    sampleRowsPerProfile: round(client.sampleRows / Math.max(1, client.ok)),
    latencyMs: {
      p50: round(quantile(client.latenciesMs, 0.5)),
      p90: round(quantile(client.latenciesMs, 0.9)),
      p99: round(quantile(client.latenciesMs, 0.99)),
      max: round(quantile(client.latenciesMs, 1)),
    },
    ...(heaps.length > 0 && {
      heapUploadsPerS: round(client.heapOk / client.measuredS),
      heapLatencyMs: { p50: round(quantile(client.heapLatenciesMs, 0.5)), p99: round(quantile(client.heapLatenciesMs, 0.99)) },
    }),
    failures: client.failures,
    storedByBody: client.storedByBody,
    duplicates: client.duplicates,
    unsettled: client.unsettled,
    clientCpuCores: round(client.clientCpuS / client.measuredS, 2),
    // Whatever else ran on the machine meanwhile (other jobs skew the figures).
    otherProcessesCores: server ? round(server.machineBusyCores - server.cpuCores - client.clientCpuS / client.measuredS, 2) : undefined,
    server,
  };
}

/** The writer and chdb alone: pre-normalized batches, `writerConcurrency` writes outstanding, no HTTP or decode. */
async function writerPhase(app: App, uploads: readonly Upload[]) {
  const batches: EncodedBatch[] = uploads.map((u) => encodeBatch(normalizeProfile(readPprof(gunzipSync(u.body)), u.meta)));
  const { writer } = await app.tenants.get(DEFAULT_TENANT);
  await writer.flush();
  const finish = watchServer('');
  const startMs = performance.now();
  const endMs = startMs + options.writerS * 1000;
  let next = 0;
  let rows = 0;
  let profiles = 0;
  const outstanding = new Set<Promise<void>>();
  while (performance.now() < endMs) {
    while (outstanding.size < options.writerConcurrency) {
      // A new upload id each time: a batch written again under its old id is a duplicate, which is not stored.
      const batch = { ...batches[next % batches.length]!, uploadId: `writer-${next}` };
      next++;
      const write: Promise<void> = writer.write(batch).then(() => {
        rows += batch.samples.rows;
        profiles++;
        outstanding.delete(write);
      });
      outstanding.add(write);
    }
    await Promise.race(outstanding);
  }
  await Promise.all(outstanding);
  const seconds = (performance.now() - startMs) / 1000;
  const server = await finish(seconds);
  return {
    seconds: round(seconds, 2),
    profilesPerS: round(profiles / seconds),
    sampleRowsPerS: round(rows / seconds, 0),
    otherProcessesCores: round(server.machineBusyCores - server.cpuCores, 2),
    server,
  };
}

/** Wall and CPU nanoseconds of each body as ingest stores them: what the stored sums must add up to. */
function bodySums(uploads: readonly Upload[]): { wallNs: number; cpuNs: number }[] {
  return uploads.map((u) => {
    let wallNs = 0;
    let cpuNs = 0;
    for (const row of normalizeProfile(readPprof(gunzipSync(u.body)), u.meta).samples) {
      if (row[1] !== 'time') continue;
      wallNs += row[5];
      cpuNs += row[6];
    }
    return { wallNs, cpuNs };
  });
}

/**
 * What storage holds against what the server acknowledged: every acknowledged
 * upload once (no upload lost or doubled), and the wall and CPU sums of the
 * acknowledged bodies, exactly. An upload the client gave up on (`unsettled`)
 * may have been stored without its answer arriving: then only the count is
 * checked, acknowledged ≤ stored ≤ acknowledged + unsettled.
 */
async function storedCounts(app: App, storedByBody: readonly number[], sums: readonly { wallNs: number; cpuNs: number }[], unsettled: number) {
  const { database, sampleSets, profiles, series } = (await app.tenants.get(DEFAULT_TENANT)).tables;
  const result = await app.storage.client.query({
    query: `SELECT
        (SELECT sum(length(stack_ids)) FROM ${sampleSets}),
        (SELECT toString(sum(arraySum(v1))) FROM ${sampleSets} WHERE kind = 'time'),
        (SELECT toString(sum(arraySum(v2))) FROM ${sampleSets} WHERE kind = 'time'),
        (SELECT uniqExact(upload_id) FROM ${profiles}), (SELECT count() FROM ${profiles}),
        (SELECT count() FROM system.parts WHERE database = '${database}' AND table = 'sample_sets' AND active),
        (SELECT count() FROM ${series})`,
    format: 'JSONCompactEachRow',
  });
  const [row = []] = await result.json<string[]>();
  const [entries, wallNs, cpuNs, uploadsStored, profileRows, activeParts, seriesRows] = row.map((cell) => Number(cell));
  const counts = { samplesStored: entries, uploadsStored, profileRows, activeParts, series: seriesRows, wallNs, cpuNs };
  let acknowledged = 0;
  let expectedWallNs = 0;
  let expectedCpuNs = 0;
  storedByBody.forEach((count, i) => {
    acknowledged += count;
    expectedWallNs += count * sums[i]!.wallNs;
    expectedCpuNs += count * sums[i]!.cpuNs;
  });
  return {
    ...counts,
    acknowledged,
    expectedWallNs,
    expectedCpuNs,
    exact:
      unsettled === 0
        ? uploadsStored === acknowledged && wallNs === expectedWallNs && cpuNs === expectedCpuNs
        : uploadsStored! >= acknowledged && uploadsStored! <= acknowledged + unsettled,
  };
}

async function main(): Promise<void> {
  const genStart = performance.now();
  const cuts = makeUploads(options);
  const uploads = cuts.walls;
  const avg = (f: (u: Upload) => number, of = uploads): number => of.reduce((sum, u) => sum + f(u), 0) / Math.max(1, of.length);
  const bodies = {
    count: uploads.length,
    gzippedKiB: round(avg((u) => u.body.length) / 1024),
    rawKiB: round(avg((u) => u.rawBytes) / 1024),
    pprofSamples: round(avg((u) => u.samples)),
    ...(cuts.heaps.length > 0 && {
      heap: { gzippedKiB: round(avg((u) => u.body.length, cuts.heaps) / 1024), pprofSamples: round(avg((u) => u.samples, cuts.heaps)) },
    }),
    generatedS: round((performance.now() - genStart) / 1000, 2),
  };
  console.error('bodies', bodies);
  const decode = measureDecodeCost(uploads, options.decodeS);
  console.error('decode + normalize, no storage', decode);
  const decodeFloor = measureDecodeFloor(uploads);
  console.error('decode floor: gunzip, every number read, every string byte hashed', decodeFloor);

  const dataDir = mkdtempSync(join(tmpdir(), 'fh-bench-ingest-'));
  const config = loadConfig(process.env, { dataDir, host: '127.0.0.1', port: 0, logLevel: 'silent' });
  const poolThreads = config.ingestThreads > 0 ? config.ingestThreads : availableParallelism();
  const decodePool = await measureDecodePool(uploads, poolThreads, uploadRules(config), options.decodeS);
  console.error('decode pool, no storage', decodePool);
  const machine = (): object => ({ cores: availableParallelism(), node: process.version, loadAvg1mAtEnd: round(loadavg()[0]!, 2) });
  if (options.decodeOnly) {
    rmSync(dataDir, { recursive: true, force: true });
    report({ date: new Date().toISOString(), machine: machine(), options, bodies, decode, decodeFloor, decodePool });
    return;
  }
  const app = await buildApp(config);
  try {
    const rssBaselineMiB = round(process.memoryUsage.rss() / MiB);
    const http = await httpPhase(app, cuts);
    console.error('http', { ...http, storedByBody: undefined });
    const tenant = await app.tenants.get(DEFAULT_TENANT);
    await tenant.writer.flush();
    const afterHttp = { writer: { ...tenant.writer.stats }, ...(await storedCounts(app, http.storedByBody, bodySums([...cuts.walls, ...cuts.heaps]), http.unsettled)) };
    console.error('stored after http', { ...afterHttp, writer: undefined });
    const writer = options.writerS > 0 ? await writerPhase(app, uploads) : undefined;
    if (writer) console.error('writer only', writer);
    const result = {
      date: new Date().toISOString(),
      machine: machine(),
      options,
      serverConfig: { insertFlushMs: config.insertFlushMs, insertMaxRows: config.insertMaxRows },
      bodies,
      decode,
      decodeFloor,
      decodePool,
      rssBaselineMiB,
      http: { ...http, storedByBody: undefined },
      afterHttp,
      writer,
    };
    report(result);
  } finally {
    await app.server.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function report(result: object): void {
  console.log(JSON.stringify(result, null, 2));
  if (options.json) writeFileSync(options.json, JSON.stringify(result, null, 2));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
