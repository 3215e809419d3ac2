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
  /** An upload not stored by then is answered 503; below the agent's 10 s timeout so the answer reaches it. */
  readonly uploadDeadlineMs: number;
  readonly retentionDays: number;
  readonly queryTimeoutS: number;
  readonly stackCacheSize: number;
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
  maxInflightUploads: 256,
  uploadDeadlineMs: 8000,
  retentionDays: 30,
  queryTimeoutS: 30,
  stackCacheSize: 1_000_000,
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
  uploadDeadlineMs: {
    env: 'FLAMEHOUSE_UPLOAD_DEADLINE_MS',
    kind: 'int',
    min: 100,
    description: "how long an upload may wait to be stored before it is answered 503 (keep it below the agents' timeout)",
  },
  retentionDays: { env: 'FLAMEHOUSE_RETENTION_DAYS', kind: 'int', min: 1, description: 'days samples are kept (TTL)' },
  queryTimeoutS: { env: 'FLAMEHOUSE_QUERY_TIMEOUT_S', kind: 'int', min: 1, description: 'longest a query may run' },
  stackCacheSize: { env: 'FLAMEHOUSE_STACK_CACHE_SIZE', kind: 'int', min: 1000, description: 'stacks and frames kept in memory' },
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
