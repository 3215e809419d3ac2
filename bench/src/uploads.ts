import { INGEST_PATH } from '@flamehouse/proto';
import type { UploadMeta } from '@flamehouse/server/dist/ingest/normalize.js';
import type { QueryParams } from '@flamehouse/server/dist/query/selection.js';
import { parseUploadMeta } from '@flamehouse/server/dist/routes/ingest.js';
import { simulateHeapProfile, simulateProfile, type SimulatedProfile } from './pprof-writer.js';
import { createRng, createWorkload } from './workload.js';

// Pre-encoded uploads for the ingest benchmark: one label set per simulated
// pod, a few consecutive 10-second windows per pod, each window its own
// gzipped pprof body, with the query string an agent would send.

export interface Upload {
  readonly path: string;
  readonly body: Buffer;
  /** What the server's route makes of `path`. */
  readonly meta: UploadMeta;
  readonly rawBytes: number;
  readonly samples: number;
}

export interface UploadOptions {
  readonly seed: number;
  readonly service: string;
  readonly bodies: number;
  readonly pods: number;
  readonly functions: number;
  readonly stacks: number;
  /** V8 samples per 10-second window. */
  readonly hits: number;
  readonly spanShare: number;
  /** Sampled allocations live in each heap profile; 0: no heap profiles. */
  readonly heapSamples: number;
}

/** An agent's cut: its wall profile, then (uploaded after it, as the agent's queue sends one at a time) its heap profile. */
export interface Cuts {
  readonly walls: Upload[];
  /** Empty, or one per wall, same pod and window. */
  readonly heaps: Upload[];
}

const SERVICE_VERSIONS = ['2.14.0', '2.14.1'];
const WINDOW_MS = 10_000;
// The agent's default FLAMEHOUSE_HEAP_INTERVAL_BYTES.
const HEAP_INTERVAL_BYTES = 4 * 1024 * 1024;

export function makeUploads(options: UploadOptions): Cuts {
  const workload = createWorkload({
    seed: options.seed,
    functions: options.functions,
    stacks: options.stacks,
    minDepth: 20,
    maxDepth: 35,
    zipf: 1.0,
  });
  const rng = createRng(options.seed + 1);
  const pods = Array.from({ length: options.pods }, (_, i) => ({
    'service.version': SERVICE_VERSIONS[i % SERVICE_VERSIONS.length]!,
    'host.name': `${options.service}-7d9f8c${(1000 + i).toString(36)}-${Math.floor(rng() * 36 ** 5).toString(36).padStart(5, '0')}`,
  }));
  const nowMs = Math.floor(Date.now() / 1000) * 1000;
  const upload = (labels: Record<string, string>, endMs: number, profile: SimulatedProfile): Upload => {
    const query = new URLSearchParams({ service: options.service });
    for (const [key, value] of Object.entries(labels)) query.append('label', `${key}=${value}`);
    query.append('from', String(endMs - WINDOW_MS));
    query.append('until', String(endMs));
    const params: QueryParams = {};
    for (const key of new Set(query.keys())) params[key] = query.getAll(key);
    return {
      path: `${INGEST_PATH}?${query.toString()}`,
      body: profile.body,
      meta: parseUploadMeta(params, profile.body, endMs),
      rawBytes: profile.rawBytes,
      samples: profile.samples,
    };
  };
  const windows = Array.from({ length: options.bodies }, (_, i) => ({
    labels: pods[i % pods.length]!,
    endMs: nowMs - Math.floor((options.bodies - i) / pods.length) * WINDOW_MS,
  }));
  const walls = windows.map(({ labels, endMs }) => {
    // Busier and quieter windows: idle hits are not emitted.
    const hits = Math.round(options.hits * (0.9 + 0.1 * rng()));
    return upload(labels, endMs, simulateProfile({ workload, rng, endMs, durationMs: WINDOW_MS, hits, spanShare: options.spanShare }));
  });
  // A generator of their own, so the walls stay those of a run without heap profiles.
  const heapRng = createRng(options.seed + 2);
  const heaps =
    options.heapSamples > 0
      ? windows.map(({ labels, endMs }) =>
          upload(labels, endMs, simulateHeapProfile({ workload, rng: heapRng, endMs, liveSamples: options.heapSamples, intervalBytes: HEAP_INTERVAL_BYTES })),
        )
      : [];
  return { walls, heaps };
}
