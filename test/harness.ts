import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp, type App } from '../server/src/app.js';
import { loadConfig, type ServerConfig } from '../server/src/config.js';
import type { FlameNode } from '@flamehouse/proto';
import { AGENT_BUNDLE, runNode } from '../agent/test/helpers/run-node.js';

export const FIXTURES = join(import.meta.dirname, 'fixtures');

export interface RunningServer {
  readonly app: App;
  readonly url: string;
  /** GETs `path` and returns its JSON; any status but 200 fails with the body. */
  api<T>(path: string): Promise<T>;
  close(): Promise<void>;
}

/** The real server on 127.0.0.1, a free port and a fresh embedded ClickHouse directory. */
export async function startServer(overrides: Partial<ServerConfig> = {}): Promise<RunningServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'fh-e2e-'));
  const app = await buildApp(loadConfig({}, { dataDir, logLevel: 'silent', insertFlushMs: 50, ...overrides }));
  const url = await app.server.listen({ host: '127.0.0.1', port: 0 });
  return {
    app,
    url,
    async api<T>(path: string): Promise<T> {
      const response = await fetch(`${url}${path}`);
      if (response.status !== 200) throw new Error(`GET ${path}: ${response.status} ${await response.text()}`);
      return (await response.json()) as T;
    },
    close: async () => {
      await app.server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface RunResult {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface ProfiledRunOptions {
  readonly timeoutMs?: number;
  /** The Node binary; the one running the tests by default. */
  readonly node?: string;
}

/** Runs a fixture app under `node --require <agent>` and waits for it to end on its own. */
export function runProfiled(script: string, env: Record<string, string>, options: ProfiledRunOptions = {}): Promise<RunResult> {
  return runWithAgent([join(FIXTURES, script)], env, options);
}

/** `node --require <agent> <args…>` (further preloads, then the app) with upload cuts every second, to its end. */
export async function runWithAgent(
  args: readonly string[],
  env: Record<string, string>,
  options: ProfiledRunOptions = {},
): Promise<RunResult> {
  const run = await runNode(['--require', AGENT_BUNDLE, ...args], {
    env: { FLAMEHOUSE_UPLOAD_INTERVAL_MS: '1000', ...env },
    timeoutMs: options.timeoutMs ?? 60_000,
    ...(options.node !== undefined && { node: options.node }),
  });
  return { code: run.code, signal: run.signal, stdout: run.stdout.toString(), stderr: run.stderr };
}

/** Sum of `total` over the outermost nodes with this name (a recursive name counts once). */
export function totalOf(node: FlameNode, name: string): number {
  if (node.name === name) return node.total;
  return node.children.reduce((sum, child) => sum + totalOf(child, name), 0);
}

/** A server in a process of its own: the built `server/dist/main.js` on another Node binary. */
export interface ServerProcess {
  readonly url: string;
  /** SIGTERM, then waits for the exit and removes the data directory. */
  stop(): Promise<void>;
}

const SERVER_MAIN = join(import.meta.dirname, '..', 'server', 'dist', 'main.js');

/** Starts `node server/dist/main.js` on `node` with a free port and a fresh data directory; resolves once it listens. */
export function startServerProcess(node: string, timeoutMs = 60_000): Promise<ServerProcess> {
  const dataDir = mkdtempSync(join(tmpdir(), 'fh-e2e-proc-'));
  const child = spawn(node, [SERVER_MAIN], {
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      FLAMEHOUSE_HOST: '127.0.0.1',
      FLAMEHOUSE_PORT: '0',
      FLAMEHOUSE_DATA_DIR: dataDir,
      FLAMEHOUSE_INSERT_FLUSH_MS: '50',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async (): Promise<void> => {
    child.kill('SIGTERM');
    await exited;
    rmSync(dataDir, { recursive: true, force: true });
  };
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`the server did not listen within ${timeoutMs} ms: ${output}`));
    }, timeoutMs);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const listening = /flamehouse listening on (http:\/\/[\d.:]+)/.exec(output);
      if (!listening) return;
      clearTimeout(timer);
      child.stdout.off('data', onData);
      child.stdout.resume();
      resolve({ url: listening[1]!, stop });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited with ${code} before listening: ${output}`));
    });
  });
}

export interface Proxy {
  readonly url: string;
  close(): Promise<void>;
}

/**
 * An HTTP proxy to `target` on 127.0.0.1 that shows each request, body whole,
 * to `seen` before forwarding it. When `seen` says false, the server still gets
 * the request and answers, but the answer is thrown away and the client's
 * connection reset, as a proxy timing out or a dropped connection would.
 */
export async function startProxy(target: string, seen: (url: string, body: Buffer) => boolean): Promise<Proxy> {
  const server = createServer((incoming, outgoing) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const body = Buffer.concat(chunks);
      const deliver = seen(incoming.url ?? '/', body);
      const forwarded = httpRequest(`${target}${incoming.url}`, { method: incoming.method, headers: incoming.headers }, (answer) => {
        const answerChunks: Buffer[] = [];
        answer.on('data', (chunk: Buffer) => answerChunks.push(chunk));
        answer.on('end', () => {
          if (deliver) outgoing.writeHead(answer.statusCode ?? 502, answer.headers).end(Buffer.concat(answerChunks));
          else outgoing.socket?.destroy();
        });
      });
      forwarded.on('error', () => outgoing.socket?.destroy());
      forwarded.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
