import { gunzipSync } from 'node:zlib';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import Long from 'long';
import type { IConversionOptions, Writer } from 'protobufjs';
import { FlamehouseError } from '../errors.js';
import { installErrorHandling } from '../routes/error-handler.js';

// Connect's unary protocol over HTTP (connectrpc.com/docs/protocol), as
// Grafana's Pyroscope data source (binary protobuf, `application/proto`) and
// the Profiles Drilldown app (`application/json`, proto3 JSON) call it:
// `POST /<package>.<Service>/<Method>`, the request message as the whole body,
// the answer in the codec of the request, errors as `{code, message}` JSON.

/** What a generated protobufjs message class offers. */
export interface MessageType<Message, Init> {
  create(properties?: Init): Message;
  encode(message: Init): Writer;
  decode(bytes: Uint8Array): Message;
  fromObject(object: Record<string, unknown>): Message;
  toObject(message: Message, options?: IConversionOptions): Record<string, unknown>;
}

type Codec = 'proto' | 'json';

const CONTENT_TYPES: Readonly<Record<Codec, string>> = { proto: 'application/proto', json: 'application/json' };
// Inflated request bodies; the compressed body is bounded by fastify's bodyLimit.
const MAX_INFLATED_BYTES = 8 * 1024 * 1024;
// proto3 JSON: 64-bit integers as strings, enums by name, every field that is not its default.
const JSON_OPTIONS: IConversionOptions = { longs: String, enums: String, json: true };

function badRequest(message: string): FlamehouseError {
  return new FlamehouseError('FH_ERR_BAD_REQUEST', message);
}

function codecOf(contentType: string | undefined): Codec {
  const mediaType = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (mediaType === 'application/proto') return 'proto';
  if (mediaType === 'application/json') return 'json';
  throw new FlamehouseError('FH_ERR_BAD_CONTENT_TYPE', `Connect requests are application/proto or application/json, not "${mediaType}"`);
}

function inflate(request: FastifyRequest, body: Buffer): Buffer {
  const encoding = String(request.headers['content-encoding'] ?? 'identity').toLowerCase();
  if (encoding === 'identity') return body;
  if (encoding !== 'gzip') throw badRequest(`content-encoding ${encoding} is not supported: send gzip or identity`);
  try {
    return gunzipSync(body, { maxOutputLength: MAX_INFLATED_BYTES });
  } catch {
    throw badRequest(`the body is not gzip, or inflates beyond ${MAX_INFLATED_BYTES} bytes`);
  }
}

/** proto3 JSON accepts the .proto field names (`label_selector`) as well as the JSON ones (`labelSelector`). */
function jsonNames(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(jsonNames);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase()), jsonNames(inner)]));
}

/**
 * fromObject reads numbers leniently ("12abc" as 12, "abc" as 0, 2^64 wrapped):
 * every 64-bit integer must be one exactly, and every double a number.
 */
function checkNumbers(json: unknown, message: unknown, path: string): void {
  if (Array.isArray(json)) {
    json.forEach((item, i) => checkNumbers(item, (message as unknown[] | undefined)?.[i], `${path}[${i}]`));
  } else if (json !== null && typeof json === 'object') {
    for (const [key, item] of Object.entries(json)) checkNumbers(item, (message as Record<string, unknown> | undefined)?.[key], path ? `${path}.${key}` : key);
  } else if (Long.isLong(message)) {
    if (!sameInteger(json, message)) throw badRequest(`${path}: ${JSON.stringify(json)} is not a 64-bit integer`);
  } else if (typeof message === 'number' && Number.isNaN(message)) {
    throw badRequest(`${path}: ${JSON.stringify(json)} is not a number`);
  }
}

function sameInteger(json: unknown, value: Long): boolean {
  if (typeof json !== 'string' && typeof json !== 'number') return false;
  try {
    return BigInt(json).toString() === value.toString();
  } catch {
    return false;
  }
}

function decodeRequest<Message>(type: MessageType<Message, unknown>, codec: Codec, body: Buffer): Message {
  if (codec === 'proto') {
    try {
      return type.decode(body);
    } catch (error) {
      throw badRequest(`the body is not a valid protobuf message: ${(error as Error).message}`);
    }
  }
  let json: unknown;
  try {
    json = JSON.parse(body.toString('utf8'));
  } catch {
    throw badRequest('the body is not JSON (an empty message is {})');
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json)) throw badRequest('the body must be a JSON object');
  const named = jsonNames(json) as Record<string, unknown>;
  let message: Message;
  try {
    message = type.fromObject(named);
  } catch (error) {
    throw badRequest(`the body does not fit the message: ${(error as Error).message}`);
  }
  checkNumbers(named, message, '');
  return message;
}

// Connect's codes for our statuses, and the HTTP status each code is sent with.
const CONNECT_CODES: Readonly<Record<number, readonly [code: string, status: number]>> = {
  400: ['invalid_argument', 400],
  401: ['unauthenticated', 401],
  403: ['permission_denied', 403],
  404: ['unimplemented', 404],
  413: ['resource_exhausted', 429],
  // Connect asks for 415 on a content type the server does not speak.
  415: ['invalid_argument', 415],
  429: ['resource_exhausted', 429],
  431: ['resource_exhausted', 429],
  500: ['internal', 500],
  503: ['unavailable', 503],
  504: ['deadline_exceeded', 504],
};

/** A Connect error: `{code, message}` with Connect's code, plus our registry's code beside them (clients ignore fields they do not know). */
export function sendConnectError(reply: FastifyReply, error: FlamehouseError): void {
  const [code, status] = CONNECT_CODES[error.status] ?? (['internal', 500] as const);
  if (error.retryAfterS !== undefined) void reply.header('retry-after', String(error.retryAfterS));
  void reply.status(status).type('application/json').send({ code, message: error.message, flamehouseCode: error.code });
}

export interface ConnectService {
  /** Adds `POST /<service>/<method>`, answered in the request's codec. */
  procedure<Request, Response, ResponseInit>(
    method: string,
    requestType: MessageType<Request, unknown>,
    responseType: MessageType<Response, ResponseInit>,
    handler: (message: Request, request: FastifyRequest) => Promise<ResponseInit>,
  ): void;
}

/**
 * Registers a Connect service under `/<name>/` in a plugin of its own: every
 * body is read as bytes whatever its type, and errors there (including
 * authentication, and unknown methods: `unimplemented`) are Connect errors.
 */
export async function registerConnectService(
  app: FastifyInstance,
  name: string,
  routes: (service: ConnectService) => void,
  routeConfig: { scope: 'query' },
): Promise<void> {
  await app.register(
    (instance, _options, done) => {
      installErrorHandling(instance, sendConnectError);
      instance.removeAllContentTypeParsers();
      instance.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));
      routes({
        procedure(method, requestType, responseType, handler) {
          instance.post(`/${method}`, { config: routeConfig }, async (request, reply) => {
            const codec = codecOf(request.headers['content-type']);
            const body = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
            const message = decodeRequest(requestType, codec, inflate(request, body));
            const answer = await handler(message, request);
            // Bytes either way: fastify would add a charset to a string, and connect-go wants the media type alone.
            const payload =
              codec === 'proto'
                ? Buffer.from(responseType.encode(answer).finish())
                : Buffer.from(JSON.stringify(responseType.toObject(responseType.create(answer), JSON_OPTIONS)));
            return reply.status(200).header('content-type', CONTENT_TYPES[codec]).send(payload);
          });
        },
      });
      done();
    },
    { prefix: `/${name}` },
  );
}
