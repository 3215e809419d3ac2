import type { App } from '@flamehouse/server';
import { Hasher64, type Id64 } from '@flamehouse/server/dist/hash.js';
import { seriesId } from '@flamehouse/server/dist/ingest/normalize.js';
import { encodeSamples } from '@flamehouse/server/dist/ingest/encode.js';
import { COLUMNS, type SampleRow } from '@flamehouse/server/dist/ingest/rows.js';
import { round } from './stats.js';
import { cpuShare, createRng, createWorkload } from './workload.js';
import { DEFAULT_TENANT } from '@flamehouse/server/dist/auth/access.js';

// Fills a fresh store for the query benchmark straight through the storage
// client (no HTTP, no decode), in the shape REFERENCE §5 measured: ~46 k
// stacks of depth ~29, 100 series, cpu samples spread over a time range.
// Ids are made exactly as ingest makes them (hash.ts, seriesId), so the rows
// are indistinguishable from ingested ones. Each simulated 10-second profile
// merges ~1000 100 Hz hits by stack, as normalize does.

export interface FillOptions {
  readonly seed: number;
  readonly service: string;
  readonly rows: number;
  readonly stacks: number;
  readonly functions: number;
  readonly pods: number;
  readonly endS: number;
  readonly hours: number;
  readonly batchRows: number;
  readonly hits: number;
  /** Spread each profile's samples over requests with span ids, as a traced service's are. */
  readonly spans: boolean;
}

/** The store the query and page benchmarks fill by default: REFERENCE §5's shape, a day of 10 M rows. */
export const FILL_DEFAULTS = {
  rows: 10_000_000,
  stacks: 46_000,
  functions: 5000,
  pods: 100,
  hours: 24,
  batchRows: 100_000,
  hits: 1000,
  seed: 1,
  service: 'checkout-api',
};

/** Requests per profile when `spans` is on. */
export const REQUESTS_PER_PROFILE = 8;

/** The root span id of request `request` of profile `profile`: 16 hex digits, like OpenTelemetry's. */
export function spanIdOf(profile: number, request: number): string {
  return (profile * REQUESTS_PER_PROFILE + request + 1).toString(16).padStart(16, '0');
}

export interface Fill {
  readonly rows: number;
  readonly profiles: number;
  readonly rowsPerProfile: number;
  readonly generateS: number;
  readonly insertS: number;
  readonly insertRowsPerS: number;
  /** host.name of every pod, in series order. */
  readonly hosts: string[];
}

const INTERVAL_NS = 10_200_000;

export function podLabels(service: string, pod: number): Map<string, string> {
  return new Map([
    ['service.version', pod % 2 === 0 ? '2.14.0' : '2.14.1'],
    ['host.name', `${service}-7d9f8c-${String(pod).padStart(3, '0')}`],
  ]);
}

