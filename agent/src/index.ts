/**
 * @flamehouse/agent: continuous profiling for Node.js without code changes.
 *
 *   node --require @flamehouse/agent app.js
 *   node --import @flamehouse/agent app.mjs
 *
 * Preloaded like this, the agent starts from the environment alone
 * (FLAMEHOUSE_* variables; CONFIG_TABLE lists them). It samples wall and CPU
 * time and heap allocations, and every upload interval posts one wall and
 * one heap profile, gzipped pprof, to the Flamehouse server. It never keeps
 * the process alive, uploads the last window when the process ends, and
 * reports problems on stderr at most once each instead of throwing. When the
 * application registers an OpenTelemetry context manager, wall and CPU
 * samples carry the active span, its local root and that root's endpoint
 * (FLAMEHOUSE_SPANS), and the agent's own uploads are not traced.
 *
 * Required or imported from application code it starts nothing by itself:
 * call start(options) to profile with options layered over the environment,
 * and stop() to upload the last window and stop.
 */
import { isMainThread } from 'node:worker_threads';
import { startAgent, type StartOptions } from './agent.js';
import { resolveConfig } from './config.js';
import { EXIT_UPLOAD_ENV, runExitUpload } from './exit-upload.js';
import { isPreloaded } from './preload.js';

export { CONFIG_TABLE, DEFAULT_CONFIG } from './config.js';
export type { AgentConfig, AgentOptions, ConfigRow } from './config.js';
export type { StartOptions } from './agent.js';
export type { LogLevel, LogSink } from './log.js';

/** What another copy of the agent (another path, another version) must recognise too. */
interface AgentSlot {
  stop(): Promise<void>;
}

/**
 * One agent per process even when several copies of this file load (say
 * --require by path plus a require() from node_modules): a global keyed by
 * Symbol.for is shared by all of them.
 */
const SLOT_KEY: unique symbol = Symbol.for('flamehouse.agent');
const slots = globalThis as typeof globalThis & { [SLOT_KEY]?: AgentSlot };

const NOT_RUNNING: AgentSlot = { stop: () => Promise.resolve() };

/** Starts profiling unless an agent already runs (or tried to) in this process. */
export function start(options: StartOptions = {}): void {
  if (slots[SLOT_KEY]) return;
  // Worker threads run the preloads of their parent, so this file loads in
  // each of them: there it starts nothing (no timers, no profiler) unless
  // worker profiling is asked for. Each worker has its own isolate, globals
  // and so its own agent.
  if (!isMainThread && !resolveConfig(process.env, options).config.workers) return;
  // Taken before starting so that a failure is not retried by a second copy
  // and does not print its warning twice.
  slots[SLOT_KEY] = NOT_RUNNING;
  try {
    slots[SLOT_KEY] = startAgent(options, process.env) ?? NOT_RUNNING;
  } catch {
    // startAgent reports its own problems; this only keeps a bug of ours
    // from reaching the host.
  }
}

/** Uploads the last window and stops; start() may be called again afterwards. */
export async function stop(): Promise<void> {
  const agent = slots[SLOT_KEY];
  delete slots[SLOT_KEY];
  await agent?.stop();
}

// Run as a script by the agent of an exiting process (exit-upload.ts), it uploads that process's last profiles.
if (require.main === module && process.env[EXIT_UPLOAD_ENV] === '1') void runExitUpload().catch(() => (process.exitCode = 1));
else if (isPreloaded(module)) start();
