import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NODE_RUNTIMES } from './helpers/node-versions.js';
import { decodeUpload, isHeapProfile, isWallProfile, suiteReceiver, type SuiteReceiver } from './helpers/receiver.js';
import { AGENT_BUNDLE, FIXTURES, runNode } from './helpers/run-node.js';

/** A wall window at least this long holds several samples at the default rate (29 Hz). */
const MIN_WINDOW_MS = 300;

/** The uploads of one service: the suite's tests share their receiver. */
const uploadsOf = (receiver: SuiteReceiver, service: string) =>
  receiver.requests.filter((request) => request.url.searchParams.get('service') === service).map(decodeUpload);

// Preloading and the native profiler differ by Node version: these run on every line users run.
describe.each(NODE_RUNTIMES)('node --require / --import the agent on $name', (node) => {
  const receiver = suiteReceiver();
  let workDir: string;
  beforeAll(() => {
    workDir = mkdtempSync(join(tmpdir(), 'fh-agent-'));
  });
  afterAll(() => {
    rmSync(workDir, { recursive: true, force: true });
  });

  it('uploads wall and heap profiles per window, then exits as the app would alone', async () => {
    const app = join(FIXTURES, 'burn.js');
    const [bare, profiled] = await Promise.all([
      runNode([app], { cwd: workDir, node: node.execPath }),
      runNode(['--require', AGENT_BUNDLE, app], {
        cwd: workDir,
        node: node.execPath,
        env: {
          FLAMEHOUSE_URL: receiver.url,
          FLAMEHOUSE_SERVICE: 'burner',
          FLAMEHOUSE_UPLOAD_INTERVAL_MS: '1000',
          FLAMEHOUSE_TOKEN: 's3cret',
          OTEL_RESOURCE_ATTRIBUTES: 'service.name=ignored,service.version=2.4.1,deployment.environment.name=ci%20run',
        },
      }),
    ]);

    expect(profiled.stdout.equals(bare.stdout)).toBe(true);
    expect(bare.code).toBe(3);
    expect(profiled.code).toBe(3);
    expect(profiled.stderr).toBe('');
    // Nothing else written: @datadog/pprof alone would leave pprof-profile-<pid>.pb.gz here.
    expect(readdirSync(workDir)).toEqual([]);

    const uploads = uploadsOf(receiver, 'burner');
    const walls = uploads.filter(isWallProfile);
    const heaps = uploads.filter(isHeapProfile);
    // The process ends at ~1.5 s; the timer's first cut comes 0.5 to 1.5 s in,
    // its second at least 1.5 s in; the exit flush sends the last window.
    expect(walls.length).toBeGreaterThanOrEqual(1);
    expect(walls.length).toBeLessThanOrEqual(3);
    expect(heaps.map((heap) => [heap.fromMs, heap.untilMs])).toEqual(walls.map((wall) => [wall.fromMs, wall.untilMs]));
    for (let i = 1; i < walls.length; i++) expect(walls[i]?.fromMs).toBe(walls[i - 1]?.untilMs);

    for (const upload of uploads) {
      const { request } = upload;
      expect(request.method).toBe('POST');
      expect(request.url.pathname).toBe('/api/v1/ingest');
      expect(request.headers['content-type']).toBe('application/octet-stream');
      expect(request.headers.authorization).toBe('Bearer s3cret');
      expect(request.url.searchParams.get('service')).toBe('burner');
      expect(upload.fromMs).toBeLessThan(upload.untilMs);
      expect(upload.untilMs).toBeLessThanOrEqual(Date.now());
      expect(upload.fromMs).toBeGreaterThan(Date.now() - 60_000);
      expect(Object.fromEntries(upload.labels)).toMatchObject({
        'service.version': '2.4.1',
        'deployment.environment.name': 'ci run',
        'host.name': hostname(),
        'process.runtime.name': 'nodejs',
        'process.runtime.version': node.version,
        'telemetry.sdk.language': 'nodejs',
      });
      expect(upload.labels.get('process.pid')).toBe(String(profiled.pid));
      expect(upload.labels.get('service.instance.id')).toMatch(/^[0-9a-f-]{36}$/);
      expect(upload.labels.has('service.name')).toBe(false);
    }
    expect(new Set(uploads.map((upload) => upload.labels.get('service.instance.id'))).size).toBe(1);

    expect(walls[0]?.sampleTypes).toEqual(expect.arrayContaining(['wall/nanoseconds', 'cpu/nanoseconds']));
    // A window the random first cut leaves a few sampling periods long may hold no sample of the burn; every
    // longer one must.
    const windows = walls.map((wall) => ({ ms: wall.untilMs - wall.fromMs, burnAlpha: wall.functionNames.has('burnAlpha') }));
    const long = windows.filter((window) => window.ms >= MIN_WINDOW_MS);
    expect(long.length, JSON.stringify(windows)).toBeGreaterThanOrEqual(1);
    expect(long.every((window) => window.burnAlpha), JSON.stringify(windows)).toBe(true);
    expect(heaps[0]?.sampleTypes).toEqual(expect.arrayContaining(['inuse_space/bytes', 'inuse_objects/count']));
  });

  it('works for an ES module app with --import', async () => {
    const result = await runNode(['--import', pathToFileURL(AGENT_BUNDLE).href, join(FIXTURES, 'esm', 'burn.js')], {
      cwd: workDir,
      node: node.execPath,
      env: { FLAMEHOUSE_URL: receiver.url, FLAMEHOUSE_SERVICE: 'esm-app' },
    });

    expect(result.stdout.toString()).toBe('esm done\n');
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const uploads = uploadsOf(receiver, 'esm-app');
    expect(uploads.filter(isHeapProfile)).toHaveLength(1);
    const walls = uploads.filter(isWallProfile);
    expect(walls).toHaveLength(1);
    expect(walls[0]?.functionNames.has('burnAlpha')).toBe(true);
  });
});

describe('node --require the agent, disabled', () => {
  const receiver = suiteReceiver();

  it('starts nothing when FLAMEHOUSE_ENABLED=false', async () => {
    const result = await runNode(['--require', AGENT_BUNDLE, join(FIXTURES, 'burn.js')], {
      env: { FLAMEHOUSE_URL: receiver.url, FLAMEHOUSE_ENABLED: 'false', BURN_SLICES: '2' },
    });

    expect(result.code).toBe(3);
    expect(result.stderr).toBe('');
    expect(receiver.requests).toEqual([]);
  });
});
