import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLog } from '../src/log.js';
import type { AgentReport, ProfileWindow, Transport, UploadResult } from '../src/transport.js';
import { createUploadQueue } from '../src/upload-queue.js';

/** A transport whose every send waits until the test answers it. */
function scriptedTransport() {
  const calls: { profile: ProfileWindow; droppedCount: number; report: AgentReport; answer: (result: UploadResult) => void }[] = [];
  const transport: Transport = {
    send: (profile, report) => new Promise((answer) => calls.push({ profile, droppedCount: report.dropped, report, answer })),
  };
  return { transport, calls };
}

function recordingLog() {
  const lines: string[] = [];
  return { log: createLog('warn', (line) => lines.push(line)), lines };
}

/** Profiles whose body size is `bytes` and whose window start names them. */
const profile = (name: number, bytes = 100): ProfileWindow => ({
  body: new Uint8Array(bytes),
  fromMs: name,
  untilMs: name + 1,
  uploadId: `upload-${name}`,
});

const OK: UploadResult = { kind: 'success' };
const DOWN: UploadResult = { kind: 'retryable', reason: 'ECONNREFUSED' };

/** Lets promise callbacks run without moving fake time. */
const settle = () => vi.advanceTimersByTimeAsync(0);

describe('createUploadQueue', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  function setUp(maxQueueBytes = 10_000) {
    const { transport, calls } = scriptedTransport();
    const { log, lines } = recordingLog();
    const queue = createUploadQueue({ transport, maxQueueBytes, log, target: 'http://server', random: () => 0.5 });
    const sent = () => calls.map((call) => call.profile.fromMs);
    return { queue, calls, lines, sent };
  }

  it('keeps one request in flight and sends in order', async () => {
    const { queue, calls, sent } = setUp();
    queue.push(profile(1));
    queue.push(profile(2));
    queue.push(profile(3));
    expect(sent()).toEqual([1]);
    calls[0]?.answer(OK);
    await settle();
    expect(sent()).toEqual([1, 2]);
    calls[1]?.answer(OK);
    await settle();
    expect(sent()).toEqual([1, 2, 3]);
  });

  it('drops the oldest waiting profiles beyond the byte bound and reports the count once', async () => {
    const { queue, calls, lines, sent } = setUp(250);
    queue.push(profile(1)); // in flight: not waiting, not counted
    for (const name of [2, 3, 4, 5]) queue.push(profile(name)); // 400 bytes wait: 2 and 3 go
    calls[0]?.answer(OK);
    await settle();
    expect(sent()).toEqual([1, 4]);
    expect(calls[1]?.droppedCount).toBe(2);
    calls[1]?.answer(OK);
    await settle();
    expect(calls[2]?.droppedCount).toBe(0);
    expect(lines).toEqual(['flamehouse: upload queue is full (250 bytes); dropping the oldest profiles']);
  });

  it('keeps counting drops until an upload succeeds', async () => {
    const { queue, calls } = setUp(100);
    queue.push(profile(1));
    queue.push(profile(2));
    queue.push(profile(3)); // 200 bytes wait: profile 2 is dropped
    calls[0]?.answer(DOWN); // profile 1 goes back in front, and is the oldest to drop
    await vi.advanceTimersByTimeAsync(500);
    expect(calls[1]?.profile.fromMs).toBe(3);
    expect(calls[1]?.droppedCount).toBe(2);
    calls[1]?.answer(OK);
    await settle();
    queue.push(profile(4));
    expect(calls[2]?.droppedCount).toBe(0);
  });

  it('with a zero bound still sends when idle, and holds nothing for retry', async () => {
    const { queue, calls, sent } = setUp(0);
    queue.push(profile(1));
    queue.push(profile(2));
    calls[0]?.answer(DOWN);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(sent()).toEqual([1]);
    queue.push(profile(3));
    expect(sent()).toEqual([1, 3]);
    expect(calls[1]?.droppedCount).toBe(2);
  });

  it('retries network errors with growing jittered backoff, warning once', async () => {
    const { queue, calls, lines, sent } = setUp();
    queue.push(profile(1));
    calls[0]?.answer(DOWN);
    // random 0.5: half of 1 s, then half of 2 s.
    await vi.advanceTimersByTimeAsync(499);
    expect(sent()).toEqual([1]);
    await vi.advanceTimersByTimeAsync(1);
    expect(sent()).toEqual([1, 1]);
    calls[1]?.answer(DOWN);
    await vi.advanceTimersByTimeAsync(999);
    expect(sent()).toEqual([1, 1]);
    await vi.advanceTimersByTimeAsync(1);
    expect(sent()).toEqual([1, 1, 1]);
    calls[2]?.answer(OK);
    await settle();
    expect(lines).toEqual([
      'flamehouse: upload to http://server failed (ECONNREFUSED); will keep retrying quietly',
    ]);
  });

  it('waits at least as long as Retry-After says, plus its own growing jitter, up to the 60 s cap', async () => {
    const { queue, calls, sent } = setUp();
    queue.push(profile(1));
    // random 0.5: Retry-After and half of 1 s, then Retry-After and half of 2 s.
    calls[0]?.answer({ kind: 'retryable', reason: 'HTTP 429', retryAfterMs: 3_000 });
    await vi.advanceTimersByTimeAsync(3_499);
    expect(sent()).toEqual([1]);
    await vi.advanceTimersByTimeAsync(1);
    expect(sent()).toEqual([1, 1]);
    calls[1]?.answer({ kind: 'retryable', reason: 'HTTP 503', retryAfterMs: 1_000 });
    await vi.advanceTimersByTimeAsync(1_999);
    expect(sent()).toEqual([1, 1]);
    await vi.advanceTimersByTimeAsync(1);
    expect(sent()).toEqual([1, 1, 1]);
    calls[2]?.answer({ kind: 'retryable', reason: 'HTTP 503', retryAfterMs: 3_600_000 });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(sent()).toEqual([1, 1, 1, 1]);
  });

  it('drops a profile the server refuses, warns once, and moves on', async () => {
    const { queue, calls, lines, sent } = setUp();
    queue.push(profile(1));
    queue.push(profile(2));
    queue.push(profile(3));
    calls[0]?.answer({ kind: 'failure', reason: 'HTTP 400' });
    await settle();
    calls[1]?.answer({ kind: 'failure', reason: 'HTTP 400' });
    await settle();
    expect(sent()).toEqual([1, 2, 3]);
    expect(lines).toEqual(['flamehouse: upload to http://server was refused (HTTP 400); dropping such profiles']);
  });

  it('drains without waiting for backoff, after the request in flight', async () => {
    const { queue, calls, sent } = setUp();
    queue.push(profile(1));
    calls[0]?.answer(DOWN); // now waiting for a backoff timer
    await settle();
    queue.push(profile(2));
    const drained = queue.drain();
    await settle();
    expect(sent()).toEqual([1, 1]);
    calls[1]?.answer(OK);
    await settle();
    expect(sent()).toEqual([1, 1, 2]);
    calls[2]?.answer(OK);
    await drained;
    // Nothing more is sent after a drain, whatever is pushed or retried.
    queue.push(profile(3));
    await vi.advanceTimersByTimeAsync(60_000);
    expect(sent()).toEqual([1, 1, 2]);
  });

  it('stops draining at the first retryable failure', async () => {
    const { queue, calls, sent } = setUp();
    queue.push(profile(1));
    queue.push(profile(2));
    const drained = queue.drain();
    calls[0]?.answer(DOWN);
    await drained;
    expect(sent()).toEqual([1]);
  });
});

