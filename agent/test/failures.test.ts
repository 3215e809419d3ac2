import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closedPortUrl, decodeUpload, isWallProfile, startReceiver } from './helpers/receiver.js';
import { AGENT_BUNDLE, AGENT_DIR, FIXTURES, killRunningChildren, runNode, stderrLines } from './helpers/run-node.js';

const BURN = join(FIXTURES, 'burn.js');

describe('the agent under failure never changes what the app does', () => {
  let workDir: string;
  let bareStdout: Buffer;
  beforeAll(async () => {
    workDir = mkdtempSync(join(tmpdir(), 'fh-agent-'));
    const bare = await runNode([BURN], { env: { BURN_SLICES: '5' } });
    expect(bare.code).toBe(3);
    bareStdout = bare.stdout;
  });
  afterAll(() => {
    killRunningChildren();
    rmSync(workDir, { recursive: true, force: true });
  });

  it('with no server: one warning line, same output and exit code, prompt exit', async () => {
    const result = await runNode(['--require', AGENT_BUNDLE, BURN], {
      env: {
        FLAMEHOUSE_URL: await closedPortUrl(),
        FLAMEHOUSE_UPLOAD_INTERVAL_MS: '1000',
        FLAMEHOUSE_EXIT_FLUSH_TIMEOUT_MS: '5000',
        BURN_SLICES: '15',
      },
    });

    expect(result.code).toBe(3);
    expect(result.stdout.equals(bareStdout)).toBe(true);
    // Two failed uploads at the 1 s cut, retries, and the exit flush: still one line.
    expect(stderrLines(result)).toEqual([
      expect.stringMatching(
        /^flamehouse: upload to http:\/\/127\.0\.0\.1:\d+ failed \(ECONNREFUSED\); will keep retrying quietly$/,
      ),
    ]);
    // 1.5 s of work; a refused connection ends the exit flush at once
    // instead of waiting out its 5 s bound.
    expect(result.durationMs).toBeLessThan(1_500 + 3_000);
  });

  it.each([
    ['ends on its own', {}],
    ['ends with process.exit()', { EXIT_AT_END: '1' }],
  ])('with a server that never answers, an app that %s waits FLAMEHOUSE_EXIT_FLUSH_TIMEOUT_MS at most', async (_how, ending) => {
    const silent = await startReceiver(() => {
      // Never answers.
    });
    try {
      const result = await runNode(['--require', AGENT_BUNDLE, BURN], {
        env: { FLAMEHOUSE_URL: silent.url, FLAMEHOUSE_EXIT_FLUSH_TIMEOUT_MS: '300', FLAMEHOUSE_UPLOAD_TIMEOUT_MS: '30000', BURN_SLICES: '5', ...ending },
      });

      expect(result.code).toBe(3);
      expect(result.stdout.equals(bareStdout)).toBe(true);
      expect(result.stderr).toBe('');
      // The upload was attempted, and its 30 s request timeout did not hold the exit.
      expect(silent.requests.length).toBeGreaterThan(0);
      expect(result.durationMs).toBeLessThan(5_000);
    } finally {
      await silent.close();
    }
  });

  it('attached through NODE_OPTIONS, the process that sends the last window at process.exit() profiles nothing itself', async () => {
    const receiver = await startReceiver();
    try {
      const result = await runNode([BURN], {
        env: { NODE_OPTIONS: `--require ${AGENT_BUNDLE}`, FLAMEHOUSE_URL: receiver.url, BURN_SLICES: '5', EXIT_AT_END: '1' },
      });

      expect(result.code).toBe(3);
      expect(result.stdout.equals(bareStdout)).toBe(true);
      expect(result.stderr).toBe('');
      // One window, the app's own: a wall and a heap profile, both labelled with its pid.
      const uploads = receiver.requests.map(decodeUpload);
      expect(uploads.map((upload) => upload.request.url.searchParams.getAll('label').find((label) => label.startsWith('process.pid=')))).toEqual([
        `process.pid=${result.pid}`,
        `process.pid=${result.pid}`,
      ]);
      expect(uploads.filter(isWallProfile)[0]?.functionNames.has('burnAlpha')).toBe(true);
    } finally {
      await receiver.close();
    }
  });

  it("bundled into the app's own file, it never runs that file again to send the last window at process.exit()", async () => {
    // Inside the agent's directory, so that @datadog/pprof resolves, but not the agent's bundle: no package.json
    // names @flamehouse/agent beside it. The app is the bundle followed by code that counts its own starts.
    const appDir = mkdtempSync(join(AGENT_DIR, 'test', '.bundled-app-'));
    const startsFile = join(appDir, 'starts');
    const app = join(appDir, 'app.js');
    writeFileSync(
      app,
      `${readFileSync(AGENT_BUNDLE, 'utf8')}
require('node:fs').appendFileSync(process.env.STARTS_FILE, 'started\\n');
module.exports.start();
require('./burn-alpha.js').burnSlices(3, () => process.exit(0));
`,
    );
    copyFileSync(join(FIXTURES, 'burn-alpha.js'), join(appDir, 'burn-alpha.js'));
    const receiver = await startReceiver();
    try {
      const result = await runNode([app], { env: { FLAMEHOUSE_URL: receiver.url, STARTS_FILE: startsFile } });

      expect(result.code).toBe(0);
      expect(result.stderr).toBe('');
      expect(readFileSync(startsFile, 'utf8')).toBe('started\n');
    } finally {
      await receiver.close();
      rmSync(appDir, { recursive: true, force: true });
    }
  });

  it('warns once per bad variable and falls back to the default', async () => {
    const receiver = await startReceiver();
    try {
      const result = await runNode(['--require', AGENT_BUNDLE, BURN], {
        env: {
          FLAMEHOUSE_URL: receiver.url,
          FLAMEHOUSE_UPLOAD_INTERVAL_MS: 'abc',
          FLAMEHOUSE_HEAP_INTERVAL_BYTES: '-5',
          FLAMEHOUSE_LOG_LEVEL: 'chatty',
          BURN_SLICES: '5',
        },
      });

      expect(result.code).toBe(3);
      expect(result.stdout.equals(bareStdout)).toBe(true);
      expect(stderrLines(result).sort()).toEqual([
        'flamehouse: FLAMEHOUSE_HEAP_INTERVAL_BYTES="-5" is not an integer of at least 1024; using 4194304',
        'flamehouse: FLAMEHOUSE_LOG_LEVEL="chatty" is not silent, warn or debug; using "warn"',
        'flamehouse: FLAMEHOUSE_UPLOAD_INTERVAL_MS="abc" is not an integer from 1000 to 2147483647; using 60000',
      ]);
      // Default interval (10 s) in a 0.5 s run: only the exit flush uploads.
      const walls = receiver.requests.map(decodeUpload).filter(isWallProfile);
      expect(walls).toHaveLength(1);
      expect(walls[0]?.functionNames.has('burnAlpha')).toBe(true);
    } finally {
      await receiver.close();
    }
  });

  it('without a loadable @datadog/pprof: one warning line and the app runs on', async () => {
    // A copy of the bundle where no node_modules can be found.
    const strandedAgent = join(workDir, 'agent.js');
    copyFileSync(AGENT_BUNDLE, strandedAgent);
    const result = await runNode(['--require', strandedAgent, BURN], { env: { BURN_SLICES: '5' } });

    expect(result.code).toBe(3);
    expect(result.stdout.equals(bareStdout)).toBe(true);
    expect(stderrLines(result)).toEqual([
      "flamehouse: profiling is off, the application runs without it (Cannot find module '@datadog/pprof')",
    ]);
  });
});
