import type { FastifyInstance } from 'fastify';
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

const isJson = (contentType: string | undefined): boolean => (contentType ?? '').trim().toLowerCase().startsWith(JSON_TYPE);
