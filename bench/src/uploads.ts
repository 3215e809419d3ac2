import { INGEST_PATH } from '@flamehouse/proto';
import type { UploadMeta } from '@flamehouse/server/dist/ingest/normalize.js';
import type { QueryParams } from '@flamehouse/server/dist/query/selection.js';
import { parseUploadMeta } from '@flamehouse/server/dist/routes/ingest.js';
import { simulateProfile } from './pprof-writer.js';
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
}

const SERVICE_VERSIONS = ['2.14.0', '2.14.1'];
const WINDOW_MS = 10_000;

export function makeUploads(options: UploadOptions): Upload[] {
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
  return Array.from({ length: options.bodies }, (_, i) => {
    const labels = pods[i % pods.length]!;
    const endMs = nowMs - Math.floor((options.bodies - i) / pods.length) * WINDOW_MS;
    // Busier and quieter windows: idle hits are not emitted.
    const hits = Math.round(options.hits * (0.9 + 0.1 * rng()));
    const profile = simulateProfile({ workload, rng, endMs, durationMs: WINDOW_MS, hits, spanShare: options.spanShare });
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
  });
}
