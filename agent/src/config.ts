import { parseLabelList, type Labels } from './labels.js';
import { LOG_LEVELS, type LogLevel } from './log.js';

export interface AgentConfig {
  readonly enabled: boolean;
  readonly url: string;
  readonly service: string | undefined;
  readonly version: string | undefined;
  readonly labels: Labels;
  readonly token: string | undefined;
  readonly uploadIntervalMs: number;
  readonly samplingIntervalUs: number;
  /** Undefined: sampling never pauses. */
  readonly samplingDurationMs: number | undefined;
  readonly heapIntervalBytes: number;
  readonly uploadTimeoutMs: number;
  readonly maxQueueBytes: number;
  readonly exitFlushTimeoutMs: number;
  /** Largest share of the process's CPU the agent may use, in percent; 0: no governor. */
  readonly maxCpuPercent: number;
  readonly maxCpuWindowMs: number;
  readonly spans: boolean;
  readonly sourceMaps: boolean;
  readonly workers: boolean;
  readonly logLevel: LogLevel;
}

/** Settings code may pass to `start()`; each one is validated like its variable. */
export type AgentOptions = Partial<AgentConfig>;

export type Env = Readonly<Record<string, string | undefined>>;

export const DEFAULT_CONFIG: AgentConfig = Object.freeze({
  enabled: true,
  url: 'http://127.0.0.1:4040',
  service: undefined,
  version: undefined,
  labels: Object.freeze({}),
  token: undefined,
  // The cheapest settings that keep a minute's shares within 2 points of the
  // truth: 1.8 % CPU per request on an allocation-heavy app (bench/RESULTS.md §13):
  // 29 Hz, a prime rate so no periodic work lines up with it; a heap sample
  // every 4 MiB allocated; one cut a minute.
  uploadIntervalMs: 60_000,
  samplingIntervalUs: 34_483,
  samplingDurationMs: undefined,
  heapIntervalBytes: 4 * 1024 * 1024,
  uploadTimeoutMs: 10_000,
  maxQueueBytes: 4 * 1024 * 1024,
  exitFlushTimeoutMs: 2_000,
  maxCpuPercent: 1,
  maxCpuWindowMs: 60_000,
  spans: true,
  sourceMaps: true,
  workers: false,
  logLevel: 'warn',
});

/** Longer delays overflow Node's timers, which then fire at once and warn on stderr. */
export const MAX_TIMER_MS = 2 ** 31 - 1;

interface ValueKind<T> {
  /** Completes the warning "… is not <expected>". */
  readonly expected: string;
  /** Returns undefined for a value that does not fit. */
  fromEnv(raw: string): T | undefined;
  fromCode(value: unknown): T | undefined;
  /** How a later source combines with an earlier one; by default it replaces it. */
  layer?(earlier: T, later: T): T;
}

function integer(min: number, max = Number.MAX_SAFE_INTEGER): ValueKind<number> {
  const inRange = (n: number) => (Number.isSafeInteger(n) && n >= min && n <= max ? n : undefined);
  return {
    expected: max === Number.MAX_SAFE_INTEGER ? `an integer of at least ${min}` : `an integer from ${min} to ${max}`,
    fromEnv: (raw) => (/^\d+$/.test(raw) ? inRange(Number(raw)) : undefined),
    fromCode: (value) => (typeof value === 'number' ? inRange(value) : undefined),
  };
}

function decimal(min: number, max: number): ValueKind<number> {
  const inRange = (n: number) => (Number.isFinite(n) && n >= min && n <= max ? n : undefined);
  return {
    expected: `a number from ${min} to ${max}`,
    fromEnv: (raw) => (/^\d+(\.\d+)?$/.test(raw) ? inRange(Number(raw)) : undefined),
    fromCode: (value) => (typeof value === 'number' ? inRange(value) : undefined),
  };
}

const text: ValueKind<string | undefined> = {
  expected: 'a non-empty string',
  fromEnv: (raw) => raw,
  fromCode: (value) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined),
};

const flag: ValueKind<boolean> = {
  expected: 'true or false',
  fromEnv: (raw) => (/^(true|1)$/i.test(raw) ? true : /^(false|0)$/i.test(raw) ? false : undefined),
  fromCode: (value) => (typeof value === 'boolean' ? value : undefined),
};

const httpUrl: ValueKind<string> = {
  expected: 'an http:// or https:// URL',
  fromEnv: (raw) => checkUrl(raw),
  fromCode: (value) => (typeof value === 'string' ? checkUrl(value.trim()) : undefined),
};

function checkUrl(raw: string): string | undefined {
  if (!URL.canParse(raw)) return undefined;
  const { protocol } = new URL(raw);
  // The ingest path is appended to whatever path the base URL has.
  return protocol === 'http:' || protocol === 'https:' ? raw.replace(/\/+$/, '') : undefined;
}

