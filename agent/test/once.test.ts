import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeUpload, isHeapProfile, isWallProfile, suiteReceiver } from './helpers/receiver.js';
import { AGENT_BUNDLE, AGENT_DIR, FIXTURES, runNode } from './helpers/run-node.js';

describe('one agent per process', () => {
  const receiver = suiteReceiver();
  let workDir: string;
  beforeAll(() => {
    workDir = mkdtempSync(join(tmpdir(), 'fh-agent-'));
  });
  afterAll(() => {
    rmSync(workDir, { recursive: true, force: true });
  });

  function uploadsOf(service: string) {
    return receiver.requests
      .map(decodeUpload)
      .filter((upload) => upload.request.url.searchParams.get('service') === service);
  }

  it('preloaded from two files by --require and --import, then started from code: one set of uploads', async () => {
    // A second copy of the bundle is a second module instance: only the
    // global guard can tell it that an agent already runs.
    const copy = join(workDir, 'agent-copy.js');
    copyFileSync(AGENT_BUNDLE, copy);
    const preloads = ['--require', AGENT_BUNDLE, '--require', copy, '--import', pathToFileURL(copy).href];
    const result = await runNode([...preloads, join(FIXTURES, 'double-load.js')], {
      env: {
        FLAMEHOUSE_URL: receiver.url,
        FLAMEHOUSE_SERVICE: 'loaded-often',
        FLAMEHOUSE_UPLOAD_INTERVAL_MS: '1000',
        AGENT_BUNDLE,
        // Lets the copy outside the repository find @datadog/pprof.
        NODE_PATH: join(AGENT_DIR, '..', 'node_modules'),
      },
    });

    expect(result.stdout.toString()).toBe('done\n');
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const uploads = uploadsOf('loaded-often');
    const walls = uploads.filter(isWallProfile);
    const heaps = uploads.filter(isHeapProfile);
    // 2.5 s of work with a 1 s interval, the first cut 0.5 to 1.5 s in: two or three timer cuts, and the exit cut.
    expect(walls.length).toBeGreaterThanOrEqual(3);
    expect(walls.length).toBeLessThanOrEqual(4);
    const windows = walls.map((wall) => [wall.fromMs, wall.untilMs]);
    expect(heaps.map((heap) => [heap.fromMs, heap.untilMs])).toEqual(windows);
    for (let i = 1; i < windows.length; i++) expect(windows[i]?.[0]).toBe(windows[i - 1]?.[1]);
  });

  it('stays idle in worker threads that inherit the preload', async () => {
    const result = await runNode(['--require', AGENT_BUNDLE, join(FIXTURES, 'in-worker.js')], {
      env: { FLAMEHOUSE_URL: receiver.url, FLAMEHOUSE_SERVICE: 'with-worker', FLAMEHOUSE_LOG_LEVEL: 'debug' },
    });

    expect(result.stdout.toString()).toBe('worker says burned\nworker exited with 0\n');
    expect(result.code).toBe(0);
    // Debug logging shows each agent that starts: the main thread's only.
    expect(result.stderr.match(/profiling service/g)).toHaveLength(1);
    const uploads = uploadsOf('with-worker');
    expect(uploads.filter(isWallProfile)).toHaveLength(1);
    expect(uploads).toHaveLength(2);
  });
});
