import { describe, expect, it } from 'vitest';
import { CONFIG_TABLE, DEFAULT_CONFIG, resolveConfig } from '../src/config.js';

describe('resolveConfig', () => {
  it('gives the defaults, frozen, for an empty environment', () => {
    const { config, problems } = resolveConfig({});
    expect(config).toEqual(DEFAULT_CONFIG);
    expect(config).toMatchObject({
      url: 'http://127.0.0.1:4040',
      uploadIntervalMs: 60_000,
      samplingIntervalUs: 34_483,
      heapIntervalBytes: 4_194_304,
      maxCpuPercent: 1,
      maxCpuWindowMs: 60_000,
      uploadTimeoutMs: 10_000,
      maxQueueBytes: 4_194_304,
      exitFlushTimeoutMs: 2_000,
      logLevel: 'warn',
      enabled: true,
      spans: true,
    });
    expect(Object.isFrozen(config)).toBe(true);
    expect(problems).toEqual([]);
  });

  it('reads every variable', () => {
    const { config, problems } = resolveConfig({
      FLAMEHOUSE_ENABLED: 'FALSE',
      FLAMEHOUSE_URL: 'https://profiles.example.com/base/',
      FLAMEHOUSE_SERVICE: ' checkout ',
      FLAMEHOUSE_VERSION: '1.2.3',
      FLAMEHOUSE_LABELS: 'team=pay,region=eu%2Dwest',
      FLAMEHOUSE_TOKEN: 't0k',
      FLAMEHOUSE_UPLOAD_INTERVAL_MS: '15000',
      FLAMEHOUSE_SAMPLING_INTERVAL_US: '20000',
      FLAMEHOUSE_SAMPLING_DURATION_MS: '3000',
      FLAMEHOUSE_HEAP_INTERVAL_BYTES: '1048576',
      FLAMEHOUSE_UPLOAD_TIMEOUT_MS: '5000',
      FLAMEHOUSE_MAX_QUEUE_BYTES: '0',
      FLAMEHOUSE_EXIT_FLUSH_TIMEOUT_MS: '500',
      FLAMEHOUSE_MAX_CPU_PERCENT: '2.5',
      FLAMEHOUSE_MAX_CPU_WINDOW_MS: '30000',
      FLAMEHOUSE_SPANS: '0',
      FLAMEHOUSE_SOURCE_MAPS: 'false',
      FLAMEHOUSE_WORKERS: 'true',
      FLAMEHOUSE_LOG_LEVEL: 'Debug',
    });
    expect(problems).toEqual([]);
    expect(config).toEqual({
      enabled: false,
      url: 'https://profiles.example.com/base',
      service: 'checkout',
      version: '1.2.3',
      labels: { team: 'pay', region: 'eu-west' },
      token: 't0k',
      uploadIntervalMs: 15_000,
      samplingIntervalUs: 20_000,
      samplingDurationMs: 3_000,
      heapIntervalBytes: 1_048_576,
      uploadTimeoutMs: 5_000,
      maxQueueBytes: 0,
      exitFlushTimeoutMs: 500,
      maxCpuPercent: 2.5,
      maxCpuWindowMs: 30_000,
      spans: false,
      sourceMaps: false,
      workers: true,
      logLevel: 'debug',
    });
  });

  it('rejects bad values one problem each, naming the variable, and keeps the default', () => {
    const { config, problems } = resolveConfig({
      FLAMEHOUSE_UPLOAD_INTERVAL_MS: 'abc',
      FLAMEHOUSE_SAMPLING_INTERVAL_US: '999',
      FLAMEHOUSE_HEAP_INTERVAL_BYTES: '1.5',
      FLAMEHOUSE_MAX_CPU_PERCENT: '1%',
      FLAMEHOUSE_URL: 'ftp://example.com',
      FLAMEHOUSE_ENABLED: 'maybe',
      FLAMEHOUSE_LABELS: 'novalue',
      FLAMEHOUSE_LOG_LEVEL: 'loud',
    });
    expect(config).toEqual(DEFAULT_CONFIG);
    expect(problems).toEqual([
      'FLAMEHOUSE_ENABLED="maybe" is not true or false; using true',
      'FLAMEHOUSE_URL="ftp://example.com" is not an http:// or https:// URL; using "http://127.0.0.1:4040"',
      'FLAMEHOUSE_LABELS="novalue" is not a list of key=value pairs separated by commas; using {}',
      'FLAMEHOUSE_UPLOAD_INTERVAL_MS="abc" is not an integer from 1000 to 2147483647; using 60000',
      'FLAMEHOUSE_SAMPLING_INTERVAL_US="999" is not an integer from 1000 to 1000000; using 34483',
      'FLAMEHOUSE_HEAP_INTERVAL_BYTES="1.5" is not an integer of at least 1024; using 4194304',
      'FLAMEHOUSE_MAX_CPU_PERCENT="1%" is not a number from 0 to 100; using 1',
      'FLAMEHOUSE_LOG_LEVEL="loud" is not silent, warn or debug; using "warn"',
    ]);
  });

  it('accepts the smallest upload interval, 1000 ms', () => {
    expect(resolveConfig({ FLAMEHOUSE_UPLOAD_INTERVAL_MS: '1000' }).config.uploadIntervalMs).toBe(1_000);
  });

  it('treats empty variables as unset', () => {
    const { config, problems } = resolveConfig({ FLAMEHOUSE_URL: '', FLAMEHOUSE_UPLOAD_INTERVAL_MS: '  ' });
    expect(config).toEqual(DEFAULT_CONFIG);
    expect(problems).toEqual([]);
  });

  it('never echoes the token', () => {
    const { problems } = resolveConfig({}, { token: 42 as unknown as string });
    expect(problems).toEqual(['option token is not a non-empty string; using none']);
  });

  it('lets code options win over the environment, validated the same way', () => {
    const { config, problems } = resolveConfig(
      { FLAMEHOUSE_UPLOAD_INTERVAL_MS: '20000', FLAMEHOUSE_SERVICE: 'from-env', FLAMEHOUSE_LABELS: 'a=env,b=env' },
      { uploadIntervalMs: 30_000, service: 'from-code', labels: { b: 'code', c: 'code' }, maxQueueBytes: -1 },
    );
    expect(config.uploadIntervalMs).toBe(30_000);
    expect(config.service).toBe('from-code');
    // Labels add up key by key rather than replace each other.
    expect(config.labels).toEqual({ a: 'env', b: 'code', c: 'code' });
    expect(Object.isFrozen(config.labels)).toBe(true);
    expect(config.maxQueueBytes).toBe(DEFAULT_CONFIG.maxQueueBytes);
    expect(problems).toEqual(['option maxQueueBytes=-1 is not an integer of at least 0; using 4194304']);
  });

  it('falls back to the environment value when a code option is bad', () => {
    const { config } = resolveConfig({ FLAMEHOUSE_UPLOAD_INTERVAL_MS: '20000' }, { uploadIntervalMs: 10 });
    expect(config.uploadIntervalMs).toBe(20_000);
  });
});

describe('CONFIG_TABLE', () => {
  it('documents every setting with its variable and default', () => {
    expect(CONFIG_TABLE.map((row) => row.name).sort()).toEqual(Object.keys(DEFAULT_CONFIG).sort());
    for (const row of CONFIG_TABLE) {
      expect(row.variable).toMatch(/^FLAMEHOUSE_[A-Z_]+$/);
      expect(row.default).toEqual(DEFAULT_CONFIG[row.name]);
      expect(row.accepts).not.toBe('');
      expect(row.description.length).toBeGreaterThan(10);
    }
  });

  it('names each variable once', () => {
    const variables = CONFIG_TABLE.map((row) => row.variable);
    expect(new Set(variables).size).toBe(variables.length);
  });
});
