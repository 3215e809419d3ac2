import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENGINE_MALLOC_CONF } from '../src/storage/client.js';

// The embedded engine reads JE_MALLOC_CONF when chdb loads; jemalloc ignores what it does not know unless
// told to abort on it. A child process (the env must be set before the engine loads) runs a query with the
// server's setting, and with a wrong one to show the check can fail.
function queryWithMallocConf(conf: string): { status: number | null; stdout: string } {
  const dir = mkdtempSync(join(tmpdir(), 'fh-malloc-'));
  try {
    const script = `
      process.env.JE_MALLOC_CONF = ${JSON.stringify(conf)};
      const { Session } = require('chdb');
      new Session(${JSON.stringify(dir)}).queryAsync('SELECT 40 + 2', { format: 'TSV' }).then((r) => console.log(r.text().trim()));`;
    const child = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: 60_000, cwd: __dirname });
    return { status: child.status, stdout: child.stdout };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("the embedded engine's allocator setting", () => {
  it('is one jemalloc accepts, set in the process before the engine loads', () => {
    expect(queryWithMallocConf(`abort_conf:true,${ENGINE_MALLOC_CONF}`)).toEqual({ status: 0, stdout: '42\n' });
    expect(queryWithMallocConf('abort_conf:true,dirty_decay_msec:30000').status).not.toBe(0);
  });
});
