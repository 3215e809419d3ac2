import { gzipSync } from 'node:zlib';
import Long from 'long';
import { perftools } from '@flamehouse/proto/pprof';

export interface FixtureSample {
  /** Root first, `;`-separated function names; a name may carry its file as `name@file`. */
  readonly stack: string;
  readonly values: readonly number[];
  /** String labels, or numeric ones (as dd-trace writes span ids). */
  readonly labels?: Readonly<Record<string, string | number | bigint>>;
}

export interface FixtureProfile {
  readonly sampleTypes: readonly (readonly [type: string, unit: string])[];
  readonly samples: readonly FixtureSample[];
  readonly timeMs?: number;
  readonly durationMs?: number;
  /** The sampling period, as @datadog/pprof writes it: `[type, unit, value]`, e.g. `['wall', 'nanoseconds', 10e6]`. */
  readonly period?: readonly [type: string, unit: string, value: number];
  /** Function system names by frame name, as @pyroscope/nodejs keeps V8's name beside the one it writes. */
  readonly systemNames?: Readonly<Record<string, string>>;
  /** Gzip the encoded profile (the default), or not. */
  readonly gzip?: boolean;
}

/** Builds a gzipped pprof profile as a profiler would emit it: leaf-first location ids, shared string table. */
export function makePprof(fixture: FixtureProfile): Buffer {
  const strings = [''];
  const str = (value: string): number => {
    let at = strings.indexOf(value);
    if (at < 0) {
      at = strings.length;
      strings.push(value);
    }
    return at;
  };
  const functions: perftools.profiles.IFunction[] = [];
  const locations: perftools.profiles.ILocation[] = [];
  const locationIds = new Map<string, number>();
  const locationOf = (frame: string): number => {
    let id = locationIds.get(frame);
    if (id === undefined) {
      id = locationIds.size + 1;
      // The first '@' splits name from file: files may hold more (`node_modules/@scope/pkg`).
      const at = frame.indexOf('@');
      const [name, file] = at < 0 ? [frame, 'app.js'] : [frame.slice(0, at), frame.slice(at + 1)];
      const systemName = fixture.systemNames?.[name];
      functions.push({ id, name: str(name), filename: str(file), ...(systemName !== undefined && { systemName: str(systemName) }) });
      locations.push({ id, line: [{ functionId: id, line: 1 }] });
      locationIds.set(frame, id);
    }
    return id;
  };
  const sampleType = fixture.sampleTypes.map(([type, unit]) => ({ type: str(type), unit: str(unit) }));
  const sample = fixture.samples.map((s) => ({
    locationId: s.stack.split(';').map(locationOf).reverse(),
    value: [...s.values],
    label: Object.entries(s.labels ?? {}).map(([key, value]) =>
      typeof value === 'string' ? { key: str(key), str: str(value) } : { key: str(key), num: Long.fromString(String(value)) },
    ),
  }));
  const bytes = perftools.profiles.Profile.encode({
    sampleType,
    sample,
    location: locations,
    function: functions,
    stringTable: strings,
    timeNanos: Long.fromNumber(fixture.timeMs ?? Date.now()).multiply(1_000_000),
    durationNanos: Long.fromNumber(fixture.durationMs ?? 10_000).multiply(1_000_000),
    ...(fixture.period && { periodType: { type: str(fixture.period[0]), unit: str(fixture.period[1]) }, period: fixture.period[2] }),
  }).finish();
  return fixture.gzip === false ? Buffer.from(bytes) : gzipSync(bytes);
}

export const WALL_CPU = [
  ['wall', 'nanoseconds'],
  ['cpu', 'nanoseconds'],
] as const;
export const HEAP = [
  ['inuse_objects', 'count'],
  ['inuse_space', 'bytes'],
] as const;
