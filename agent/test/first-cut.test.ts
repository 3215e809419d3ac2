import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeUpload, isWallProfile, suiteReceiver } from './helpers/receiver.js';
import { AGENT_BUNDLE, FIXTURES, runNode } from './helpers/run-node.js';

describe('processes started together', () => {
  const receiver = suiteReceiver();

  it('cut first after 0.5 to 1.5 intervals each, not in step', async () => {
    const intervalMs = 2_000;
    const services = Array.from({ length: 6 }, (_, i) => `started-together-${i}`);
    const runs = await Promise.all(
      services.map((service) =>
        runNode(['--require', AGENT_BUNDLE, join(FIXTURES, 'idle.js')], {
          env: { FLAMEHOUSE_URL: receiver.url, FLAMEHOUSE_SERVICE: service, FLAMEHOUSE_UPLOAD_INTERVAL_MS: String(intervalMs), RUN_MS: '3500' },
        }),
      ),
    );
    for (const run of runs) expect(run.stdout.toString()).toBe('idled\n');

    const firstWindowsMs = services.map((service) => {
      const walls = receiver.requests
        .map(decodeUpload)
        .filter((upload) => isWallProfile(upload) && upload.request.url.searchParams.get('service') === service)
        .sort((a, b) => a.fromMs - b.fromMs);
      // A timer cut, then the exit flush's.
      expect(walls.length).toBeGreaterThanOrEqual(2);
      return walls[0]!.untilMs - walls[0]!.fromMs;
    });
    console.log(`first windows (ms): ${firstWindowsMs.join(', ')}`);
    for (const windowMs of firstWindowsMs) {
      expect(windowMs).toBeGreaterThanOrEqual(0.5 * intervalMs - 5);
      expect(windowMs).toBeLessThan(1.5 * intervalMs + 500);
    }
    // Cut an interval after their start, idle processes would all show ~2,000 ms; six draws from a 2 s range
    // fall within 200 ms of each other about once in 18,000 runs.
    expect(Math.max(...firstWindowsMs) - Math.min(...firstWindowsMs)).toBeGreaterThan(200);
  });
});
