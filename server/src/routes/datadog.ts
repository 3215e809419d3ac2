import type { FastifyInstance } from 'fastify';
import { DATADOG_INTAKE_PATH } from '../ingest/datadog.js';
import type { AddUploadRoute } from './ingest.js';

/**
 * dd-trace cannot send an Authorization header to its agent (the user and
 * password of DD_TRACE_AGENT_URL are dropped), but it sends DD_EXTERNAL_ENV
 * as this header on every request: with tokens configured, set
 * DD_EXTERNAL_ENV to the token.
 */
export const DATADOG_TOKEN_HEADER = 'datadog-external-env';

// What a Datadog agent says it serves, for clients that ask (`GET /info`).
const AGENT_INFO = {
  version: '7.0.0-flamehouse',
  endpoints: ['/v0.4/traces', '/v0.5/traces', '/profiling/v1/input', '/telemetry/proxy/', '/v0.7/config', '/dogstatsd/v2/proxy'],
  client_drop_p0s: false,
  config: {},
};

/**
 * dd-trace's profiler intake, `POST /profiling/v1/input`, plus the other
 * agent endpoints the tracer calls, answered as an agent would so that it
 * keeps profiling and logs nothing: traces are acknowledged with an empty
 * sampling table and dropped (Flamehouse stores profiles, not traces),
 * remote configuration is always up to date, telemetry and DogStatsD lines
 * are accepted and dropped.
 */
export function registerDatadogIntake(app: FastifyInstance, addRoute: AddUploadRoute, maxUploadBytes: number): void {
  app.register((scope, _options, done) => {
    scope.addContentTypeParser('multipart/form-data', { parseAs: 'buffer', bodyLimit: maxUploadBytes }, (_request, body, done) => done(null, body));
    addRoute(scope, DATADOG_INTAKE_PATH, {
      format: 'datadog',
      tokenHeader: DATADOG_TOKEN_HEADER,
      toJob: (request, body, receivedMs, rules) => ({
        job: { kind: 'datadog', body, contentType: request.headers['content-type'] ?? '', receivedMs, rules },
      }),
      // dd-trace reads nothing from the answer; an agent answers with an empty object.
      respond: (reply) => reply.status(200).send({}),
    });
    done();
  });

  app.register((scope, _options, done) => {
    // Bodies here are read to their end and dropped, never buffered.
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', (request, payload, done) => {
      payload.on('error', done);
      payload.on('end', () => done(null, undefined));
      payload.resume();
    });
    const options = { config: { scope: 'ingest' as const, tokenHeader: DATADOG_TOKEN_HEADER } };
    scope.get('/info', options, (_request, reply) => reply.send(AGENT_INFO));
    for (const path of ['/v0.4/traces', '/v0.5/traces']) {
      // Without `rate_by_service` in the answer the tracer logs an error for every flush.
      scope.route({ method: ['PUT', 'POST'], url: path, ...options, handler: (_request, reply) => reply.send({ rate_by_service: {} }) });
    }
    scope.post('/v0.7/config', options, (_request, reply) => reply.send({}));
    scope.post('/telemetry/proxy/*', options, (_request, reply) => reply.status(202).send());
    scope.post('/dogstatsd/v2/proxy', options, (_request, reply) => reply.status(200).send());
    done();
  });
}
