import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** What the gauges read when Prometheus scrapes. */
export interface MetricSources {
  /** Sample rows waiting for storage, every tenant together. */
  pendingRows(): Promise<number>;
  cacheBytes(): number;
  cacheHits(): number;
  cacheMisses(): number;
  storedIds(): number;
  decodeQueue(): number;
  inflightUploads(): number;
  inflightUploadBytes(): number;
}

/**
 * The server's own metrics, in Prometheus's text format at /metrics: ingest,
 * the writer, queries, the caches, and what agents report about their own
 * cost. One registry per server, so tests can run several in one process.
 */
export function createMetrics(sources: MetricSources) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'flamehouse_process_' });
  const seconds = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
  const metrics = {
    registry,
    uploads: new Counter({
      name: 'flamehouse_ingest_uploads_total',
      help: 'Uploads answered, by format and outcome (stored, duplicate: an upload id stored before, refused)',
      labelNames: ['format', 'outcome'] as const,
      registers: [registry],
    }),
    uploadBytes: new Counter({
      name: 'flamehouse_ingest_bytes_total',
      help: 'Bytes of upload bodies received, by format',
      labelNames: ['format'] as const,
      registers: [registry],
    }),
    uploadSamples: new Counter({
      name: 'flamehouse_ingest_samples_total',
      help: 'Samples in the uploads stored',
      registers: [registry],
    }),
    uploadRows: new Counter({
      name: 'flamehouse_ingest_rows_total',
      help: 'Sample rows the uploads stored became',
      registers: [registry],
    }),
    refusals: new Counter({
      name: 'flamehouse_ingest_refusals_total',
      help: 'Uploads refused, by error code',
      labelNames: ['code'] as const,
      registers: [registry],
    }),
    ingestSeconds: new Histogram({
      name: 'flamehouse_ingest_duration_seconds',
      help: 'From an upload received to its answer',
      labelNames: ['format'] as const,
      buckets: seconds,
      registers: [registry],
    }),
    writerBatches: new Counter({
      name: 'flamehouse_writer_batches_total',
      help: 'Batch inserts, by outcome (stored, failed: retried with the same deduplication tokens)',
      labelNames: ['outcome'] as const,
      registers: [registry],
    }),
    writerRows: new Counter({ name: 'flamehouse_writer_rows_total', help: 'Sample rows inserted', registers: [registry] }),
    insertSeconds: new Histogram({
      name: 'flamehouse_writer_insert_duration_seconds',
      help: 'One batch insert attempt',
      buckets: seconds,
      registers: [registry],
    }),
    querySeconds: new Histogram({
      name: 'flamehouse_query_duration_seconds',
      help: 'API requests other than ingest, by route and status',
      labelNames: ['route', 'status'] as const,
      buckets: seconds,
      registers: [registry],
    }),
    agentCpuSeconds: new Counter({
      name: 'flamehouse_agent_cpu_seconds_total',
      help: 'CPU agents report their profiling took (their main-thread time and V8\'s profiler threads), by service',
      labelNames: ['service'] as const,
      registers: [registry],
    }),
    agentProcessCpuSeconds: new Counter({
      name: 'flamehouse_agent_process_cpu_seconds_total',
      help: 'CPU the profiled processes used over the time agents report their own cost for, by service: the agents\' share is agent_cpu over this',
      labelNames: ['service'] as const,
      registers: [registry],
    }),
    agentUploadBytes: new Counter({
      name: 'flamehouse_agent_upload_bytes_total',
      help: 'Bytes agents report they sent, by service',
      labelNames: ['service'] as const,
      registers: [registry],
    }),
    agentFailures: new Counter({
      name: 'flamehouse_agent_failed_uploads_total',
      help: 'Upload attempts agents report failed, by service',
      labelNames: ['service'] as const,
      registers: [registry],
    }),
    agentDropped: new Counter({
      name: 'flamehouse_agent_dropped_profiles_total',
      help: 'Profiles agents report they dropped (queue full), by service',
      labelNames: ['service'] as const,
      registers: [registry],
    }),
  };
  new Gauge({
    name: 'flamehouse_writer_pending_rows',
    help: 'Sample rows waiting for storage',
    registers: [registry],
    async collect() {
      this.set(await sources.pendingRows());
    },
  });
  new Gauge({
    name: 'flamehouse_ingest_decode_queue',
    help: 'Uploads waiting for a decode thread',
    registers: [registry],
    collect() {
      this.set(sources.decodeQueue());
    },
  });
  new Gauge({
    name: 'flamehouse_ingest_inflight_uploads',
    help: 'Uploads admitted and not yet answered (FLAMEHOUSE_MAX_INFLIGHT_UPLOADS bounds them)',
    registers: [registry],
    collect() {
      this.set(sources.inflightUploads());
    },
  });
  new Gauge({
    name: 'flamehouse_ingest_inflight_upload_bytes',
    help: 'Body bytes of the uploads admitted and not yet answered, by Content-Length or as read (FLAMEHOUSE_MAX_INFLIGHT_UPLOAD_BYTES bounds them)',
    registers: [registry],
    collect() {
      this.set(sources.inflightUploadBytes());
    },
  });
  new Gauge({
    name: 'flamehouse_cache_bytes',
    help: 'Bytes of stacks and frames cached for queries',
    registers: [registry],
    collect() {
      this.set(sources.cacheBytes());
    },
  });
  new Gauge({
    name: 'flamehouse_cache_lookups',
    help: 'Stack and frame lookups by queries since start, by result (hit, miss): the hit rate',
    labelNames: ['result'] as const,
    registers: [registry],
    collect() {
      this.set({ result: 'hit' }, sources.cacheHits());
      this.set({ result: 'miss' }, sources.cacheMisses());
    },
  });
  new Gauge({
    name: 'flamehouse_stored_ids',
    help: 'Frames, stacks and series the writer remembers as stored today',
    registers: [registry],
    collect() {
      this.set(sources.storedIds());
    },
  });
  return metrics;
}

export type Metrics = ReturnType<typeof createMetrics>;
