// Colour says whose code a frame is: the service's own code in warm tones,
// each npm package in its own cool hue, Node.js and V8 internals in grey.

import { frameOrigin, type FrameOrigin } from '@flamehouse/proto/frame-origin';

export type FrameKind = FrameOrigin | 'pruned' | 'root';

export interface FrameClass {
  readonly kind: FrameKind;
  /** The npm package for `package` and `profiler` frames (`fastify`, `@scope/name`). */
  readonly pkg?: string;
}

export { packageOf } from '@flamehouse/proto/frame-origin';

export function classifyFrame(name: string, file: string, pruned = false, isRoot = false): FrameClass {
  if (isRoot) return { kind: 'root' };
  if (pruned) return { kind: 'pruned' };
  const { origin, pkg } = frameOrigin(name, file);
  return pkg === undefined ? { kind: origin } : { kind: origin, pkg };
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
  // The profiler's own work and memory: violet, apart from app and packages alike.
  profiler: 'hsl(275, 45%, 74%)',
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
  let hasProfiler = false;
  const packages = new Map<string, number>();
  for (const { cls, file, weight } of classes) {
    if (cls.kind === 'app') appFile ??= file;
    else if (cls.kind === 'node') hasNode = true;
    else if (cls.kind === 'runtime') hasRuntime = true;
    else if (cls.kind === 'profiler') hasProfiler = true;
    else if (cls.kind === 'package' && cls.pkg) packages.set(cls.pkg, (packages.get(cls.pkg) ?? 0) + weight);
  }
  const entries: LegendEntry[] = [];
  if (appFile !== undefined) entries.push({ label: 'your code', color: frameColor({ kind: 'app' }, appFile) });
  const heaviest = [...packages].sort((a, b) => b[1] - a[1]).slice(0, maxPackages);
  for (const [pkg] of heaviest) entries.push({ label: pkg, color: frameColor({ kind: 'package', pkg }, '') });
  if (packages.size > heaviest.length) entries.push({ label: `+${packages.size - heaviest.length} packages`, color: 'transparent' });
  if (hasProfiler) entries.push({ label: 'the profiler itself', color: KIND_COLORS.profiler });
  if (hasNode) entries.push({ label: 'Node.js internals', color: KIND_COLORS.node });
  if (hasRuntime) entries.push({ label: 'V8 (GC, idle, program)', color: KIND_COLORS.runtime });
  return entries;
}
