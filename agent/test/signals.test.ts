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
  function runAndSignal(signal: NodeJS.Signals, env: Record<string, string>, withAgent: boolean): Promise<RunResult> {
    const args = withAgent ? ['--require', AGENT_BUNDLE, SERVER] : [SERVER];
    return runNode(args, {
      node: node.execPath,
      env: { FLAMEHOUSE_URL: receiver.url, ...env },
      onStdout: (chunk, child) => {
        if (chunk.toString().includes('ready')) child.kill(signal);
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
