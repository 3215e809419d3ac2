import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { INGEST_PARAMS, INGEST_PATH } from '@flamehouse/proto';
import { FlamehouseError, isFlamehouseError } from '../errors.js';
import type { DecodeJob, DecodeResult, UploadRules } from '../ingest/decode-job.js';
import type { DecodePool } from '../ingest/decode-pool.js';
import type { UploadMeta } from '../ingest/normalize.js';
import type { SeriesRate } from '../ingest/series-rate.js';
import { clientUploadId, contentUploadId } from '../ingest/upload-id.js';
import type { Metrics } from '../metrics.js';
import { lastOf, parseTime, type QueryParams } from '../params.js';
import type { StoredIds } from '../storage/stored-ids.js';
import type { Tenants } from '../storage/tenants.js';
import type { WriteOutcome } from '../storage/writer.js';
import { registerDatadogIntake } from './datadog.js';
import { registerOtlpIngest } from './otlp.js';
import { registerPyroscopeIngest } from './pyroscope.js';
import type { Hold, UploadAdmission } from './upload-admission.js';

export interface IngestOptions {
  readonly tenants: Tenants;
  readonly pool: DecodePool;
  readonly rules: UploadRules;
  readonly storedIds: StoredIds;
  readonly seriesRate: SeriesRate;
  readonly metrics: Metrics;
  readonly maxUploadBytes: number;
  readonly admission: UploadAdmission;
  /** How long an upload may take before it is answered 503: shorter than the agent's timeout, so an answer always reaches it. */
  readonly uploadDeadlineMs: number;
}

const MAX_LABELS = 64;
const MAX_LABEL_KEY_CHARS = 128;
const MAX_LABEL_VALUE_CHARS = 1024;
const MAX_SERVICE_CHARS = 256;

function badUpload(message: string): FlamehouseError {
  return new FlamehouseError('FH_ERR_QUERY_BAD_PARAM', message);
}

/** What our agent's upload says about its profile; `body` names the upload when no upload_id came with it. */
export function parseUploadMeta(query: QueryParams, body: Uint8Array, receivedMs: number): UploadMeta {
  const one = (name: string): string | undefined => lastOf(query[name]);
  const service = one(INGEST_PARAMS.service);
  if (!service) throw badUpload(`${INGEST_PARAMS.service} is required`);
  if (service.length > MAX_SERVICE_CHARS) throw badUpload(`${INGEST_PARAMS.service} is longer than ${MAX_SERVICE_CHARS}`);
  const rawLabels = query[INGEST_PARAMS.label];
  const list = rawLabels === undefined ? [] : Array.isArray(rawLabels) ? rawLabels : [rawLabels];
  if (list.length > MAX_LABELS) throw badUpload(`at most ${MAX_LABELS} labels`);
  const labels = new Map<string, string>();
  for (const raw of list) {
    const at = raw.indexOf('=');
    const key = raw.slice(0, at);
    const value = raw.slice(at + 1);
    if (at <= 0 || key.length > MAX_LABEL_KEY_CHARS || value.length > MAX_LABEL_VALUE_CHARS) {
      throw badUpload(`label=${raw.slice(0, 80)}: expected key=value (key up to ${MAX_LABEL_KEY_CHARS} chars)`);
    }
    labels.set(key, value);
  }
  const time = (name: string): number | undefined => {
    const raw = one(name);
    return raw === undefined ? undefined : parseTime(name, raw);
  };
  const fromMs = time(INGEST_PARAMS.fromMs);
  const untilMs = time(INGEST_PARAMS.untilMs);
  const count = (name: string): number => {
    const value = Number(one(name) ?? 0);
    return Number.isSafeInteger(value) && value > 0 ? value : 0;
  };
  const explicitId = one(INGEST_PARAMS.uploadId);
  const uploadId =
    explicitId !== undefined
      ? clientUploadId(explicitId)
      : contentUploadId([INGEST_PATH, service, ...[...labels].sort().flat(), String(fromMs), String(untilMs)], body);
  return {
    uploadId,
    service,
    labels,
    ...(fromMs !== undefined && { fromMs }),
    ...(untilMs !== undefined && { untilMs }),
    agent: {
      dropped: count(INGEST_PARAMS.dropped),
      cpuMs: count(INGEST_PARAMS.agentCpuMs),
      processCpuMs: count(INGEST_PARAMS.processCpuMs),
      uploadBytes: count(INGEST_PARAMS.agentUploadBytes),
      failures: count(INGEST_PARAMS.agentFailures),
    },
    receivedMs,
  };
}