describe('takeUnsent, as the process exits', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('hands back the upload in flight and those waiting, in order, then sends nothing more', async () => {
    const { transport, calls } = scriptedTransport();
    const queue = createUploadQueue({ transport, maxQueueBytes: 10_000, log: createLog('silent'), target: 't', random: () => 0 });
    queue.recordCost({ cpuMs: 5, profilerCpuMs: 1, processCpuMs: 500 });
    queue.push(profile(1));
    queue.push(profile(2));
    queue.push(profile(3));
    const { profiles, report } = queue.takeUnsent();
    // The one in flight may not have got through: it goes again, under the same upload id.
    expect(profiles.map((p) => p.uploadId)).toEqual(['upload-1', 'upload-2', 'upload-3']);
    expect(report).toMatchObject({ cpuMs: 5, processCpuMs: 500 });
    // Its answer, a retry's timer or a new profile start nothing.
    calls[0]?.answer(DOWN);
    queue.push(profile(4));
    await vi.advanceTimersByTimeAsync(60_000);
    expect(calls).toHaveLength(1);
  });

  it('hands back nothing once everything was acknowledged', async () => {
    const { transport, calls } = scriptedTransport();
    const queue = createUploadQueue({ transport, maxQueueBytes: 10_000, log: createLog('silent'), target: 't', random: () => 0 });
    queue.push(profile(1));
    calls[0]?.answer(OK);
    await vi.advanceTimersByTimeAsync(0);
    expect(queue.takeUnsent().profiles).toEqual([]);
  });
});

describe('the agent report', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 0 });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('accumulates failures, bytes and CPU until an upload succeeds, then starts over', async () => {
    const calls: { report: AgentReport; answer: (result: UploadResult) => void }[] = [];
    const transport: Transport = { send: (_profile, report) => new Promise((answer) => calls.push({ report, answer })) };
    const queue = createUploadQueue({ transport, maxQueueBytes: 10_000, log: createLog('silent'), target: 't', random: () => 0 });
    queue.recordCost({ cpuMs: 7, profilerCpuMs: 2, processCpuMs: 700 });
    queue.push(profile(1, 100));
    expect(calls[0]?.report).toEqual({ dropped: 0, failures: 0, uploadBytes: 100, cpuMs: 7, profilerCpuMs: 2, processCpuMs: 700 });
    calls[0]?.answer({ kind: 'retryable', reason: 'ECONNRESET' });
    await vi.advanceTimersByTimeAsync(1_000);
    // The retry carries the failed attempt and both attempts' bytes.
    expect(calls[1]?.report).toEqual({ dropped: 0, failures: 1, uploadBytes: 200, cpuMs: 7, profilerCpuMs: 2, processCpuMs: 700 });
    queue.recordCost({ cpuMs: 3, profilerCpuMs: 1, processCpuMs: 300 });
    calls[1]?.answer({ kind: 'success' });
    await vi.advanceTimersByTimeAsync(0);
    queue.push(profile(2, 50));
    // Only what happened after the success that reported the rest.
    expect(calls[2]?.report).toEqual({ dropped: 0, failures: 0, uploadBytes: 50, cpuMs: 3, profilerCpuMs: 1, processCpuMs: 300 });
  });
});
