import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { INGEST_PARAMS, INGEST_PATH } from '@flamehouse/proto';
import { FlamehouseError } from '../errors.js';
import { decodePprof } from '../ingest/decode.js';
import type { FrameIds } from '../ingest/frame-ids.js';
import { normalizeProfile, type UploadMeta } from '../ingest/normalize.js';
import { clientUploadId, contentUploadId } from '../ingest/upload-id.js';
import type { BatchWriter } from '../storage/writer.js';
import { parseTime, type QueryParams } from '../query/selection.js';

export interface IngestOptions {
  readonly writer: BatchWriter;
  readonly frameIds: FrameIds;
  readonly maxUploadBytes: number;
  readonly maxProfileBytes: number;
  readonly maxInflightUploads: number;
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

function lastOf(query: QueryParams, name: string): string | undefined {
  const value = query[name];
  return Array.isArray(value) ? value[value.length - 1] : value;
}

/** What our agent's upload says about its profile; `body` names the upload when no upload_id came with it. */
export function parseUploadMeta(query: QueryParams, body: Uint8Array, receivedMs: number): UploadMeta {
  const one = (name: string): string | undefined => lastOf(query, name);
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
      uploadBytes: count(INGEST_PARAMS.agentUploadBytes),
      failures: count(INGEST_PARAMS.agentFailures),
    },
    receivedMs,
  };
}

/**
 * Pyroscope SDKs' upload (`POST /ingest?name=app{k=v,…}&from=<unix s>&until=<unix s>`, body
 * raw pprof), so a service already instrumented for Pyroscope can send here unchanged.
 */
export function parsePyroscopeMeta(query: QueryParams, body: Uint8Array, receivedMs: number): UploadMeta {
  const one = (name: string): string | undefined => lastOf(query, name);
  const name = one('name') ?? '';
  const brace = name.indexOf('{');
  const service = brace < 0 ? name : name.slice(0, brace);
  const labels: string[] = [];
  if (brace >= 0) {
    if (!name.endsWith('}')) throw badUpload(`name=${name.slice(0, 80)}: expected app{key=value,…}`);
    for (const pair of name.slice(brace + 1, -1).split(',')) if (pair.trim() !== '') labels.push(pair.trim());
  }
  const seconds = (param: string): string | undefined => {
    const raw = one(param);
    return raw !== undefined && /^\d+$/.test(raw) ? String(Number(raw) * 1000) : raw;
  };
  // Pyroscope SDKs send no id of their own: a retry repeats the query and the bytes.
  const uploadId = contentUploadId(['/ingest', name, one('from') ?? '', one('until') ?? '', one('format') ?? ''], body);
  const translated: QueryParams = {
    [INGEST_PARAMS.service]: service,
    [INGEST_PARAMS.label]: labels,
    [INGEST_PARAMS.fromMs]: seconds('from'),
    [INGEST_PARAMS.untilMs]: seconds('until'),
    [INGEST_PARAMS.uploadId]: uploadId,
  };
  return parseUploadMeta(translated, body, receivedMs);
}

/**
 * Uploads answer once stored: `POST /api/v1/ingest` (ours) and `POST /ingest` (Pyroscope SDKs').
 * At most `maxInflightUploads` are decoded or wait for storage at once; the
 * others are refused with a 503 and Retry-After, so agents back off instead of
 * piling up latency and memory here.
 */
export function registerIngest(app: FastifyInstance, options: IngestOptions): void {
  app.addContentTypeParser(
    ['application/octet-stream', 'application/x-protobuf', 'application/vnd.google.protobuf'],
    { parseAs: 'buffer', bodyLimit: options.maxUploadBytes },
    (_request, body, done) => done(null, body),
  );
  let inflight = 0;
  const ingest = (parseMeta: (query: QueryParams, body: Uint8Array, receivedMs: number) => UploadMeta) => async (
    request: FastifyRequest,
    reply: FastifyReply,
  ) => {
    const receivedMs = Date.now();
    const body = request.body;
    if (body === undefined || body === null) throw new FlamehouseError('FH_ERR_INGEST_EMPTY_BODY');
    if (!Buffer.isBuffer(body)) throw new FlamehouseError('FH_ERR_BAD_CONTENT_TYPE');
    const meta = parseMeta(request.query as QueryParams, body, receivedMs);
    if (inflight >= options.maxInflightUploads) throw new FlamehouseError('FH_ERR_INGEST_BUSY');
    inflight++;
    try {
      const batch = normalizeProfile(decodePprof(body, options.maxProfileBytes), meta, options.frameIds);
      const outcome = await withinDeadline(options.writer.write(batch), receivedMs + options.uploadDeadlineMs - Date.now());
      return reply.status(200).send({
        stored: { types: batch.profiles.map((p) => p[1]), sampleRows: batch.samples.length },
        duplicate: outcome === 'duplicate',
      });
    } finally {
      inflight--;
    }
  };
  app.post(INGEST_PATH, ingest(parseUploadMeta));
  app.post('/ingest', ingest(parsePyroscopeMeta));
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
