import * as http from 'node:http';
import * as https from 'node:https';
import { INGEST_PARAMS, INGEST_PATH } from '@flamehouse/proto';
import { parseRetryAfterMs } from './backoff.js';
import type { Identity } from './identity.js';

/** What one upload attempt came to; the transport reports, the queue decides. */
export type UploadResult =
  | { readonly kind: 'success' }
  | { readonly kind: 'retryable'; readonly reason: string; readonly retryAfterMs?: number }
  | { readonly kind: 'failure'; readonly reason: string };

/** One encoded profile and the time window it covers. */
export interface ProfileWindow {
  /** Gzipped pprof, sent as it is. */
  readonly body: Uint8Array;
  /** Random, made once per profile: every retry carries it, so the server stores the profile once. */
  readonly uploadId: string;
  readonly fromMs: number;
  readonly untilMs: number;
}

/** What the agent says about itself since its last successful upload; the server stores it per profile. */
export interface AgentReport {
  /** Profiles dropped because the queue was full. */
  readonly dropped: number;
  /** Upload attempts that failed. */
  readonly failures: number;
  /** Bytes sent, this request's included. */
  readonly uploadBytes: number;
  /** The agent's own CPU: its main-thread time (cuts, encodes) and V8's profiler threads. */
  readonly cpuMs: number;
  /** Of which V8's profiler threads (0 where /proc cannot tell). */
  readonly profilerCpuMs: number;
  /** The whole process's CPU over the same time: what `cpuMs` is a share of. */
  readonly processCpuMs: number;
}

/** What the agent measured of its cost over one stretch of time. */
export type CostReport = Pick<AgentReport, 'cpuMs' | 'profilerCpuMs' | 'processCpuMs'>;

export const EMPTY_REPORT: AgentReport = Object.freeze({ dropped: 0, failures: 0, uploadBytes: 0, cpuMs: 0, profilerCpuMs: 0, processCpuMs: 0 });

export interface Transport {
  /** Never rejects: every outcome is an UploadResult. */
  send(profile: ProfileWindow, report: AgentReport): Promise<UploadResult>;
}

export interface TransportOptions {
  readonly url: string;
  readonly identity: Identity;
  readonly token: string | undefined;
  readonly timeoutMs: number;
  /** Wraps the creation of each request, e.g. so that the host's tracing skips it. */
  readonly runUntraced?: <T>(fn: () => T) => T;
}

export function buildIngestUrl(
  baseUrl: string,
  identity: Identity,
  profile: Pick<ProfileWindow, 'fromMs' | 'untilMs' | 'uploadId'>,
  report: AgentReport,
): URL {
  const params: [string, string][] = [
    [INGEST_PARAMS.service, identity.service],
    [INGEST_PARAMS.uploadId, profile.uploadId],
    [INGEST_PARAMS.fromMs, String(profile.fromMs)],
    [INGEST_PARAMS.untilMs, String(profile.untilMs)],
  ];
  for (const [key, value] of Object.entries(identity.labels)) params.push([INGEST_PARAMS.label, `${key}=${value}`]);
  for (const [param, value] of [
    [INGEST_PARAMS.dropped, report.dropped],
    [INGEST_PARAMS.agentFailures, report.failures],
    [INGEST_PARAMS.agentUploadBytes, report.uploadBytes],
    [INGEST_PARAMS.agentCpuMs, Math.round(report.cpuMs)],
    [INGEST_PARAMS.agentProfilerCpuMs, Math.round(report.profilerCpuMs)],
    [INGEST_PARAMS.processCpuMs, Math.round(report.processCpuMs)],
  ] as const) {
    if (value > 0) params.push([param, String(value)]);
  }
  const url = new URL(baseUrl);
  url.pathname = url.pathname.replace(/\/+$/, '') + INGEST_PATH;
  // Percent-encoding throughout (URLSearchParams would write spaces as "+",
  // which only form decoders read back as spaces).
  url.search = params.map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`).join('&');
  return url;
}

function classifyResponse(statusCode: number, retryAfter: string | undefined, nowMs: number): UploadResult {
  if (statusCode >= 200 && statusCode < 300) return { kind: 'success' };
  const reason = `HTTP ${statusCode}`;
  if (statusCode === 429 || statusCode >= 500) {
    const retryAfterMs = parseRetryAfterMs(retryAfter, nowMs);
    return retryAfterMs === undefined ? { kind: 'retryable', reason } : { kind: 'retryable', reason, retryAfterMs };
  }
  return { kind: 'failure', reason };
}

export function createTransport(options: TransportOptions): Transport {
  const client = new URL(options.url).protocol === 'https:' ? https : http;
  // A private agent: the host may tune or instrument the global one. No
  // keep-alive: an upload every few seconds gains little from it, and a
  // socket the server closed while idle would fail the next upload.
  const agent = new client.Agent({ keepAlive: false });
  const headers: http.OutgoingHttpHeaders = { 'content-type': 'application/octet-stream' };
  const runUntraced = options.runUntraced ?? ((fn) => fn());
  if (options.token !== undefined) headers.authorization = `Bearer ${options.token}`;

  return {
    send(profile, report) {
      return new Promise<UploadResult>((resolve) => {
        let request: http.ClientRequest | undefined;
        const timer = setTimeout(() => {
          finish({ kind: 'retryable', reason: 'timeout' });
          request?.destroy();
        }, options.timeoutMs);
        timer.unref();
        function finish(result: UploadResult): void {
          clearTimeout(timer);
          resolve(result);
        }
        try {
          const url = buildIngestUrl(options.url, options.identity, profile, report);
          request = runUntraced(() =>
            client.request(
              url,
              { method: 'POST', agent, headers: { ...headers, 'content-length': profile.body.byteLength } },
              (response) => {
                response.resume();
                finish(classifyResponse(response.statusCode ?? 0, response.headers['retry-after'], Date.now()));
              },
            ),
          );
          // An upload must not keep a finished application alive; the exit
          // flush holds the process open with its own bounded timer instead.
          request.on('socket', (socket) => socket.unref());
          request.on('error', (error: NodeJS.ErrnoException) =>
            finish({ kind: 'retryable', reason: error.code ?? error.message }),
          );
          request.end(profile.body);
        } catch (error) {
          // Only a request that can never be built throws here (say, a
          // token with a newline): retrying would not help.
          finish({ kind: 'failure', reason: error instanceof Error ? error.message : String(error) });
          request?.destroy();
        }
      });
    },
  };
}
