import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { buildApp, type App, type BuildOptions } from '../src/app.js';
import { DEFAULT_TENANT } from '../src/auth/access.js';
import { loadConfig, type ServerConfig } from '../src/config.js';
import type { Tenant } from '../src/storage/tenants.js';

export interface TestApp extends App {
  readonly dataDir: string;
  close(): Promise<void>;
}

/** A server on a fresh embedded ClickHouse directory; chdb allows one directory per process, so one per test file. */
export async function startTestApp(overrides: Partial<ServerConfig> = {}, options: BuildOptions = {}): Promise<TestApp> {
  const dataDir = mkdtempSync(join(tmpdir(), 'fh-server-'));
  const config = loadConfig({}, { dataDir, logLevel: 'silent', insertFlushMs: 20, ...overrides });
  const app = await buildApp(config, options);
  return {
    ...app,
    dataDir,
    close: async () => {
      await app.server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A server with FLAMEHOUSE_AUTH_FILE listing `tokens`; the file goes with the server. */
export async function startAppWithTokens(tokens: readonly Record<string, unknown>[]): Promise<TestApp> {
  const dir = mkdtempSync(join(tmpdir(), 'fh-tokens-'));
  const authFile = join(dir, 'auth.json');
  writeFileSync(authFile, JSON.stringify({ tokens }));
  const app = await startTestApp({ authFile });
  return {
    ...app,
    close: async () => {
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The default tenant's storage: the one every request uses without an auth file. */
export function defaultTenant(app: App): Promise<Tenant> {
  return app.tenants.get(DEFAULT_TENANT);
}

export function uploadUrl(service: string, labels: Record<string, string> = {}): string {
  const query = new URLSearchParams({ service });
  for (const [key, value] of Object.entries(labels)) query.append('label', `${key}=${value}`);
  return `/api/v1/ingest?${query.toString()}`;
}

export interface InsertGate {
  /** Holds every insert from now until `release`; `reached` settles once one is waiting. */
  hold(): { reached: Promise<void>; release(): void };
}

/** Puts a gate between the app's writer and storage, so tests can hold inserts back. */
export function gateInserts(app: App): InsertGate {
  let held: Promise<void> | undefined;
  let onInsert = (): void => {};
  const { storage } = app;
  const insert = storage.insertText.bind(storage);
  storage.insertText = async (params) => {
    onInsert();
    await held;
    return insert(params);
  };
  return {
    hold() {
      let release!: () => void;
      held = new Promise((resolve) => (release = resolve));
      const reached = new Promise<void>((resolve) => (onInsert = resolve));
      return {
        reached,
        release: () => {
          held = undefined;
          release();
        },
      };
    },
  };
}

/** Posts one profile through the app's ingest route and expects it stored. */
export async function postUpload(app: App, service: string, labels: Record<string, string>, body: Buffer): Promise<void> {
  const response = await app.server.inject({ method: 'POST', url: uploadUrl(service, labels), payload: body, headers: { 'content-type': 'application/octet-stream' } });
  expect(response.statusCode, response.body).toBe(200);
}

/** A query route's JSON answer, expected with 200. */
export async function getJson<T>(app: App, url: string): Promise<T> {
  const response = await app.server.inject({ url });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<T>();
}
