import { Agent, request } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { round } from './stats.js';

// The ingest benchmark's load generator, run as a child process so its own
// CPU does not come out of the server's event loop. The parent sends one
// `ClientJob` over IPC and gets one `ClientResult` back.

export interface ClientJob {
  readonly port: number;
  readonly requests: readonly { readonly path: string; readonly body: Uint8Array }[];
  readonly concurrency: number;
  readonly warmupS: number;
  readonly durationS: number;
}

export interface ClientResult {
  readonly measuredS: number;
  readonly ok: number;
  readonly sampleRows: number;
  readonly failures: Record<string, number>;
  /** Latencies of requests that completed inside the measured window, ms. */
  readonly latenciesMs: number[];
  readonly clientCpuS: number;
}

export type ClientMessage = { type: 'measuring' } | { type: 'done'; result: ClientResult };

const REQUEST_TIMEOUT_MS = 60_000;
// A refused upload waits this long before the next, as an agent's retry would.
const BACKOFF_MS = 100;

function post(agent: Agent, port: number, path: string, body: Buffer): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        agent,
        host: '127.0.0.1',
        port,
        method: 'POST',
        path,
        timeout: REQUEST_TIMEOUT_MS,
        headers: { 'content-type': 'application/octet-stream', 'content-length': body.length },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.end(body);
  });
}

async function run(job: ClientJob, send: (message: ClientMessage) => void): Promise<ClientResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: job.concurrency });
  const requests = job.requests.map((r) => ({ path: r.path, body: Buffer.from(r.body.buffer, r.body.byteOffset, r.body.byteLength) }));
  const startMs = performance.now();
  const measureFromMs = startMs + job.warmupS * 1000;
  const measureToMs = measureFromMs + job.durationS * 1000;
  let cpuAtStart: NodeJS.CpuUsage | undefined;
  let next = 0;
  let ok = 0;
  let sampleRows = 0;
  const failures: Record<string, number> = {};
  const latenciesMs: number[] = [];
  const inWindow = (ms: number): boolean => ms >= measureFromMs && ms < measureToMs;

  const worker = async (): Promise<void> => {
    while (performance.now() < measureToMs) {
      const upload = requests[next++ % requests.length]!;
      const sentMs = performance.now();
      let failure: string | undefined;
      try {
        const { status, text } = await post(agent, job.port, upload.path, upload.body);
        const doneMs = performance.now();
        if (status === 200) {
          if (inWindow(doneMs)) {
            ok++;
            sampleRows += (JSON.parse(text) as { stored: { sampleRows: number } }).stored.sampleRows;
            latenciesMs.push(doneMs - sentMs);
          }
        } else failure = `HTTP ${status}: ${text.slice(0, 120)}`;
      } catch (error) {
        failure = (error as Error).message;
      }
      if (failure !== undefined) {
        if (inWindow(performance.now())) failures[failure] = (failures[failure] ?? 0) + 1;
        await sleep(BACKOFF_MS);
      }
    }
  };

  const signalStart = setTimeout(() => {
    cpuAtStart = process.cpuUsage();
    send({ type: 'measuring' });
  }, job.warmupS * 1000);
  await Promise.all(Array.from({ length: job.concurrency }, worker));
  clearTimeout(signalStart);
  const cpu = process.cpuUsage(cpuAtStart);
  agent.destroy();
  return {
    measuredS: job.durationS,
    ok,
    sampleRows,
    failures,
    latenciesMs,
    clientCpuS: round((cpu.user + cpu.system) / 1e6, 2),
  };
}

process.once('message', (job: ClientJob) => {
  const send = (message: ClientMessage): void => void process.send?.(message);
  run(job, send).then(
    (result) => {
      send({ type: 'done', result });
      process.disconnect?.();
    },
    (error: unknown) => {
      process.stderr.write(`ingest client failed: ${String(error)}\n`);
      process.exit(1);
    },
  );
});
