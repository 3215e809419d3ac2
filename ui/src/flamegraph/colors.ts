// Colour says whose code a frame is: the service's own code in warm tones,
// the heaviest npm packages each in a colour of its own, Node.js and V8
// internals in grey; the legend lists every colour drawn.

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
  // The profiler's own work and memory: a deep violet, apart from app and packages alike.
  profiler: 'hsl(282, 32%, 64%)',
  node: 'hsl(220, 9%, 74%)',
  runtime: 'hsl(220, 5%, 84%)',
  pruned: 'hsl(220, 10%, 91%)',
  root: 'hsl(220, 12%, 66%)',
} as const;

/** Your code: warm salmon to orange, one shade per file, apart from every package colour. */
const APP_HUE_FROM = 8;
const APP_HUE_SPAN = 24;

export function appColor(file: string): string {
  const h = hashString(file);
  return `hsl(${APP_HUE_FROM + (h % (APP_HUE_SPAN + 1))}, 80%, ${63 + ((h >>> 8) % 6)}%)`;
}

/** What the legend shows for your code: the range of its shades. */
export const APP_LEGEND = `linear-gradient(90deg, hsl(${APP_HUE_FROM}, 80%, 66%), hsl(${APP_HUE_FROM + APP_HUE_SPAN}, 80%, 66%))`;

/**
 * The packages' colours, cool and light enough for black text, chosen far
 * apart from each other and from the warm "your code": the heaviest packages
 * of a flamegraph get them in turn, the rest share one.
 */
export const PACKAGE_COLORS = [
  'hsl(174, 46%, 56%)',
  'hsl(214, 70%, 74%)',
  'hsl(110, 38%, 62%)',
  'hsl(54, 72%, 62%)',
  'hsl(322, 44%, 74%)',
  'hsl(190, 70%, 82%)',
  'hsl(258, 48%, 80%)',
  'hsl(80, 34%, 46%)',
  'hsl(205, 34%, 52%)',
  'hsl(150, 48%, 80%)',
] as const;
export const OTHER_PACKAGES_COLOR = 'hsl(40, 12%, 80%)';

/** Colours for the heaviest packages, by weight (heaviest first); the others get OTHER_PACKAGES_COLOR. */
export function packageColors(weights: ReadonlyMap<string, number>): Map<string, string> {
  const ranked = [...weights].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return new Map(ranked.slice(0, PACKAGE_COLORS.length).map(([pkg], i) => [pkg, PACKAGE_COLORS[i]!]));
}

/** The fill for a frame: your code by file, packages by their rank, the rest by kind. */
export function frameColor(cls: FrameClass, file: string, colors: ReadonlyMap<string, string>): string {
  switch (cls.kind) {
    case 'app':
      return appColor(file);
    case 'package':
      return colors.get(cls.pkg ?? '') ?? OTHER_PACKAGES_COLOR;
    default:
      return KIND_COLORS[cls.kind];
  }
}

/** A legend entry: what a colour (or a gradient of shades) means. */
export interface LegendEntry {
  readonly label: string;
  readonly color: string;
}

/** The legend for the frames present: every colour drawn, and what it stands for. */
export function legendFor(kinds: ReadonlySet<FrameKind>, colors: ReadonlyMap<string, string>, packageCount: number): LegendEntry[] {
  const entries: LegendEntry[] = [];
  if (kinds.has('app')) entries.push({ label: 'your code', color: APP_LEGEND });
  for (const [pkg, color] of colors) entries.push({ label: pkg, color });
  const others = packageCount - colors.size;
  if (others > 0) entries.push({ label: `${others} other package${others === 1 ? '' : 's'}`, color: OTHER_PACKAGES_COLOR });
  if (kinds.has('profiler')) entries.push({ label: 'the profiler itself', color: KIND_COLORS.profiler });
  if (kinds.has('node')) entries.push({ label: 'Node.js internals', color: KIND_COLORS.node });
  if (kinds.has('runtime')) entries.push({ label: 'V8 (GC, idle, program)', color: KIND_COLORS.runtime });
  return entries;
}
