import { Agent, request } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { sendLast } from './child-report.js';
import { round } from './stats.js';

// The ingest benchmark's load generator, run as a child process so its own
// CPU does not come out of the server's event loop. The parent sends one
// `ClientJob` over IPC and gets one `ClientResult` back.

export interface ClientJob {
  readonly port: number;
  /** Wall profiles: the uploads counted as profiles. */
  readonly requests: readonly { readonly path: string; readonly body: Uint8Array }[];
  /** Empty, or the heap profile of each request's cut, sent once that wall upload is settled, as the agent sends it. */
  readonly heapRequests: readonly { readonly path: string; readonly body: Uint8Array }[];
  readonly concurrency: number;
  readonly warmupS: number;
  readonly durationS: number;
  /** Each request is a new upload (`upload_id=<prefix>-<n>`), as each of an agent's profiles is: a resent body would be a duplicate. */
  readonly uploadIdPrefix: string;
  /**
   * 0: closed loop, `concurrency` cuts in flight, each sent when the one before it is answered (what the server
   * can carry at most). Otherwise open loop, as a fleet of agents sends whether or not the server keeps up:
   * `rateHz × uploadIntervalS` agents each cut every `uploadIntervalS`, and `concurrency` is not used.
   */
  readonly rateHz: number;
  readonly uploadIntervalS: number;
  /**
   * Open loop: the agents started within this many seconds (less than the interval: a fleet a deploy restarted
   * together); the interval itself spreads their starts evenly.
   */
  readonly phaseSpreadS: number;
  /**
   * Open loop: when an agent cuts first. `random`: after 0.5 to 1.5 intervals, as the agent does; `interval`: one
   * interval after its start, as it did before bench/RESULTS.md §26, so a fleet started together uploads in step.
   */
  readonly firstCut: 'random' | 'interval';
}

export interface ClientResult {
  readonly measuredS: number;
  readonly ok: number;
  readonly sampleRows: number;
  readonly failures: Record<string, number>;
  /** Closed loop: latencies of requests that completed inside the measured window, ms. Open loop: of uploads sent inside it, retries included. */
  readonly latenciesMs: number[];
  /** The same for the heap uploads that followed them. */
  readonly heapOk: number;
  readonly heapLatenciesMs: number[];
  /** Open loop: uploads sent inside the measured window, and those of them still unanswered when the run gave up waiting. */
  readonly sentInWindow: number;
  readonly unansweredInWindow: number;
  readonly clientCpuS: number;
  /** Uploads acknowledged as stored over the whole run (warm-up included), by request body: walls, then heaps. */
  readonly storedByBody: number[];
  /** Uploads acknowledged as duplicates: none should be, each is new. */
  readonly duplicates: number;
  /** Uploads still failing when the run ended: stored or not, nobody knows. */
  readonly unsettled: number;
}

/** `measuring` and `measured` mark the window; `done` comes once the window's uploads are answered. */
export type ClientMessage = { type: 'measuring' } | { type: 'measured' } | { type: 'done'; result: ClientResult };

const REQUEST_TIMEOUT_MS = 60_000;
// Open loop: how long the run waits for the window's last uploads to be answered.
const DRAIN_MS = 30_000;
// A refused or failed upload is sent again as our agent sends it (agent/src/backoff.ts retryDelayMs): after the
// server's Retry-After, if any, plus a delay drawn from [0, 1 s × 2^(attempt - 1)), at most a minute.
const BACKOFF_BASE_MS = 1_000;
const BACKOFF_CAP_MS = 60_000;

function post(agent: Agent, port: number, path: string, body: Buffer): Promise<{ status: number; text: string; retryAfterMs?: number }> {
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
        const retryAfterS = Number(res.headers['retry-after']);
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            text: Buffer.concat(chunks).toString('utf8'),
            ...(Number.isFinite(retryAfterS) && { retryAfterMs: retryAfterS * 1000 }),
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.end(body);
  });
}

/** How one upload went: sent until acknowledged (again with the same id after a refusal or failure, as an agent retries) or until the run gave up. */
interface Attempts {
  /** The first send to the acknowledgement, ms; undefined if it was never acknowledged. */
  readonly latencyMs: number | undefined;
  readonly doneMs: number;
  readonly sampleRows: number;
  readonly duplicate: boolean;
}

