// A real server and a real Chromium for one test file: started before its
// tests, with what `seed` uploads, and closed after them.
import { afterAll, beforeAll } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, type TestBrowser } from './browser.js';
import { openAt } from './page.js';
import { startServer, type TestServer } from './server.js';

export interface PageSession {
  readonly server: TestServer;
  readonly browser: TestBrowser;
  readonly page: Page;
  /** Opens `/?query` and waits for `ready` (the view's flamegraph by default). */
  readonly open: (query: string, ready?: string) => Promise<void>;
}

/** `seed` runs once both are up: it uploads profiles, and may keep the page for the tests. */
export function pageSession(seed?: (server: TestServer, browser: TestBrowser) => Promise<void> | void): PageSession {
  let server: TestServer | undefined;
  let browser: TestBrowser | undefined;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    await seed?.(server, browser);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the page session has not started: use it inside tests');
    return value;
  };
  return {
    get server() {
      return started(server);
    },
    get browser() {
      return started(browser);
    },
    get page() {
      return started(browser).page;
    },
    open: (query, ready) => openAt(started(browser).page, started(server).url, query, ready),
  };
}
