import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NODE_RUNTIMES } from './helpers/node-versions.js';
import { decodeUpload, isWallProfile, suiteReceiver } from './helpers/receiver.js';
import { AGENT_BUNDLE, FIXTURES, runNode } from './helpers/run-node.js';

// Worker threads inherit the preload. With FLAMEHOUSE_WORKERS=true each
// worker profiles its own isolate as its own series; the default (idle in
// workers) is covered in once.test.ts.

const receiver = suiteReceiver();

// Workers inherit preloads, and their teardown with a native profiler running has differed between releases.
describe.each(NODE_RUNTIMES)('worker threads on $name', (node) => {
  it('profiles a worker thread, labelled with its thread, when asked', async () => {
    const service = `workers-on-${node.major}`;
    const result = await runNode(['--require', AGENT_BUNDLE, join(FIXTURES, 'in-worker.js')], {
      node: node.execPath,
      env: { FLAMEHOUSE_URL: receiver.url, FLAMEHOUSE_SERVICE: service, FLAMEHOUSE_WORKERS: 'true' },
    });
    expect(result.stdout.toString()).toBe('worker says burned\nworker exited with 0\n');
    expect(result.stderr).toBe('');
    const walls = receiver.requests
      .filter((request) => request.url.searchParams.get('service') === service)
      .map(decodeUpload)
      .filter(isWallProfile);
    const fromWorker = walls.filter((upload) => upload.labels.get('thread.id') === '1');
    const fromMain = walls.filter((upload) => !upload.labels.has('thread.id'));
    expect(fromWorker.length).toBeGreaterThan(0);
    expect(fromWorker[0]!.labels.get('thread.name')).toBe('worker-1');
    expect(fromWorker.some((upload) => upload.functionNames.has('burnAlpha'))).toBe(true);
    // Same process, separate series: the main thread never ran burnAlpha.
    expect(fromMain.length).toBeGreaterThan(0);
    expect(fromMain.some((upload) => upload.functionNames.has('burnAlpha'))).toBe(false);
    expect(new Set(walls.map((upload) => upload.labels.get('process.pid'))).size).toBe(1);
  });
});
