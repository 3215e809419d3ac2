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
  /** Each request is a new upload (`upload_id=<prefix>-<n>`), as each of an agent's profiles is: a resent body would be a duplicate. */
  readonly uploadIdPrefix: string;
}

export interface ClientResult {
  readonly measuredS: number;
  readonly ok: number;
  readonly sampleRows: number;
  readonly failures: Record<string, number>;
  /** Latencies of requests that completed inside the measured window, ms. */
  readonly latenciesMs: number[];
  readonly clientCpuS: number;
  /** Uploads acknowledged as stored over the whole run (warm-up included), by request body. */
  readonly storedByBody: number[];
  /** Uploads acknowledged as duplicates: none should be, each is new. */
  readonly duplicates: number;
  /** Uploads still failing when the run ended: stored or not, nobody knows. */
  readonly unsettled: number;
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
  let sent = 0;
  let duplicates = 0;
  const storedByBody = new Array<number>(requests.length).fill(0);
  const failures: Record<string, number> = {};
  const latenciesMs: number[] = [];
  const inWindow = (ms: number): boolean => ms >= measureFromMs && ms < measureToMs;

  let unsettled = 0;
  const worker = async (): Promise<void> => {
    // A refused or failed upload is sent again with the same id, as an agent retries it.
    let retry: { bodyIndex: number; path: string } | undefined;
    while (performance.now() < measureToMs) {
      const bodyIndex = retry?.bodyIndex ?? next++ % requests.length;
      const upload = requests[bodyIndex]!;
      const path = retry?.path ?? `${upload.path}&upload_id=${job.uploadIdPrefix}-${sent++}`;
      const retried = retry !== undefined;
      retry = undefined;
      const sentMs = performance.now();
      let failure: string | undefined;
      try {
        const { status, text } = await post(agent, job.port, path, upload.body);
        const doneMs = performance.now();
        if (status === 200) {
          // A retry of an upload an earlier attempt stored (answered 503 at its deadline) is acknowledged as a duplicate.
          if ((JSON.parse(text) as { duplicate?: boolean }).duplicate === true && !retried) duplicates++;
          else storedByBody[bodyIndex]!++;
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
        retry = { bodyIndex, path };
        await sleep(BACKOFF_MS);
      }
    }
    if (retry) unsettled++;
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
    storedByBody,
    duplicates,
    unsettled,
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