/** What a route makes of a request: the job for the decode threads and, from our agent, its report on itself. */
export interface UploadJob {
  readonly job: DecodeJob;
  readonly meta?: UploadMeta;
}

/** How one upload route reads its requests and answers them. */
export interface UploadRoute {
  /** Names the route in the ingest metrics' `format` label. */
  readonly format: string;
  readonly toJob: (request: FastifyRequest, body: Buffer, receivedMs: number, rules: UploadRules) => UploadJob;
  /** The answer once every batch is stored (or found stored); by default our JSON. */
  readonly respond?: (reply: FastifyReply, result: DecodeResult, outcome: WriteOutcome) => FastifyReply;
  /** A header that carries the token for clients that cannot send Authorization. */
  readonly tokenHeader?: string;
}

/** Adds an upload route to `app` (the server, or a plugin scope with its own body parsers). */
export type AddUploadRoute = (app: FastifyInstance, path: string, route: UploadRoute) => void;

/** Our own answer: the types stored, the sample rows they became, and whether the upload was a duplicate. */
function defaultAnswer(reply: FastifyReply, result: DecodeResult, outcome: WriteOutcome): FastifyReply {
  const types = [...new Set(result.batches.flatMap((batch) => batch.types))];
  const sampleRows = result.batches.reduce((sum, batch) => sum + batch.samples.rows, 0);
  return reply.status(200).send({ stored: { types, sampleRows }, duplicate: outcome === 'duplicate' });
}

/**
 * Uploads answer once stored: ours (`POST /api/v1/ingest`), Pyroscope's,
 * dd-trace's and OTLP's, each route reading its own format into a job for
 * the decode threads. At most so many uploads, and so many bytes of their
 * bodies, are handled at once over all of them (upload-admission.ts: counted
 * before a body is read, or as it arrives when it declares no length); the
 * others are refused with a 503 and Retry-After, so clients back off instead
 * of piling up latency and memory here. The event loop only routes.
 */
