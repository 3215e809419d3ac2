// Whose code a frame is, from its name and file: the rule the UI colours by
// and the server finds allocation sites by, so both agree.

export type FrameOrigin = 'app' | 'package' | 'node' | 'runtime' | 'profiler';

export interface FrameOriginInfo {
  readonly origin: FrameOrigin;
  /** The npm package for `package` and `profiler` frames (`fastify`, `@scope/name`). */
  readonly pkg?: string;
}

const NODE_MODULES = 'node_modules/';

/**
 * The profiler's own code in the host: the agent, @datadog/pprof and its
 * serializer. Its frames are the profiler's cost (its allocations in the
 * heap profile, its cuts in the CPU profile), not the application's.
 */
export const PROFILER_PACKAGES: ReadonlySet<string> = new Set(['@flamehouse/agent', '@datadog/pprof', 'pprof-format']);

/** What @datadog/pprof names the CPU of the process's threads other than the JavaScript one. */
export const NON_JS_THREADS_FRAME = 'Non JS threads activity';

/** The package a file belongs to, from its last `node_modules/` segment. */
export function packageOf(file: string): string | undefined {
  const path = file.replaceAll('\\', '/');
  const at = path.lastIndexOf(NODE_MODULES);
  if (at < 0) return undefined;
  const parts = path.slice(at + NODE_MODULES.length).split('/');
  const first = parts[0] ?? '';
  if (first.startsWith('@') && parts[1]) return `${first}/${parts[1]}`;
  return first || undefined;
}

/** Files that are Node.js itself: `node:fs`, `internal/…`, `node:internal/…`. */
function isNodeFile(file: string): boolean {
  return file.startsWith('node:') || file.startsWith('internal/');
}

export function frameOrigin(name: string, file: string): FrameOriginInfo {
  // V8's synthetic frames, (garbage collector), (idle), (program)…, and what
  // the profiler adds of the same kind: the other threads' CPU, GC under "Node.js".
  if (file === '' && ((name.startsWith('(') && name.endsWith(')')) || name === NON_JS_THREADS_FRAME || name === 'Garbage Collection')) {
    return { origin: 'runtime' };
  }
  if (isNodeFile(file)) return { origin: 'node' };
  const pkg = packageOf(file);
  if (pkg !== undefined) return { origin: PROFILER_PACKAGES.has(pkg) ? 'profiler' : 'package', pkg };
  // Native code and builtins with no script behind them.
  if (file === '') return { origin: 'node' };
  return { origin: 'app' };
}
