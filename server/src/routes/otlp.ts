import type { FastifyInstance } from 'fastify';
import { Writer } from 'protobufjs/minimal';
import type { ApiError } from '@flamehouse/proto';
import { OTLP_PROFILES_PATH, otlpResponse } from '../ingest/otlp.js';
import type { AddUploadRoute } from './ingest.js';

const JSON_TYPE = 'application/json';
const PROTOBUF_TYPES = ['application/x-protobuf', 'application/protobuf'];

/**
 * OTLP/HTTP profiles export, `POST /v1development/profiles`: protobuf or
 * JSON by Content-Type, answered in the same encoding with an
 * ExportProfilesServiceResponse (`partial_success` when some profiles were
 * refused, e.g. of a type Flamehouse does not store).
 */
export function registerOtlpIngest(app: FastifyInstance, addRoute: AddUploadRoute, maxUploadBytes: number): void {
  app.register((scope, _options, done) => {
    // Bodies are decoded on the decode threads, JSON included.
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser([JSON_TYPE, ...PROTOBUF_TYPES], { parseAs: 'buffer', bodyLimit: maxUploadBytes }, (_request, body, done) => done(null, body));
    // A protobuf client reads a failure as a google.rpc.Status; JSON clients get our {code, message}.
    scope.addHook('onSend', (request, reply, payload, done) => {
      if (reply.statusCode < 400 || !isProtobuf(request.headers['content-type']) || typeof payload !== 'string') {
        done(null, payload);
        return;
      }
      const error = JSON.parse(payload) as ApiError;
      void reply.header('content-type', PROTOBUF_TYPES[0]!);
      done(null, rpcStatus(GRPC_CODES[reply.statusCode] ?? GRPC_UNKNOWN, `${error.code}: ${error.message}`));
    });
    addRoute(scope, OTLP_PROFILES_PATH, {
      format: 'otlp',
      toJob: (request, body, receivedMs, rules) => ({
        job: { kind: 'otlp', body, json: isJson(request.headers['content-type']), receivedMs, rules },
      }),
      respond: (reply, result) => {
        const json = isJson(reply.request.headers['content-type']);
        return reply
          .status(200)
          .header('content-type', json ? JSON_TYPE : PROTOBUF_TYPES[0]!)
          .send(otlpResponse(result.rejected, result.rejectedMessage, json));
      },
    });
    done();
  });
}

const mediaType = (contentType: string | undefined): string => (contentType ?? '').split(';')[0]!.trim().toLowerCase();
const isJson = (contentType: string | undefined): boolean => mediaType(contentType) === JSON_TYPE;
const isProtobuf = (contentType: string | undefined): boolean => PROTOBUF_TYPES.includes(mediaType(contentType));

// gRPC status codes by HTTP status, as OTLP/HTTP maps them.
const GRPC_UNKNOWN = 2;
const GRPC_CODES: Readonly<Record<number, number>> = {
  400: 3, // INVALID_ARGUMENT
  401: 16, // UNAUTHENTICATED
  403: 7, // PERMISSION_DENIED
  404: 5, // NOT_FOUND
  413: 8, // RESOURCE_EXHAUSTED
  415: 3,
  429: 8,
  500: 13, // INTERNAL
  503: 14, // UNAVAILABLE
  504: 4, // DEADLINE_EXCEEDED
};

/** google.rpc.Status { int32 code = 1; string message = 2; } */
function rpcStatus(code: number, message: string): Buffer {
  return Buffer.from(Writer.create().uint32(0x08).int32(code).uint32(0x12).string(message).finish());
}
