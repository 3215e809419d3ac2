import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Identity } from '../src/identity.js';
import { EMPTY_REPORT, buildIngestUrl, createTransport } from '../src/transport.js';
import { closedPortUrl, startReceiver, type Receiver } from './helpers/receiver.js';

const IDENTITY: Identity = {
  service: 'svc name',
  labels: { 'service.version': '1.0 beta', 'query&odd': 'a=b' },
};
const PROFILE = { body: Buffer.from([0x1f, 0x8b, 1, 2, 3]), fromMs: 1_000, untilMs: 2_000, uploadId: 'c0ffee' };

describe('buildIngestUrl', () => {
  it('puts service, upload id, window, repeated labels and drops into the query, percent-encoded', () => {
    const url = buildIngestUrl('https://example.com/prefix/', IDENTITY, PROFILE, { ...EMPTY_REPORT, dropped: 3 });
    expect(url.origin + url.pathname).toBe('https://example.com/prefix/api/v1/ingest');
    expect(url.search).toBe(
      '?service=svc%20name&upload_id=c0ffee&from=1000&until=2000' +
        '&label=service.version%3D1.0%20beta&label=query%26odd%3Da%3Db&dropped=3',
    );
    expect(url.searchParams.getAll('label')).toEqual(['service.version=1.0 beta', 'query&odd=a=b']);
  });

  it("carries the agent's report on itself, rounded", () => {
    const url = buildIngestUrl('http://h:1', IDENTITY, PROFILE, { dropped: 0, failures: 2, uploadBytes: 5000, cpuMs: 12.6, profilerCpuMs: 4.2, processCpuMs: 1250.4 });
    expect(Object.fromEntries([...url.searchParams].filter(([key]) => key.startsWith('agent_') || key.startsWith('process_')))).toEqual({
      agent_failures: '2',
      agent_upload_bytes: '5000',
      agent_cpu_ms: '13',
      agent_profiler_cpu_ms: '4',
      process_cpu_ms: '1250',
    });
  });

  it('leaves out dropped when nothing was dropped', () => {
    expect(buildIngestUrl('http://h:1', IDENTITY, PROFILE, EMPTY_REPORT).searchParams.has('dropped')).toBe(false);
  });
});

describe('createTransport against a real server', () => {
  let receiver: Receiver;
  let answer: { status: number; headers?: Record<string, string> } | 'never' = { status: 200 };
  beforeAll(async () => {
    receiver = await startReceiver((_request, response) => {
      if (answer !== 'never') response.writeHead(answer.status, answer.headers).end('body is ignored');
    });
  });
  afterAll(() => receiver.close());

  const send = (options: { token?: string; timeoutMs?: number } = {}) =>
    createTransport({
      url: receiver.url,
      identity: IDENTITY,
      token: options.token,
      timeoutMs: options.timeoutMs ?? 5_000,
    }).send(PROFILE, EMPTY_REPORT);

  it('posts the body as it is, and reports 2xx as success', async () => {
    answer = { status: 204 };
    receiver.requests.length = 0;
    expect(await send({ token: 'abc' })).toEqual({ kind: 'success' });
    const [request] = receiver.requests;
    expect(request?.method).toBe('POST');
    expect(request?.url.pathname).toBe('/api/v1/ingest');
    expect(request?.url.searchParams.get('service')).toBe('svc name');
    expect(request?.headers['content-type']).toBe('application/octet-stream');
    expect(request?.headers.authorization).toBe('Bearer abc');
    expect(request?.rawBody.equals(PROFILE.body)).toBe(true);
  });

  it('sends no authorization header without a token', async () => {
    answer = { status: 200 };
    receiver.requests.length = 0;
    await send();
    expect(receiver.requests[0]?.headers).not.toHaveProperty('authorization');
  });

  it('reports 5xx as retryable', async () => {
    answer = { status: 503 };
    expect(await send()).toEqual({ kind: 'retryable', reason: 'HTTP 503' });
  });

  it('reports 429 as retryable with its Retry-After', async () => {
    answer = { status: 429, headers: { 'retry-after': '7' } };
    expect(await send()).toEqual({ kind: 'retryable', reason: 'HTTP 429', retryAfterMs: 7_000 });
  });

  it('reports other 4xx as a failure: retrying would not help', async () => {
    answer = { status: 400 };
    expect(await send()).toEqual({ kind: 'failure', reason: 'HTTP 400' });
  });

  it('gives up on a server that does not answer within the timeout', async () => {
    answer = 'never';
    const startedMs = performance.now();
    expect(await send({ timeoutMs: 200 })).toEqual({ kind: 'retryable', reason: 'timeout' });
    expect(performance.now() - startedMs).toBeLessThan(2_000);
  });

  it('reports a refused connection as retryable', async () => {
    const url = await closedPortUrl();
    const transport = createTransport({ url, identity: IDENTITY, token: undefined, timeoutMs: 5_000 });
    expect(await transport.send(PROFILE, EMPTY_REPORT)).toEqual({ kind: 'retryable', reason: 'ECONNREFUSED' });
  });

  it('reports a request that cannot be built as a failure instead of throwing', async () => {
    expect(await send({ token: 'bad\ntoken' })).toMatchObject({ kind: 'failure' });
  });
});
