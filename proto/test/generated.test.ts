import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import Long from 'long';
import { perftools } from '../generated/profile.js';

const packageDir = join(import.meta.dirname, '..');

describe('generated protobuf code', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'fh-proto-'));
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('is what the generator produces from the .proto files today', () => {
    execFileSync(process.execPath, [join(packageDir, 'scripts', 'generate.mjs'), outDir], { stdio: 'pipe' });
    for (const file of ['profile.js', 'profile.d.ts', 'querier.js', 'querier.d.ts', 'otlp-profiles.js', 'otlp-profiles.d.ts']) {
      const fresh = readFileSync(join(outDir, file), 'utf8');
      const committed = readFileSync(join(packageDir, 'generated', file), 'utf8');
      expect(committed, `generated/${file} is stale: run npm run generate -w proto`).toBe(fresh);
    }
  }, 60_000);

  it('keeps time_nanos beyond 2^53 exact through encode and decode', () => {
    const nanos = '1795359404923123457';
    const { Profile } = perftools.profiles;
    const bytes = Profile.encode({ timeNanos: Long.fromString(nanos), stringTable: [''] }).finish();
    const decoded = Profile.decode(bytes);
    expect(decoded.timeNanos.toString()).toBe(nanos);
  });

  it('round-trips samples, locations and strings', () => {
    const { Profile } = perftools.profiles;
    const source = {
      stringTable: ['', 'wall', 'nanoseconds', 'main', 'app.js'],
      sampleType: [{ type: 2 - 1, unit: 2 }],
      function: [{ id: 1, name: 3, filename: 4 }],
      location: [{ id: 1, line: [{ functionId: 1, line: 12 }] }],
      sample: [{ locationId: [1], value: [30_000_000] }],
    };
    const decoded = Profile.decode(Profile.encode(source).finish());
    expect(decoded.stringTable).toEqual(source.stringTable);
    expect(Number(decoded.sample[0]?.value?.[0])).toBe(30_000_000);
    expect(Number(decoded.location[0]?.line?.[0]?.line)).toBe(12);
  });
});
