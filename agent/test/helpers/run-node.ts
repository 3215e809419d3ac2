import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

export const AGENT_DIR = join(import.meta.dirname, '..', '..');
/** The built bundle: tests assume `npm run build -w agent` ran. */
export const AGENT_BUNDLE = join(AGENT_DIR, 'dist', 'index.js');
export const FIXTURES = join(AGENT_DIR, 'test', 'fixtures');

export interface RunResult {
  readonly pid: number | undefined;
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: Buffer;
  readonly stderr: string;
  readonly durationMs: number;
}

export interface RunOptions {
  /** Added to a minimal environment: nothing leaks in from the test runner's. */
  readonly env?: Record<string, string>;
  readonly cwd?: string;
  /** The Node binary; the one running the tests by default. */
  readonly node?: string;
  /** The child is killed past this; the run then fails. */
  readonly timeoutMs?: number;
  /** Called with each stdout chunk, e.g. to signal the child once it is ready. */
  readonly onStdout?: (chunk: Buffer, child: ChildProcess) => void;
  /** Called once the child runs, with its pid: to watch it from outside. */
  readonly onStart?: (pid: number) => void;
}

const running = new Set<ChildProcess>();

/** Runs `node <args>` to its end and records how it ended. */
export function runNode(args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  const startedMs = performance.now();
  const child = spawn(options.node ?? process.execPath, args, {
    cwd: options.cwd ?? AGENT_DIR,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  if (child.pid !== undefined) options.onStart?.(child.pid);
  const stdout: Buffer[] = [];
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout.push(chunk);
    options.onStdout?.(chunk, child);
  });
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const timeoutMs = options.timeoutMs ?? 20_000;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`node ${args.join(' ')} still running after ${timeoutMs} ms; stderr: ${stderr}`));
    }, timeoutMs);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      running.delete(child);
      const durationMs = performance.now() - startedMs;
      resolve({ pid: child.pid, code, signal, stdout: Buffer.concat(stdout), stderr, durationMs });
    });
  });
}

/** For afterAll: no child outlives its test file. */
export function killRunningChildren(): void {
  for (const child of running) child.kill('SIGKILL');
  running.clear();
}

/** stderr as lines, without the empty one after the last newline. */
export function stderrLines(result: RunResult): string[] {
  return result.stderr.split('\n').filter((line) => line !== '');
}