async function run(job: ClientJob, send: (message: ClientMessage) => void): Promise<ClientResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: job.rateHz > 0 ? Infinity : job.concurrency });
  const requests = [...job.requests, ...job.heapRequests].map((r) => ({ path: r.path, body: Buffer.from(r.body.buffer, r.body.byteOffset, r.body.byteLength) }));
  const startMs = performance.now();
  const measureFromMs = startMs + job.warmupS * 1000;
  const measureToMs = measureFromMs + job.durationS * 1000;
  let cpuAtStart: NodeJS.CpuUsage | undefined;
  let sent = 0;
  let unsettled = 0;
  const storedByBody = new Array<number>(requests.length).fill(0);
  const failures: Record<string, number> = {};
  const inWindow = (ms: number): boolean => ms >= measureFromMs && ms < measureToMs;

  const upload = async (bodyIndex: number, untilMs: number): Promise<Attempts> => {
    const { body } = requests[bodyIndex]!;
    const path = `${requests[bodyIndex]!.path}&upload_id=${job.uploadIdPrefix}-${sent++}`;
    const firstMs = performance.now();
    for (let attempt = 1; ; attempt++) {
      const retried = attempt > 1;
      let failure: string;
      let retryAfterMs: number | undefined;
      try {
        const answer = await post(agent, job.port, path, body);
        const { status, text } = answer;
        retryAfterMs = answer.retryAfterMs;
        const doneMs = performance.now();
        if (status === 200) {
          const acknowledged = JSON.parse(text) as { duplicate?: boolean; stored: { sampleRows: number } };
          // A retry of an upload an earlier attempt stored (answered 503 at its deadline) is acknowledged as a duplicate.
          const duplicate = acknowledged.duplicate === true && !retried;
          if (!duplicate) storedByBody[bodyIndex]!++;
          return { latencyMs: doneMs - firstMs, doneMs, sampleRows: acknowledged.stored.sampleRows, duplicate };
        }
        failure = `HTTP ${status}: ${text.slice(0, 120)}`;
      } catch (error) {
        failure = (error as Error).message;
      }
      if (inWindow(performance.now())) failures[failure] = (failures[failure] ?? 0) + 1;
      const delayMs = Math.min(BACKOFF_CAP_MS, (retryAfterMs ?? 0) + Math.random() * Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** (attempt - 1)));
      if (performance.now() + delayMs >= untilMs) {
        unsettled++;
        return { latencyMs: undefined, doneMs: performance.now(), sampleRows: 0, duplicate: false };
      }
      await sleep(delayMs);
    }
  };

  // An agent's cut: the wall profile, then its heap profile once the wall upload is settled (one upload in flight).
  const cut = async (wallIndex: number, untilMs: number): Promise<CutAttempts> => {
    const wall = await upload(wallIndex, untilMs);
    const heap = job.heapRequests.length > 0 ? await upload(job.requests.length + wallIndex, untilMs) : undefined;
    return { wall, heap };
  };

  const signalStart = setTimeout(() => {
    cpuAtStart = process.cpuUsage();
    send({ type: 'measuring' });
  }, job.warmupS * 1000);
  let windowEnded = false;
  const endWindow = (): void => {
    if (windowEnded) return;
    windowEnded = true;
    send({ type: 'measured' });
  };
  const signalEnd = setTimeout(endWindow, measureToMs - startMs);
  const counted = job.rateHz > 0 ? await openLoop(job, cut, measureFromMs, measureToMs) : await closedLoop(job, cut, measureToMs, inWindow);
  clearTimeout(signalStart);
  clearTimeout(signalEnd);
  // A loop whose last answers came before the window's end may return before its timer fires: the server's
  // figures must still be taken.
  endWindow();
  const cpu = process.cpuUsage(cpuAtStart);
  agent.destroy();
  return {
    measuredS: job.durationS,
    ...counted,
    failures,
    clientCpuS: round((cpu.user + cpu.system) / 1e6, 2),
    storedByBody,
    unsettled,
  };
}

