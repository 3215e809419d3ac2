import type { FastifyInstance } from 'fastify';
import { FlamehouseError } from '../errors.js';
import { NO_AGENT_REPORT, type UploadMeta } from '../ingest/normalize.js';
import { parsePyroscopeName, parsePyroscopeTime, pprofService, pyroscopeFormat, textAppType } from '../ingest/pyroscope.js';
import { contentUploadId } from '../ingest/upload-id.js';
import { lastOf, type QueryParams } from '../params.js';
import type { AddUploadRoute } from './ingest.js';

const MAX_SERVICE_CHARS = 256;
const DEFAULT_SAMPLE_RATE_HZ = 100;

/**
 * Pyroscope's `POST /ingest` (and `/pyroscope/ingest`): pprof as its SDKs send
 * it, its multipart form, and folded or line text, so a service instrumented
 * for Pyroscope sends here by changing its server address. Any content type:
 * Pyroscope clients send text as octet-stream, text/plain or nothing.
 */
export function registerPyroscopeIngest(app: FastifyInstance, addRoute: AddUploadRoute, maxUploadBytes: number): void {
  app.register((scope, _options, done) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: maxUploadBytes }, (_request, body, done) => done(null, body));
    for (const path of ['/ingest', '/pyroscope/ingest']) {
      addRoute(scope, path, {
        format: 'pyroscope',
        toJob: (request, body, receivedMs, rules) => {
          const query = request.query as QueryParams;
          const one = (name: string): string | undefined => lastOf(query[name]);
          const rawName = one('name') ?? '';
          if (rawName === '') throw new FlamehouseError('FH_ERR_QUERY_BAD_PARAM', 'name is required: app{key=value,…}');
          const { app: appName, labels } = parsePyroscopeName(rawName);
          const contentType = request.headers['content-type'] ?? '';
          const format = pyroscopeFormat(one('format'), contentType, body);
          const text = format === 'folded' || format === 'lines';
          const typed = text ? textAppType(appName) : { service: pprofService(appName), type: undefined };
          // A service_name label names the service, as in Pyroscope.
          const service = labels.get('service_name') || typed.service;
          labels.delete('service_name');
          if (service.length > MAX_SERVICE_CHARS) throw new FlamehouseError('FH_ERR_QUERY_BAD_PARAM', `the service name is longer than ${MAX_SERVICE_CHARS}`);
          const time = (name: string): number | undefined => {
            const raw = one(name);
            return raw === undefined || raw === '' ? undefined : parsePyroscopeTime(name, raw);
          };
          const fromMs = time('from');
          const untilMs = time('until');
          const rate = Number(one('sampleRate'));
          // Pyroscope reads a missing or invalid rate as 100.
          const sampleRateHz = Number.isSafeInteger(rate) && rate > 0 ? rate : DEFAULT_SAMPLE_RATE_HZ;
          const identity = ['/ingest', rawName, one('from') ?? '', one('until') ?? '', format, String(sampleRateHz)];
          const meta: UploadMeta = {
            // Pyroscope SDKs send no id of their own: a retry repeats the query and the bytes.
            uploadId: format === 'multipart' ? '' : contentUploadId(identity, body),
            service,
            labels,
            ...(fromMs !== undefined && { fromMs }),
            ...(untilMs !== undefined && { untilMs }),
            agent: NO_AGENT_REPORT,
            receivedMs,
            sampleRateHz,
            pyroscopeFrameNames: true,
          };
          if (format === 'multipart') return { job: { kind: 'pyroscope-form', body, contentType, identity, meta, rules } };
          if (typed.type !== undefined) {
            return { job: { kind: 'text', body, spec: { lines: format === 'lines', type: typed.type, sampleRateHz }, meta, rules } };
          }
          return { job: { kind: 'pprof', body, meta, rules } };
        },
      });
    }
    done();
  });
}
