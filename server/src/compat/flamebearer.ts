import type { ProfileType } from '@flamehouse/proto';
import type { DiffLevels, FlameGraphLevels } from './flamegraph-levels.js';
import { PYROSCOPE_PROFILE_TYPES } from './profile-type-ids.js';

// Pyroscope's legacy "flamebearer" JSON (GET /pyroscope/render and
// /render-diff), which its web UI and the Profiles Drilldown app still read:
// the flame graph's levels as plain numbers, with metadata telling the UI how
// to show values, and a timeline of the range.

export interface FlamebearerTimeline {
  /** Unix seconds of the first step. */
  startTime: number;
  /** One value per step, every step of the range. */
  samples: number[];
  /** The step, in seconds. */
  durationDelta: number;
  watermarks: null;
}

interface Metadata {
  format: 'single' | 'double';
  spyName: string;
  sampleRate: number;
  units: string;
  name: string;
}

/** How Pyroscope's UI is told to show a type's values: CPU as samples of 1/10^9 s, object counts as objects, the rest in their unit. */
function metadata(type: ProfileType | undefined, format: Metadata['format']): Metadata {
  const sampleType = type === undefined ? '' : PYROSCOPE_PROFILE_TYPES[type].sampleType;
  const sampleUnit = type === undefined ? '' : PYROSCOPE_PROFILE_TYPES[type].sampleUnit;
  const units = sampleType === 'cpu' ? 'samples' : sampleType === 'inuse_objects' ? 'objects' : sampleUnit;
  return { format, spyName: '', sampleRate: sampleType === 'cpu' ? 1_000_000_000 : 100, units, name: sampleType };
}

function flamebearer(levels: FlameGraphLevels): { names: string[]; levels: number[][]; numTicks: number; maxSelf: number } {
  return { names: levels.names, levels: levels.levels, numTicks: levels.total, maxSelf: levels.maxSelf };
}

export function flamebearerProfile(
  levels: FlameGraphLevels,
  type: ProfileType | undefined,
  timeline: FlamebearerTimeline,
  groups: Record<string, FlamebearerTimeline> | null,
): Record<string, unknown> {
  return { version: 1, flamebearer: flamebearer(levels), metadata: metadata(type, 'single'), timeline, groups, heatmap: null };
}

export function flamebearerDiff(levels: DiffLevels, type: ProfileType | undefined): Record<string, unknown> {
  return {
    version: 1,
    flamebearer: flamebearer(levels),
    metadata: metadata(type, 'double'),
    leftTicks: levels.leftTicks,
    rightTicks: levels.rightTicks,
    timeline: null,
    groups: null,
    heatmap: null,
  };
}
