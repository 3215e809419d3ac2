// A synthetic but Node-shaped call graph: functions named and filed the way a
// fastify service with a few dozen dependencies shows them, and a pool of
// stacks that share prefixes the way real call trees do (many requests go
// through the same framework frames and fork near the leaves). Everything is
// drawn from a seeded generator, so two runs see the same workload.

export type Rng = () => number;

/** mulberry32: small, fast and good enough to shape a benchmark. */
export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(rng: Rng, list: readonly T[]): T {
  return list[Math.floor(rng() * list.length)]!;
}

/** A stable per-stack share of wall time spent on CPU: some stacks compute, some wait. */
export function cpuShare(stack: number): number {
  return 0.15 + 0.85 * (((stack * 2654435761) >>> 0) / 4294967296);
}

export interface FunctionDef {
  readonly name: string;
  readonly file: string;
  readonly line: number;
}

// Where a function sits in a stack: event-loop entry points at the root,
// framework code, application code, then libraries and runtime at the leaves.
const TIERS = ['runtime', 'framework', 'app', 'leaf'] as const;
type Tier = (typeof TIERS)[number];
const TIER_SHARE: Readonly<Record<Tier, number>> = { runtime: 0.08, framework: 0.3, app: 0.4, leaf: 0.22 };

const RUNTIME_FILES = [
  'node:internal/process/task_queues',
  'node:internal/timers',
  'node:events',
  'node:_http_server',
  'node:_http_common',
  'node:internal/stream_base_commons',
  'node:internal/streams/readable',
  'node:internal/streams/writable',
  'node:net',
  'node:internal/async_hooks',
  'node:internal/modules/cjs/loader',
  'node:zlib',
];
const RUNTIME_NAMES = [
  'processTicksAndRejections',
  'listOnTimeout',
  'processImmediate',
  'emit',
  'parserOnIncoming',
  'parserOnHeadersComplete',
  'onStreamRead',
  'addChunk',
  'readableAddChunk',
  'onwrite',
  'afterWriteDispatched',
  'emitInitNative',
  'runInAsyncScope',
  'processCallback',
];
const FRAMEWORK_FILES = [
  'node_modules/fastify/lib/route.js',
  'node_modules/fastify/lib/handleRequest.js',
  'node_modules/fastify/lib/hooks.js',
  'node_modules/fastify/lib/reply.js',
  'node_modules/fastify/lib/contentTypeParser.js',
  'node_modules/find-my-way/index.js',
  'node_modules/avvio/boot.js',
  'node_modules/@opentelemetry/context-async-hooks/build/src/AsyncLocalStorageContextManager.js',
  'node_modules/@opentelemetry/instrumentation-http/build/src/http.js',
  'node_modules/@opentelemetry/sdk-trace-base/build/src/Span.js',
  'node_modules/pino/lib/proto.js',
  'node_modules/pino/lib/tools.js',
  'node_modules/ioredis/built/Redis.js',
  'node_modules/ioredis/built/Command.js',
  'node_modules/pg/lib/client.js',
  'node_modules/pg-protocol/dist/parser.js',
  'node_modules/undici/lib/dispatcher/client-h1.js',
  'node_modules/undici/lib/api/api-request.js',
  'node_modules/graphql/execution/execute.js',
  'node_modules/@apollo/server/dist/cjs/requestPipeline.js',
  'node_modules/mongoose/lib/query.js',
  'node_modules/kafkajs/src/consumer/runner.js',
];
const LEAF_FILES = [
  'node_modules/lodash/lodash.js',
  'node_modules/fast-json-stringify/index.js',
  'node_modules/ajv/dist/compile/validate/index.js',
  'node_modules/secure-json-parse/index.js',
  'node_modules/protobufjs/src/reader.js',
  'node_modules/zod/lib/types.js',
  'node_modules/date-fns/format.js',
  'node_modules/uuid/dist/v4.js',
  'node_modules/bson/lib/bson.cjs',
  'node_modules/jsonwebtoken/verify.js',
  'node_modules/semver/classes/range.js',
  'node:internal/crypto/hash',
  'node:buffer',
  'node:internal/url',
  'node:querystring',
  '',
];
const APP_AREAS = ['routes', 'services', 'repositories', 'domain', 'middleware', 'lib', 'jobs', 'graphql/resolvers'];
const NOUNS = [
  'Order', 'User', 'Cart', 'Price', 'Inventory', 'Session', 'Token', 'Invoice', 'Payment', 'Shipment',
  'Catalog', 'Search', 'Review', 'Coupon', 'Account', 'Address', 'Tax', 'Report', 'Event', 'Cache',
  'Header', 'Body', 'Query', 'Row', 'Field', 'Schema', 'Span', 'Batch', 'Stream', 'Buffer',
];
const VERBS = [
  'get', 'load', 'find', 'compute', 'validate', 'parse', 'serialize', 'build', 'apply', 'resolve',
  'fetch', 'map', 'merge', 'check', 'render', 'encode', 'decode', 'normalize', 'update', 'handle',
];

