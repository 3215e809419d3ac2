import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeUpload, isWallProfile, suiteReceiver } from './helpers/receiver.js';
import { AGENT_BUNDLE, FIXTURES, runNode } from './helpers/run-node.js';

describe('the agent as a library, and through NODE_OPTIONS', () => {
  const receiver = suiteReceiver();

  it('starts on start(options), not on require(), and uploads the last window on stop()', async () => {
    receiver.requests.length = 0;
    const startedMs = Date.now();
    const result = await runNode([join(FIXTURES, 'programmatic.js')], {
      env: { FLAMEHOUSE_URL: receiver.url, FLAMEHOUSE_LOG_LEVEL: 'debug', AGENT_BUNDLE },
    });

    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const stdout = result.stdout.toString();
    // The injected sink got the log; the last line comes after the upload.
    expect(stdout).toMatch(/^\[log\] flamehouse: profiling service from-code, uploading every 60000 ms/);
    expect(stdout.endsWith('stopped\n')).toBe(true);
    const uploads = receiver.requests.map(decodeUpload);
    expect(uploads).toHaveLength(2);
    const wall = uploads.find(isWallProfile);
    expect(wall?.request.url.searchParams.get('service')).toBe('from-code');
    expect(wall?.labels.get('team')).toBe('core');
    // The window opens at start(), after the 200 ms burnt before it.
    expect(wall?.fromMs).toBeGreaterThanOrEqual(startedMs + 200);
  });

  it.each(['--require', '--import'])('starts when preloaded with %s in NODE_OPTIONS', async (flag) => {
    receiver.requests.length = 0;
    const result = await runNode([join(FIXTURES, 'burn.js')], {
      env: {
        FLAMEHOUSE_URL: receiver.url,
        FLAMEHOUSE_SERVICE: 'node-options',
        NODE_OPTIONS: `${flag} "${AGENT_BUNDLE}"`,
        BURN_SLICES: '2',
      },
    });

    expect(result.code).toBe(3);
    expect(result.stderr).toBe('');
    expect(receiver.requests.map(decodeUpload).filter(isWallProfile)).toHaveLength(1);
  });
});
