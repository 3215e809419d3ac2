import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import type { ServerConfig } from './config.js';
import { FrameIds } from './ingest/frame-ids.js';
import type { QueryContext } from './query/context.js';
import { installErrorHandling } from './routes/error-handler.js';
import { registerIngest } from './routes/ingest.js';
import { registerQueries } from './routes/query.js';
import { openStorage, type Storage } from './storage/client.js';
import { Dictionary } from './storage/dictionary.js';
import { SCHEMA_VERSION, migrate } from './storage/schema.js';
import { BatchWriter } from './storage/writer.js';

export interface App {
  readonly server: FastifyInstance;
  readonly storage: Storage;
  readonly writer: BatchWriter;
}

// Writes beyond this many rows waiting for storage are refused with a 503, so
// a slow database cannot make the server buffer without bound. One batch in
// flight and the next filling keep the writer busy; a third absorbs bursts.
const PENDING_ROWS_PER_BATCH = 3;

/** The UI's built files, shipped beside the server in this repository. */
export const DEFAULT_UI_DIR = join(__dirname, '..', '..', 'ui', 'dist', 'public');

/** Opens storage, applies the schema and wires routes; never listens (see main.ts). */
export async function buildApp(config: ServerConfig, options: { uiDir?: string } = {}): Promise<App> {
  const storage = await openStorage(config);
  try {
    await migrate(storage.client, storage.tables, {
      layout: config.clickhouseCluster ? 'cluster' : 'single',
      cluster: config.clickhouseCluster,
      retentionDays: config.retentionDays,
    });
  } catch (error) {
    await storage.close();
    throw error;
  }
  const dictionary = new Dictionary(storage.client, storage.tables, config.stackCacheSize);
  const writer = new BatchWriter(storage.client, storage.tables, dictionary, {
    flushMs: config.insertFlushMs,
    maxRows: config.insertMaxRows,
    maxPendingRows: config.insertMaxRows * PENDING_ROWS_PER_BATCH,
  });
  const ctx: QueryContext = { storage, dictionary, timeoutS: config.queryTimeoutS };

  const server = Fastify({
    logger: config.logLevel === 'silent' ? false : { level: config.logLevel },
    // Upload bodies have their own limit in the ingest parser.
    bodyLimit: 1024 * 1024,
  });
  installErrorHandling(server);
  registerIngest(server, {
    writer,
    frameIds: new FrameIds(config.stackCacheSize),
    maxUploadBytes: config.maxUploadBytes,
    maxProfileBytes: config.maxProfileBytes,
    maxInflightUploads: config.maxInflightUploads,
    uploadDeadlineMs: config.uploadDeadlineMs,
  });
  registerQueries(server, ctx);
  server.get('/healthz', () => ({ status: 'ok', storage: storage.mode, schemaVersion: SCHEMA_VERSION }));

  const uiDir = options.uiDir ?? DEFAULT_UI_DIR;
  if (existsSync(uiDir)) await server.register(fastifyStatic, { root: uiDir, prefix: '/' });

  server.addHook('onClose', async () => {
    await writer.close();
    await storage.close();
  });
  return { server, storage, writer };
}