interface CutAttempts {
  readonly wall: Attempts;
  readonly heap: Attempts | undefined;
}
type Cut = (wallIndex: number, untilMs: number) => Promise<CutAttempts>;
type Counted = {
  -readonly [K in 'ok' | 'sampleRows' | 'latenciesMs' | 'heapOk' | 'heapLatenciesMs' | 'duplicates' | 'sentInWindow' | 'unansweredInWindow']: ClientResult[K];
};
const newCounted = (): Counted => ({ ok: 0, sampleRows: 0, latenciesMs: [], heapOk: 0, heapLatenciesMs: [], duplicates: 0, sentInWindow: 0, unansweredInWindow: 0 });

/** Adds a cut's uploads to the counts; `counts(doneMs)` says whether an upload done then is measured. */
function count(counted: Counted, { wall, heap }: CutAttempts, counts: (doneMs: number) => boolean): void {
  for (const attempts of heap ? [wall, heap] : [wall]) {
    if (attempts.duplicate) counted.duplicates++;
    if (attempts.latencyMs === undefined || !counts(attempts.doneMs)) continue;
    if (attempts === heap) {
      counted.heapOk++;
      counted.heapLatenciesMs.push(attempts.latencyMs);
      continue;
    }
    counted.ok++;
    counted.sampleRows += attempts.sampleRows;
    counted.latenciesMs.push(attempts.latencyMs);
  }
}

/** `concurrency` cuts in flight until the window ends; what was acknowledged inside it counts. */
async function closedLoop(job: ClientJob, cut: Cut, measureToMs: number, inWindow: (ms: number) => boolean): Promise<Counted> {
  const counted = newCounted();
  let next = 0;
  const worker = async (): Promise<void> => {
    while (performance.now() < measureToMs) count(counted, await cut(next++ % job.requests.length, measureToMs), inWindow);
  };
  await Promise.all(Array.from({ length: job.concurrency }, worker));
  return counted;
}

/**
 * Uploads on the agents' schedules, whether or not earlier ones were answered; what was sent inside the
 * window counts, however late its answer. Each agent sends the same body every time (one pod's profile).
 */
async function openLoop(job: ClientJob, cut: Cut, measureFromMs: number, measureToMs: number): Promise<Counted> {
  const counted = newCounted();
  const intervalMs = job.uploadIntervalS * 1000;
  const agents = Math.max(1, Math.round(job.rateHz * job.uploadIntervalS));
  // Deterministic phases (a fixed-seed LCG), sorted: each interval sends them in this order.
  let seed = 12345;
  const draw = (): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed / 2 ** 32;
  };
  const phasesMs = Array.from({ length: agents }, () => {
    const startedMs = draw() * Math.min(job.phaseSpreadS * 1000, intervalMs);
    const firstCutMs = job.firstCut === 'random' ? (0.5 + draw()) * intervalMs : intervalMs;
    return (startedMs + firstCutMs) % intervalMs;
  }).sort((a, b) => a - b);
  const startMs = performance.now();
  const pending: Promise<void>[] = [];
  let settledInWindow = 0;
  for (let cycle = 0; ; cycle++) {
    for (let a = 0; a < agents; a++) {
      const atMs = startMs + cycle * intervalMs + phasesMs[a]!;
      if (atMs >= measureToMs) {
        // The window ends on time (the server's figures are taken then), though the fleet's next uploads come later.
        await sleep(Math.max(0, measureToMs - performance.now()));
        const answered = await Promise.race([Promise.all(pending).then(() => true), sleep(DRAIN_MS).then(() => false)]);
        if (!answered) counted.unansweredInWindow = counted.sentInWindow - settledInWindow;
        return counted;
      }
      const waitMs = atMs - performance.now();
      if (waitMs > 1) await sleep(waitMs);
      const measured = atMs >= measureFromMs;
      if (measured) counted.sentInWindow++;
      pending.push(
        cut(a % job.requests.length, measureToMs + DRAIN_MS).then((attempts) => {
          count(counted, attempts, () => measured);
          if (measured) settledInWindow++;
        }),
      );
    }
  }
}

process.once('message', (job: ClientJob) => {
  const send = (message: ClientMessage): void => void process.send?.(message);
  run(job, send).then(
    (result) => sendLast({ type: 'done', result } satisfies ClientMessage),
    (error: unknown) => {
      process.stderr.write(`ingest client failed: ${String(error)}\n`);
      process.exit(1);
    },
  );
});
