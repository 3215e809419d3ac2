import { fork } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp, type App } from '@flamehouse/server';
import { loadConfig } from '@flamehouse/server/dist/config.js';
import { stackTotals, type StackTotals } from '@flamehouse/server/dist/query/aggregate.js';
import type { QueryContext } from '@flamehouse/server/dist/query/context.js';
import { parseSelection, type QueryParams } from '@flamehouse/server/dist/query/selection.js';
import { sampleRows, type Params } from '@flamehouse/server/dist/query/sql.js';
import { addStacks, createTree, keepHeaviest, keptFrames, renderTree } from '@flamehouse/server/dist/query/tree.js';
import { internedFramesOf } from '@flamehouse/server/dist/query/stacks.js';
import { StackCache, stackLookup } from '@flamehouse/server/dist/storage/stack-cache.js';
import { DEFAULT_TENANT } from '@flamehouse/server/dist/auth/access.js';
import { FILL_DEFAULTS, fillStore, podLabels, spanIdOf, type Fill } from './query-data.js';
import { sendLast } from './child-report.js';
import { MiB, median, parseArgs, round } from './stats.js';

// Query latency over a store of `rows` sample rows (default 10 M):
//   node dist/query.js [rows] [--hours 24 | --days 30] [--stacks 46000] [--spans] ...
// The `*-24h` queries cover the whole filled range (`--hours`, or `--days` × 24).
// One child process fills a fresh chdb directory through the storage client
// and compacts it (OPTIMIZE … FINAL); then each query runs in its own fresh
// child process, so its first request is cold (the server's stack and frame
// cache is empty) while the OS page cache is warm, as on a server that
// restarted. Warm is the median of the next `warm` requests. chdb allows one
// data directory per process, hence the children.

const argv = process.argv.slice(2);
const positionalRows = argv[0] !== undefined && /^\d/.test(argv[0]) ? argv.shift() : undefined;
const options = parseArgs(argv, {
  ...FILL_DEFAULTS,
  warm: 5,
  json: '',
  /** Keep the data directory (its path and end are printed) instead of removing it. */
  keep: false,
  /** Give samples span ids (8 requests per profile) and measure one request's flamegraph over the whole range. */
  spans: false,
  // Set by the parent for its children; `--dir D --endS S` also measures a directory kept by `--keep` instead of filling one.
  phase: '',
  dir: '',
  endS: 0,
  query: '',
  /** The filled range in days (sets --hours); 0 keeps --hours. */
  days: 0,
});
if (options.days > 0) options.hours = options.days * 24;
const rows = positionalRows !== undefined ? Number(positionalRows.replaceAll('_', '')) : options.rows;
const FILTER_POD = 17;

type QueryId = 'flame-24h' | 'flame-1h' | 'flame-pod' | 'top-24h' | 'diff-24h' | 'timeline-24h' | 'span-24h';
const QUERY_IDS: readonly QueryId[] = [
  'flame-24h',
  'flame-1h',
  'flame-pod',
  'top-24h',
  'diff-24h',
  'timeline-24h',
  ...(options.spans ? (['span-24h'] as const) : []),
];

function queryUrl(id: QueryId, endS: number): string {
  const fromS = id === 'flame-1h' ? endS - 3600 : endS - options.hours * 3600;
  const params = new URLSearchParams({ service: options.service, type: 'cpu', from: String(fromS * 1000), to: String(endS * 1000) });
  if (id === 'flame-pod') params.append('filter', `host.name=${podLabels(options.service, FILTER_POD).get('host.name')}`);
  // One request early in the range (certain to exist), looked up over all of it.
  if (id === 'span-24h') params.set('span_id', spanIdOf(10, 3));
  if (id === 'diff-24h') {
    // The range's first half against its second.
    const middleS = endS - Math.round((options.hours * 3600) / 2);
    params.set('baseline.to', String(middleS * 1000));
    params.set('comparison.from', String(middleS * 1000));
    return `/api/v1/diff?${params.toString()}`;
  }
  const path = id.startsWith('flame') || id.startsWith('span') ? 'flamegraph' : id.startsWith('top') ? 'top' : 'timeline';
  return `/api/v1/${path}?${params.toString()}`;
}

async function openApp(dir: string): Promise<App> {
  return buildApp(loadConfig({}, { dataDir: dir, logLevel: 'silent' }));
}

async function sql<Row extends unknown[]>(app: App, query: string): Promise<Row[]> {
  const result = await app.storage.client.query({ query, format: 'JSONCompactEachRow' });
  return result.json<Row>();
}

/** What the samples take on disk: `sample_sets` and `span_index` together, per stored sample (entry) and per set row. */
async function samplesOnDisk(app: App, samples: number) {
  const { database } = (await app.tenants.get(DEFAULT_TENANT)).tables;
  const [row] = await sql<[string, string, string, string]>(
    app,
    `SELECT count(), sumIf(rows, table = 'sample_sets'), sum(bytes_on_disk), sum(data_uncompressed_bytes) FROM system.parts
     WHERE database = '${database}' AND table IN ('sample_sets', 'span_index') AND active`,
  );
  const [parts, setRows, bytes, uncompressed] = (row ?? []).map(Number) as [number, number, number, number];
  return {
    parts,
    setRows,
    bytesPerSample: round(bytes / samples, 2),
    uncompressedBytesPerSample: round(uncompressed / samples, 2),
  };
}