export async function fillStore(app: App, options: FillOptions, log: (line: string) => void): Promise<Fill> {
  const { client } = app.storage;
  const { tables } = await app.tenants.get(DEFAULT_TENANT);
  const insertBatch = (table: string, columns: readonly string[], values: unknown[][]) =>
    client.insert({ table, values, format: 'JSONCompactEachRow', columns: columns as [string, ...string[]] });
  const insert = async (table: string, columns: readonly string[], values: unknown[][]): Promise<void> => {
    for (let at = 0; at < values.length; at += options.batchRows) {
      await insertBatch(table, columns, values.slice(at, at + options.batchRows));
    }
  };

  const workload = createWorkload({
    seed: options.seed,
    functions: options.functions,
    stacks: options.stacks,
    minDepth: 23,
    maxDepth: 35,
    zipf: 1.0,
  });
  const frameIds: Id64[] = workload.functions.map((fn) => new Hasher64().string(fn.name).string(fn.file).digest());
  const stackIds = workload.stacks.map((stack) => {
    const hasher = new Hasher64();
    for (const fn of stack) hasher.id(frameIds[fn]!);
    return hasher.digest().id;
  });
  // Frames, stacks and series carry `last_seen` (schema version 3): the end of the range.
  await insert(tables.frames, COLUMNS.frames, workload.functions.map((fn, i) => [frameIds[i]!.id, fn.name, fn.file, fn.line, options.endS]));
  await insert(tables.stacks, COLUMNS.stacks, workload.stacks.map((stack, i) => [stackIds[i], stack.map((fn) => frameIds[fn]!.id), options.endS]));
  const hosts: string[] = [];
  const series = Array.from({ length: options.pods }, (_, pod) => {
    const labels = podLabels(options.service, pod);
    hosts.push(labels.get('host.name')!);
    return [options.service, seriesId(options.service, labels).id, Object.fromEntries(labels), options.endS];
  });
  await insert(tables.series, COLUMNS.series, series);

  // Spread the profiles evenly over the range; their count follows from how
  // many distinct stacks a profile holds, estimated on a few first.
  const rng = createRng(options.seed + 7);
  const drawProfile = (): Map<number, number> => {
    const values = new Map<number, number>();
    for (let hit = 0; hit < options.hits; hit++) {
      const stack = workload.drawStack(rng);
      const cpuNs = Math.round(INTERVAL_NS * cpuShare(stack) * (0.7 + 0.6 * rng()));
      values.set(stack, (values.get(stack) ?? 0) + cpuNs);
    }
    return values;
  };
  const spanS = options.hours * 3600;
  const startS = options.endS - spanS;

  let rows = 0;
  let profiles = 0;
  let generateMs = 0;
  let insertMs = 0;
  let samples: SampleRow[] = [];
  let profileRows: unknown[][] = [];
  const insertText = (table: string, columns: readonly string[], text: string) =>
    text === '' ? Promise.resolve() : app.storage.insertText({ table, columns, text, settings: {} });
  const flush = async (): Promise<void> => {
    const t0 = performance.now();
    // Written as ingest writes them (ingest/encode.ts): one sample set per profile and series.
    const encoded = encodeSamples(samples);
    await insertText(tables.sampleSets, COLUMNS.sampleSets, encoded.sets);
    await insertText(tables.spanIndex, COLUMNS.spanIndex, encoded.spans.text);
    await insertBatch(tables.profiles, ['service', 'type', 'ts', 'series_id', 'duration_ms', 'sample_rows', 'total'], profileRows);
    insertMs += performance.now() - t0;
    samples = [];
    profileRows = [];
  };
  let nextLog = 1_000_000;
  let t0 = performance.now();
  while (rows < options.rows) {
    const pod = profiles % options.pods;
    // Placed by the share of rows written, so the last profile falls in the range's last hour (a
    // profile count estimated beforehand left a 30-day fill's last 7 hours empty).
    const tsS = startS + Math.min(spanS - 1, Math.floor((rows * spanS) / options.rows));
    const seriesKey = series[pod]![1] as string;
    let total = 0;
    let count = 0;
    for (const [stack, value] of drawProfile()) {
      if (rows >= options.rows) break;
      // CPU time, and wall time as long as the CPU (a busy service).
      const row: SampleRow = [options.service, 'time', tsS, stackIds[stack]!, seriesKey, value, value, '', '', '', ''];
      if (options.spans) {
        const request = count % REQUESTS_PER_PROFILE;
        const spanId = spanIdOf(profiles, request);
        row[7] = spanId;
        row[8] = `${spanId}${spanId}`;
        row[9] = spanId;
        row[10] = `GET /route-${request % 4}`;
      }
      samples.push(row);
      total += value;
      count++;
      rows++;
    }
    profileRows.push([options.service, 'cpu', tsS, seriesKey, 10_000, count, total]);
    profiles++;
    if (samples.length >= options.batchRows) {
      generateMs += performance.now() - t0;
      await flush();
      if (rows >= nextLog) {
        log(`${rows} rows, inserting at ${round(rows / (insertMs / 1000), 0)} rows/s`);
        nextLog += 1_000_000;
      }
      t0 = performance.now();
    }
  }
  generateMs += performance.now() - t0;
  await flush();
  return {
    rows,
    profiles,
    rowsPerProfile: round(rows / profiles),
    generateS: round(generateMs / 1000, 1),
    insertS: round(insertMs / 1000, 1),
    insertRowsPerS: round(rows / (insertMs / 1000), 0),
    hosts,
  };
}
