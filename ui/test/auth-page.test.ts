// A server with FLAMEHOUSE_AUTH_FILE, in a real Chromium: the page asks for a
// token once, keeps it for the tab, and shows only the token's tenant's data.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WALL_CPU, makePprof } from '../../server/test/pprof-fixture.js';
import { launchBrowser, type TestBrowser } from './support/browser.js';
import { startServer, type TestServer } from './support/server.js';

const MS = 1_000_000;
let dir: string;
let server: TestServer;
let browser: TestBrowser;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'fh-ui-auth-'));
  const authFile = join(dir, 'auth.json');
  writeFileSync(
    authFile,
    JSON.stringify({
      tokens: [
        { token: 'acme-agent-token', tenant: 'acme', scopes: ['ingest'] },
        { token: 'acme-reader-token', tenant: 'acme', scopes: ['query'] },
      ],
    }),
  );
  [server, browser] = await Promise.all([startServer({ authFile, uploadToken: 'acme-agent-token' }), launchBrowser()]);
  await server.upload(
    'checkout',
    {},
    makePprof({ sampleTypes: WALL_CPU, timeMs: Date.now() - 60_000, samples: [{ stack: 'main@src/app.js;priceCart@src/cart.js', values: [40 * MS, 40 * MS] }] }),
  );
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the page on a server that needs a token', () => {
  it('asks for a token, refuses a wrong one, and keeps the right one for the tab', async () => {
    const { page } = browser;
    await page.goto(`${server.url}/`);
    const form = page.locator('.token-form');
    await form.waitFor();
    await browser.screenshot('18-token-prompt');

    await form.locator('input').fill('not-a-token');
    await form.locator('button').click();
    await expect.poll(() => page.locator('[role="dialog"]').innerText()).toContain('FH_ERR_UNAUTHENTICATED');

    // A token that may send profiles but not read them is refused too.
    await page.locator('.token-form input').fill('acme-agent-token');
    await page.locator('.token-form button').click();
    await expect.poll(() => page.locator('[role="dialog"]').innerText()).toContain('FH_ERR_FORBIDDEN');

    await page.locator('.token-form input').fill('acme-reader-token');
    await page.locator('.token-form button').click();
    await page.locator('.flame-panel[data-ready]').first().waitFor();
    expect(await page.locator('.frame-list li[data-name="priceCart"]').count()).toBeGreaterThan(0);

    // A reload in the same tab does not ask again.
    await page.reload();
    await page.locator('.flame-panel[data-ready]').first().waitFor();
    expect(await page.locator('.token-form').count()).toBe(0);
    await browser.screenshot('19-token-accepted');
  });
});
