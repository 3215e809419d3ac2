import type { FastifyError, FastifyInstance } from 'fastify';
import type { ApiError } from '@flamehouse/proto';
import { ERRORS, FlamehouseError, isFlamehouseError, type ErrorCode } from '../errors.js';

// Fastify's own 4xx codes, in our registry's terms.
const FASTIFY_CODES: Readonly<Record<string, ErrorCode>> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'FH_ERR_INGEST_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'FH_ERR_BAD_CONTENT_TYPE',
  FST_ERR_CTP_EMPTY_TYPE: 'FH_ERR_BAD_CONTENT_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'FH_ERR_INGEST_BAD_PPROF',
  FST_ERR_VALIDATION: 'FH_ERR_QUERY_BAD_PARAM',
};

function toFlamehouseError(error: unknown): FlamehouseError {
  if (isFlamehouseError(error)) return error;
  const fastifyCode = (error as FastifyError | undefined)?.code;
  const mapped = fastifyCode ? FASTIFY_CODES[fastifyCode] : undefined;
  if (mapped) return new FlamehouseError(mapped, undefined, { cause: error });
  return new FlamehouseError('FH_ERR_INTERNAL', undefined, { cause: error });
}

/** Clients see a code and a message, never a stack or SQL; the log keeps the cause. */
export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error, request, reply) => {
    const mapped = toFlamehouseError(error);
    if (mapped.status >= 500) request.log.error({ err: mapped.cause ?? mapped, code: mapped.code }, mapped.message);
    else request.log.info({ code: mapped.code }, mapped.message);
    const body: ApiError = { code: mapped.code, message: mapped.message };
    if (mapped.retryAfterS !== undefined) void reply.header('retry-after', String(mapped.retryAfterS));
    void reply.status(mapped.status).send(body);
  });
  app.setNotFoundHandler((_request, reply) => {
    const body: ApiError = { code: 'FH_ERR_NOT_FOUND', message: ERRORS.FH_ERR_NOT_FOUND.message };
    void reply.status(404).send(body);
  });
}