const labelList: ValueKind<Labels> = {
  expected: 'a list of key=value pairs separated by commas',
  fromEnv: (raw) => {
    const labels = parseLabelList(raw);
    return labels && freezeLabels(labels);
  },
  fromCode: (value) =>
    typeof value === 'object' && value !== null && Object.values(value).every((v) => typeof v === 'string')
      ? freezeLabels(value as Labels)
      : undefined,
  // Code adds to the labels the environment sets rather than wiping them.
  layer: (earlier, later) => freezeLabels({ ...earlier, ...later }),
};

function freezeLabels(labels: Labels): Labels {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, string>, labels));
}

const logLevel: ValueKind<LogLevel> = {
  expected: LOG_LEVELS.join(', ').replace(/, (?=[^,]*$)/, ' or '),
  fromEnv: (raw) => fromList(raw.toLowerCase()),
  fromCode: fromList,
};

function fromList(value: unknown): LogLevel | undefined {
  return LOG_LEVELS.find((level) => level === value);
}

interface Setting<T> {
  readonly variable: string;
  readonly description: string;
  readonly kind: ValueKind<T>;
  /** Never echo the value in a warning. */
  readonly secret?: true;
}

const SETTINGS: { readonly [K in keyof AgentConfig]: Setting<AgentConfig[K]> } = {
  enabled: {
    variable: 'FLAMEHOUSE_ENABLED',
    kind: flag,
    description: 'Set to false to load the agent without profiling or uploading anything.',
  },
  url: {
    variable: 'FLAMEHOUSE_URL',
    kind: httpUrl,
    description: 'Base URL of the Flamehouse server; profiles are posted to <url>/api/v1/ingest.',
  },
  service: {
    variable: 'FLAMEHOUSE_SERVICE',
    kind: text,
    description:
      'Service name. Unset: OTEL_SERVICE_NAME, then service.name in OTEL_RESOURCE_ATTRIBUTES, ' +
      'then the name in the nearest package.json, then unknown_service:node.',
  },
  version: {
    variable: 'FLAMEHOUSE_VERSION',
    kind: text,
    description: 'The service.version label. Unset: service.version in OTEL_RESOURCE_ATTRIBUTES.',
  },
  labels: {
    variable: 'FLAMEHOUSE_LABELS',
    kind: labelList,
    description:
      'Extra labels as key=value,key2=value2 (values percent-decoded); they win over OTEL_RESOURCE_ATTRIBUTES.',
  },
  token: {
    variable: 'FLAMEHOUSE_TOKEN',
    kind: text,
    secret: true,
    description: 'When set, every upload carries the header Authorization: Bearer <token>.',
  },
  uploadIntervalMs: {
    variable: 'FLAMEHOUSE_UPLOAD_INTERVAL_MS',
    kind: integer(1_000, MAX_TIMER_MS),
    description: 'How often the profiles are cut and uploaded, in milliseconds. The first cut comes after a random 0.5 to 1.5 intervals, so processes started together do not upload together.',
  },
  samplingIntervalUs: {
    variable: 'FLAMEHOUSE_SAMPLING_INTERVAL_US',
    kind: integer(1_000, 1_000_000),
    description: 'Wall and CPU time sampling period in microseconds (34483 is 29 Hz, 10000 is 100 Hz).',
  },
  samplingDurationMs: {
    variable: 'FLAMEHOUSE_SAMPLING_DURATION_MS',
    kind: integer(100, MAX_TIMER_MS),
    description:
      'Unset, wall and CPU time are sampled all the time. Set, they are sampled for this long in each upload interval, at a random moment in it, and the values are scaled to the whole interval: less CPU while the sampler is off, but every window start pauses the event loop while V8 re-indexes the code on the heap, for longer the larger the heap (bench/RESULTS.md §10).',
  },
  heapIntervalBytes: {
    variable: 'FLAMEHOUSE_HEAP_INTERVAL_BYTES',
    kind: integer(1_024),
    description:
      'Average bytes allocated between two heap samples. Heap sampling never pauses (in-use tracking needs it on), so its cost follows the allocation rate; a wider interval costs less (bench/RESULTS.md).',
  },
  uploadTimeoutMs: {
    variable: 'FLAMEHOUSE_UPLOAD_TIMEOUT_MS',
    kind: integer(1, MAX_TIMER_MS),
    description: 'Deadline of one upload request, in milliseconds.',
  },
  maxQueueBytes: {
    variable: 'FLAMEHOUSE_MAX_QUEUE_BYTES',
    kind: integer(0),
    description:
      'Bytes of encoded profiles kept for retry while the server is down or slow; beyond it the oldest are dropped.',
  },
  exitFlushTimeoutMs: {
    variable: 'FLAMEHOUSE_EXIT_FLUSH_TIMEOUT_MS',
    kind: integer(0, MAX_TIMER_MS),
    description: 'How long the final upload may delay exit (beforeExit, SIGTERM, SIGINT, process.exit()), in milliseconds.',
  },
  maxCpuPercent: {
    variable: 'FLAMEHOUSE_MAX_CPU_PERCENT',
    kind: decimal(0, 100),
    description:
      "The agent's CPU budget, as a share of the process's CPU: when its own cost (main-thread time and V8's profiler threads) is above it over FLAMEHOUSE_MAX_CPU_WINDOW_MS, wall/CPU sampling slows down until it fits (down to 1 Hz), and speeds back up to FLAMEHOUSE_SAMPLING_INTERVAL_US when there is room. Each upload reports the rate used. 0 turns the governor off.",
  },
  maxCpuWindowMs: {
    variable: 'FLAMEHOUSE_MAX_CPU_WINDOW_MS',
    kind: integer(1_000, MAX_TIMER_MS),
    description: 'How long the governor judges the agent\'s cost over before it changes the sampling rate, in milliseconds.',
  },
  spans: {
    variable: 'FLAMEHOUSE_SPANS',
    kind: flag,
    description:
      'Label wall and CPU samples with the active OpenTelemetry span (span_id, trace_id, local_root_span_id, ' +
      'trace_endpoint) once the application registers a context manager, and mark local root spans with ' +
      'flamehouse.profile.id. Set to false to install no hooks for it.',
  },
  sourceMaps: {
    variable: 'FLAMEHOUSE_SOURCE_MAPS',
    kind: flag,
    description:
      "Map frames of compiled code (TypeScript, bundles) back to their sources, using the .map files found under the main script's directory (node_modules skipped).",
  },
  workers: {
    variable: 'FLAMEHOUSE_WORKERS',
    kind: flag,
    description:
      'Also profile each worker thread that inherits the preload, labelled thread.id and thread.name. Off by default: terminating a worker while its native profiler runs has crashed whole processes in @datadog/pprof releases (see README).',
  },
  logLevel: {
    variable: 'FLAMEHOUSE_LOG_LEVEL',
    kind: logLevel,
    description: 'silent, warn (one stderr line per distinct problem) or debug.',
  },
};

