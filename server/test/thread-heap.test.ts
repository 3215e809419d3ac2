import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

// V8's heap flags are per process, so each case runs in a child: it may set the decode threads' floor
// (the compiled server's), then starts a thread that works as a decode thread does: rows that outlive a
// few young collections (a young generation kept small makes that certain), reach the old generation and
// die there, ~200 MB of them. The thread counts its full collections.
function fullCollections(options: { floor: boolean; execArgv?: string[] }): number {
  const thread = `
    const { PerformanceObserver, constants } = require('node:perf_hooks');
    let full = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (entry.detail.kind === constants.NODE_PERFORMANCE_GC_MAJOR) full++;
    }).observe({ entryTypes: ['gc'] });
    const recent = new Array(16);
    for (let i = 0; i < 1500; i++) recent[i % recent.length] = Array.from({ length: 5000 }, (_, j) => ({ i, j }));
    setTimeout(() => require('node:worker_threads').parentPort.postMessage(full), 50);`;
  const script = `
    ${options.floor ? "require('../dist/ingest/thread-heap.js').floorDecodeThreadHeap();" : ''}
    const { Worker } = require('node:worker_threads');
    const worker = new Worker(${JSON.stringify(thread)}, { eval: true, resourceLimits: { maxYoungGenerationSizeMb: 3 } });
    worker.on('message', (full) => { console.log(full); void worker.terminate(); });`;
  const child = spawnSync(process.execPath, [...(options.execArgv ?? []), '-e', script], { encoding: 'utf8', timeout: 60_000, cwd: __dirname });
  expect(child.stderr).toBe('');
  return Number(child.stdout.trim());
}

describe("the decode threads' old generation floor", () => {
  it('makes full collections rare in a thread that promotes short-lived rows', () => {
    const without = fullCollections({ floor: false });
    const floored = fullCollections({ floor: true });
    expect(without).toBeGreaterThanOrEqual(6);
    expect(floored * 3).toBeLessThanOrEqual(without);
  });

  it("leaves the operator's own initial size alone", () => {
    const floored = fullCollections({ floor: true });
    const operators = fullCollections({ floor: true, execArgv: ['--initial-old-space-size=4'] });
    expect(operators).toBeGreaterThanOrEqual(Math.max(6, floored * 3));
  });
});
