// A service the way a real Express app with OpenTelemetry looks to the
// profiler: its handlers ~40 frames deep under Node's internals, express's
// router, OpenTelemetry's and the agent's wrappers; four pods, a deploy
// (1.4.0 → 1.5.0, which made pricing slower) half an hour ago, and the
// agents' own reports: 1.5.0's agents also report the process's CPU and
// sample at the governed 29 Hz, 1.4.0's are older and report neither.
import { WALL_CPU, makePprof } from '../../../server/test/pprof-fixture.js';
import { MS } from './fixtures.js';
import type { TestServer } from './server.js';

const NM = '/app/node_modules';
const ROUTER = `next@${NM}/express/lib/router/index.js`;
const LAYER = `handle@${NM}/express/lib/router/layer.js`;
const OTEL_EXPRESS = `patched@${NM}/@opentelemetry/instrumentation-express/build/src/instrumentation.js`;
const CONTEXT = `with@${NM}/@opentelemetry/context-async-hooks/build/src/AsyncLocalStorageContextManager.js`;
const AGENT = `runInContext@${NM}/@flamehouse/agent/dist/index.js`;

/** From the event loop to the app's handler: what every request's stack starts with. */
export const SHOP_PREFIX = [
  `processTicksAndRejections@node:internal/process/task_queues`,
  `emit@node:events`,
  `parserOnIncoming@node:_http_server`,
  `incomingRequest@${NM}/@opentelemetry/instrumentation-http/build/src/http.js`,
  `emit@node:events`,
  `handle@${NM}/express/lib/application.js`,
  `router@${NM}/express/lib/router/index.js`,
  ...Array.from({ length: 6 }, () => [ROUTER, LAYER, OTEL_EXPRESS, CONTEXT, AGENT, LAYER]).flat(),
  `jsonParser@${NM}/body-parser/lib/types/json.js`,
  `typeofrequest@${NM}/type-is/index.js`,
  ROUTER,
  LAYER,
  `getCart@/app/src/routes/cart.js`,
];

export const SHOP_PODS = ['shop-1', 'shop-2', 'shop-3', 'shop-4'];
/** Uploads per pod, one every five minutes over the last hour; the deploy is at the seventh. */
const UPLOADS = 12;
const DEPLOY_AT = 6;
export const SHOP_DEPLOY_MINUTES_AGO = 60 - DEPLOY_AT * 5;
/** What each upload of a 1.5.0 process reports: the process's CPU since the last one, and the sampling period. */
export const SHOP_PROCESS_CPU_MS = 14_000;
export const SHOP_SAMPLING_INTERVAL_US = 34_483;

function samples(version: string, pod: number): { stack: string; values: [number, number] }[] {
  const slow = version === '1.5.0' ? 3 : 1;
  const weight = 1 + pod * 0.25;
  const at = (...frames: string[]): string => [...SHOP_PREFIX, ...frames].join(';');
  const ms = (value: number): [number, number] => [Math.round(value * weight) * MS, Math.round(value * weight) * MS];
  return [
    { stack: at(`loadCart@/app/src/services/cart.js`, `query@${NM}/pg/lib/client.js`, `submit@${NM}/pg/lib/query.js`), values: ms(40) },
    { stack: at(`priceItems@/app/src/services/pricing.js`), values: ms(30 * slow) },
    { stack: at(`priceItems@/app/src/services/pricing.js`, `applyDiscounts@/app/src/services/discounts.js`), values: ms(12 * slow) },
    { stack: at(`renderCart@/app/src/views/cart.js`, `serialize@${NM}/fast-json-stringify/index.js`), values: ms(25) },
    { stack: [...SHOP_PREFIX.slice(0, -3), `parse@${NM}/content-type/index.js`].join(';'), values: ms(8) },
    { stack: [...SHOP_PREFIX.slice(0, 3), `writeGeneric@node:internal/stream_base_commons`].join(';'), values: ms(10) },
    { stack: '(garbage collector)@', values: ms(6) },
  ];
}

export async function seedShop(server: TestServer, nowMs: number): Promise<void> {
  for (let i = 0; i < UPLOADS; i++) {
    const version = i < DEPLOY_AT ? '1.4.0' : '1.5.0';
    for (const [pod, host] of SHOP_PODS.entries()) {
      const troubled = host === 'shop-3' && i === UPLOADS - 1;
      await server.upload(
        'shop',
        { 'service.version': version, 'host.name': host, 'process.pid': String(4100 + pod + (i < DEPLOY_AT ? 0 : 50)) },
        makePprof({
          sampleTypes: WALL_CPU,
          timeMs: nowMs - (60 - i * 5) * 60_000 + 30_000,
          samples: samples(version, pod),
          ...(i >= DEPLOY_AT && { period: ['wall', 'nanoseconds', SHOP_SAMPLING_INTERVAL_US * 1000] as const }),
        }),
        {
          agent_cpu_ms: String(120 + pod * 10),
          agent_upload_bytes: '24000',
          ...(i >= DEPLOY_AT && { process_cpu_ms: String(SHOP_PROCESS_CPU_MS) }),
          ...(troubled && { agent_failures: '2', dropped: '1' }),
        },
      );
    }
  }
}
