import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Identity } from './identity.js';
import type { Log } from './log.js';
import { createTransport, EMPTY_REPORT, type AgentReport, type ProfileWindow } from './transport.js';

// An application that calls process.exit() (most graceful shutdowns end so,
// after closing their server) gives no later turn of the event loop: no
// request can complete in the process. Its last window is sent by a child
// process instead, which this one waits for: the agent's bundle run as a
// script with EXIT_UPLOAD_ENV set.

/** Set in the child's environment; with the bundle as the main script, it uploads what its stdin holds. */
export const EXIT_UPLOAD_ENV = 'FLAMEHOUSE_EXIT_UPLOAD';
const AGENT_PACKAGE = '@flamehouse/agent';

export interface ExitUploadTarget {
  readonly url: string;
  readonly identity: Identity;
  readonly token: string | undefined;
  /** Each request's bound. */
  readonly requestTimeoutMs: number;
}

interface ExitUploadJob extends ExitUploadTarget {
  readonly report: AgentReport;
  readonly profiles: readonly (Omit<ProfileWindow, 'body'> & { readonly body: string })[];
}

/**
 * Sends `profiles` in order from a child process and blocks until it ends,
 * for at most `timeoutMs` (then it is killed). The report goes with the first
 * profile. Never throws; says what happened in a debug line.
 */
export function uploadBeforeExit(
  profiles: readonly ProfileWindow[],
  report: AgentReport,
  target: ExitUploadTarget,
  timeoutMs: number,
  log: Log,
): void {
  if (profiles.length === 0 || timeoutMs <= 0) return;
  const script = agentScript();
  if (script === undefined || !execPathRunsScripts()) {
    log.debug('last profiles at exit not sent: no way to run the agent as a script here');
    return;
  }
  try {
    const job: ExitUploadJob = {
      ...target,
      report,
      profiles: profiles.map((profile) => ({ ...profile, body: Buffer.from(profile.body).toString('base64') })),
    };
    // The child must not profile itself: NODE_OPTIONS may hold the --require that loaded this agent.
    const env: NodeJS.ProcessEnv = { ...process.env, [EXIT_UPLOAD_ENV]: '1' };
    delete env.NODE_OPTIONS;
    const startedMs = Date.now();
    const result = spawnSync(process.execPath, [script], {
      input: JSON.stringify(job),
      env,
      timeout: timeoutMs,
      killSignal: 'SIGKILL',
      stdio: ['pipe', 'ignore', 'ignore'],
      windowsHide: true,
    });
    const outcome = result.error ? String(result.error) : result.status === 0 ? 'sent' : `not all sent (exit ${result.status ?? result.signal})`;
    log.debug(`last ${profiles.length} profiles at exit: ${outcome} in ${Date.now() - startedMs} ms`);
  } catch (error) {
    log.debug(`last profiles at exit not sent (${String(error)})`);
  }
}

/**
 * This file, when it is the agent's own bundle: an application that bundled
 * the agent into its own file would start again if that file were run.
 */
function agentScript(): string | undefined {
  try {
    const manifest = JSON.parse(readFileSync(join(dirname(__filename), '..', 'package.json'), 'utf8')) as { name?: unknown };
    return manifest.name === AGENT_PACKAGE ? __filename : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Whether `process.execPath <script>` runs the script: not in a single
 * executable application (it would start the application again) nor in
 * Electron.
 */
function execPathRunsScripts(): boolean {
  if (process.versions.electron !== undefined) return false;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return !(require('node:sea') as { isSea(): boolean }).isSea();
  } catch {
    // No node:sea (before Node 20.12): no single executable either.
    return true;
  }
}

/** The child's side: sends the job read from stdin as the queue drains (a refusal drops one, a retryable failure stops); exits 0 when all went through. */
export async function runExitUpload(): Promise<void> {
  const job = JSON.parse(readFileSync(0, 'utf8')) as ExitUploadJob;
  const transport = createTransport({ url: job.url, identity: job.identity, token: job.token, timeoutMs: job.requestTimeoutMs });
  // The transport's sockets and timers do not hold a process open; this does, until the job ends.
  const keepAlive = setInterval(() => undefined, 60_000);
  try {
    for (const [i, profile] of job.profiles.entries()) {
      const result = await transport.send({ ...profile, body: Buffer.from(profile.body, 'base64') }, i === 0 ? job.report : EMPTY_REPORT);
      if (result.kind === 'success') continue;
      process.exitCode = 1;
      if (result.kind === 'retryable') return;
    }
  } finally {
    clearInterval(keepAlive);
  }
}