const CONFIG_NAMES = Object.keys(SETTINGS) as (keyof AgentConfig)[];

export interface ConfigRow {
  readonly name: keyof AgentConfig;
  readonly variable: string;
  readonly default: AgentConfig[keyof AgentConfig];
  /** The values accepted, e.g. "an integer from 1000 to 2147483647". */
  readonly accepts: string;
  readonly description: string;
}

/** Every setting with its variable, default and meaning: the source of the README table. */
export const CONFIG_TABLE: readonly ConfigRow[] = Object.freeze(
  CONFIG_NAMES.map((name) => {
    const { variable, kind, description } = SETTINGS[name];
    return Object.freeze({ name, variable, default: DEFAULT_CONFIG[name], accepts: kind.expected, description });
  }),
);

export interface ResolvedConfig {
  readonly config: AgentConfig;
  /** One message per rejected value, each naming its variable or option. */
  readonly problems: readonly string[];
}

/**
 * Layers defaults, then the environment, then code options. Pure: rejected
 * values are reported and replaced by the layer below, never thrown, since
 * the agent must not take its host down over a typo.
 */
export function resolveConfig(env: Env, options: AgentOptions = {}): ResolvedConfig {
  const problems: string[] = [];
  const config: Partial<Record<keyof AgentConfig, unknown>> = {};
  for (const name of CONFIG_NAMES) config[name] = resolveSetting(name, env, options, problems);
  return { config: Object.freeze(config as AgentConfig), problems };
}

function resolveSetting<K extends keyof AgentConfig>(
  name: K,
  env: Env,
  options: AgentOptions,
  problems: string[],
): AgentConfig[K] {
  const { variable, kind, secret } = SETTINGS[name];
  let value = DEFAULT_CONFIG[name];
  const apply = (source: string, given: unknown, accepted: AgentConfig[K] | undefined): void => {
    if (accepted === undefined) {
      const shown = secret ? '' : `=${JSON.stringify(given)}`;
      problems.push(`${source}${shown} is not ${kind.expected}; using ${JSON.stringify(value) ?? 'none'}`);
    } else {
      value = kind.layer ? kind.layer(value, accepted) : accepted;
    }
  };
  const raw = env[variable]?.trim();
  if (raw) apply(variable, raw, kind.fromEnv(raw));
  const given = options[name];
  if (given !== undefined) apply(`option ${name}`, given, kind.fromCode(given));
  return value;
}
