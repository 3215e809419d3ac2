import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_CONFIG, SETTINGS, loadConfig } from '../src/config.js';

describe('server config', () => {
  it('starts from the defaults', () => {
    expect(loadConfig({})).toEqual(DEFAULT_CONFIG);
    expect(DEFAULT_CONFIG.port).toBe(4040);
  });

  it('reads the environment, then code overrides', () => {
    const config = loadConfig({ FLAMEHOUSE_PORT: '5050', CLICKHOUSE_URL: 'http://ch:8123' }, { port: 6060 });
    expect(config.clickhouseUrl).toBe('http://ch:8123');
    expect(config.port).toBe(6060);
  });

  it('fails naming every bad variable at once', () => {
    let error: unknown;
    try {
      loadConfig({ FLAMEHOUSE_PORT: 'http', FLAMEHOUSE_RETENTION_DAYS: '0', CLICKHOUSE_URL: 'not a url', FLAMEHOUSE_LOG_LEVEL: 'loud' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as ConfigError).message;
    for (const name of ['FLAMEHOUSE_PORT', 'FLAMEHOUSE_RETENTION_DAYS', 'CLICKHOUSE_URL', 'FLAMEHOUSE_LOG_LEVEL']) {
      expect(message).toContain(name);
    }
  });

  it('gives every option a variable and a description', () => {
    for (const key of Object.keys(DEFAULT_CONFIG)) {
      const setting = SETTINGS[key as keyof typeof SETTINGS];
      expect(setting.env).toMatch(/^[A-Z_]+$/);
      expect(setting.description.length).toBeGreaterThan(5);
    }
  });
});
