// Server configuration: defaults here, then environment variables, then code
// options. Validated once at boot; a bad value stops the server with a message
// that names the variable.

export interface ServerConfig {
  readonly host: string;
  readonly port: number;
  /** Embedded chdb data directory, used when `clickhouseUrl` is empty. */
  readonly dataDir: string;
  readonly clickhouseUrl: string;
  readonly clickhouseUser: string;
  readonly clickhousePassword: string;
  readonly clickhouseDatabase: string;
  /** When set, DDL uses Replicated tables and Distributed tables on this cluster. */
  readonly clickhouseCluster: string;
  readonly maxUploadBytes: number;
  readonly maxProfileBytes: number;
  readonly insertFlushMs: number;
  readonly insertMaxRows: number;
  /** Uploads being decoded, normalized or waiting for storage at once; beyond it uploads get a 503. */
  readonly maxInflightUploads: number;
  /** Bytes of those uploads' bodies (as their Content-Length says, or as a chunked one arrives); beyond it uploads get a 503. */
  readonly maxInflightUploadBytes: number;
  /** An upload not stored by then is answered 503; below the agent's 10 s timeout so the answer reaches it. */
  readonly uploadDeadlineMs: number;
  readonly retentionDays: number;
  readonly queryTimeoutS: number;
  readonly queryMaxRowsRead: number;
  readonly queryMaxBytesRead: number;
  readonly queryMaxResultRows: number;
  readonly queryMaxMemoryBytes: number;
  /** Bytes of stacks and frames kept in memory for queries. */
  readonly cacheMaxBytes: number;
  readonly maxUploadSamples: number;
  readonly maxUploadLocations: number;
  readonly maxUploadStrings: number;
  readonly maxLabelsPerSample: number;
  readonly maxUploadLabelSets: number;
  readonly maxNewSeriesPerMinute: number;
  /** Threads that gunzip, decode and normalize uploads, off the event loop; 0: one per core. */
  readonly ingestThreads: number;
  /** Tokens, tenants and scopes; empty: no authentication, one tenant. */
  readonly authFile: string;
  readonly slowRequestMs: number;
  /** Longest a client may take to send a whole request, body included: a slow sender cannot hold an upload's place. */
  readonly requestTimeoutMs: number;
  readonly logLevel: 'silent' | 'error' | 'warn' | 'info' | 'debug';
}

interface Setting {
  readonly env: string;
  readonly kind: 'string' | 'int' | 'url' | 'level';
  readonly min?: number;
  readonly description: string;
}

export const DEFAULT_CONFIG: ServerConfig = Object.freeze({
  host: '127.0.0.1',
  port: 4040,
  dataDir: './data',
  clickhouseUrl: '',
  clickhouseUser: 'default',
  clickhousePassword: '',
  clickhouseDatabase: 'flamehouse',
  clickhouseCluster: '',
  maxUploadBytes: 8 * 1024 * 1024,
  maxProfileBytes: 64 * 1024 * 1024,
  insertFlushMs: 1000,
  insertMaxRows: 100_000,
  // An open-loop fleet keeps rate × acknowledgement latency uploads in flight: 2,000 agents at ~0.8 s hold ~160,
  // and 256 refused a fleet of 2,000 as soon as latency passed 1.3 s (bench/RESULTS.md §25). 1,024 waiting
  // uploads drain in ~4 s here, inside the upload deadline.
  maxInflightUploads: 1024,
  maxInflightUploadBytes: 256 * 1024 * 1024,
  uploadDeadlineMs: 8000,
  retentionDays: 30,
  queryTimeoutS: 30,
  queryMaxRowsRead: 2_000_000_000,
  queryMaxBytesRead: 64 * 1024 ** 3,
  queryMaxResultRows: 2_000_000,
  queryMaxMemoryBytes: 4 * 1024 ** 3,
  cacheMaxBytes: 256 * 1024 ** 2,
  maxUploadSamples: 200_000,
  maxUploadLocations: 200_000,
  maxUploadStrings: 500_000,
  maxLabelsPerSample: 64,
  maxUploadLabelSets: 2_000,
  maxNewSeriesPerMinute: 10_000,
  ingestThreads: 0,
  authFile: '',
  slowRequestMs: 1_000,
  // An 8 MiB upload (the largest accepted) arrives within it at ~1.2 Mbit/s.
  requestTimeoutMs: 60_000,
  logLevel: 'info',
});

