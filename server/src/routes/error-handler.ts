import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest, FastifyServerOptions } from 'fastify';
import type { ApiError } from '@flamehouse/proto';
import { ERRORS, FlamehouseError, isFlamehouseError, type ErrorCode } from '../errors.js';

// Fastify's own 4xx codes, in our registry's terms.
const FASTIFY_CODES: Readonly<Record<string, ErrorCode>> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'FH_ERR_INGEST_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'FH_ERR_BAD_CONTENT_TYPE',
  FST_ERR_CTP_EMPTY_TYPE: 'FH_ERR_BAD_CONTENT_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'FH_ERR_BAD_REQUEST',
  FST_ERR_VALIDATION: 'FH_ERR_QUERY_BAD_PARAM',
  FST_ERR_BAD_URL: 'FH_ERR_BAD_REQUEST',
};

// Any other client error fastify or a plugin raises, by its status. A static
// file refused (403: a dotfile, a path outside the UI) is as absent as any other.
const CLIENT_STATUSES: Readonly<Record<number, ErrorCode>> = {
  403: 'FH_ERR_NOT_FOUND',
  404: 'FH_ERR_NOT_FOUND',
  413: 'FH_ERR_INGEST_TOO_LARGE',
  415: 'FH_ERR_BAD_CONTENT_TYPE',
  431: 'FH_ERR_HEADERS_TOO_LARGE',
};

function toFlamehouseError(error: unknown): FlamehouseError {
  if (isFlamehouseError(error)) return error;
  const { code, statusCode } = (error ?? {}) as Partial<FastifyError>;
  const mapped = code ? FASTIFY_CODES[code] : undefined;
  if (mapped) return new FlamehouseError(mapped, undefined, { cause: error });
  if (statusCode !== undefined && statusCode >= 400 && statusCode < 500) {
    return new FlamehouseError(CLIENT_STATUSES[statusCode] ?? 'FH_ERR_BAD_REQUEST', undefined, { cause: error });
  }
  return new FlamehouseError('FH_ERR_INTERNAL', undefined, { cause: error });
}

const QUIET_PERIOD_MS = 60_000;

/** How an error reaches the client: our `{code, message}`, or another protocol's shape (Connect's). */
export type ErrorSender = (reply: FastifyReply, error: FlamehouseError) => void;

/**
 * Clients see a code and a message, never a stack or SQL; the log keeps the
 * cause. A refusal that asks the client to come back later (503 with
 * Retry-After: storage behind, too busy) is expected under load: it is logged
 * at warn, without a stack, at most once a minute per code. In an
 * encapsulated plugin with its own `send`, this covers that plugin's routes.
 */
export function installErrorHandling(app: FastifyInstance, send: ErrorSender = sendError): void {
  const lastWarnedMs = new Map<ErrorCode, number>();
  app.setErrorHandler((error, request, reply) => {
    const mapped = toFlamehouseError(error);
    if (mapped.retryAfterS !== undefined) {
      const nowMs = Date.now();
      if (nowMs - (lastWarnedMs.get(mapped.code) ?? -Infinity) >= QUIET_PERIOD_MS) {
        lastWarnedMs.set(mapped.code, nowMs);
        request.log.warn({ code: mapped.code }, `${mapped.message} (logged once a minute)`);
      }
    } else if (mapped.status >= 500) {
      request.log.error({ err: mapped.cause ?? mapped, code: mapped.code }, mapped.message);
    } else {
      request.log.info({ code: mapped.code }, mapped.message);
    }
    send(reply, mapped);
  });
  app.setNotFoundHandler((_request, reply) => send(reply, new FlamehouseError('FH_ERR_NOT_FOUND')));
}

function sendError(reply: FastifyReply, error: FlamehouseError): void {
  const body: ApiError = { code: error.code, message: error.message };
  if (error.retryAfterS !== undefined) void reply.header('retry-after', String(error.retryAfterS));
  void reply.status(error.status).send(body);
}

/** Errors fastify meets before routing (a URL that does not decode): the same shape as every other. */
export const frameworkErrors: NonNullable<FastifyServerOptions['frameworkErrors']> = (
  error: FastifyError,
  _request: FastifyRequest,
  reply: FastifyReply,
) => sendError(reply, toFlamehouseError(error));

const CLIENT_ERRORS: Readonly<Record<string, ErrorCode>> = {
  HPE_HEADER_OVERFLOW: 'FH_ERR_HEADERS_TOO_LARGE',
  ERR_HTTP_REQUEST_TIMEOUT: 'FH_ERR_REQUEST_TIMEOUT',
};

/**
 * Errors Node's HTTP server meets outside fastify's routing (headers too
 * large, a malformed request line, a request not received in full within
 * FLAMEHOUSE_REQUEST_TIMEOUT_MS): answered in the same `{code, message}`
 * shape, then the connection is closed.
 */
export function clientErrorHandler(error: NodeJS.ErrnoException, socket: Socket): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const code = CLIENT_ERRORS[error.code ?? ''] ?? 'FH_ERR_BAD_REQUEST';
  const { status, message } = ERRORS[code];
  const body = JSON.stringify({ code, message } satisfies ApiError);
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n` +
      `content-type: application/json; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
  );
}