export function registerIngest(app: FastifyInstance, options: IngestOptions): void {
  const { tenants, pool, rules, storedIds, seriesRate, metrics } = options;
  app.addContentTypeParser(
    ['application/octet-stream', 'application/x-protobuf', 'application/vnd.google.protobuf'],
    { parseAs: 'buffer', bodyLimit: options.maxUploadBytes },
    (_request, body, done) => done(null, body),
  );
  const { admission } = options;
  const held = new WeakMap<FastifyRequest, Hold>();
  const release = (request: FastifyRequest): void => {
    const hold = held.get(request);
    if (hold === undefined) return;
    held.delete(request);
    admission.release(hold);
  };

  const addRoute: AddUploadRoute = (scope, path, route) => {
    const { format } = route;
    scope.post(path, {
      config: { scope: 'ingest', ...(route.tokenHeader !== undefined && { tokenHeader: route.tokenHeader }) },
      onRequest: (request, _reply, done) => {
        const hold = admission.admit(request.headers['content-length']);
        if (hold === undefined) {
          done(new FlamehouseError('FH_ERR_INGEST_BUSY'));
          return;
        }
        held.set(request, hold);
        done();
      },
      preParsing: (request, _reply, payload, done) => {
        const hold = held.get(request);
        done(null, hold !== undefined && request.headers['content-length'] === undefined ? admission.meter(hold, payload) : payload);
      },
      onResponse: async (request, reply) => {
        release(request);
        metrics.ingestSeconds.observe({ format }, reply.elapsedTime / 1000);
      },
      onRequestAbort: (request, done) => {
        release(request);
        done();
      },
      onError: async (_request, _reply, error) => {
        metrics.uploads.inc({ format, outcome: 'refused' });
        metrics.refusals.inc({ code: isFlamehouseError(error) ? error.code : 'FH_ERR_INTERNAL' });
      },
      handler: async (request: FastifyRequest, reply: FastifyReply) => {
        const receivedMs = Date.now();
        const body = request.body;
        if (body === undefined || body === null) throw new FlamehouseError('FH_ERR_INGEST_EMPTY_BODY');
        if (!Buffer.isBuffer(body)) throw new FlamehouseError('FH_ERR_BAD_CONTENT_TYPE');
        metrics.uploadBytes.inc({ format }, body.length);
        const { job, meta } = route.toJob(request, body, receivedMs, rules);
        const [tenant, result] = await Promise.all([tenants.get(request.tenant), pool.run(job, request.tenant)]);
        const nowS = receivedMs / 1000;
        for (const batch of result.batches) {
          const newSeries = batch.series.ids.filter((id) => storedIds.needs(tenant.name, 'series', id, nowS)).length;
          if (!seriesRate.admit(`${tenant.name}\u0000${batch.service}`, newSeries, receivedMs)) {
            throw new FlamehouseError('FH_ERR_INGEST_SERIES_RATE');
          }
        }
        const outcomes = await withinDeadline(
          Promise.all(result.batches.map((batch) => tenant.writer.write(batch))),
          receivedMs + options.uploadDeadlineMs - Date.now(),
        );
        const outcome: WriteOutcome = outcomes.length > 0 && outcomes.every((o) => o === 'duplicate') ? 'duplicate' : 'stored';
        metrics.uploads.inc({ format, outcome });
        result.batches.forEach((batch, i) => {
          if (outcomes[i] !== 'stored') return;
          metrics.uploadSamples.inc(batch.sampleCount);
          metrics.uploadRows.inc(batch.samples.rows);
        });
        if (meta && outcome === 'stored') {
          const { agent, service } = meta;
          if (agent.cpuMs > 0) metrics.agentCpuSeconds.inc({ service }, agent.cpuMs / 1000);
          if (agent.processCpuMs > 0) metrics.agentProcessCpuSeconds.inc({ service }, agent.processCpuMs / 1000);
          if (agent.uploadBytes > 0) metrics.agentUploadBytes.inc({ service }, agent.uploadBytes);
          if (agent.failures > 0) metrics.agentFailures.inc({ service }, agent.failures);
          if (agent.dropped > 0) metrics.agentDropped.inc({ service }, agent.dropped);
        }
        return (route.respond ?? defaultAnswer)(reply, result, outcome);
      },
    });
  };
  addRoute(app, INGEST_PATH, {
    format: 'flamehouse',
    toJob: (request, body, receivedMs, jobRules) => {
      const meta = parseUploadMeta(request.query as QueryParams, body, receivedMs);
      return { job: { kind: 'pprof', body, meta, rules: jobRules }, meta };
    },
  });
  registerPyroscopeIngest(app, addRoute, options.maxUploadBytes);
  registerDatadogIntake(app, addRoute, options.maxUploadBytes);
  registerOtlpIngest(app, addRoute, options.maxUploadBytes);
}

/**
 * Waits for the upload to be stored, but answers 503 once its deadline
 * passes: the agent must hear back before its own timeout, or it resends
 * while this copy may still be stored. The write goes on; a resend of the
 * same id waits for it instead of storing it again.
 */
async function withinDeadline<T>(stored: Promise<T>, remainingMs: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new FlamehouseError('FH_ERR_INGEST_DEADLINE')), Math.max(0, remainingMs));
  });
  try {
    return await Promise.race([stored, deadline]);
  } finally {
    clearTimeout(timer);
  }
}
