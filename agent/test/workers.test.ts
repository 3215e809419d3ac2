import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeUpload, isWallProfile, suiteReceiver } from './helpers/receiver.js';
import { AGENT_BUNDLE, FIXTURES, runNode } from './helpers/run-node.js';

// Worker threads inherit the preload. With FLAMEHOUSE_WORKERS=true each
// worker profiles its own isolate as its own series; the default (idle in
// workers) is covered in once.test.ts.

const receiver = suiteReceiver();

describe('worker threads', () => {
  it('profiles a worker thread, labelled with its thread, when asked', async () => {
    const result = await runNode(['--require', AGENT_BUNDLE, join(FIXTURES, 'in-worker.js')], {
      env: { FLAMEHOUSE_URL: receiver.url, FLAMEHOUSE_SERVICE: 'workers-on', FLAMEHOUSE_WORKERS: 'true' },
    });
    expect(result.stdout.toString()).toBe('worker says burned\nworker exited with 0\n');
    expect(result.stderr).toBe('');
    const walls = receiver.requests.map(decodeUpload).filter(isWallProfile);
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
