// Time ranges: relative presets that follow "now", or absolute ranges that a
// brush or a shared link pins down.

export const RANGE_PRESETS = [
  { id: '15m', label: '15 min', ms: 15 * 60_000 },
  { id: '1h', label: '1 h', ms: 3600_000 },
  { id: '6h', label: '6 h', ms: 6 * 3600_000 },
  { id: '24h', label: '24 h', ms: 24 * 3600_000 },
  { id: '7d', label: '7 d', ms: 7 * 24 * 3600_000 },
] as const;

export type RangePreset = (typeof RANGE_PRESETS)[number]['id'];

export type RangeSpec = { readonly kind: 'preset'; readonly preset: RangePreset } | AbsoluteRange;

export interface AbsoluteRange {
  readonly kind: 'absolute';
  readonly fromMs: number;
  readonly toMs: number;
}

export interface ResolvedRange {
  readonly fromMs: number;
  readonly toMs: number;
}

export function isRangePreset(value: string): value is RangePreset {
  return RANGE_PRESETS.some((p) => p.id === value);
}

export function presetMs(preset: RangePreset): number {
  return RANGE_PRESETS.find((p) => p.id === preset)!.ms;
}

/** Presets end now; rounding to the second keeps repeated requests identical within a second. */
export function resolveRange(spec: RangeSpec, nowMs: number): ResolvedRange {
  if (spec.kind === 'absolute') return { fromMs: spec.fromMs, toMs: spec.toMs };
  const toMs = Math.ceil(nowMs / 1000) * 1000;
  return { fromMs: toMs - presetMs(spec.preset), toMs };
}

/** Unix ms or an ISO 8601 time; undefined when neither. */
export function parseTimeParam(raw: string | null): number | undefined {
  if (raw === null || raw === '') return undefined;
  if (/^\d+$/.test(raw)) return Number(raw);
  const parsed = Date.parse(raw);
  return Number.isNaN(parsed) ? undefined : parsed;
}

/** The range twice as long around the same middle, never reaching past `nowMs`. */
export function widenRange(range: ResolvedRange, nowMs: number): AbsoluteRange {
  const span = range.toMs - range.fromMs;
  const toMs = Math.min(nowMs, range.toMs + span / 2);
  return { kind: 'absolute', fromMs: Math.round(toMs - span * 2), toMs: Math.round(toMs) };
}

/** The smallest preset that reaches back to `sinceMs` from now, or the largest. */
export function presetCovering(sinceMs: number, nowMs: number): RangePreset {
  const needed = nowMs - sinceMs;
  return (RANGE_PRESETS.find((p) => p.ms >= needed) ?? RANGE_PRESETS[RANGE_PRESETS.length - 1]!).id;
}
