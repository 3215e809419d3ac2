import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { threadId } from 'node:worker_threads';
import type { AgentConfig, Env } from './config.js';
import { parseLabelList, type Labels } from './labels.js';

/** Who is uploading: the `service` parameter and the resource labels. */
export interface Identity {
  readonly service: string;
  readonly labels: Labels;
}

/** Facts about the running process, gathered apart so the naming rules stay pure. */
export interface ProcessFacts {
  readonly hostName: string;
  readonly pid: number;
  readonly nodeVersion: string;
  readonly instanceId: string;
  readonly packageName: string | undefined;
  /** The main script's directory; undefined for `node -e` or stdin. */
  readonly scriptDir: string | undefined;
  /** 0 on the main thread, else the worker's thread id. */
  readonly threadId: number;
}

/** The OpenTelemetry default when nothing names the service. */
export const FALLBACK_SERVICE = 'unknown_service:node';

/** Read by the server as the `service` parameter, so it never doubles as a label. */
const SERVICE_NAME_KEY = 'service.name';

export function resolveIdentity(
  config: Pick<AgentConfig, 'service' | 'version' | 'labels'>,
  env: Env,
  facts: ProcessFacts,
): { identity: Identity; problems: string[] } {
  const problems: string[] = [];
  let resource: Labels = {};
  const rawResource = env.OTEL_RESOURCE_ATTRIBUTES?.trim();
  if (rawResource) {
    const parsed = parseLabelList(rawResource);
    if (parsed) resource = parsed;
    else problems.push('OTEL_RESOURCE_ATTRIBUTES is not a list of key=value pairs separated by commas; ignoring it');
  }
  const service =
    config.service ??
    (env.OTEL_SERVICE_NAME?.trim() || undefined) ??
    resource[SERVICE_NAME_KEY] ??
    facts.packageName ??
    FALLBACK_SERVICE;
  // Later sources win: what the user states beats what the agent detects.
  const labels: Record<string, string> = {
    'host.name': facts.hostName,
    'process.pid': String(facts.pid),
    'process.runtime.name': 'nodejs',
    'process.runtime.version': facts.nodeVersion,
    'telemetry.sdk.language': 'nodejs',
    'service.instance.id': facts.instanceId,
    // A worker's profiles are its own series: its isolate runs other code.
    ...(facts.threadId > 0 && { 'thread.id': String(facts.threadId), 'thread.name': `worker-${facts.threadId}` }),
    ...resource,
    ...config.labels,
    ...(config.version === undefined ? {} : { 'service.version': config.version }),
  };
  delete labels[SERVICE_NAME_KEY];
  return { identity: Object.freeze({ service, labels: Object.freeze(labels) }), problems };
}

export function gatherProcessFacts(): ProcessFacts {
  const mainScript = process.argv[1];
  const scriptDir = mainScript && mainScript !== '-' ? dirname(resolve(mainScript)) : undefined;
  // `node -e` has no script and `node -` reads stdin: only the cwd is known then.
  const appDir = scriptDir ?? process.cwd();
  return {
    hostName: hostname(),
    pid: process.pid,
    nodeVersion: process.versions.node,
    instanceId: randomUUID(),
    packageName: findPackageName(appDir),
    scriptDir,
    threadId,
  };
}

/**
 * The name in the nearest package.json at or above `startDir` that has one;
 * nameless package.json files (such as `{"type": "module"}` in a build
 * folder) are passed over.
 */
export function findPackageName(startDir: string): string | undefined {
  for (let dir = startDir; ; dir = dirname(dir)) {
    const name = readPackageName(join(dir, 'package.json'));
    if (name) return name;
    if (dirname(dir) === dir) return undefined;
  }
}

function readPackageName(path: string): string | undefined {
  try {
    const { name } = JSON.parse(readFileSync(path, 'utf8')) as { name?: unknown };
    return typeof name === 'string' && name.trim() !== '' ? name.trim() : undefined;
  } catch {
    return undefined;
  }
}
