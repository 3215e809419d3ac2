// Agent overhead, side by side with the peers: the same fastify app under the
// same load with no profiler, our agent, @pyroscope/nodejs and dd-trace@5's
// profiler, in paired rounds (every configuration once per round, in shuffled
// order) so slow drift of the machine hits all alike. The app and its profiler
// threads are pinned to one core, the load generator and the upload sink to the
// other. Each figure is reported as a ratio to no profiler in the same round.
//
//   npm run overhead -w bench -- [rounds=8] [loadSeconds=15]
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import autocannon from 'autocannon';

const repo = join(__dirname, '..', '..');
const appPath = join(repo, 'bench', 'apps', 'overhead-app.js');
const agentPath = join(repo, 'agent', 'dist', 'index.js');
const pyroscopePreload = join(repo, 'bench', 'apps', 'pyroscope-preload.js');

const rounds = Number(process.argv[2] ?? 8);
const loadSeconds = Number(process.argv[3] ?? 15);
const WARMUP_SECONDS = 3;
const IDLE_SECONDS = 12;
const CONNECTIONS = 20;
const APP_CORE = process.env.APP_CORE ?? '1';

interface Configuration {
  readonly name: string;
  readonly nodeArgs: (sink: string) => string[];
  readonly env: (sink: string) => Record<string, string>;
}

const CONFIGURATIONS: readonly Configuration[] = [
  { name: 'none', nodeArgs: () => [], env: () => ({}) },
  {
    name: 'flamehouse',
    nodeArgs: () => ['--require', agentPath],
    env: (sink) => ({ FLAMEHOUSE_URL: sink, FLAMEHOUSE_SERVICE: 'overhead-app', FLAMEHOUSE_LOG_LEVEL: 'silent' }),
  },
  {
    // The same agent sampling all the time: what the default's windows save.
    name: 'flamehouse-continuous',
    nodeArgs: () => ['--require', agentPath],
    env: (sink) => ({
      FLAMEHOUSE_URL: sink,
      FLAMEHOUSE_SERVICE: 'overhead-app',
      FLAMEHOUSE_LOG_LEVEL: 'silent',
      FLAMEHOUSE_SAMPLING_DURATION_MS: '10000',
    }),
  },
  {
    name: 'pyroscope',
    nodeArgs: () => ['--require', pyroscopePreload],
    env: (sink) => ({ PYROSCOPE_SERVER_ADDRESS: sink }),
  },
  {
    name: 'datadog',
    nodeArgs: () => ['--require', 'dd-trace/init'],
    env: (sink) => ({
      DD_PROFILING_ENABLED: 'true',
      DD_TRACE_AGENT_URL: sink,
      DD_PROFILING_UPLOAD_PERIOD: '10',
      DD_SERVICE: 'overhead-app',
      DD_INSTRUMENTATION_TELEMETRY_ENABLED: 'false',
      DD_REMOTE_CONFIGURATION_ENABLED: 'false',
    }),
  },
];

interface Measurement {
  readonly round: number;
  readonly name: string;
  readonly requestsPerS: number;
  readonly p99Ms: number;
  readonly rssBytes: number;
  readonly idleMaxPauseMs: number;
  readonly uploads: number;
}

/** Accepts every upload with a 200, counting them: the peers' wire formats differ, their cost to the app does not depend on the receiver. */
function startSink(): Promise<{ server: Server; url: string; uploads: () => number }> {
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

function startApp(configuration: Configuration, sink: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn('taskset', ['-c', APP_CORE, process.execPath, ...configuration.nodeArgs(sink), appPath], {
    cwd: join(repo, 'bench'),
    env: { PATH: process.env.PATH ?? '', PORT: '0', ...configuration.env(sink) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening (http:\/\/\S+)/.exec(output);
      if (match?.[1]) resolve({ child, url: match[1] });
    });
    child.on('exit', (code) => reject(new Error(`${configuration.name} exited early with ${code}`)));
  });
}

async function load(url: string, seconds: number): Promise<autocannon.Result> {
  return autocannon({ url, connections: CONNECTIONS, duration: seconds });
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

async function measure(round: number, configuration: Configuration, sink: Awaited<ReturnType<typeof startSink>>): Promise<Measurement> {
  const { child, url } = await startApp(configuration, sink.url);
  try {
    await load(url, WARMUP_SECONDS);
    const uploadsBefore = sink.uploads();
    const result = await load(url, loadSeconds);
    const loaded = (await (await fetch(new URL("/__stats", url))).json()) as { rssBytes: number };
    await fetch(new URL("/__reset", url), { method: 'POST' });
    // Idle, the longest event-loop delay is the profiler's own pause (a cut, an encode).
    await sleep(IDLE_SECONDS * 1000);
    const idle = (await (await fetch(new URL("/__stats", url))).json()) as { maxEventLoopDelayMs: number };
    return {
      round,
      name: configuration.name,
      requestsPerS: result.requests.average,
      p99Ms: result.latency.p99,
      rssBytes: loaded.rssBytes,
      idleMaxPauseMs: idle.maxEventLoopDelayMs,
      uploads: sink.uploads() - uploadsBefore,
    };
  } finally {
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('close', resolve));
  }
}

function shuffled<T>(items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  const high = Math.ceil(at);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (at - low);
}

async function main(): Promise<void> {
  const sink = await startSink();
  const measurements: Measurement[] = [];
  for (let round = 1; round <= rounds; round++) {
    for (const configuration of shuffled(CONFIGURATIONS)) {
      const m = await measure(round, configuration, sink);
      measurements.push(m);
      process.stdout.write(`${JSON.stringify(m)}\n`);
    }
  }
  sink.server.close();

  const ratios = (name: string, pick: (m: Measurement) => number): number[] =>
    measurements
      .filter((m) => m.name === name)
      .map((m) => pick(m) / pick(measurements.find((b) => b.round === m.round && b.name === 'none')!));
  const fmt = (values: number[]): string =>
    `×${quantile(values, 0.5).toFixed(3)} (${quantile(values, 0.25).toFixed(3)}–${quantile(values, 0.75).toFixed(3)})`;
  const absolute = (name: string, pick: (m: Measurement) => number): number => quantile(measurements.filter((m) => m.name === name).map(pick), 0.5);

  process.stdout.write(`\n${rounds} paired rounds, ${loadSeconds} s of load each, ${CONNECTIONS} connections, app on core ${APP_CORE}\n`);
  process.stdout.write('| profiler | throughput | p99 latency | RSS | idle max pause (ms) | uploads per run |\n|---|---|---|---|---|---|\n');
  for (const { name } of CONFIGURATIONS) {
    process.stdout.write(
      `| ${name} | ${fmt(ratios(name, (m) => m.requestsPerS))} (median ${absolute(name, (m) => m.requestsPerS).toFixed(0)} req/s) | ` +
        `${fmt(ratios(name, (m) => m.p99Ms))} | ${fmt(ratios(name, (m) => m.rssBytes))} (+${((absolute(name, (m) => m.rssBytes) - absolute('none', (m) => m.rssBytes)) / 2 ** 20).toFixed(0)} MB) | ` +
        `${absolute(name, (m) => m.idleMaxPauseMs).toFixed(1)} | ${absolute(name, (m) => m.uploads)} |\n`,
    );
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
