// How close the agent's flamegraph shares come to the truth at a given
// sampling rate. apps/fidelity-app.js burns the CPU in four functions in known
// proportions and accounts for the time each one ran; the agent profiles it
// and uploads to a sink here. For each upload window, and for the whole run,
// each function's share of the four functions' CPU time in the profile is
// compared with its share of the time the app accounted for it.
//
//   npm run fidelity -w bench -- [--intervalsUs 10000,52631] [--runS 60] [--uploadIntervalMs 60000] [--node 24]
//
// A window is one upload interval: at the agent's default, a minute.
// All intervals run at once, each app pinned alone to a core (two cores here).
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { INGEST_PARAMS } from '@flamehouse/proto';
import { readPprof } from '@flamehouse/server/dist/ingest/pprof-reader.js';
import { repo } from './overhead-configs.js';
import { parseArgs, quantile, round } from './stats.js';

const options = parseArgs(process.argv.slice(2), {
  /** Sampling intervals to compare. */
  intervalsUs: '10000,52631',
  runS: 60,
  uploadIntervalMs: 60_000,
  /** The Node line the app runs on: 22, 24 or 26; empty for the harness's own. */
  node: '',
  cores: '0,1',
});
const nodeBinary = options.node === '' ? process.execPath : join(repo, 'node_modules', `node${options.node}`, 'bin', 'node');

const appPath = join(repo, 'bench', 'apps', 'fidelity-app.js');
const agentPath = join(repo, 'agent', 'dist', 'index.js');

interface Truth {
  readonly names: readonly string[];
  readonly startMs: number;
  readonly bucketMs: number;
  /** Per bucket, milliseconds each function ran. */
  readonly buckets: readonly (readonly number[])[];
}

/** CPU nanoseconds per function name in one wall profile; undefined for a profile without CPU time (the heap's). */
function cpuByFunction(body: Buffer, names: readonly string[]): number[] | undefined {
  const profile = readPprof(gunzipSync(body));
  const cpuIndex = profile.sampleTypes.findIndex((t) => profile.string(t.type) === 'cpu');
  if (cpuIndex < 0) return undefined;
  const nameOfFunction = new Map(Array.from(profile.functionId, (id, i) => [id, profile.string(profile.functionName[i]!)]));
  const functionsOfLocation = new Map(
    Array.from(profile.locationId, (id, i) => [
      id,
      Array.from(profile.lineFunctionId.subarray(profile.locationLineStart[i], profile.locationLineStart[i + 1]), (fn) => nameOfFunction.get(fn)),
    ]),
  );
  const totals = names.map(() => 0);
  for (let sample = 0; sample < profile.sampleCount; sample++) {
    // The innermost of the four functions on the stack (locations run leaf first).
    const locations = Array.from(profile.sampleLocationId.subarray(profile.sampleLocationStart[sample], profile.sampleLocationStart[sample + 1]));
    const frames = locations.flatMap((id) => functionsOfLocation.get(id) ?? []);
    const index = frames.map((name) => names.indexOf(name ?? '')).find((i) => i >= 0);
    if (index !== undefined) totals[index]! += profile.value(sample, cpuIndex);
  }
  return totals;
}

const shares = (values: readonly number[]): number[] => {
  const total = values.reduce((a, b) => a + b, 0);
  return values.map((v) => (total > 0 ? v / total : 0));
};

/** Element-wise sum of equally long vectors. */
const sumOf = (vectors: readonly (readonly number[])[]): number[] =>
  vectors.reduce<number[]>((sum, v) => sum.map((x, i) => x + v[i]!), vectors[0]?.map(() => 0) ?? []);

/** Largest difference between two share vectors, in percentage points. */
const maxErrorPp = (measured: readonly number[], truth: readonly number[]): number =>
  Math.max(...measured.map((m, i) => Math.abs(m - truth[i]!) * 100));

function truthBetween(truth: Truth, fromMs: number, untilMs: number): number[] {
  const sums = truth.names.map(() => 0);
  truth.buckets.forEach((bucket, index) => {
    const atMs = truth.startMs + index * truth.bucketMs;
    if (atMs >= fromMs && atMs < untilMs) bucket.forEach((ms, f) => (sums[f]! += ms));
  });
  return sums;
}

