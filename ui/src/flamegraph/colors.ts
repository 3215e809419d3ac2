// Colour says whose code a frame is: the service's own code in warm tones,
// each npm package in its own cool hue, Node.js and V8 internals in grey.

export type FrameKind = 'app' | 'package' | 'node' | 'runtime' | 'pruned' | 'root';

export interface FrameClass {
  readonly kind: FrameKind;
  /** The npm package name for `package` frames (`fastify`, `@scope/name`). */
  readonly pkg?: string;
}

const NODE_MODULES = 'node_modules/';

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

export function classifyFrame(name: string, file: string, pruned = false, isRoot = false): FrameClass {
  if (isRoot) return { kind: 'root' };
  if (pruned) return { kind: 'pruned' };
  // V8's synthetic frames: (garbage collector), (program), (idle), (root)…
  if (file === '' && name.startsWith('(') && name.endsWith(')')) return { kind: 'runtime' };
  if (isNodeFile(file)) return { kind: 'node' };
  const pkg = packageOf(file);
  if (pkg !== undefined) return { kind: 'package', pkg };
  // Native code and builtins with no script behind them.
  if (file === '') return { kind: 'node' };
  return { kind: 'app' };
}

/** FNV-1a: a stable small hash so a package keeps its colour across reloads. */
export function hashString(value: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    hash ^= value.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export const KIND_COLORS = {
  node: 'hsl(220, 9%, 74%)',
  runtime: 'hsl(220, 5%, 82%)',
  pruned: 'hsl(220, 10%, 90%)',
  root: 'hsl(220, 12%, 66%)',
} as const;

/** The fill for a frame: app files vary in warm hues, packages spread over cool hues. */
export function frameColor(cls: FrameClass, file: string): string {
  switch (cls.kind) {
    case 'app': {
      const h = hashString(file);
      return `hsl(${14 + (h % 34)}, ${78 + (h % 3) * 5}%, ${63 + ((h >>> 8) % 8)}%)`;
    }
    case 'package': {
      const h = hashString(cls.pkg ?? '');
      return `hsl(${150 + (h % 150)}, 48%, ${66 + ((h >>> 8) % 8)}%)`;
    }
    default:
      return KIND_COLORS[cls.kind];
  }
}

/** A legend entry: what a colour means. */
export interface LegendEntry {
  readonly label: string;
  readonly color: string;
}

/** The legend for the frames present: your code, the heaviest packages, internals. */
export function legendFor(classes: Iterable<{ cls: FrameClass; file: string; weight: number }>, maxPackages = 6): LegendEntry[] {
  let appFile: string | undefined;
  let hasNode = false;
  let hasRuntime = false;
  const packages = new Map<string, number>();
  for (const { cls, file, weight } of classes) {
    if (cls.kind === 'app') appFile ??= file;
    else if (cls.kind === 'node') hasNode = true;
    else if (cls.kind === 'runtime') hasRuntime = true;
    else if (cls.kind === 'package' && cls.pkg) packages.set(cls.pkg, (packages.get(cls.pkg) ?? 0) + weight);
  }
  const entries: LegendEntry[] = [];
  if (appFile !== undefined) entries.push({ label: 'your code', color: frameColor({ kind: 'app' }, appFile) });
  const heaviest = [...packages].sort((a, b) => b[1] - a[1]).slice(0, maxPackages);
  for (const [pkg] of heaviest) entries.push({ label: pkg, color: frameColor({ kind: 'package', pkg }, '') });
  if (packages.size > heaviest.length) entries.push({ label: `+${packages.size - heaviest.length} packages`, color: 'transparent' });
  if (hasNode) entries.push({ label: 'Node.js internals', color: KIND_COLORS.node });
  if (hasRuntime) entries.push({ label: 'V8 (GC, idle, program)', color: KIND_COLORS.runtime });
  return entries;
}
