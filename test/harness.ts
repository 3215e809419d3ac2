import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp, type App } from '../server/src/app.js';
import { loadConfig } from '../server/src/config.js';
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
export async function startServer(): Promise<RunningServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'fh-e2e-'));
  const app = await buildApp(loadConfig({}, { dataDir, logLevel: 'silent', insertFlushMs: 50 }));
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
