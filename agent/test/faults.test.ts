import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { decodeUpload, isWallProfile, startReceiver, type Receiver, type RecordedRequest } from './helpers/receiver.js';
import { AGENT_BUNDLE, FIXTURES, killRunningChildren, runNode, stderrLines } from './helpers/run-node.js';

// Fault injection with a real child process and a real HTTP server that
// misbehaves on purpose. Whatever the server does, the app's output and exit
// code stay its own, and what was queued during a short outage arrives after it.

const APP = join(FIXTURES, 'steady-worker.js');
const EXPECTED_STDOUT = 'worked\n';

let receiver: Receiver | undefined;
afterEach(async () => {
  await receiver?.close();
  receiver = undefined;
});
afterAll(() => killRunningChildren());

interface Answered {
  readonly request: RecordedRequest;
  readonly status: number;
  readonly atMs: number;
}

/** A receiver whose answer depends on how many uploads came before; it logs what it answered. */
async function scriptedReceiver(answer: (index: number) => number | 'reset' | 'hang', retryAfterS?: number) {
  const answered: Answered[] = [];
  receiver = await startReceiver((request, response) => {
    const index = answered.length;
    const what = answer(index);
    answered.push({ request, status: typeof what === 'number' ? what : 0, atMs: Date.now() });
    if (what === 'reset') response.socket?.destroy();
    else if (what === 'hang') setTimeout(() => response.writeHead(200).end(), 3_000).unref();
    else {
      const headers = what === 429 && retryAfterS !== undefined ? { 'retry-after': String(retryAfterS) } : undefined;
      response.writeHead(what, headers).end();
    }
  });
  return { url: receiver.url, answered };
}

function run(url: string, env: Record<string, string> = {}) {
  return runNode(['--require', AGENT_BUNDLE, APP], {
    env: { FLAMEHOUSE_URL: url, FLAMEHOUSE_UPLOAD_INTERVAL_MS: '1000', FLAMEHOUSE_EXIT_FLUSH_TIMEOUT_MS: '6000', ...env },
    timeoutMs: 30_000,
  });
}

/** Wall windows the server accepted, in time order. */
function acceptedWallWindows(answered: Answered[]): { fromMs: number; untilMs: number }[] {
  return answered
    .filter((a) => a.status >= 200 && a.status < 300)
    .map((a) => decodeUpload(a.request))
    .filter(isWallProfile)
    .map((u) => ({ fromMs: u.fromMs, untilMs: u.untilMs }))
    .sort((a, b) => a.fromMs - b.fromMs);
}

function expectContiguous(windows: { fromMs: number; untilMs: number }[]): void {
  for (let i = 1; i < windows.length; i++) expect(windows[i]!.fromMs).toBe(windows[i - 1]!.untilMs);
}