async function fillPhase() {
  const app = await openApp(options.dir);
  try {
    const fill: Fill = await fillStore(
      app,
      { ...options, rows, endS: options.endS },
      (line) => console.error(`fill: ${line}`),
    );
    const beforeOptimize = await samplesOnDisk(app, fill.rows);
    const t0 = performance.now();
    const { tables } = await app.tenants.get(DEFAULT_TENANT);
    // The rollups too: SummingMergeTree sums at merges, which a long-running server's background merges do.
    for (const table of [tables.sampleSets, tables.sampleHours, tables.serviceHours]) {
      await app.storage.client.command({ query: `OPTIMIZE TABLE ${table} FINAL` });
    }
    const optimizeS = round((performance.now() - t0) / 1000, 1);
    const afterOptimize = await samplesOnDisk(app, fill.rows);
    const columns = await sql<[string, string, string]>(
      app,
      `SELECT name, sum(data_compressed_bytes), sum(data_uncompressed_bytes) FROM system.columns
       WHERE database = '${tables.database}' AND table = 'sample_sets' GROUP BY name ORDER BY 2 DESC`,
    );
    const bytesPerRowByColumn = Object.fromEntries(columns.map(([name, compressed]) => [name, round(Number(compressed) / fill.rows, 2)]));
    const rollups = await sql<[string, string, string]>(
      app,
      `SELECT table, sum(rows), sum(bytes_on_disk) FROM system.parts
       WHERE database = '${tables.database}' AND table IN ('sample_hours', 'service_hours') AND active GROUP BY table ORDER BY table`,
    );
    const rollupRows = Object.fromEntries(
      rollups.map(([table, rowCount, bytes]) => [table, { rows: Number(rowCount), bytesPerSample: round(Number(bytes) / fill.rows, 2) }]),
    );
    return { fill: { ...fill, hosts: undefined }, beforeOptimize, optimizeS, afterOptimize, bytesPerRowByColumn, rollupRows };
  } finally {
    await app.server.close();
  }
}

/** Where a flamegraph's time goes, step by step, with a cache as empty as a restarted server's. */
async function flamegraphSteps(app: App, url: string) {
  const query = Object.fromEntries(new URL(url, 'http://x').searchParams) as QueryParams;
  const filter = new URL(url, 'http://x').searchParams.getAll('filter');
  if (filter.length > 0) query['filter'] = filter;
  const selection = parseSelection(query);
  const tenant = await app.tenants.get(DEFAULT_TENANT);
  // A cache as empty as a restarted server's.
  const ctx: QueryContext = { ...tenant.query, stacks: stackLookup(new StackCache(1024 ** 3), app.storage.client, tenant.tables, 60) };
  const time = async <T>(step: () => Promise<T> | T): Promise<[T, number]> => {
    const t0 = performance.now();
    const value = await step();
    return [value, round(performance.now() - t0)];
  };
  const sqlRuns: number[] = [];
  let totals: StackTotals = { ids: new Uint32Array(0), values: new Float64Array(0) };
  for (let i = 0; i < 3; i++) {
    const [result, ms] = await time(() => stackTotals(ctx, selection));
    totals = result;
    sqlRuns.push(ms);
  }
  // The same aggregation with no result transfer: what ClickHouse itself spends.
  const params: Params = {};
  const rows = sampleRows(selection, tenant.tables, params, { hourly: true, seriesFree: true });
  const engineRuns: number[] = [];
  for (let i = 0; i < 3; i++) {
    const [, ms] = await time(() =>
      app.storage.client.command({
        query: `SELECT stack_id, sum(value) FROM ${rows} GROUP BY stack_id FORMAT Null`,
        query_params: params,
      }),
    );
    engineRuns.push(ms);
  }
  const [{ interner, nodes }, stacksColdMs] = await time(() => ctx.stacks.internedStacksOf(totals.ids));
  const [, stacksWarmMs] = await time(() => ctx.stacks.internedStacksOf(totals.ids));
  const [tree, addStacksMs] = await time(() => {
    const built = createTree(interner.trie, 1);
    addStacks(built, 0, nodes, totals.values);
    return built;
  });
  // As flamegraph.ts does: prune, then the names of the kept nodes' frames.
  const [kept, pruneMs] = await time(() => keepHeaviest(tree, 2048));
  const [frames, framesColdMs] = await time(() => internedFramesOf(ctx, interner, keptFrames(tree, kept)));
  const [, renderMs] = await time(() => renderTree(tree, kept, (frame) => frames.get(frame)!));
  return {
    stacksInRange: totals.values.length,
    treeNodes: tree.nodeCount,
    aggregateSqlMs: { first: sqlRuns[0], median: median(sqlRuns) },
    aggregateEngineOnlyMs: median(engineRuns),
    stacksFetchColdMs: stacksColdMs,
    stacksFromCacheMs: stacksWarmMs,
    framesFetchColdMs: framesColdMs,
    addStacksMs,
    pruneMs,
    renderTreeMs: renderMs,
  };
}

