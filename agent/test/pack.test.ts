import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeUpload, isHeapProfile, isWallProfile, suiteReceiver } from './helpers/receiver.js';
import { AGENT_BUNDLE, AGENT_DIR, FIXTURES, runNode } from './helpers/run-node.js';

const exec = promisify(execFile);

/** npm with none of the npm_* variables of an `npm test` that may have started us. */
function npm(args: string[], cwd: string) {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name)));
  return exec('npm', args, { cwd, env: { ...env, npm_config_loglevel: 'error' } });
}

const APP_CJS = `require('./burn-alpha.js').burnAlpha(300);
console.log('installed app ran');
`;
const APP_ESM = `import { burnAlpha } from './burn-alpha.js';
burnAlpha(300);
await Promise.resolve();
console.log('installed app ran');
`;

describe('the npm tarball', () => {
  const receiver = suiteReceiver();
  let workDir: string;
  let appDir: string;
  let tarball: string;

  beforeAll(async () => {
    // Outside the repository, so nothing resolves through the workspace.
    workDir = mkdtempSync(join(tmpdir(), 'fh-pack-'));
    appDir = join(workDir, 'app');
    const packDir = join(workDir, 'pack');
    mkdirSync(appDir);
    mkdirSync(packDir);
    const { stdout } = await npm(['pack', '--json', '--pack-destination', packDir], AGENT_DIR);
    const [{ filename }] = JSON.parse(stdout) as [{ filename: string }];
    tarball = join(packDir, filename);
    writeFileSync(join(appDir, 'package.json'), JSON.stringify({ name: 'installed-app', private: true }));
    writeFileSync(join(appDir, 'app.js'), APP_CJS);
    writeFileSync(join(appDir, 'app.mjs'), APP_ESM);
    copyFileSync(join(FIXTURES, 'burn-alpha.js'), join(appDir, 'burn-alpha.js'));
    await npm(['install', tarball, '--no-audit', '--no-fund', '--prefer-offline'], appDir);
  }, 120_000);

  afterAll(() => {
    rmSync(workDir, { recursive: true, force: true });
  });

  it('depends on @datadog/pprof only and bundles the wire constants', () => {
    const installed = join(appDir, 'node_modules', '@flamehouse', 'agent');
    const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as Record<string, unknown>;
    expect(Object.keys(manifest.dependencies as object)).toEqual(['@datadog/pprof']);
    expect(readFileSync(join(installed, 'dist', 'index.js'), 'utf8')).not.toMatch(/@flamehouse\/proto/);
    expect(readFileSync(AGENT_BUNDLE, 'utf8')).not.toMatch(/require\(["']@flamehouse\/proto/);
  });

  it.each([
    ['--require', 'app.js'],
    ['--import', 'app.mjs'],
  ])('profiles an app with node %s @flamehouse/agent', async (flag, app) => {
    receiver.requests.length = 0;
    const result = await runNode([flag, '@flamehouse/agent', app], {
      cwd: appDir,
      env: { FLAMEHOUSE_URL: receiver.url },
    });

    expect(result.stdout.toString()).toBe('installed app ran\n');
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const uploads = receiver.requests.map(decodeUpload);
    // The service name comes from the app's package.json.
    expect(uploads.map((upload) => upload.request.url.searchParams.get('service'))).toEqual([
      'installed-app',
      'installed-app',
    ]);
    expect(uploads.filter(isHeapProfile)).toHaveLength(1);
    expect(uploads.find(isWallProfile)?.functionNames.has('burnAlpha')).toBe(true);
  });
});
