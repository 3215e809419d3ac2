// Profiles the page tests look at: two deploys of an API (2.0.0 adds a hot
// `validate`), a worker whose cache leaks, and a request tagged with a trace.
import { HEAP, WALL_CPU, makePprof } from '../../../server/test/pprof-fixture.js';
import type { TestServer } from './server.js';

export const MS = 1_000_000;

const MAIN = 'main@src/server.js';
const SERVE = 'serve@src/server.js';
const ROUTE = 'routeHandler@/app/node_modules/fastify/lib/route.js';
const QUERY = 'query@src/db.js';
const SERIALIZE = 'serialize@/app/node_modules/fast-json-stringify/index.js';
const VALIDATE = 'validate@src/validate.js';
const GC = '(garbage collector)@';
const TIMERS = 'listOnTimeout@node:internal/timers';

const stack = (...frames: string[]): string => frames.join(';');

/** Per upload; three uploads per version. */
export const API_V1 = [
  { stack: stack(MAIN, SERVE, ROUTE, QUERY), ms: 50 },
  { stack: stack(MAIN, SERVE, ROUTE, SERIALIZE), ms: 50 },
  { stack: stack(TIMERS, MAIN), ms: 4 },
  { stack: GC, ms: 6 },
];
export const API_V2 = [
  { stack: stack(MAIN, SERVE, ROUTE, QUERY), ms: 100 },
  { stack: stack(MAIN, SERVE, ROUTE, SERIALIZE), ms: 100 },
  { stack: stack(MAIN, SERVE, ROUTE, VALIDATE), ms: 200 },
  { stack: stack(TIMERS, MAIN), ms: 8 },
  { stack: GC, ms: 12 },
];
const UPLOADS = 3;
const sum = (samples: readonly { ms: number }[]): number => samples.reduce((s, x) => s + x.ms, 0);
export const API_TOTAL_MS = UPLOADS * (sum(API_V1) + sum(API_V2));
export const VALIDATE_MS = UPLOADS * 200;

export const BIG_LEAVES = 3000;
/** root, main, 50 handlers, the leaves. */
export const BIG_NODES = 1 + 1 + 50 + BIG_LEAVES;

export async function seedProfiles(server: TestServer, nowMs: number): Promise<void> {
  for (let i = 0; i < UPLOADS; i++) {
    for (const [version, samples, minutesAgo, host] of [
      ['1.0.0', API_V1, 50, 'a'],
      ['2.0.0', API_V2, 20, 'b'],
    ] as const) {
      await server.upload(
        'api',
        { 'service.version': version, 'host.name': host },
        makePprof({
          sampleTypes: WALL_CPU,
          timeMs: nowMs - minutesAgo * 60_000 + i * 10_000,
          samples: samples.map((s) => ({ stack: s.stack, values: [s.ms * MS, s.ms * MS] })),
        }),
      );
    }
  }
  for (let i = 0; i < 12; i++) {
    await server.upload(
      'worker',
      { 'service.version': '1.0.0' },
      makePprof({
        sampleTypes: HEAP,
        timeMs: nowMs - 40 * 60_000 + i * 60_000,
        samples: [
          { stack: 'main@src/worker.js;jobs@src/jobs.js;leakyCache@src/cache.js', values: [i * 10, (i + 1) * 100_000] },
          { stack: 'main@src/worker.js;jobs@src/jobs.js;steady@src/jobs.js', values: [10, 900_000 + (i % 2) * 50_000] },
          { stack: 'main@src/worker.js;boot@src/boot.js;config@src/config.js', values: [5, 2_000_000 - i * 1000] },
        ],
      }),
    );
  }
  // Wider than the default 2048 frames: the server prunes it.
  await server.upload(
    'big',
    {},
    makePprof({
      sampleTypes: WALL_CPU,
      timeMs: nowMs - 10 * 60_000,
      samples: Array.from({ length: BIG_LEAVES }, (_, i) => ({ stack: `main;handler${i % 50};leaf${i}`, values: [(i + 1) * MS, (i + 1) * MS] })),
    }),
  );
  await server.upload(
    'checkout',
    { 'service.version': '3.1.0' },
    makePprof({
      sampleTypes: WALL_CPU,
      timeMs: nowMs - 5 * 60_000,
      samples: [
        {
          stack: 'main@src/app.js;pay@src/pay.js;checkSignature@src/crypto.js',
          values: [30 * MS, 30 * MS],
          labels: { trace_id: 'trace-abc', span_id: 'span-1', local_root_span_id: 'span-1', trace_endpoint: 'POST /pay' },
        },
        {
          stack: 'main@src/app.js;browse@src/browse.js;renderList@src/list.js',
          values: [20 * MS, 20 * MS],
          labels: { trace_id: 'trace-def', span_id: 'span-2', local_root_span_id: 'span-2', trace_endpoint: 'GET /items' },
        },
        { stack: 'main@src/app.js;otherWork@src/other.js', values: [70 * MS, 70 * MS] },
      ],
    }),
  );
}
