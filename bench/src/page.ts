import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '@flamehouse/server';
import { loadConfig } from '@flamehouse/server/dist/config.js';
import { DEFAULT_TENANT } from '@flamehouse/server/dist/auth/access.js';
import { FILL_DEFAULTS, fillStore } from './query-data.js';
import { median, parseArgs, round } from './stats.js';

// The UI's budget for a day of data: a 24-hour flamegraph page, from
// navigation to its flamegraph painted, in a real Chromium against the real
// server on the query benchmark's data (default 10 M sample rows):
//   node dist/page.js [rows] [--hours 24] [--runs 5] [--keep] [--dir D --endS S]
// The server fills a fresh chdb directory (as `query` does, then OPTIMIZE …
// FINAL) and serves it on 127.0.0.1. The first load is cold (the server's
// stack cache is empty; the OS page cache is warm), the next `runs` are warm
// reloads (each a new page, so the page's own answer cache is empty).
// `--dir` with `--endS` reuses a directory kept by `--keep` and skips the fill.

const argv = process.argv.slice(2);
const positionalRows = argv[0] !== undefined && /^\d/.test(argv[0]) ? argv.shift() : undefined;
const options = parseArgs(argv, {
  ...FILL_DEFAULTS,
  runs: 5,
  keep: false,
  dir: '',
  endS: 0,
  width: 1440,
  json: '',
});
const rows = positionalRows !== undefined ? Number(positionalRows.replaceAll('_', '')) : options.rows;

interface Load {
  /** From navigation start to the frame after the flamegraph was drawn. */
  paintedMs: number;
  /** Each API request the page made: from its start to its last byte, ms. */
  requests: Record<string, number>;
  /** CPU the server process (Node and the embedded ClickHouse) used for the load: steadier than wall time on a shared machine. */
  serverCpuMs: number;
}

// Runs in the page before its own script: notes when the flamegraph panel is
// first drawn (data-ready) and the frame after, when it is on screen.
const MARK_PAINT = `
  new MutationObserver((_, observer) => {
    if (!document.querySelector('.flamegraph-view .flame-panel[data-ready]')) return;
    observer.disconnect();
    requestAnimationFrame(() => requestAnimationFrame(() => { window.__paintedMs = performance.now(); }));
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ready'], childList: true });
`;

// Runs in the page once it is painted (as text: this package has no DOM types).
const READ_LOAD = `({
  paintedMs: window.__paintedMs,
  requests: Object.fromEntries(performance.getEntriesByType('resource')
    .filter((e) => e.name.includes('/api/v1/'))
    .map((e) => [new URL(e.name).pathname.replace('/api/v1/', ''), Math.round(e.responseEnd - e.startTime)])),
})`;

async function main(): Promise<void> {
  const { chromium } = await import('playwright-core');
  const { chromiumLaunchOptions } = await import('../../ui/scripts/chromium.mjs');
  const dir = options.dir || mkdtempSync(join(tmpdir(), 'fh-bench-page-'));
  const endS = options.endS || Math.floor(Date.now() / 3_600_000) * 3600;
  const app = await buildApp(loadConfig({}, { dataDir: dir, logLevel: 'silent' }));
  let fill: unknown = 'reused';
  try {
    if (!options.dir) {
      fill = await fillStore(app, { ...options, rows, endS, spans: false }, (line) => console.error(`fill: ${line}`));
      const { tables } = await app.tenants.get(DEFAULT_TENANT);
      await app.storage.client.command({ query: `OPTIMIZE TABLE ${tables.sampleSets} FINAL` });
    }
    await app.server.listen({ host: '127.0.0.1', port: 0 });
    const address = app.server.server.address();
    if (address === null || typeof address === 'string') throw new Error('server has no TCP address');
    const url = `http://127.0.0.1:${address.port}/?service=${options.service}&type=cpu&from=${(endS - options.hours * 3600) * 1000}&to=${endS * 1000}`;

    // A persistent context, as the UI tests use: the bundled Chromium runs in one process, which
    // ends with its last page, so the first page stays open while each run opens its own.
    const profile = mkdtempSync(join(tmpdir(), 'fh-bench-chromium-'));
    const browser = await chromium.launchPersistentContext(profile, { ...(await chromiumLaunchOptions()), headless: true, viewport: { width: options.width, height: 900 } });
    const loads: Load[] = [];
    const loadAvgAtStart = round(loadavg()[0]!, 2);
    try {
      for (let run = 0; run <= options.runs; run++) {
        const page = await browser.newPage();
        await page.addInitScript(MARK_PAINT);
        const cpu = process.cpuUsage();
        await page.goto(url);
        await page.waitForFunction('window.__paintedMs !== undefined', undefined, { timeout: 120_000 });
        // The page's other requests (top functions) may still run: count the server's CPU until they are done.
        await page.locator('.flamegraph-view .top-table tbody tr').first().waitFor();
        const used = process.cpuUsage(cpu);
        const load: Load = { ...(await page.evaluate<Omit<Load, 'serverCpuMs'>>(READ_LOAD)), serverCpuMs: Math.round((used.user + used.system) / 1000) };
        const nodes = await page.locator('.flamegraph-view .frame-list li').count();
        console.error(`${run === 0 ? 'cold' : `warm ${run}`}: painted at ${Math.round(load.paintedMs)} ms, server CPU ${load.serverCpuMs} ms (${nodes} frames listed)`, JSON.stringify(load.requests));
        loads.push(load);
        await page.close();
      }
    } finally {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    }
    const warm = loads.slice(1).map((l) => l.paintedMs);
    const result = {
      date: new Date().toISOString(),
      machine: { cores: availableParallelism(), node: process.version, loadAvg1mAtStart: loadAvgAtStart, loadAvg1mAtEnd: round(loadavg()[0]!, 2) },
      options: { ...options, rows },
      fill,
      url,
      coldPaintedMs: round(loads[0]!.paintedMs),
      warmPaintedMedianMs: round(median(warm)),
      warmPaintedMinMs: round(Math.min(...warm)),
      warmPaintedMaxMs: round(Math.max(...warm)),
      coldServerCpuMs: loads[0]!.serverCpuMs,
      warmServerCpuMedianMs: median(loads.slice(1).map((l) => l.serverCpuMs)),
      loads,
    };
    console.log(JSON.stringify(result, null, 2));
    if (options.json) writeFileSync(options.json, JSON.stringify(result, null, 2));
  } finally {
    await app.server.close();
    if (options.keep || options.dir) console.error(`data kept in ${dir} (--dir ${dir} --endS ${endS})`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
