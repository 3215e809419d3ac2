import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../src/config.js';
import { FALLBACK_SERVICE, findPackageName, resolveIdentity, type ProcessFacts } from '../src/identity.js';
import { parseLabelList } from '../src/labels.js';

describe('parseLabelList', () => {
  it('reads key=value pairs, trimmed and percent-decoded', () => {
    expect(parseLabelList(' a = 1 ,b=x%2Cy%3Dz,c=%E2%9C%93,')).toEqual({ a: '1', b: 'x,y=z', c: '✓' });
  });

  it('keeps everything after the first = in the value', () => {
    expect(parseLabelList('query=a=b')).toEqual({ query: 'a=b' });
  });

  it('allows empty values', () => {
    expect(parseLabelList('empty=')).toEqual({ empty: '' });
  });

  it('rejects the whole list when one entry is malformed', () => {
    expect(parseLabelList('a=1,novalue')).toBeUndefined();
    expect(parseLabelList('a=1,=2')).toBeUndefined();
    expect(parseLabelList('a=%E2%9C')).toBeUndefined();
  });

  it('treats keys that are Object.prototype members as plain keys', () => {
    const labels = parseLabelList('__proto__=x,constructor=y');
    expect(labels && Object.entries(labels)).toEqual([
      ['__proto__', 'x'],
      ['constructor', 'y'],
    ]);
  });
});

const FACTS: ProcessFacts = {
  hostName: 'box-1',
  pid: 4242,
  nodeVersion: '20.20.2',
  instanceId: 'random-uuid',
  packageName: 'pkg-name',
  scriptDir: '/srv/app',
  threadId: 0,
};

function identityFor(config: Partial<typeof DEFAULT_CONFIG>, env: Record<string, string>, facts = FACTS) {
  return resolveIdentity({ ...DEFAULT_CONFIG, ...config }, env, facts);
}

describe('resolveIdentity', () => {
  it('names the service: FLAMEHOUSE_SERVICE, OTEL_SERVICE_NAME, service.name, package.json, fallback', () => {
    const otel = { OTEL_SERVICE_NAME: 'otel-name', OTEL_RESOURCE_ATTRIBUTES: 'service.name=resource-name' };
    expect(identityFor({ service: 'explicit' }, otel).identity.service).toBe('explicit');
    expect(identityFor({}, otel).identity.service).toBe('otel-name');
    expect(identityFor({}, { ...otel, OTEL_SERVICE_NAME: ' ' }).identity.service).toBe('resource-name');
    expect(identityFor({}, {}).identity.service).toBe('pkg-name');
    expect(identityFor({}, {}, { ...FACTS, packageName: undefined }).identity.service).toBe(FALLBACK_SERVICE);
    expect(FALLBACK_SERVICE).toBe('unknown_service:node');
  });

  it('labels the process with OpenTelemetry names', () => {
    expect(identityFor({}, {}).identity.labels).toEqual({
      'host.name': 'box-1',
      'process.pid': '4242',
      'process.runtime.name': 'nodejs',
      'process.runtime.version': '20.20.2',
      'telemetry.sdk.language': 'nodejs',
      'service.instance.id': 'random-uuid',
    });
  });

  it('layers OTEL_RESOURCE_ATTRIBUTES, then FLAMEHOUSE_LABELS, then FLAMEHOUSE_VERSION', () => {
    const env = {
      OTEL_RESOURCE_ATTRIBUTES:
        'service.name=svc,service.version=1.0,deployment.environment.name=prod,team=otel,service.instance.id=pod-7',
    };
    const labels = { team: 'flamehouse', 'service.name': 'not-a-label' };
    expect(identityFor({ labels }, env).identity.labels).toMatchObject({
      'service.version': '1.0',
      'deployment.environment.name': 'prod',
      team: 'flamehouse',
      'service.instance.id': 'pod-7',
    });
    expect(identityFor({ labels, version: '2.0' }, env).identity.labels['service.version']).toBe('2.0');
    expect(identityFor({ labels }, env).identity.labels).not.toHaveProperty(['service.name']);
  });

  it('ignores a malformed OTEL_RESOURCE_ATTRIBUTES and says so', () => {
    const { identity, problems } = identityFor({}, { OTEL_RESOURCE_ATTRIBUTES: 'service.version=1,oops' });
    expect(identity.labels).not.toHaveProperty(['service.version']);
    expect(problems).toEqual([
      'OTEL_RESOURCE_ATTRIBUTES is not a list of key=value pairs separated by commas; ignoring it',
    ]);
  });
});

describe('findPackageName', () => {
  const root = mkdtempSync(join(tmpdir(), 'fh-identity-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('walks up to the nearest package.json with a name, past nameless ones', () => {
    const app = join(root, 'app');
    const deep = join(app, 'dist', 'server', 'routes');
    mkdirSync(deep, { recursive: true });
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'my-app' }));
    writeFileSync(join(app, 'dist', 'package.json'), JSON.stringify({ type: 'module' }));
    writeFileSync(join(app, 'dist', 'server', 'package.json'), '{ not json');
    expect(findPackageName(deep)).toBe('my-app');
  });

  it('finds nothing when no package.json names a package', () => {
    const lonely = join(root, 'lonely');
    mkdirSync(lonely);
    // tmpdir() itself has no package.json above it on a sane machine.
    expect(findPackageName(lonely)).toBeUndefined();
  });
});
