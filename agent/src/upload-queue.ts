import { retryDelayMs } from './backoff.js';
import type { Log } from './log.js';
import type { AgentReport, CostReport, ProfileWindow, Transport, UploadResult } from './transport.js';

export interface UploadQueue {
  /** Queues a profile; it is sent at once when nothing else is pending. */
  push(profile: ProfileWindow): void;
  /** Adds what the agent measured of its own cost, reported with the next successful upload. */
  recordCost(cost: CostReport): void;
  /**
   * Sends everything queued now, without backoff, and stops at the first
   * retryable failure: at exit there is no time to wait for a server that
   * is down. The queue sends nothing on its own afterwards.
   */
  drain(): Promise<void>;
  /**
   * For a process exiting now: everything not yet acknowledged, the upload in
   * flight first (sent again, its upload id makes it a duplicate if it got
   * through), and the report as counted so far, to send with the first of
   * them. The queue sends nothing afterwards.
   */
  takeUnsent(): { profiles: ProfileWindow[]; report: AgentReport };
}

export interface UploadQueueOptions {
  readonly transport: Transport;
  /** Bound on the bytes of profiles waiting; the one in flight is not waiting. */
  readonly maxQueueBytes: number;
  readonly log: Log;
  /** Names the server in messages. */
  readonly target: string;
  readonly random?: () => number;
}

/**
 * Keeps one request in flight. Network errors, timeouts, 429 and 5xx put the
 * profile back and wait (Retry-After, plus exponential backoff); other refusals
 * drop it. When waiting profiles exceed the byte bound the oldest go, and the
 * next successful upload reports how many.
 */
export function createUploadQueue(options: UploadQueueOptions): UploadQueue {
  const { transport, maxQueueBytes, log, target, random = Math.random } = options;
  const waiting: ProfileWindow[] = [];
  let waitingBytes = 0;
  // Since the last successful upload; each success subtracts what it reported.
  let dropped = 0;
  let failures = 0;
  let sentBytes = 0;
  let cpuMs = 0;
  let profilerCpuMs = 0;
  let processCpuMs = 0;
  let failedAttempts = 0;
  let inFlight: { readonly profile: ProfileWindow; readonly result: Promise<UploadResult> } | undefined;
  let retryTimer: NodeJS.Timeout | undefined;
  let drained = false;

  function add(profile: ProfileWindow, atFront: boolean): void {
    if (atFront) waiting.unshift(profile);
    else waiting.push(profile);
    waitingBytes += profile.body.byteLength;
  }

  function dropOldestBeyondBound(): void {
    let newlyDropped = 0;
    while (waitingBytes > maxQueueBytes) {
      const oldest = waiting.shift();
      if (!oldest) break;
      waitingBytes -= oldest.body.byteLength;
      newlyDropped += 1;
    }
    if (newlyDropped > 0) {
      dropped += newlyDropped;
      log.warnOnce('queue-full', `upload queue is full (${maxQueueBytes} bytes); dropping the oldest profiles`);
    }
  }

  const currentReport = (): AgentReport => ({ dropped, failures, uploadBytes: sentBytes, cpuMs, profilerCpuMs, processCpuMs });

  function sendNext(): Promise<UploadResult> | undefined {
    const profile = waiting.shift();
    if (!profile) return undefined;
    waitingBytes -= profile.body.byteLength;
    sentBytes += profile.body.byteLength;
    const report = currentReport();
    const sent = transport.send(profile, report).then((result) => {
      inFlight = undefined;
      settle(result, profile, report);
      return result;
    });
    inFlight = { profile, result: sent };
    return sent;
  }

  function settle(result: UploadResult, profile: ProfileWindow, report: AgentReport): void {
    if (result.kind !== 'success') failures += 1;
    switch (result.kind) {
      case 'success':
        dropped -= report.dropped;
        failures -= report.failures;
        sentBytes -= report.uploadBytes;
        cpuMs -= report.cpuMs;
        profilerCpuMs -= report.profilerCpuMs;
        processCpuMs -= report.processCpuMs;
        if (failedAttempts > 0) log.debug(`upload to ${target} works again after ${failedAttempts} failed attempts`);
        failedAttempts = 0;
        return;
      case 'failure':
        log.warnOnce(
          `refused ${result.reason}`,
          `upload to ${target} was refused (${result.reason}); dropping such profiles`,
        );
        return;
      case 'retryable': {
        failedAttempts += 1;
        log.warnOnce(
          `failed ${result.reason}`,
          `upload to ${target} failed (${result.reason}); will keep retrying quietly`,
        );
        add(profile, true);
        dropOldestBeyondBound();
        if (drained) return;
        const delayMs = retryDelayMs(failedAttempts, result.retryAfterMs, random);
        log.debug(`retrying upload in ${delayMs} ms`);
        retryTimer = setTimeout(() => {
          retryTimer = undefined;
          pump();
        }, delayMs);
        retryTimer.unref();
      }
    }
  }

  function pump(): void {
    if (drained || inFlight || retryTimer) return;
    void sendNext()?.then(pump);
  }

  return {
    recordCost(cost) {
      cpuMs += cost.cpuMs;
      profilerCpuMs += cost.profilerCpuMs;
      processCpuMs += cost.processCpuMs;
    },
    push(profile) {
      add(profile, false);
      pump();
      dropOldestBeyondBound();
    },
    async drain() {
      drained = true;
      clearTimeout(retryTimer);
      retryTimer = undefined;
      if (inFlight && (await inFlight.result).kind === 'retryable') return;
      for (let sending = sendNext(); sending; sending = sendNext()) {
        if ((await sending).kind === 'retryable') return;
      }
    },
    takeUnsent() {
      drained = true;
      clearTimeout(retryTimer);
      retryTimer = undefined;
      const profiles = [...(inFlight ? [inFlight.profile] : []), ...waiting.splice(0)];
      waitingBytes = 0;
      return { profiles, report: currentReport() };
    },
  };
}
