// A real Flamehouse server on a fresh embedded ClickHouse directory, listening
// on a free port. chdb allows one data directory per process: one per test file.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../../../server/src/app.js';
import { loadConfig } from '../../../server/src/config.js';

export interface TestServer {
  readonly url: string;
  /** `extra`: more ingest parameters, e.g. the agent's own report (`agent_cpu_ms`…). */
  upload(service: string, labels: Record<string, string>, pprof: Buffer, extra?: Record<string, string>): Promise<void>;
  close(): Promise<void>;
}

export interface ServerOptions {
  /** Tokens the server requires (FLAMEHOUSE_AUTH_FILE); uploads then use `uploadToken`. */
  readonly authFile?: string;
  readonly uploadToken?: string;
}

export async function startServer(options: ServerOptions = {}): Promise<TestServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'fh-ui-'));
  const app = await buildApp(loadConfig({}, { dataDir, logLevel: 'silent', insertFlushMs: 20, authFile: options.authFile ?? '' }));
  await app.server.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.server.address();
  if (address === null || typeof address === 'string') throw new Error('server has no TCP address');
  const url = `http://127.0.0.1:${address.port}`;
  return {
    url,
    async upload(service, labels, pprof, extra = {}) {
      const query = new URLSearchParams({ service, ...extra });
      for (const [key, value] of Object.entries(labels)) query.append('label', `${key}=${value}`);
      const response = await fetch(`${url}/api/v1/ingest?${query.toString()}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/octet-stream',
          ...(options.uploadToken !== undefined && { authorization: `Bearer ${options.uploadToken}` }),
        },
        body: new Uint8Array(pprof),
      });
      if (!response.ok) throw new Error(`ingest ${response.status}: ${await response.text()}`);
    },
    async close() {
      await app.server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
