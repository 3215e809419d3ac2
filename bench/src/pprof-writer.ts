import { gzipSync } from 'node:zlib';
import { perftools } from '@flamehouse/proto/pprof';
import { SPAN_LABELS } from '@flamehouse/proto';
import { cpuShare, pick, type Rng, type Workload } from './workload.js';

// Encodes a simulated time profile the way @datadog/pprof 5.x serializes one
// (ts/src/profile-serializer.ts): sample types sample/count, wall/nanoseconds
// and cpu/nanoseconds; one location and one function per frame; location ids
// leaf first; hits of the same stack merged into one sample unless they carry
// a context, in which case each labelled hit is its own sample; samples in the
// order of a depth-first walk of their call tree; the period
// recomputed from the observed hit rate; the whole thing gzipped.

export interface SimulatedProfile {
  readonly body: Buffer;
  readonly rawBytes: number;
  readonly samples: number;
}

export interface ProfileShape {
  readonly workload: Workload;
  readonly rng: Rng;
  readonly endMs: number;
  readonly durationMs: number;
  /** V8 samples taken in the window (~100 per second at 100 Hz, idle ones not emitted). */
  readonly hits: number;
  /** Share of hits taken inside a traced request, which carry span labels. */
  readonly spanShare: number;
}

const INTERVAL_US = 10_000;
const ENDPOINTS = ['GET /api/orders/:id', 'POST /api/orders', 'GET /api/cart', 'PUT /api/cart/items', 'GET /api/search', 'POST /graphql'];
const GC_SHARE = 0.02;
const PROGRAM_SHARE = 0.015;

function randomDecimal64(rng: Rng): string {
  return (BigInt(Math.floor(rng() * 2 ** 31)) * 4294967296n + BigInt(Math.floor(rng() * 2 ** 32))).toString();
}

function randomHex(rng: Rng, chars: number): string {
  let out = '';
  while (out.length < chars) out += Math.floor(rng() * 4294967296).toString(16).padStart(8, '0');
  return out.slice(0, chars);
}

/** Two leaf-first location lists by their locations from the root; a caller's before its callees'. */
function compareRootFirst(a: readonly number[], b: readonly number[]): number {
  for (let i = 1; i <= Math.min(a.length, b.length); i++) {
    const order = a[a.length - i]! - b[b.length - i]!;
    if (order !== 0) return order;
  }
  return a.length - b.length;
}

const SPECIAL_FRAMES = new Map([
  [-1, '(garbage collector)'],
  [-2, '(program)'],
  [-3, '(external)'],
]);

/**
 * The string, function and location tables of one profile: one location and one function per frame, location ids
 * leaf first. Stacks -1, -2 and -3 are V8's `(garbage collector)`, `(program)` and the heap's `(external)`.
 */
function profileTables(workload: Workload) {
  const strings = [''];
  const stringIds = new Map<string, number>([['', 0]]);
  const str = (value: string): number => {
    let id = stringIds.get(value);
    if (id === undefined) {
      id = strings.length;
      strings.push(value);
      stringIds.set(value, id);
    }
    return id;
  };
  const functions: perftools.profiles.Function.$Properties[] = [];
  const locations: perftools.profiles.Location.$Properties[] = [];
  const locationByKey = new Map<string, number>();
  const locationOf = (name: string, file: string, line: number): number => {
    const key = `${file}:${line}:${name}`;
    let id = locationByKey.get(key);
    if (id === undefined) {
      id = locations.length + 1;
      functions.push({ id, name: str(name), systemName: str(name), filename: str(file), startLine: line });
      locations.push({ id, line: [{ functionId: id, line }] });
      locationByKey.set(key, id);
    }
    return id;
  };
  const leafFirst = new Map<number, number[]>();
  const locationsOfStack = (stack: number): number[] => {
    let ids = leafFirst.get(stack);
    if (!ids) {
      const special = SPECIAL_FRAMES.get(stack);
      if (special !== undefined) ids = [locationOf(special, '', 0)];
      else {
        ids = workload.stacks[stack]!.map((fn) => {
          const def = workload.functions[fn]!;
          return locationOf(def.name, def.file, def.line);
        });
        ids.reverse();
      }
      leafFirst.set(stack, ids);
    }
    return ids;
  };
  return { strings, functions, locations, str, locationsOfStack };
}

function encodeProfile(profile: perftools.profiles.Profile.$Properties): SimulatedProfile {
  const raw = perftools.profiles.Profile.encode(profile).finish();
  return { body: gzipSync(raw), rawBytes: raw.length, samples: profile.sample?.length ?? 0 };
}

