import type { FastifyInstance } from 'fastify';
import { FlamehouseError } from '../errors.js';
import type { Metrics } from '../metrics.js';
import type { Storage } from '../storage/client.js';
import type { Tenants } from '../storage/tenants.js';

export interface HealthOptions {
  readonly storage: Storage;
  readonly tenants: Tenants;
  readonly metrics: Metrics;
  readonly schemaVersion: number;
}

// A readiness probe must answer well within the prober's own timeout.
const READY_TIMEOUT_S = 2;

/**
 * `/healthz`: the process is up (restart it if not). `/readyz`: storage
 * answers a query (send it traffic if so). `/metrics`: Prometheus's text
 * format, with the `metrics` scope when tokens are configured.
 */
export function registerHealth(app: FastifyInstance, options: HealthOptions): void {
  const { storage, metrics, schemaVersion } = options;
  app.get('/healthz', () => ({ status: 'ok', storage: storage.mode, schemaVersion }));
  app.get('/readyz', async () => {
    try {
      const result = await storage.client.query({
        query: `SELECT 1 SETTINGS max_execution_time = ${READY_TIMEOUT_S}`,
        format: 'JSONCompactEachRow',
      });
      await result.json();
    } catch (cause) {
      throw new FlamehouseError('FH_ERR_STORAGE_UNAVAILABLE', 'storage does not answer', { cause });
    }
    return { status: 'ready', storage: storage.mode, schemaVersion };
  });
  app.get('/metrics', { config: { scope: 'metrics' } }, async (_request, reply) =>
    reply.header('content-type', metrics.registry.contentType).send(await metrics.registry.metrics()),
  );
}
