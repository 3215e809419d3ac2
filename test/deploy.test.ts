import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadTokenStore } from '../server/src/auth/tokens.js';
import { SETTINGS } from '../server/src/config.js';

// No Docker engine runs here, so the compose files are checked offline: what
// they name (images built from this repo, files they mount, variables they
// set, services they point at) must exist.

const root = join(import.meta.dirname, '..');

interface Service {
  image?: string;
  build?: string;
  command?: string[];
  working_dir?: string;
  environment?: Record<string, string>;
  volumes?: string[];
  depends_on?: string[] | Record<string, unknown>;
}

const serverVariables = new Set(Object.values(SETTINGS).map((s) => s.env));

function load(file: string): Record<string, Service> {
  return (parse(readFileSync(join(root, file), 'utf8')) as { services: Record<string, Service> }).services;
}

describe.each(['docker-compose.yml', 'docker-compose.cluster.yml'])('%s', (file) => {
  const services = load(file);

  it('builds every non-image service from this repository', () => {
    for (const [name, service] of Object.entries(services)) {
      expect(service.image ?? service.build, name).toBeDefined();
      if (service.build) expect(existsSync(join(root, service.build, 'Dockerfile')), name).toBe(true);
    }
  });

  it('mounts files that exist and depends on services that exist', () => {
    for (const [name, service] of Object.entries(services)) {
      for (const volume of service.volumes ?? []) {
        const [source] = volume.split(':');
        if (source?.startsWith('./')) expect(existsSync(join(root, source)), `${name}: ${volume}`).toBe(true);
      }
      const deps = Array.isArray(service.depends_on) ? service.depends_on : Object.keys(service.depends_on ?? {});
      for (const dep of deps) expect(services[dep], `${name} depends on ${dep}`).toBeDefined();
    }
  });

  it('configures Flamehouse with variables it reads, pointing at a ClickHouse service', () => {
    const env = services['flamehouse']?.environment ?? {};
    for (const variable of Object.keys(env)) expect(serverVariables, variable).toContain(variable);
    const host = new URL(env['CLICKHOUSE_URL'] ?? '').hostname;
    expect(services[host]?.image).toMatch(/^clickhouse\/clickhouse-server:/);
  });

  it('runs the demo with the agent against the Flamehouse service', () => {
    const demo = services['demo']!;
    expect(demo.command).toEqual(['node', '--require', '/app/agent/dist/index.js', 'app.js']);
    expect(existsSync(join(root, 'agent', 'dist', 'index.js'))).toBe(true);
    expect(existsSync(join(root, demo.working_dir!.replace('/app/', ''), 'app.js'))).toBe(true);
    expect(new URL(demo.environment?.['FLAMEHOUSE_URL'] ?? '').hostname).toBe('flamehouse');
  });

  it('requires tokens where it listens beyond loopback, and gives the demo agent one that may ingest', () => {
    const flamehouse = services['flamehouse']!;
    expect(flamehouse.environment?.['FLAMEHOUSE_HOST']).toBe('0.0.0.0');
    const target = flamehouse.environment?.['FLAMEHOUSE_AUTH_FILE'] ?? '';
    const mount = (flamehouse.volumes ?? []).find((volume) => volume.split(':')[1] === target);
    expect(mount, 'the auth file is mounted').toBeDefined();
    const tokens = loadTokenStore(join(root, mount!.split(':')[0]!));
    expect(tokens.authenticate(services['demo']?.environment?.['FLAMEHOUSE_TOKEN'] ?? '')?.scopes.has('ingest')).toBe(true);
  });
});

describe('cluster variant', () => {
  it('names the cluster that the ClickHouse nodes define', () => {
    const cluster = load('docker-compose.cluster.yml')['flamehouse']?.environment?.['CLICKHOUSE_CLUSTER'];
    const xml = readFileSync(join(root, 'deploy', 'clickhouse', 'cluster', 'cluster.xml'), 'utf8');
    expect(xml).toContain(`<${cluster}>`);
    expect(xml).toMatch(/<shard from_env="SHARD" \/>/);
  });
});
