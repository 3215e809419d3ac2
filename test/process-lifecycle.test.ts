import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { FlameGraphResponse } from '@flamehouse/proto';
import { WALL_CPU, makePprof } from '../server/test/pprof-fixture.js';

// The server as operators run it, `node server/dist/main.js`, killed with
// SIGKILL in the middle of ingest and stopped with SIGTERM: no upload it
// acknowledged is ever lost, and SIGTERM answers the uploads in flight.

const MAIN = join(import.meta.dirname, '..', 'server', 'dist', 'main.js');
const MS = 1_000_000;
const children = new Set<ChildProcess>();
const dirs: string[] = [];
afterAll(() => {
  for (const child of children) child.kill('SIGKILL');
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

interface ServerProcess {
  readonly url: string;
  readonly child: ChildProcess;
  readonly exited: Promise<number | null>;
}

async function startServerProcess(dataDir: string, port: number, env: Record<string, string> = {}): Promise<ServerProcess> {
  const child = spawn(process.execPath, [MAIN], {
    env: { PATH: process.env.PATH ?? '', FLAMEHOUSE_DATA_DIR: dataDir, FLAMEHOUSE_PORT: String(port), FLAMEHOUSE_INSERT_FLUSH_MS: '200', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start: ${output}`)), 60_000);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      if (output.includes('flamehouse listening on')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    void exited.then(() => reject(new Error(`server exited at start: ${output}`)));
  });
  return { url: `http://127.0.0.1:${port}`, child, exited };
}

/** Upload `index` holds one function of its own, `fn_<index>`, with 1 ms of CPU. */
function upload(url: string, index: number): Promise<number> {
  const body = makePprof({ sampleTypes: WALL_CPU, timeMs: Date.now() - 5_000, samples: [{ stack: `main;fn_${index}`, values: [MS, MS] }] });
  return fetch(`${url}/api/v1/ingest?service=lifecycle&upload_id=u-${index}`, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream' },
    body: new Uint8Array(body),
  }).then(
    (response) => response.status,
    () => 0,
  );
}

async function storedFunctions(url: string): Promise<Map<string, number>> {
  const response = await fetch(`${url}/api/v1/flamegraph?service=lifecycle&type=cpu&from=${Date.now() - 3_600_000}&to=${Date.now() + 60_000}&maxNodes=100000`);
  const graph = (await response.json()) as FlameGraphResponse;
  const main = graph.root.children.find((child) => child.name === 'main');
  return new Map((main?.children ?? []).map((child) => [child.name, child.total]));
}

describe('the server process', () => {
  it('loses no acknowledged upload when killed with SIGKILL during ingest', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'fh-kill-'));
    dirs.push(dataDir);
    const port = await freePort();
    const first = await startServerProcess(dataDir, port);
    const acknowledged: number[] = [];
    let next = 0;
    let killed = false;
    const senders = Array.from({ length: 8 }, async () => {
      while (!killed) {
        const index = next++;
        if ((await upload(first.url, index)) === 200 && !killed) acknowledged.push(index);
      }
    });
    // Kill it mid-stream, once it has acknowledged a fair number.
    while (acknowledged.length < 40) await new Promise((resolve) => setTimeout(resolve, 20));
    first.child.kill('SIGKILL');
    killed = true;
    await Promise.all(senders);
    await first.exited;

    const second = await startServerProcess(dataDir, port);
    const stored = await storedFunctions(second.url);
    const missing = acknowledged.filter((index) => stored.get(`fn_${index}`) !== MS);
    expect(missing, `acknowledged ${acknowledged.length}, stored ${stored.size}`).toEqual([]);
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  });

  it('on SIGTERM stops accepting, stores the uploads in flight, answers them, and exits 0', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'fh-term-'));
    dirs.push(dataDir);
    const port = await freePort();
    // Uploads wait two seconds for their batch: SIGTERM comes while they all wait.
    const server = await startServerProcess(dataDir, port, { FLAMEHOUSE_INSERT_FLUSH_MS: '2000' });
    const inFlight = Array.from({ length: 30 }, (_, index) => upload(server.url, index));
    await new Promise((resolve) => setTimeout(resolve, 500));
    server.child.kill('SIGTERM');
    expect(await Promise.all(inFlight)).toEqual(Array.from({ length: 30 }, () => 200));
    expect(await server.exited).toBe(0);
    // Refused once closed, instead of accepted and dropped.
    expect(await upload(server.url, 99)).toBe(0);

    const restarted = await startServerProcess(dataDir, port);
    const stored = await storedFunctions(restarted.url);
    expect([...stored.keys()].filter((name) => name.startsWith('fn_'))).toHaveLength(30);
    restarted.child.kill('SIGTERM');
    await restarted.exited;
  });
});
