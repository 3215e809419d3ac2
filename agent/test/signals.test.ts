import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NODE_RUNTIMES } from './helpers/node-versions.js';
import { decodeUpload, isWallProfile, suiteReceiver } from './helpers/receiver.js';
import { AGENT_BUNDLE, FIXTURES, runNode, type RunResult } from './helpers/run-node.js';

const SERVER = join(FIXTURES, 'serve-until-signal.js');

// How a process ends on a signal, and what runs before, is Node's: checked on every line users run.
describe.each(NODE_RUNTIMES)('the agent on SIGTERM and SIGINT on $name', (node) => {
  const receiver = suiteReceiver();

  /** Runs the fixture server and sends it `signal` once it has said it is ready. */
  /** `afterMs` past ready: long enough for the fixture's burning to show in the window. */
  function runAndSignal(signal: NodeJS.Signals, env: Record<string, string>, withAgent: boolean, afterMs = 0): Promise<RunResult> {
    const args = withAgent ? ['--require', AGENT_BUNDLE, SERVER] : [SERVER];
    return runNode(args, {
      node: node.execPath,
      env: { FLAMEHOUSE_URL: receiver.url, ...env },
      onStdout: (chunk, child) => {
        if (chunk.toString().includes('ready')) setTimeout(() => child.kill(signal), afterMs);
      },
    });
  }

  function uploadsOf(service: string) {
    return receiver.requests
      .map(decodeUpload)
      .filter((upload) => upload.request.url.searchParams.get('service') === service);
  }

  it("lets the app's own SIGTERM handler decide, and still uploads the last window", async () => {
    const result = await runAndSignal('SIGTERM', { HANDLE_SIGTERM: '1', FLAMEHOUSE_SERVICE: `graceful-${node.major}` }, true);

    expect(result.stdout.toString()).toBe('ready\ngraceful shutdown\n');
    expect(result.signal).toBeNull();
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const uploads = uploadsOf(`graceful-${node.major}`);
    expect(uploads.filter(isWallProfile)).toHaveLength(1);
    expect(uploads).toHaveLength(2);
  });

  it('uploads the last window of an app whose SIGTERM handler calls process.exit()', async () => {
    const service = `exit-in-handler-${node.major}`;
    // Busy 80 % of the time: each of the window's ~20 samples at 29 Hz misses the burn with a chance of 0.2.
    const result = await runAndSignal('SIGTERM', { EXIT_ON_SIGTERM: '1', BURN_MS: '40', FLAMEHOUSE_SERVICE: service }, true, 700);

    expect(result.stdout.toString()).toBe('ready\nexiting\n');
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    // Sent by a child process while the app's exit waited for it: the window up to the signal, with the app's frames.
    const uploads = uploadsOf(service);
    const walls = uploads.filter(isWallProfile);
    expect(walls).toHaveLength(1);
    expect(walls[0]?.functionNames.has('burnAlpha')).toBe(true);
    expect(walls[0]!.untilMs - walls[0]!.fromMs).toBeGreaterThanOrEqual(700);
    expect(uploads).toHaveLength(2);
  });

  it.each(['SIGTERM', 'SIGINT'] as const)(
    'without an app handler, uploads then dies of %s as it would unprofiled',
    async (signal) => {
      const [bare, profiled] = await Promise.all([
        runAndSignal(signal, {}, false),
        runAndSignal(signal, { FLAMEHOUSE_SERVICE: `killed-by-${signal}-${node.major}` }, true),
      ]);

      expect(bare.signal).toBe(signal);
      expect(profiled.signal).toBe(signal);
      expect(profiled.code).toBe(bare.code);
      expect(profiled.stdout.equals(bare.stdout)).toBe(true);
      expect(profiled.stderr).toBe('');
      const uploads = uploadsOf(`killed-by-${signal}-${node.major}`);
      expect(uploads.filter(isWallProfile)).toHaveLength(1);
      expect(uploads).toHaveLength(2);
    },
  );
});
