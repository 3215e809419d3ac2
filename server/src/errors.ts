// Every error a client can see, declared once: a stable code, the HTTP status
// and a message. Clients match on `code`; messages may improve over time.

interface ErrorSpec {
  readonly status: number;
  readonly message: string;
  /** Sent as `Retry-After` (seconds): the agent waits that long before it uploads again. */
  readonly retryAfterS?: number;
}

export const ERRORS = {
  FH_ERR_INGEST_EMPTY_BODY: { status: 400, message: 'the upload has no body' },
  FH_ERR_INGEST_TOO_LARGE: { status: 413, message: 'the upload is larger than the server accepts' },
  FH_ERR_INGEST_BAD_GZIP: { status: 400, message: 'the upload is not valid gzip' },
  FH_ERR_INGEST_BAD_PPROF: { status: 400, message: 'the upload is not a valid pprof profile' },
  FH_ERR_INGEST_BAD_ZSTD: { status: 400, message: 'the upload is not valid zstd' },
  FH_ERR_INGEST_ZSTD_UNSUPPORTED: {
    status: 415,
    message: 'the upload is zstd-compressed, which this server’s Node.js cannot decompress (zstd needs Node 22.15+ or 24+); send gzip or run the server on a newer Node',
  },
  FH_ERR_INGEST_BAD_MULTIPART: { status: 400, message: 'the upload is not a valid multipart/form-data body' },
  FH_ERR_INGEST_TOO_MANY_PARTS: { status: 413, message: 'the multipart upload has more parts than the server accepts' },
  FH_ERR_INGEST_BAD_FOLDED: { status: 400, message: 'the upload is not valid folded text: one `frame;frame;… count` per line' },
  FH_ERR_INGEST_UNKNOWN_PROFILE_TYPE: {
    status: 400,
    message: 'the profile type named by the upload is not one Flamehouse stores (cpu, wall, inuse_space, inuse_objects)',
  },
  FH_ERR_INGEST_BAD_DATADOG: { status: 400, message: 'the Datadog profile upload is malformed (its event part or tags)' },
  FH_ERR_INGEST_BAD_OTLP: { status: 400, message: 'the upload is not a valid OTLP ExportProfilesServiceRequest' },
  FH_ERR_INGEST_NO_KNOWN_TYPES: {
    status: 400,
    message: 'the profile has no sample type Flamehouse stores (cpu, wall, inuse_space, inuse_objects)',
  },
  FH_ERR_INGEST_BUSY: {
    status: 503,
    message: 'the server is busy with other uploads; retry later',
    retryAfterS: 1,
  },
  FH_ERR_INGEST_DEADLINE: {
    status: 503,
    message: 'the upload was not stored within the server’s deadline; send it again with the same upload_id',
    retryAfterS: 1,
  },
  FH_ERR_BAD_CONTENT_TYPE: {
    status: 415,
    message:
      'the body’s Content-Type is not one this route reads (pprof: application/octet-stream; dd-trace: multipart/form-data; OTLP: application/x-protobuf or application/json)',
  },
  FH_ERR_INGEST_BAD_VALUE: {
    status: 400,
    message: 'the profile holds a negative sample value, or values too large to add up exactly',
  },
  FH_ERR_INGEST_BAD_TIME: {
    status: 400,
    message: 'the profile is dated outside the time the server keeps (its retention, up to a day ahead)',
  },
  FH_ERR_INGEST_TOO_MANY_SAMPLES: { status: 413, message: 'the profile has more samples than the server accepts in one upload' },
  FH_ERR_INGEST_TOO_MANY_LOCATIONS: {
    status: 413,
    message: 'the profile has more locations or functions than the server accepts in one upload',
  },
  FH_ERR_INGEST_TOO_MANY_STRINGS: { status: 413, message: 'the profile’s string table is larger than the server accepts' },
  FH_ERR_INGEST_TOO_MANY_LABELS: {
    status: 413,
    message: 'a sample has more labels than the server accepts, or the profile more distinct label sets',
  },
  FH_ERR_INGEST_SERIES_RATE: {
    status: 429,
    message: 'the service creates new label sets faster than the server accepts; keep per-request values out of labels',
    retryAfterS: 60,
  },
  FH_ERR_QUERY_BAD_PARAM: { status: 400, message: 'a query parameter is invalid' },
  FH_ERR_QUERY_TOO_LARGE: {
    status: 413,
    message: 'the query would read or return more than the server allows; narrow the time range or the selection',
  },
  FH_ERR_BAD_REQUEST: { status: 400, message: 'the request is malformed' },
  FH_ERR_HEADERS_TOO_LARGE: { status: 431, message: 'the request headers are larger than the server accepts' },
  FH_ERR_REQUEST_TIMEOUT: { status: 408, message: 'the request did not arrive in full within the time the server allows; send it again' },
  FH_ERR_UNAUTHENTICATED: { status: 401, message: 'a valid token is required: Authorization: Bearer <token>' },
  FH_ERR_FORBIDDEN: { status: 403, message: 'the token does not allow this request' },
  FH_ERR_QUERY_TIMEOUT: { status: 504, message: 'the query took longer than the server allows' },
  FH_ERR_NOT_FOUND: { status: 404, message: 'no such route' },
  FH_ERR_STORAGE_UNAVAILABLE: { status: 503, message: 'storage is unavailable; retry later', retryAfterS: 5 },
  FH_ERR_INTERNAL: { status: 500, message: 'internal error' },
} as const satisfies Record<string, ErrorSpec>;

export type ErrorCode = keyof typeof ERRORS;

export class FlamehouseError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly retryAfterS: number | undefined;

  /** `detail` replaces the registry's message when it says more precisely what was wrong. */
  constructor(code: ErrorCode, detail?: string, options?: { cause?: unknown }) {
    super(detail ?? ERRORS[code].message, options);
    this.name = 'FlamehouseError';
    this.code = code;
    this.status = ERRORS[code].status;
    this.retryAfterS = (ERRORS[code] as ErrorSpec).retryAfterS;
  }
}

export function isFlamehouseError(error: unknown): error is FlamehouseError {
  return error instanceof FlamehouseError;
}