function fileFor(rng: Rng, tier: Tier): string {
  switch (tier) {
    case 'runtime':
      return pick(rng, RUNTIME_FILES);
    case 'framework':
      return `/app/${pick(rng, FRAMEWORK_FILES)}`;
    case 'app':
      return `/app/dist/${pick(rng, APP_AREAS)}/${pick(rng, NOUNS).toLowerCase()}${rng() < 0.3 ? '-' + pick(rng, NOUNS).toLowerCase() : ''}.js`;
    case 'leaf': {
      const file = pick(rng, LEAF_FILES);
      return file.startsWith('node_modules') ? `/app/${file}` : file;
    }
  }
}

function nameFor(rng: Rng, tier: Tier): string {
  if (tier === 'runtime' && rng() < 0.5) return pick(rng, RUNTIME_NAMES);
  if (rng() < 0.04) return '(anonymous)';
  const base = `${pick(rng, VERBS)}${pick(rng, NOUNS)}${rng() < 0.3 ? pick(rng, NOUNS) : ''}`;
  return rng() < 0.35 ? `${pick(rng, NOUNS)}${pick(rng, ['Service', 'Repository', 'Handler', 'Client'])}.${base}` : base;
}

export interface WorkloadOptions {
  readonly seed: number;
  readonly functions: number;
  readonly stacks: number;
  readonly minDepth: number;
  readonly maxDepth: number;
  /** Zipf exponent of how often each stack is hit: ~1 puts a third of hits on the top 1 % of stacks. */
  readonly zipf: number;
}

export interface Workload {
  readonly functions: readonly FunctionDef[];
  /** Root-first indexes into `functions`. */
  readonly stacks: readonly (readonly number[])[];
  /** Draws a stack index: hot stacks far more often than cold ones. */
  drawStack(rng: Rng): number;
}

export function createWorkload(options: WorkloadOptions): Workload {
  const rng = createRng(options.seed);
  const functions: FunctionDef[] = [];
  const byTier = new Map<Tier, number[]>(TIERS.map((tier) => [tier, []]));
  const seen = new Set<string>();
  for (const tier of TIERS) {
    const want = Math.max(8, Math.round(options.functions * TIER_SHARE[tier]));
    for (let attempts = 0; byTier.get(tier)!.length < want && attempts < want * 20; attempts++) {
      const fn = { name: nameFor(rng, tier), file: fileFor(rng, tier), line: 1 + Math.floor(rng() * 900) };
      const key = `${fn.name}\u0000${fn.file}`;
      if (seen.has(key)) continue;
      seen.add(key);
      byTier.get(tier)!.push(functions.length);
      functions.push(fn);
    }
  }
  const tierAt = (position: number, depth: number): Tier => {
    const at = position / depth;
    return at < 0.12 ? 'runtime' : at < 0.45 ? 'framework' : at < 0.82 ? 'app' : 'leaf';
  };

  // New stacks copy a prefix of an earlier one and grow their own tail, so
  // the pool forms a call tree rather than unrelated paths.
  const stacks: number[][] = [];
  const keys = new Set<string>();
  while (stacks.length < options.stacks) {
    const depth = options.minDepth + Math.floor(rng() * (options.maxDepth - options.minDepth + 1));
    const parent = stacks.length > 20 && rng() < 0.97 ? pick(rng, stacks) : undefined;
    const stack = parent ? parent.slice(0, Math.floor(Math.min(parent.length, depth) * (0.3 + 0.6 * rng()))) : [];
    while (stack.length < depth) {
      // Cubed draws favour the head of each tier: a few functions (emit,
      // the router, the ORM's query) appear in most stacks, most are rare.
      const tier = byTier.get(tierAt(stack.length, depth))!;
      stack.push(tier[Math.floor(tier.length * rng() ** 3)]!);
    }
    const key = stack.join(',');
    if (keys.has(key)) continue;
    keys.add(key);
    stacks.push(stack);
  }

  // Zipf weights over a shuffled order, so the hot stacks are spread over the pool.
  const order = stacks.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const cumulative = new Float64Array(stacks.length);
  let sum = 0;
  for (let rank = 0; rank < stacks.length; rank++) {
    sum += 1 / Math.pow(rank + 1, options.zipf);
    cumulative[rank] = sum;
  }
  const drawStack = (draw: Rng): number => {
    const target = draw() * sum;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cumulative[mid]! < target) lo = mid + 1;
      else hi = mid;
    }
    return order[lo]!;
  };
  return { functions, stacks, drawStack };
}