async function measurePhase() {
  const id = options.query as QueryId;
  const url = queryUrl(id, options.endS);
  const t0 = performance.now();
  const app = await openApp(options.dir);
  const startupMs = round(performance.now() - t0);
  try {
    const request = async () => {
      const start = performance.now();
      const response = await app.server.inject({ url });
      const ms = round(performance.now() - start);
      if (response.statusCode !== 200) throw new Error(`${url}: HTTP ${response.statusCode} ${response.body.slice(0, 300)}`);
      return { ms, bytes: response.rawPayload.length, body: response.json<Record<string, unknown>>() };
    };
    const cold = await request();
    const warm: number[] = [];
    for (let i = 0; i < options.warm; i++) warm.push((await request()).ms);
    const rssMiB = round(process.memoryUsage.rss() / MiB);
    const steps = id.startsWith('flame') ? await flamegraphSteps(app, url) : undefined;
    return {
      id,
      url,
      startupMs,
      coldMs: cold.ms,
      warmMedianMs: median(warm),
      warmMinMs: Math.min(...warm),
      warmMaxMs: Math.max(...warm),
      responseKiB: round(cold.bytes / 1024),
      nodeCount: cold.body['nodeCount'],
      rssAfterMiB: rssMiB,
      steps,
    };
  } finally {
    await app.server.close();
  }
}

function runChild<T>(args: string[]): Promise<T> {
  const child = fork(__filename, args, { execArgv: [] });
  return new Promise((resolve, reject) => {
    child.on('message', (message: { result?: T; error?: string }) => {
      if (message.error !== undefined) reject(new Error(message.error));
      else resolve(message.result as T);
    });
    child.on('exit', (code) => {
      // A no-op once the child's message resolved: reports a child that ended without one instead of waiting for it.
      reject(new Error(`child ${args.join(' ')} exited with ${code} and no result`));
    });
  });
}

async function orchestrate(): Promise<void> {
  const loadAvg1mAtStart = round(loadavg()[0]!, 2);
  const reuse = options.dir !== '';
  if (reuse && !options.endS) throw new Error('--dir needs the --endS the kept directory was filled with');
  const dir = reuse ? options.dir : mkdtempSync(join(tmpdir(), 'fh-bench-query-'));
  const endS = reuse ? options.endS : Math.floor(Date.now() / 3_600_000) * 3600;
  const shared = ['--dir', dir, '--endS', String(endS), '--rows', String(rows), '--hours', String(options.hours)];
  shared.push('--stacks', String(options.stacks), '--functions', String(options.functions), '--pods', String(options.pods));
  shared.push('--seed', String(options.seed), '--batchRows', String(options.batchRows), '--warm', String(options.warm));
  if (options.spans) shared.push('--spans');
  try {
    const t0 = performance.now();
    const storage = reuse ? undefined : await runChild<Awaited<ReturnType<typeof fillPhase>>>(['--phase', 'fill', ...shared]);
    const fillWallS = round((performance.now() - t0) / 1000, 1);
    if (storage) console.error('storage', JSON.stringify(storage));
    const queries: Awaited<ReturnType<typeof measurePhase>>[] = [];
    for (const id of QUERY_IDS) {
      const result = await runChild<Awaited<ReturnType<typeof measurePhase>>>(['--phase', 'measure', '--query', id, ...shared]);
      console.error(`${id}: cold ${result.coldMs} ms, warm ${result.warmMedianMs} ms`, JSON.stringify(result.steps ?? {}));
      queries.push(result);
    }
    const result = {
      date: new Date().toISOString(),
      machine: { cores: availableParallelism(), node: process.version, loadAvg1mAtStart, loadAvg1mAtEnd: round(loadavg()[0]!, 2) },
      options: { ...options, rows },
      fillWallS,
      storage,
      queries,
    };
    console.log(JSON.stringify(result, null, 2));
    if (options.json) writeFileSync(options.json, JSON.stringify(result, null, 2));
  } finally {
    if (options.keep) console.error(`data kept in ${dir} (--endS ${endS})`);
    else if (!reuse) rmSync(dir, { recursive: true, force: true });
  }
}

function main(): Promise<unknown> {
  const report = (result: unknown): void => sendLast({ result });
  switch (options.phase) {
    case 'fill':
      return fillPhase().then(report);
    case 'measure':
      return measurePhase().then(report);
    default:
      return orchestrate();
  }
}

main().then(
  () => {
    // The children's report closes the channel once written; the orchestrator has none to close.
    if (!options.phase) process.disconnect?.();
  },
  (error: unknown) => {
    if (process.send) process.send({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    else console.error(error);
    process.exitCode = 1;
  },
);
