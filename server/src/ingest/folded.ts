import { perftools } from '@flamehouse/proto/pprof';
import type { ProfileType } from '@flamehouse/proto';
import { FlamehouseError } from '../errors.js';
import type { PprofProfile } from './pprof-reader.js';
import type { ProfileLimits } from './pprof-reader.js';

/** How a text upload's counts read: a profile type and, for cpu and wall, the samples per second. */
export interface TextProfileSpec {
  /** `lines`: one stack per line, each counting 1; otherwise folded, `a;b;c <count>`. */
  readonly lines: boolean;
  readonly type: ProfileType;
  readonly sampleRateHz: number;
}

const UNITS: Readonly<Record<ProfileType, string>> = { cpu: 'nanoseconds', wall: 'nanoseconds', inuse_space: 'bytes', inuse_objects: 'count' };
const COUNT = /^\d{1,15}$/;

function badLine(lineNumber: number, why: string): FlamehouseError {
  return new FlamehouseError('FH_ERR_INGEST_BAD_FOLDED', `line ${lineNumber}: ${why}; expected \`frame;frame;… count\` (root first)`);
}

/**
 * Folded text (`a;b;c 100`, root first; Pyroscope's default `/ingest` format,
 * and flamegraph.pl's) or one stack per line, as a pprof profile the usual
 * normalize reads. cpu and wall counts are samples: each stands for one
 * period of 1/sampleRate seconds, as Pyroscope reads them.
 */
export function textProfile(text: string, spec: TextProfileSpec, limits: ProfileLimits): PprofProfile {
  const strings = [''];
  const str = (value: string): number => strings.push(value) - 1;
  const counted = spec.type === 'cpu' || spec.type === 'wall';
  const sampleType = counted ? { type: str('samples'), unit: str('count') } : { type: str(spec.type), unit: str(UNITS[spec.type]) };
  const periodType = counted ? { type: str(spec.type), unit: str('nanoseconds') } : undefined;
  // Function and location ids are one per distinct frame name.
  const functions: { id: number; name: number }[] = [];
  const functionIds = new Map<string, number>();
  const functionOf = (name: string): number => {
    let id = functionIds.get(name);
    if (id === undefined) {
      if (functionIds.size >= limits.maxLocations) {
        throw new FlamehouseError('FH_ERR_INGEST_TOO_MANY_LOCATIONS', `the profile has more than ${limits.maxLocations} distinct frames`);
      }
      id = functionIds.size + 1;
      functionIds.set(name, id);
      functions.push({ id, name: str(name) });
    }
    return id;
  };
  const counts = new Map<string, number>();
  let lineNumber = 0;
  for (const rawLine of text.split('\n')) {
    lineNumber++;
    const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
    if (line.trim() === '') continue;
    let stack = line;
    let count = 1;
    if (!spec.lines) {
      const space = line.lastIndexOf(' ');
      const raw = line.slice(space + 1);
      if (space <= 0 || !COUNT.test(raw)) throw badLine(lineNumber, 'no count after the last space');
      stack = line.slice(0, space);
      count = Number(raw);
    }
    if (stack.split(';').some((frame) => frame === '')) throw badLine(lineNumber, 'an empty frame');
    counts.set(stack, (counts.get(stack) ?? 0) + count);
    if (counts.size > limits.maxSamples) {
      throw new FlamehouseError('FH_ERR_INGEST_TOO_MANY_SAMPLES', `the profile has more than ${limits.maxSamples} distinct stacks`);
    }
  }
  const sample = [...counts].map(([stack, count]) => ({
    locationId: stack.split(';').map(functionOf).reverse(),
    value: [count],
  }));
  return perftools.profiles.Profile.create({
    sampleType: [sampleType],
    sample,
    function: functions,
    location: functions.map(({ id }) => ({ id, line: [{ functionId: id }] })),
    stringTable: strings,
    ...(periodType && { periodType, period: Math.round(1e9 / spec.sampleRateHz) }),
  });
}