describe('fault injection', () => {
  it('returning 500 during a short outage: the queued profiles arrive afterwards, none lost', async () => {
    // From the first upload on: the first cut comes 0.5 to 1.5 s after the agent starts.
    const outageMs = 2_500;
    let outageStartMs: number | undefined;
    const { url, answered } = await scriptedReceiver(() => (Date.now() - (outageStartMs ??= Date.now()) < outageMs ? 500 : 200));
    const result = await run(url, { RUN_MS: '6000' });

    expect(result.code).toBe(5);
    expect(result.stdout.toString()).toBe(EXPECTED_STDOUT);
    expect(answered.some((a) => a.status === 500)).toBe(true);
    const windows = acceptedWallWindows(answered);
    // Every window from the first cut to the exit flush, back to back.
    expect(windows.length).toBeGreaterThanOrEqual(5);
    expectContiguous(windows);
    expect(windows[0]!.untilMs).toBeLessThan(outageStartMs! + outageMs);
    expect(stderrLines(result).length).toBeLessThanOrEqual(1);

    // A profile keeps its upload id through its retries, so the server can store it once; no two profiles share one.
    const idsByBody = new Map<string, Set<string | null>>();
    for (const { request } of answered) {
      const body = request.rawBody.toString('base64');
      const ids = idsByBody.get(body) ?? new Set();
      ids.add(request.url.searchParams.get('upload_id'));
      idsByBody.set(body, ids);
    }
    expect(answered.length).toBeGreaterThan(idsByBody.size);
    for (const ids of idsByBody.values()) expect([...ids]).toEqual([expect.stringMatching(/^[0-9a-f]{32}$/)]);
    expect(new Set([...idsByBody.values()].map((ids) => [...ids][0])).size).toBe(idsByBody.size);
  });

  it('429 with Retry-After: waits as long as the server asks before the next attempt', async () => {
    const { url, answered } = await scriptedReceiver((index) => (index === 0 ? 429 : 200), 2);
    // The first upload comes up to ~3 s in (the cut at up to 1.5 s after the agent starts, then its encoding),
    // its retry up to 3 s after that; the app outlives both, else the exit flush would send it early.
    const result = await run(url, { RUN_MS: '7000' });

    expect(result.code).toBe(5);
    expect(result.stdout.toString()).toBe(EXPECTED_STDOUT);
    const [limited, next] = answered;
    expect(limited?.status).toBe(429);
    expect(next!.atMs - limited!.atMs).toBeGreaterThanOrEqual(1_900);
    expectContiguous(acceptedWallWindows(answered));
  });

  it('answering slower than the request timeout: the agent gives up on the request and retries', async () => {
    const { url, answered } = await scriptedReceiver((index) => (index < 2 ? 'hang' : 200));
    // The first upload comes up to ~3 s in, and its third attempt up to 4 s after that (two timeouts, two
    // backoffs). At exit a request that fails is not retried, so the app runs past that.
    const result = await run(url, { RUN_MS: '8000', FLAMEHOUSE_UPLOAD_TIMEOUT_MS: '500' });

    expect(result.code).toBe(5);
    expect(result.stdout.toString()).toBe(EXPECTED_STDOUT);
    // The hung requests were retried: the profile they carried arrived later.
    const hungWindow = decodeUpload(answered[0]!.request);
    expect(acceptedWallWindows(answered).some((w) => w.fromMs === hungWindow.fromMs) || !isWallProfile(hungWindow)).toBe(true);
    expect(stderrLines(result).length).toBeLessThanOrEqual(1);
  });

  it('resetting connections: no unhandled rejection, same output, and the profiles arrive', async () => {
    // Resets for 1.5 s from the first upload (which comes 2 to 3 s in): at exit the agent makes one attempt and
    // gives up on a failure by design, so the outage must end before that.
    const startMs = Date.now();
    let resetsFromMs: number | undefined;
    const { url, answered } = await scriptedReceiver(() => (Date.now() - (resetsFromMs ??= Date.now()) < 1_500 ? 'reset' : 200));
    const result = await run(url, { RUN_MS: '6000' });

    expect(result.code).toBe(5);
    expect(result.stdout.toString()).toBe(EXPECTED_STDOUT);
    expect(answered.filter((a) => a.status === 0).length, JSON.stringify(answered.map((a) => [a.status, a.atMs - startMs]))).toBeGreaterThan(0);
    const windows = acceptedWallWindows(answered);
    expect(windows.length).toBeGreaterThanOrEqual(3);
    expectContiguous(windows);
  });

  it('a long outage keeps memory bounded: the queue holds at most its byte budget and the drops are reported', async () => {
    const maxQueueBytes = 4_000;
    // The outage starts with the first upload, not with the child process: on a busy machine the app once took so
    // long to start that the profiles made during an outage timed from the spawn fit the budget, and none was dropped.
    const outageMs = 5_000;
    let outageStartMs: number | undefined;
    const { url, answered } = await scriptedReceiver(() => (Date.now() - (outageStartMs ??= Date.now()) < outageMs ? 503 : 200));
    const result = await run(url, { RUN_MS: '9000', FLAMEHOUSE_MAX_QUEUE_BYTES: String(maxQueueBytes) });

    expect(result.code).toBe(5);
    expect(result.stdout.toString()).toBe(EXPECTED_STDOUT);
    const accepted = answered.filter((a) => a.status === 200);
    const reportedDrops = accepted.reduce((sum, a) => sum + Number(a.request.url.searchParams.get('dropped') ?? 0), 0);
    expect(reportedDrops).toBeGreaterThan(0);
    // What was held through the outage and delivered in the first second after it
    // fits the budget plus the one upload in flight.
    const backlog = accepted.filter((a) => a.atMs < outageStartMs! + outageMs + 1_000);
    const largest = Math.max(...answered.map((a) => a.request.rawBody.length));
    expect(backlog.reduce((sum, a) => sum + a.request.rawBody.length, 0)).toBeLessThanOrEqual(maxQueueBytes + largest);
  });
});
