import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import { DEFAULT_TENANT, installAccessControl } from './auth/access.js';
import { loadTokenStore, type TokenStore } from './auth/tokens.js';
import type { ServerConfig } from './config.js';
import { uploadRules } from './ingest/decode-job.js';
import { DecodePool } from './ingest/decode-pool.js';
import { SeriesRate } from './ingest/series-rate.js';
import { createMetrics, type Metrics } from './metrics.js';
import { UploadAdmission } from './routes/upload-admission.js';
import type { ReadLimits } from './query/sql.js';
import { clientErrorHandler, frameworkErrors, installErrorHandling } from './routes/error-handler.js';
import { registerHealth } from './routes/health.js';
import { registerIngest } from './routes/ingest.js';
import { registerQueries } from './routes/query.js';
import { registerPyroscopeRender } from './routes/pyroscope-render.js';
import { registerQuerier } from './routes/querier.js';
import { openStorage, type Storage } from './storage/client.js';
import { SCHEMA_VERSION } from './storage/schema.js';
import { StackCache } from './storage/stack-cache.js';
import { StoredIds } from './storage/stored-ids.js';
import { Tenants } from './storage/tenants.js';

export interface App {
  readonly server: FastifyInstance;
  readonly storage: Storage;
  readonly tenants: Tenants;
  readonly metrics: Metrics;
  /** Set when FLAMEHOUSE_AUTH_FILE names the tokens; undefined means one tenant and no authentication. */
  readonly tokens: TokenStore | undefined;
}

// Writes beyond this many rows waiting for storage are refused with a 503, so
// a slow database cannot make the server buffer without bound. One batch in
// flight and the next filling keep the writer busy; a third absorbs bursts.
const PENDING_ROWS_PER_BATCH = 3;
// The writer's memo of stored frames, stacks and series, every tenant together.
const STORED_IDS_MAX_BYTES = 128 * 1024 * 1024;

/** The UI's built files, shipped beside the server in this repository. */
export const DEFAULT_UI_DIR = join(__dirname, '..', '..', 'ui', 'dist', 'public');

export interface BuildOptions {
  readonly uiDir?: string;
  /** Where log lines go instead of stdout (tests read them). */
  readonly logStream?: { write(line: string): void };
}

