// Diff colours compare each frame's SHARE of its side's total, so a deploy
// that also doubled traffic does not paint everything red. Linear over ±100 %
// relative change, as Pyroscope does; a colour-blind palette swaps red/green
// for orange/blue.
import type { Palette } from '../state/url-state.js';

export interface ShareChange {
  readonly baselineShare: number;
  readonly comparisonShare: number;
  /** comparisonShare − baselineShare, a fraction (0.1 = 10 percentage points). */
  readonly delta: number;
  /** delta / baselineShare; Infinity for a frame only the comparison has. */
  readonly relative: number;
}

export function shareChange(baseline: number, baselineTotal: number, comparison: number, comparisonTotal: number): ShareChange {
  const baselineShare = baselineTotal > 0 ? baseline / baselineTotal : 0;
  const comparisonShare = comparisonTotal > 0 ? comparison / comparisonTotal : 0;
  const delta = comparisonShare - baselineShare;
  const relative = baselineShare === 0 ? (comparisonShare === 0 ? 0 : Infinity) : delta / baselineShare;
  return { baselineShare, comparisonShare, delta, relative };
}

export type ChangeKind = 'grew' | 'shrank' | 'same';

/** Below this relative change a frame counts as unchanged. */
export const SAME_THRESHOLD = 0.05;

export function changeKind(change: ShareChange): ChangeKind {
  if (change.relative > SAME_THRESHOLD) return 'grew';
  if (change.relative < -SAME_THRESHOLD) return 'shrank';
  return 'same';
}

interface Hue {
  readonly h: number;
  readonly s: number;
  readonly l: number;
}

export const PALETTES: Readonly<Record<Palette, { grew: Hue; shrank: Hue; label: string }>> = {
  default: { grew: { h: 0, s: 82, l: 56 }, shrank: { h: 128, s: 55, l: 44 }, label: 'red / green' },
  colorblind: { grew: { h: 28, s: 95, l: 52 }, shrank: { h: 212, s: 80, l: 50 }, label: 'orange / blue' },
};

const NEUTRAL_LIGHTNESS = 86;

/**
 * How much of a frame's change is its own: the change of its self share
 * against that of its total. An ancestor whose callees changed, and not its
 * own code, is near 0.
 */
export function ownShare(total: ShareChange, self: ShareChange): number {
  return total.delta === 0 ? 1 : Math.min(1, Math.abs(self.delta) / Math.abs(total.delta));
}

/** A frame that only carries its callees' change is drawn this much paler. */
const CARRIED_FADE = 0.65;

/**
 * The fill for a relative change: neutral grey at 0, full colour at ±100 %
 * and beyond; `own` (0–1, see ownShare) pales a change the callees made.
 */
export function diffColor(relative: number, palette: Palette, own = 1): string {
  const t = Math.min(1, Math.abs(Number.isNaN(relative) ? 0 : relative)) * (1 - CARRIED_FADE * (1 - own));
  const hue = relative >= 0 ? PALETTES[palette].grew : PALETTES[palette].shrank;
  const s = Math.round(hue.s * t);
  const l = Math.round(NEUTRAL_LIGHTNESS - (NEUTRAL_LIGHTNESS - hue.l) * t);
  return `hsl(${hue.h}, ${s}%, ${l}%)`;
}

/** Colour stops from −100 % to +100 % for the legend's gradient. */
export function legendGradient(palette: Palette): string {
  const stops = [-1, -0.5, 0, 0.5, 1].map((r, i) => `${diffColor(r, palette)} ${i * 25}%`);
  return `linear-gradient(to right, ${stops.join(', ')})`;
}
