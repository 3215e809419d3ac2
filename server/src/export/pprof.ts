import { gzipSync } from 'node:zlib';
import Long from 'long';
import { perftools } from '@flamehouse/proto/pprof';
import { PROFILE_TYPE_UNITS, type ProfileType } from '@flamehouse/proto';
import type { ExportFacts } from '../query/export-facts.js';
import type { WeightedStack } from './stack-list.js';

/** What pprof calls the dimension a profile type is sampled along. */
const PERIOD_TYPES: Readonly<Record<ProfileType, readonly [type: string, unit: string]>> = {
  cpu: ['cpu', 'nanoseconds'],
  wall: ['wall', 'nanoseconds'],
  inuse_space: ['space', 'bytes'],
  inuse_objects: ['space', 'bytes'],
};

/**
 * The merged selection as a pprof profile: time and duration are those of the
 * stored profiles, the period the one they were sampled with.
 */
export function pprofProfile(stacks: readonly WeightedStack[], type: ProfileType, facts: ExportFacts): perftools.profiles.IProfile {
  const strings = [''];
  const stringIndex = new Map<string, number>([['', 0]]);
  const str = (value: string): number => {
    let at = stringIndex.get(value);
    if (at === undefined) {
      at = strings.length;
      strings.push(value);
      stringIndex.set(value, at);
    }
    return at;
  };

  const functions: perftools.profiles.IFunction[] = [];
  const locations: perftools.profiles.ILocation[] = [];
  const locationOf = new Map<string, number>();
  const location = (name: string, file: string): number => {
    const key = `${name}\u0000${file}`;
    let id = locationOf.get(key);
    if (id === undefined) {
      id = locations.length + 1;
      functions.push({ id, name: str(name), systemName: str(name), filename: str(file) });
      locations.push({ id, line: [{ functionId: id }] });
      locationOf.set(key, id);
    }
    return id;
  };

  const samples: perftools.profiles.ISample[] = stacks.map((stack) => ({
    // pprof lists the leaf first.
    locationId: stack.frames.map((f) => location(f.name, f.file)).reverse(),
    value: [Math.round(stack.value)],
  }));

  const valueType = { type: str(type), unit: str(PROFILE_TYPE_UNITS[type]) };
  const [periodType, periodUnit] = PERIOD_TYPES[type];
  return {
    sampleType: [valueType],
    sample: samples,
    location: locations,
    function: functions,
    stringTable: strings,
    ...(facts.startMs !== undefined && facts.endMs !== undefined && {
      timeNanos: Long.fromNumber(facts.startMs).multiply(1_000_000),
      durationNanos: Long.fromNumber(facts.endMs - facts.startMs).multiply(1_000_000),
    }),
    periodType: { type: str(periodType), unit: str(periodUnit) },
    period: facts.period,
  };
}

/** The merged selection as a gzipped pprof file, readable by `go tool pprof` and every pprof viewer. */
export function toPprof(stacks: readonly WeightedStack[], type: ProfileType, facts: ExportFacts): Buffer {
  return gzipSync(perftools.profiles.Profile.encode(pprofProfile(stacks, type, facts)).finish());
}