/** Opens storage, applies the schema and wires routes; never listens (see main.ts). */
export async function buildApp(config: ServerConfig, options: BuildOptions = {}): Promise<App> {
  const tokens = config.authFile === '' ? undefined : loadTokenStore(config.authFile);
  const storage = await openStorage(config);
  const limits: ReadLimits = {
    timeoutS: config.queryTimeoutS,
    maxRowsRead: config.queryMaxRowsRead,
    maxBytesRead: config.queryMaxBytesRead,
    maxResultRows: config.queryMaxResultRows,
    maxMemoryBytes: config.queryMaxMemoryBytes,
  };
  const stackCache = new StackCache(config.cacheMaxBytes);
  const storedIds = new StoredIds(STORED_IDS_MAX_BYTES);
  const admission = new UploadAdmission(config.maxInflightUploads, config.maxInflightUploadBytes);
  // Gauges read the tenants and the decode pool when scraped, once both exist.
  const metrics = createMetrics({
    pendingRows: async () => (await tenants.list()).reduce((sum, tenant) => sum + tenant.writer.pendingRows, 0),
    cacheBytes: () => stackCache.sizeBytes,
    cacheHits: () => stackCache.stats.hits,
    cacheMisses: () => stackCache.stats.misses,
    storedIds: () => storedIds.size,
    decodeQueue: () => pool.waiting,
    inflightUploads: () => admission.heldUploads,
    inflightUploadBytes: () => admission.heldBytes,
  });
  const tenants = new Tenants({
    storage,
    database: config.clickhouseDatabase,
    schema: { layout: config.clickhouseCluster ? 'cluster' : 'single', cluster: config.clickhouseCluster, retentionDays: config.retentionDays },
    writer: {
      flushMs: config.insertFlushMs,
      maxRows: config.insertMaxRows,
      maxPendingRows: config.insertMaxRows * PENDING_ROWS_PER_BATCH,
      observe: (outcome, rows, seconds) => {
        metrics.writerBatches.inc({ outcome });
        metrics.insertSeconds.observe(seconds);
        if (outcome === 'stored') metrics.writerRows.inc(rows);
      },
    },
    limits,
    stackCache,
    storedIds,
  });
  try {
    // The default tenant, and every tenant a token names, are ready before the first request.
    await Promise.all([DEFAULT_TENANT, ...(tokens?.tenants ?? [])].map((name) => tenants.get(name)));
  } catch (error) {
    await storage.close();
    throw error;
  }

  const server = Fastify({
    logger: config.logLevel === 'silent' ? false : { level: config.logLevel, ...(options.logStream && { stream: options.logStream }) },
    // Requests are logged when they fail or are slow (below), not one line each.
    logController: new LogController({ disableRequestLogging: true }),
    // Upload bodies have their own limit in the ingest parser.
    bodyLimit: 1024 * 1024,
    // Fastify turns Node's request timeout off: a client that stopped mid-body held its upload's place, and its
    // socket, forever (1,024 such clients would refuse every agent). Node 20 takes the timeout from the server's
    // construction (set afterwards only, as fastify does, it never fired here), and checks for expired requests
    // every connectionsCheckingInterval: a request is cut off within a quarter of the limit past it.
    requestTimeout: config.requestTimeoutMs,
    http: { requestTimeout: config.requestTimeoutMs, connectionsCheckingInterval: Math.min(30_000, Math.ceil(config.requestTimeoutMs / 4)) },
    frameworkErrors,
    clientErrorHandler,
  });
  const pool = new DecodePool(config.ingestThreads > 0 ? config.ingestThreads : availableParallelism(), (error) =>
    server.log.error({ err: error }, 'decode thread failed'),
  );
  // Series always travel: the series rate counts the new ones per upload.
  storedIds.onStored((tenant, kind, ids, nowS) => {
    if (kind !== 'series') pool.tellStored(tenant, kind, ids, nowS);
  });
  installErrorHandling(server);
  installAccessControl(server, tokens);
  installRequestLog(server, { requestMs: config.slowRequestMs, uploadMs: config.slowRequestMs + config.insertFlushMs }, metrics);
  const rules = uploadRules(config);
  registerIngest(server, {
    tenants,
    pool,
    rules,
    storedIds,
    seriesRate: new SeriesRate(config.maxNewSeriesPerMinute),
    metrics,
    maxUploadBytes: config.maxUploadBytes,
    admission,
    uploadDeadlineMs: config.uploadDeadlineMs,
  });
  registerQueries(server, tenants);
  await registerQuerier(server, tenants);
  await registerPyroscopeRender(server, tenants);
  registerHealth(server, { storage, tenants, metrics, schemaVersion: SCHEMA_VERSION });

  const uiDir = options.uiDir ?? DEFAULT_UI_DIR;
  if (existsSync(uiDir)) await server.register(fastifyStatic, { root: uiDir, prefix: '/' });

  // Once close() begins, answers close their connection: a keep-alive socket
  // that was busy when closing started would otherwise hold the process open
  // for its whole idle timeout after the last upload was answered.
  let closing = false;
  server.addHook('preClose', (done) => {
    closing = true;
    done();
  });
  server.addHook('onSend', (_request, reply, payload, done) => {
    if (closing) void reply.header('connection', 'close');
    done(null, payload);
  });
  server.addHook('onClose', async () => {
    await tenants.close();
    await pool.close();
    await storage.close();
  });
  return { server, storage, tenants, metrics, tokens };
}

/**
 * One log line per request that failed (by the error handler) or was slow,
 * instead of two lines for every request; and the query latency metrics.
 * An upload is answered once its batch is stored, up to the insert flush
 * later by design: it is slow past that wait, else every upload would be.
 */
function installRequestLog(server: FastifyInstance, slow: { readonly requestMs: number; readonly uploadMs: number }, metrics: Metrics): void {
  server.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url;
    const ms = reply.elapsedTime;
    const { scope } = request.routeOptions.config;
    if (route !== undefined && scope === 'query') {
      metrics.querySeconds.observe({ route, status: String(reply.statusCode) }, ms / 1000);
    }
    if (ms >= (scope === 'ingest' ? slow.uploadMs : slow.requestMs)) {
      request.log.info({ method: request.method, route: route ?? request.url, status: reply.statusCode, ms: Math.round(ms) }, 'slow request');
    }
  });
}