export function simulateProfile(shape: ProfileShape): SimulatedProfile {
  const { workload, rng } = shape;
  const { strings, functions, locations, str, locationsOfStack } = profileTables(workload);
  const sampleType = [
    { type: str('sample'), unit: str('count') },
    { type: str('wall'), unit: str('nanoseconds') },
    { type: str('cpu'), unit: str('nanoseconds') },
  ];

  const intervalUs = Math.min(Math.max(Math.floor((shape.durationMs * 1000) / shape.hits), INTERVAL_US), 2 * INTERVAL_US);
  const intervalNs = intervalUs * 1000;
  const spans = Array.from({ length: Math.max(1, Math.round((shape.hits * shape.spanShare) / 6)) }, () => {
    const spanId = randomDecimal64(rng);
    return [
      { key: str(SPAN_LABELS.spanId), str: str(spanId) },
      { key: str(SPAN_LABELS.traceId), str: str(randomHex(rng, 32)) },
      { key: str(SPAN_LABELS.rootSpanId), str: str(rng() < 0.7 ? spanId : randomDecimal64(rng)) },
      { key: str(SPAN_LABELS.endpoint), str: str(pick(rng, ENDPOINTS)) },
    ];
  });

  const merged = new Map<number, { hits: number; cpuNs: number }>();
  const samples: perftools.profiles.Sample.$Properties[] = [];
  for (let i = 0; i < shape.hits; i++) {
    const roll = rng();
    const stack = roll < GC_SHARE ? -1 : roll < GC_SHARE + PROGRAM_SHARE ? -2 : workload.drawStack(rng);
    const cpuNs = Math.round(intervalNs * (stack < 0 ? 0.9 : cpuShare(stack)) * (0.7 + 0.6 * rng()));
    if (stack >= 0 && rng() < shape.spanShare) {
      samples.push({ locationId: locationsOfStack(stack), value: [1, intervalNs, cpuNs], label: pick(rng, spans) });
      continue;
    }
    const entry = merged.get(stack);
    if (entry) {
      entry.hits++;
      entry.cpuNs += cpuNs;
    } else merged.set(stack, { hits: 1, cpuNs });
  }
  for (const [stack, { hits, cpuNs }] of merged) {
    samples.push({ locationId: locationsOfStack(stack), value: [hits, hits * intervalNs, cpuNs] });
  }
  // @datadog/pprof lists samples as it walks the call tree depth first (a node's own samples, then its
  // children's), so neighbours share their callers: ordered by their locations from the root, as a walk is.
  samples.sort((a, b) => compareRootFirst(a.locationId as number[], b.locationId as number[]));

  return encodeProfile({
    sampleType,
    sample: samples,
    location: locations,
    function: functions,
    stringTable: strings,
    // Numbers rather than Long: protobufjs splits them into 64-bit halves itself.
    timeNanos: shape.endMs * 1e6,
    durationNanos: shape.durationMs * 1e6,
    periodType: { type: str('wall'), unit: str('nanoseconds') },
    period: intervalNs,
  });
}

export interface HeapShape {
  readonly workload: Workload;
  readonly rng: Rng;
  readonly endMs: number;
  /**
   * Sampled allocations still live at the cut: about the live heap over the sampling interval (a 256 MiB heap at
   * the agent's 4 MiB is 64).
   */
  readonly liveSamples: number;
  readonly intervalBytes: number;
}

// Sizes of sampled allocations, bytes: V8's heap samples are mostly small objects, some arrays and strings.
const ALLOCATION_BYTES = [16, 24, 32, 48, 64, 96, 128, 256, 1024, 4096, 65_536];
// Memory outside V8's heap (buffers), which the profile reports as one `(external)` sample: 2 to 6 MB.
const EXTERNAL_BYTES = 4_000_000;

/**
 * Encodes an in-use heap profile as @datadog/pprof 5.x serializes one (serializeHeapProfile): sample types
 * inuse_objects/count and inuse_space/bytes, one sample per allocation site and size with [count, count × size],
 * the `(external)` node's memory as one more sample.
 */
export function simulateHeapProfile(shape: HeapShape): SimulatedProfile {
  const { workload, rng } = shape;
  const { strings, functions, locations, str, locationsOfStack } = profileTables(workload);
  const counts = new Map<string, { stack: number; sizeBytes: number; count: number }>();
  for (let i = 0; i < shape.liveSamples; i++) {
    const stack = workload.drawStack(rng);
    const sizeBytes = pick(rng, ALLOCATION_BYTES);
    const key = `${stack}:${sizeBytes}`;
    const entry = counts.get(key);
    if (entry) entry.count++;
    else counts.set(key, { stack, sizeBytes, count: 1 });
  }
  const samples: perftools.profiles.Sample.$Properties[] = [...counts.values()].map(({ stack, sizeBytes, count }) => ({
    locationId: locationsOfStack(stack),
    value: [count, count * sizeBytes],
  }));
  samples.push({ locationId: locationsOfStack(-3), value: [1, Math.round(EXTERNAL_BYTES * (0.5 + rng()))] });
  samples.sort((a, b) => compareRootFirst(a.locationId as number[], b.locationId as number[]));
  return encodeProfile({
    sampleType: [
      { type: str('inuse_objects'), unit: str('count') },
      { type: str('inuse_space'), unit: str('bytes') },
    ],
    sample: samples,
    location: locations,
    function: functions,
    stringTable: strings,
    timeNanos: shape.endMs * 1e6,
    periodType: { type: str('space'), unit: str('bytes') },
    period: shape.intervalBytes,
  });
}