/** One row per option: the README's configuration table is checked against this. */
export const SETTINGS: Readonly<Record<keyof ServerConfig, Setting>> = {
  host: { env: 'FLAMEHOUSE_HOST', kind: 'string', description: 'address to listen on' },
  port: { env: 'FLAMEHOUSE_PORT', kind: 'int', min: 0, description: 'port to listen on (4040, as Pyroscope SDKs expect)' },
  dataDir: { env: 'FLAMEHOUSE_DATA_DIR', kind: 'string', description: 'embedded ClickHouse (chdb) data directory' },
  clickhouseUrl: { env: 'CLICKHOUSE_URL', kind: 'url', description: 'ClickHouse server to use instead of embedded chdb' },
  clickhouseUser: { env: 'CLICKHOUSE_USER', kind: 'string', description: 'ClickHouse user' },
  clickhousePassword: { env: 'CLICKHOUSE_PASSWORD', kind: 'string', description: 'ClickHouse password' },
  clickhouseDatabase: { env: 'CLICKHOUSE_DATABASE', kind: 'string', description: 'database holding Flamehouse tables' },
  clickhouseCluster: {
    env: 'CLICKHOUSE_CLUSTER',
    kind: 'string',
    description: 'cluster name: replicated and distributed tables ON CLUSTER',
  },
  maxUploadBytes: { env: 'FLAMEHOUSE_MAX_UPLOAD_BYTES', kind: 'int', min: 1024, description: 'largest upload body accepted' },
  maxProfileBytes: {
    env: 'FLAMEHOUSE_MAX_PROFILE_BYTES',
    kind: 'int',
    min: 1024,
    description: 'largest profile after gunzip',
  },
  insertFlushMs: { env: 'FLAMEHOUSE_INSERT_FLUSH_MS', kind: 'int', min: 10, description: 'how long uploads are batched before an insert' },
  insertMaxRows: { env: 'FLAMEHOUSE_INSERT_MAX_ROWS', kind: 'int', min: 100, description: 'sample rows that force an insert' },
  maxInflightUploads: {
    env: 'FLAMEHOUSE_MAX_INFLIGHT_UPLOADS',
    kind: 'int',
    min: 1,
    description: 'uploads handled at once; more are refused with 503 and Retry-After',
  },
  maxInflightUploadBytes: {
    env: 'FLAMEHOUSE_MAX_INFLIGHT_UPLOAD_BYTES',
    kind: 'int',
    min: 1024,
    description: 'body bytes of the uploads handled at once (by Content-Length, or as a chunked body arrives); more are refused with 503 and Retry-After',
  },
  uploadDeadlineMs: {
    env: 'FLAMEHOUSE_UPLOAD_DEADLINE_MS',
    kind: 'int',
    min: 100,
    description: "how long an upload may wait to be stored before it is answered 503 (keep it below the agents' timeout)",
  },
  retentionDays: { env: 'FLAMEHOUSE_RETENTION_DAYS', kind: 'int', min: 1, description: 'days samples are kept (TTL)' },
  queryTimeoutS: { env: 'FLAMEHOUSE_QUERY_TIMEOUT_S', kind: 'int', min: 1, description: 'longest a query may run' },
  queryMaxRowsRead: { env: 'FLAMEHOUSE_QUERY_MAX_ROWS_READ', kind: 'int', min: 1000, description: 'rows one query may read' },
  queryMaxBytesRead: {
    env: 'FLAMEHOUSE_QUERY_MAX_BYTES_READ',
    kind: 'int',
    min: 1024 * 1024,
    description: 'bytes (uncompressed) one query may read',
  },
  queryMaxResultRows: {
    env: 'FLAMEHOUSE_QUERY_MAX_RESULT_ROWS',
    kind: 'int',
    min: 1000,
    description: 'rows one query may return to the server (stacks of a flamegraph, points of a series)',
  },
  queryMaxMemoryBytes: { env: 'FLAMEHOUSE_QUERY_MAX_MEMORY_BYTES', kind: 'int', min: 16 * 1024 * 1024, description: 'memory one query may use in ClickHouse' },
  cacheMaxBytes: { env: 'FLAMEHOUSE_CACHE_MAX_BYTES', kind: 'int', min: 1024 * 1024, description: 'bytes of stacks and frames kept in memory for queries' },
  maxUploadSamples: { env: 'FLAMEHOUSE_MAX_UPLOAD_SAMPLES', kind: 'int', min: 1, description: 'samples one upload may hold' },
  maxUploadLocations: {
    env: 'FLAMEHOUSE_MAX_UPLOAD_LOCATIONS',
    kind: 'int',
    min: 1,
    description: 'locations, and functions, one upload may hold',
  },
  maxUploadStrings: { env: 'FLAMEHOUSE_MAX_UPLOAD_STRINGS', kind: 'int', min: 1, description: "entries of one upload's string table" },
  maxLabelsPerSample: { env: 'FLAMEHOUSE_MAX_LABELS_PER_SAMPLE', kind: 'int', min: 1, description: 'labels one sample may carry' },
  maxUploadLabelSets: {
    env: 'FLAMEHOUSE_MAX_UPLOAD_LABEL_SETS',
    kind: 'int',
    min: 1,
    description: 'distinct label sets (series) one upload may create',
  },
  maxNewSeriesPerMinute: {
    env: 'FLAMEHOUSE_MAX_NEW_SERIES_PER_MINUTE',
    kind: 'int',
    min: 1,
    description: 'new label sets a service may create per minute; more are refused with 429',
  },
  ingestThreads: {
    env: 'FLAMEHOUSE_INGEST_THREADS',
    kind: 'int',
    min: 0,
    description: 'threads that decode uploads off the event loop; 0: one per core',
  },
  authFile: {
    env: 'FLAMEHOUSE_AUTH_FILE',
    kind: 'string',
    description: 'JSON file of tokens with their tenants and scopes; unset, no authentication and one tenant',
  },
  slowRequestMs: { env: 'FLAMEHOUSE_SLOW_REQUEST_MS', kind: 'int', min: 1, description: 'requests slower than this are logged; uploads, slower than this past FLAMEHOUSE_INSERT_FLUSH_MS, the wait for their batch' },
  requestTimeoutMs: {
    env: 'FLAMEHOUSE_REQUEST_TIMEOUT_MS',
    kind: 'int',
    min: 1000,
    description: 'longest a client may take to send a whole request, body included; slower ones are answered 408 and cut off',
  },
  logLevel: { env: 'FLAMEHOUSE_LOG_LEVEL', kind: 'level', description: 'silent, error, warn, info or debug' },
};

