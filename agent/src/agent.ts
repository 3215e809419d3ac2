import { resolveConfig, type AgentOptions, type Env } from './config.js';
import { isMainThread } from 'node:worker_threads';
import { installExitHooks } from './exit-hooks.js';
import { uploadBeforeExit } from './exit-upload.js';
import { createGovernor } from './governor.js';
import { gatherProcessFacts, resolveIdentity } from './identity.js';
import { createLog, type Log, type LogSink } from './log.js';
import { runUntraced } from './otel.js';
import { startProfiler, type Profiler, type ProfilerSettings } from './profiler.js';
import { startScheduler } from './scheduler.js';
import { startSpanTagging, type SpanTagging } from './span-tagging.js';
import { createTransport } from './transport.js';
import { createUploadQueue } from './upload-queue.js';

export interface StartOptions extends AgentOptions {
  /** Receives each log line instead of stderr. */
  readonly logSink?: LogSink;
}

export interface RunningAgent {
  /** Uploads the last window, bounded by exitFlushTimeoutMs, and stops profiling. */
  stop(): Promise<void>;
}

/**
 * Wires configuration, identity, profiler, queue, scheduler and exit hooks.
 * Returns undefined when disabled or when profiling cannot start; problems
 * are logged, never thrown.
 */
export function startAgent(options: StartOptions, env: Env): RunningAgent | undefined {
  const { logSink, ...agentOptions } = options;
  const { config, problems } = resolveConfig(env, agentOptions);
  const log = createLog(config.logLevel, logSink);
  for (const problem of problems) log.warnOnce(problem, problem);
  if (!config.enabled) {
    log.debug('disabled by FLAMEHOUSE_ENABLED');
    return undefined;
  }

  const facts = gatherProcessFacts();
  const { identity, problems: identityProblems } = resolveIdentity(config, env, facts);
  for (const problem of identityProblems) log.warnOnce(problem, problem);

  // Source maps of the app's own code (the scan skips node_modules); none without a script.
  const profiler = tryStartProfiler({ ...config, sourceMapDir: config.sourceMaps ? facts.scriptDir : undefined }, log);
  if (!profiler) return undefined;
  void profiler.sourceMaps.then((files) => {
    if (files > 0) log.debug(`source maps found for ${files} compiled files: frames show the original sources`);
  });
  const spans = config.spans ? tryStartSpanTagging(profiler, log) : undefined;
  if (!config.spans) log.debug('span tagging is off (FLAMEHOUSE_SPANS)');

  const transport = createTransport({
    url: config.url,
    identity,
    token: config.token,
    timeoutMs: config.uploadTimeoutMs,
    // Even without span tagging: the host's traces should not show our uploads.
    runUntraced,
  });
  const queue = createUploadQueue({ transport, maxQueueBytes: config.maxQueueBytes, log, target: config.url });
  const scheduler = startScheduler({
    profiler,
    queue,
    uploadIntervalMs: config.uploadIntervalMs,
    samplingDurationMs: config.samplingDurationMs,
    log,
    beforeCut: spans && (() => spans.beforeCut()),
    onSampling: spans && ((on) => spans.sampling(on)),
    governor: createGovernor({
      budgetPercent: config.maxCpuPercent,
      // Judged over a minute or an upload interval, whichever is longer: a change restarts the profiler.
      windowMs: Math.max(config.maxCpuWindowMs, config.uploadIntervalMs),
      baseIntervalUs: config.samplingIntervalUs,
    }),
  });
  const exitHooks = installExitHooks({
    flush: async () => {
      const lastCut = scheduler.finish();
      // The profiler stopped with that cut: nothing left to label.
      spans?.stop();
      await lastCut;
      await queue.drain();
    },
    // A worker's exit is not the process's: there the agent keeps to what can complete in the worker.
    flushAtExit: isMainThread
      ? (budgetMs) => {
          const last = scheduler.takeLast();
          spans?.stop();
          const { profiles, report } = queue.takeUnsent();
          const target = { url: config.url, identity, token: config.token, requestTimeoutMs: Math.min(config.uploadTimeoutMs, budgetMs) };
          uploadBeforeExit([...profiles, ...last], report, target, budgetMs, log);
        }
      : undefined,
    exitFlushTimeoutMs: config.exitFlushTimeoutMs,
    log,
  });
  log.debug(`profiling service ${identity.service}, uploading every ${config.uploadIntervalMs} ms to ${config.url}`);
  return { stop: () => exitHooks.finish() };
}

function tryStartSpanTagging(profiler: Profiler, log: Log): SpanTagging | undefined {
  try {
    return startSpanTagging({ profiler, log });
  } catch (error) {
    log.warnOnce('spans', `span tagging is off (${String(error)})`);
    return undefined;
  }
}

function tryStartProfiler(settings: ProfilerSettings, log: Log): Profiler | undefined {
  try {
    return startProfiler(settings);
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0];
    log.warnOnce('start', `profiling is off, the application runs without it (${reason})`);
    return undefined;
  }
}