interface Window {
  readonly fromMs: number;
  readonly untilMs: number;
  readonly cpu: number[];
}

interface IntervalResult {
  readonly intervalUs: number;
  readonly windows: readonly Window[];
  readonly truth: Truth;
}

async function runInterval(intervalUs: number, core: string): Promise<IntervalResult> {
  const bodies: { fromMs: number; untilMs: number; body: Buffer }[] = [];
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const query = new URL(request.url ?? '/', 'http://sink').searchParams;
      bodies.push({ fromMs: Number(query.get(INGEST_PARAMS.fromMs)), untilMs: Number(query.get(INGEST_PARAMS.untilMs)), body: Buffer.concat(chunks) });
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  try {
    const output = await new Promise<string>((resolve, reject) => {
      const child = spawn('taskset', ['-c', core, nodeBinary, '--require', agentPath, appPath], {
        env: {
          PATH: process.env.PATH ?? '',
          FIDELITY_RUN_MS: String(options.runS * 1000),
          FLAMEHOUSE_URL: `http://127.0.0.1:${port}`,
          FLAMEHOUSE_SERVICE: 'fidelity-app',
          FLAMEHOUSE_LOG_LEVEL: 'warn',
          FLAMEHOUSE_SAMPLING_INTERVAL_US: String(intervalUs),
          FLAMEHOUSE_UPLOAD_INTERVAL_MS: String(options.uploadIntervalMs),
          // The rate under test, not one the governor chose.
          FLAMEHOUSE_MAX_CPU_PERCENT: '0',
        },
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      let text = '';
      child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
      child.once('error', reject);
      child.once('close', (code) => (code === 0 ? resolve(text) : reject(new Error(`fidelity app exited with ${code}`))));
    });
    const truth = JSON.parse(output.trim().split('\n').at(-1)!) as Truth;
    const windows = bodies.flatMap(({ fromMs, untilMs, body }) => {
      const cpu = cpuByFunction(body, truth.names);
      return cpu ? [{ fromMs, untilMs, cpu }] : [];
    });
    return { intervalUs, windows, truth };
  } finally {
    server.close();
  }
}

function report(results: readonly IntervalResult[]): string {
  const lines = [
    `Fidelity on Node ${options.node || process.versions.node}: ${options.runS} s per sampling interval, windows of ${options.uploadIntervalMs / 1000} s; shares of CPU among the functions the app times itself (${results[0]?.truth.names.join(', ') ?? ''}); error = largest |profile share − true share|, in percentage points.`,
    '',
    '| sampling | windows | ≈ CPU samples in the four functions per window (median) | error per window, median | p95 | max | whole run |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const { intervalUs, windows, truth } of results) {
    // Full windows only: the last one, cut at exit, is short.
    const full = windows.filter((w) => w.untilMs - w.fromMs > options.uploadIntervalMs / 2);
    const truths = full.map((w) => truthBetween(truth, w.fromMs, w.untilMs));
    const errors = full.map((w, i) => maxErrorPp(shares(w.cpu), shares(truths[i]!)));
    const samples = full.map((w) => w.cpu.reduce((a, b) => a + b, 0) / (intervalUs * 1000));
    const whole = maxErrorPp(shares(sumOf(full.map((w) => w.cpu))), shares(sumOf(truths)));
    lines.push(
      `| ${round(1e6 / intervalUs, 1)} Hz (${intervalUs} µs) | ${full.length} | ${Math.round(quantile(samples, 0.5))} | ${round(quantile(errors, 0.5))} | ${round(quantile(errors, 0.95))} | ${round(Math.max(...errors))} | ${round(whole)} |`,
    );
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const intervalsUs = options.intervalsUs.split(',').map(Number);
  const cores = options.cores.split(',');
  const results = await Promise.all(intervalsUs.map((intervalUs, i) => runInterval(intervalUs, cores[i % cores.length]!)));
  process.stdout.write(`${report(results)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exitCode = 1;
});
