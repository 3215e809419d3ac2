import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { perftools } from '@flamehouse/proto/pprof';
import { isWallProfile, decodeUpload, suiteReceiver } from './helpers/receiver.js';
import { AGENT_BUNDLE, FIXTURES, runNode } from './helpers/run-node.js';

// A TypeScript app compiled to dist/ with external source maps, as `tsc` or a
// bundler leaves it: frames should name the .ts file, unless turned off.

let appDir: string;
const receiver = suiteReceiver();
beforeAll(async () => {
  appDir = mkdtempSync(join(tmpdir(), 'fh-ts-app-'));
  await build({
    entryPoints: [join(FIXTURES, 'typescript', 'app.ts')],
    outfile: join(appDir, 'dist', 'app.js'),
    sourcemap: true,
    platform: 'node',
    format: 'cjs',
    logLevel: 'silent',
  });
});
afterAll(() => {
  rmSync(appDir, { recursive: true, force: true });
});

/** Files that a function named `name` is attributed to across the wall profiles received. */
function filesOf(name: string): Set<string> {
  const files = new Set<string>();
  for (const request of receiver.requests.splice(0)) {
    if (!isWallProfile(decodeUpload(request))) continue;
    const profile = perftools.profiles.Profile.decode(gunzipSync(request.rawBody));
    for (const fn of profile.function) {
      if (profile.stringTable[Number(fn.name)] === name) files.add(profile.stringTable[Number(fn.filename)] ?? '');
    }
  }
  return files;
}

describe('source maps', () => {
  it('shows the TypeScript source of compiled frames when maps are found', async () => {
    const result = await runNode(['--require', AGENT_BUNDLE, join(appDir, 'dist', 'app.js')], {
      env: { FLAMEHOUSE_URL: receiver.url, FLAMEHOUSE_UPLOAD_INTERVAL_MS: '1000', BURN_MS: '3000' },
    });
    expect(result.stdout.toString()).toBe('ok\n');
    const files = [...filesOf('tsHotLoop')];
    expect(files.some((file) => file.endsWith('app.ts')), files.join(', ')).toBe(true);
  });

  it('keeps compiled frames with FLAMEHOUSE_SOURCE_MAPS=false', async () => {
    const result = await runNode(['--require', AGENT_BUNDLE, join(appDir, 'dist', 'app.js')], {
      env: { FLAMEHOUSE_URL: receiver.url, FLAMEHOUSE_UPLOAD_INTERVAL_MS: '1000', BURN_MS: '1500', FLAMEHOUSE_SOURCE_MAPS: 'false' },
    });
    expect(result.stdout.toString()).toBe('ok\n');
    const files = [...filesOf('tsHotLoop')];
    expect(files.length).toBeGreaterThan(0);
    expect(files.every((file) => file.endsWith('app.js')), files.join(', ')).toBe(true);
  });
});