const LEVELS = new Set(['silent', 'error', 'warn', 'info', 'debug']);

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n  ${problems.join('\n  ')}`);
    this.name = 'ConfigError';
  }
}

function parseValue(setting: Setting, raw: string, problems: string[]): string | number | undefined {
  switch (setting.kind) {
    case 'int': {
      const value = Number(raw);
      if (!/^\d+$/.test(raw.trim()) || !Number.isSafeInteger(value) || value < (setting.min ?? 0)) {
        problems.push(`${setting.env}=${raw}: expected a whole number >= ${setting.min ?? 0}`);
        return undefined;
      }
      return value;
    }
    case 'url':
      if (raw !== '' && !URL.canParse(raw)) {
        problems.push(`${setting.env}=${raw}: expected a URL such as http://clickhouse:8123`);
        return undefined;
      }
      return raw;
    case 'level':
      if (!LEVELS.has(raw)) {
        problems.push(`${setting.env}=${raw}: expected one of ${[...LEVELS].join(', ')}`);
        return undefined;
      }
      return raw;
    case 'string':
      return raw;
  }
}

/** Defaults, overlaid by the environment, overlaid by `overrides`; throws ConfigError listing every problem. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<ServerConfig> = {}): ServerConfig {
  const problems: string[] = [];
  const merged: Record<string, unknown> = { ...DEFAULT_CONFIG };
  for (const [key, setting] of Object.entries(SETTINGS)) {
    const raw = env[setting.env];
    if (raw === undefined || raw === '') continue;
    const value = parseValue(setting, raw, problems);
    if (value !== undefined) merged[key] = value;
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return Object.freeze({ ...(merged as unknown as ServerConfig), ...overrides });
}
