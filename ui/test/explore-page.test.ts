// The page in a real Chromium against a real server, for what a Pyroscope or
// Datadog user reaches for beyond the flamegraph: a function's own timeline,
// the tag explorer, deploy markers, the agents page, links that keep their
// time range, and times that read one way. Screenshots go to .artifacts/ui/.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { seedProfiles } from './support/fixtures.js';
import { param } from './support/page.js';
import { pageSession } from './support/page-session.js';
import { SHOP_DEPLOY_MINUTES_AGO, SHOP_PODS, seedShop } from './support/shop.js';

const NOW = Date.now();
const session = pageSession(async (server, browser) => {
  page = browser.page;
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  await seedProfiles(server, NOW);
  await seedShop(server, NOW);
});
const { open } = session;
let page: Page;

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Boxes of the elements a selector finds, in page order. */
function rects(selector: string): Promise<Rect[]> {
  return page.locator(selector).evaluateAll((all) =>
    all.map((e) => {
      const r = e.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    }),
  );
}

/** The x of an area path's points above its baseline (the chart's bottom), in CSS px of the chart. */
async function raisedXs(selector: string): Promise<number[]> {
  const d = (await page.locator(selector).first().getAttribute('d')) ?? '';
  const points = (d.match(/[\d.]+,[\d.]+/g) ?? []).map((pair) => pair.split(',').map(Number) as [number, number]);
  const baseline = Math.max(...points.map(([, y]) => y));
  return points.filter(([, y]) => y < baseline).map(([x]) => x);
}

/** Where an area path rises above its baseline, left to right, in CSS px of the page. */
async function pathExtent(selector: string): Promise<{ left: number; right: number; width: number }> {
  const raised = await raisedXs(selector);
  const svgBox = (await page.locator('.timeline svg').boundingBox())!;
  const left = svgBox.x + Math.min(...raised);
  const right = svgBox.x + Math.max(...raised);
  return { left, right, width: right - left };
}

describe("a function's own timeline", () => {
  it('draws the picked function under the total, from its first deploy on, as total or self', async () => {
    await open('?service=api&type=cpu&range=1h');
    await page.locator('.top-table tbody tr[data-name="validate"] .fn-name').click();
    await expect.poll(() => param(page, 'fn')).toBe('validate');
    const own = page.locator('.timeline path.area.own');
    await own.waitFor();
    await expect.poll(() => page.locator('.timeline-legend').innerText()).toContain('validate');
    // validate came with 2.0.0: its line starts at that deploy, while the total starts with 1.0.0.
    const deployed = (await page.locator('.timeline g.deploy[data-label="2.0.0"] line').boundingBox())!;
    const first = (await page.locator('.timeline g.deploy[data-label="1.0.0"] line').boundingBox())!;
    const ownExtent = await pathExtent('.timeline path.area.own');
    const totalExtent = await pathExtent('.timeline path.area:not(.own)');
    expect(ownExtent.left).toBeGreaterThan(deployed.x - 30);
    expect(totalExtent.left).toBeLessThan(first.x + 30);
    // Hovering its steps reads both lines.
    await page.mouse.move(ownExtent.left + ownExtent.width / 2, (await own.boundingBox())!.y + (await own.boundingBox())!.height - 2);
    await expect.poll(() => page.locator('.timeline-readout').innerText()).toMatch(/total .* · validate \(total\) \d/);
    await session.browser.screenshot('20-function-timeline');

    // `serve` calls everything but runs no code of its own: its self line is empty, its total is not.
    await page.locator('.top-table tbody tr[data-name="serve"] .fn-name').click();
    await expect.poll(() => page.locator('.own-name').innerText()).toBe('serve');
    await expect.poll(async () => (await raisedXs('.timeline path.area.own')).length).toBeGreaterThan(0);
    await page.locator('.own-legend').getByRole('button', { name: 'self' }).click();
    await expect.poll(() => param(page, 'fnv')).toBe('self');
    await expect.poll(async () => (await raisedXs('.timeline path.area.own')).length).toBe(0);
  });

  it('is picked from a search down to one function, and from the sandwich', async () => {
    await open('?service=api&type=cpu&range=1h');
    await page.locator('.flamegraph-view .search-input').fill('validat');
    await page.locator('.flamegraph-view .match-info').getByRole('button', { name: 'Show on timeline' }).click();
    await expect.poll(() => param(page, 'fn')).toBe('validate');
    await page.locator('.timeline path.area.own').waitFor();

    await open('?service=api&type=cpu&range=1h&view=sandwich&fn=routeHandler&fn_file=%2Fapp%2Fnode_modules%2Ffastify%2Flib%2Froute.js', '.sandwich-view .flame-panel[data-ready]');
    await expect.poll(() => page.locator('.own-name').innerText()).toBe('routeHandler');
    // It stays out of views where a function means nothing.
    await page.getByRole('button', { name: 'Spans', exact: true }).click();
    await expect.poll(() => page.locator('.timeline path.area.own').count()).toBe(0);
  });
});

describe('tag explorer', () => {
  it('breaks the timeline down by a label, ranks the values, and filters on a click', async () => {
    await open('?service=shop&type=cpu&range=1h&view=tags', '.tags-table tbody tr');
    expect(param(page, 'tag')).toBe('service.version');
    expect(await page.locator('.tags-table tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-value')))).toEqual(['1.5.0', '1.4.0']);

    await page.getByLabel('Group by label').selectOption('host.name');
    await expect.poll(() => param(page, 'tag')).toBe('host.name');
    const rows = page.locator('.tags-table tbody tr');
    // The later pods carry more load: heaviest first.
    await expect.poll(() => rows.evaluateAll((all) => all.map((r) => r.getAttribute('data-value')))).toEqual([...SHOP_PODS].reverse());
    // One stacked layer per value, in the row's colour.
    const layers = page.locator('.timeline path.layer');
    await expect.poll(() => layers.count()).toBe(4);
    const layerColors = await layers.evaluateAll((all) => all.map((p) => getComputedStyle(p).fill));
    const swatchColors = await page.locator('.tags-table .swatch').evaluateAll((all) => all.map((s) => getComputedStyle(s).backgroundColor));
    expect(layerColors).toEqual(swatchColors);
    expect(new Set(swatchColors).size).toBe(4);
    const totals = await rows.evaluateAll((all) => all.map((r) => r.querySelectorAll('td.num')[0]!.textContent));
    await session.browser.screenshot('21-tag-explorer');

    await rows.filter({ has: page.locator('text=shop-2') }).click();
    await page.locator('.flamegraph-view .flame-panel[data-ready]').waitFor();
    expect(param(page, 'view')).toBeNull();
    expect(new URL(page.url()).searchParams.getAll('filter')).toEqual(['host.name=shop-2']);
    // The pod's flamegraph adds up to what its row said.
    await expect.poll(() => page.locator('.flamegraph-view .top-table caption').innerText()).toContain(`total ${totals[2]}`);
  });

  it('excludes a value, and takes != and regular expressions in the filter bar', async () => {
    await open('?service=shop&type=cpu&range=1h&view=tags&tag=host.name', '.tags-table tbody tr');
    await page.getByRole('button', { name: 'Exclude host.name=shop-4' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.getAll('filter')).toEqual(['host.name!=shop-4']);
    const values = (): Promise<(string | null)[]> => page.locator('.tags-table tbody tr').evaluateAll((all) => all.map((r) => r.getAttribute('data-value')));
    await expect.poll(values).toEqual(['shop-3', 'shop-2', 'shop-1']);
    expect(await page.locator('.chip').innerText()).toMatch(/host\.name\s*!=\s*shop-4/);

    await page.locator('.filter-key').fill('host.name');
    await page.locator('.filter-op').selectOption('=~');
    await page.locator('.filter-value').fill('shop-[12]');
    await page.locator('.filter-form button[type="submit"]').click();
    await expect.poll(() => new URL(page.url()).searchParams.getAll('filter')).toEqual(['host.name!=shop-4', 'host.name=~shop-[12]']);
    await expect.poll(values).toEqual(['shop-2', 'shop-1']);
    expect(await page.locator('.chip').nth(1).innerText()).toMatch(/host\.name\s*=~\s*shop-\[12\]/);
    await session.browser.screenshot('22-tag-explorer-filtered');
  });

  it("groups by the requests' endpoint and opens one endpoint's flamegraph", async () => {
    await open('?service=checkout&type=cpu&range=1h&view=tags&tag=trace_endpoint', '.tags-table tbody tr');
    const rows = page.locator('.tags-table tbody tr');
    expect(await rows.evaluateAll((all) => all.map((r) => r.getAttribute('data-value')))).toEqual(['', 'POST /pay', 'GET /items']);
    expect(await rows.first().innerText()).toContain('(outside requests)');
    // Work outside requests has no endpoint to open.
    expect(await rows.first().getAttribute('tabindex')).toBeNull();
    expect(await page.getByLabel('Group by label').locator('option:checked').innerText()).toBe('endpoint (of requests)');
    await session.browser.screenshot('22b-tag-explorer-endpoints');
    await rows.filter({ has: page.locator('text=GET /items') }).click();
    await page.locator('.flamegraph-view .flame-panel[data-ready]').waitFor();
    expect(param(page, 'endpoint')).toBe('GET /items');
    const names = await page.locator('.flamegraph-view .top-table tbody tr').evaluateAll((all) => all.map((r) => r.getAttribute('data-name')));
    expect(names).toContain('renderList');
    expect(names).not.toContain('checkSignature');
  });
});

describe('deploys on the timeline', () => {
  it('marks where each service.version was first seen', async () => {
    await open('?service=shop&type=cpu&range=1h');
    const marker = page.locator('.timeline g.deploy[data-label="1.5.0"]');
    await marker.waitFor();
    expect(await marker.locator('title').textContent()).toMatch(/^service\.version 1\.5\.0 first seen \d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/);
    const line = (await marker.locator('line').boundingBox())!;
    const chart = (await page.locator('.timeline svg').boundingBox())!;
    // Half an hour into the last hour, where the deploy was.
    expect((line.x - chart.x) / chart.width).toBeCloseTo((60 - SHOP_DEPLOY_MINUTES_AGO) / 60, 1);
    expect(await marker.locator('text').textContent()).toBe('1.5.0');
    // Markers sit above the plot: the label never covers a bar.
    const label = (await marker.locator('text').boundingBox())!;
    const plot = (await page.locator('.timeline path.area').boundingBox())!;
    expect(label.y + label.height).toBeLessThanOrEqual(plot.y + 1);
  });
});

describe('agents', () => {
  it("lists each process's own cost and last upload, and shows — for what older agents do not report", async () => {
    await open('?service=shop&type=cpu&range=1h&view=agents', '.agents-table tbody tr');
    const rows = page.locator('.agents-table tbody tr');
    expect(await rows.count()).toBe(SHOP_PODS.length * 2);
    const troubled = page.locator('.agents-table tr.has-trouble');
    expect(await troubled.count()).toBe(1);
    const cells = await troubled.locator('td').allInnerTexts();
    const header = await page.locator('.agents-table thead th').allInnerTexts();
    const at = (name: string): string => cells[header.indexOf(name)]!;
    expect(at('Process')).toContain('shop-3 · pid 4152');
    expect(at('Version')).toBe('1.5.0');
    expect(at('Failed attempts')).toBe('2');
    expect(at('Dropped profiles')).toBe('1');
    // Six uploads of 140 ms each (wall and cpu are one upload).
    expect(at('Agent CPU')).toBe('840 ms');
    expect(at('Uploaded')).toBe('141 KB');
    // A 1.5.0 agent reports the process's CPU (14 s an upload) and samples at 29 Hz: 840 ms of 84 s.
    expect(at('Share of process CPU')).toBe('1.00 %');
    expect(at('Process CPU')).not.toBe('—');
    expect(at('Sampling')).toMatch(/\(29 Hz\)$/);
    // Its 1.4.0 predecessor reported neither.
    const older = await page.locator('.agents-table tbody tr', { hasText: 'pid 4102' }).locator('td').allInnerTexts();
    expect(older[header.indexOf('Share of process CPU')]).toBe('—');
    expect(older[header.indexOf('Sampling')]).toBe('—');
    expect(at('Last upload')).toMatch(/^\d+(\.\d+)? min ago$/);
    expect(await page.locator('.agents-summary').innerText()).toContain('2 failed upload attempts, 1 profile dropped');
    await session.browser.screenshot('23-agents');
  });
});

describe('sharing', () => {
  it('copies a link that pins a relative range to the times it covers', async () => {
    await open('?service=shop&type=cpu&range=15m&view=tags&tag=host.name', '.tags-table tbody tr');
    const shownRange = await page.locator('.range-label').innerText();
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect.poll(() => page.locator('.share-status').innerText()).toContain('Link copied');
    const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
    expect(copied.searchParams.get('range')).toBeNull();
    expect(Number(copied.searchParams.get('to')) - Number(copied.searchParams.get('from'))).toBe(15 * 60_000);
    expect(copied.searchParams.get('view')).toBe('tags');
    expect(copied.searchParams.get('tag')).toBe('host.name');
    // Opened later, it shows the same range.
    await page.waitForTimeout(1100);
    await page.goto(copied.toString());
    await page.locator('.tags-table tbody tr').first().waitFor();
    expect(await page.locator('.range-label').innerText()).toBe(shownRange);
  });
});

describe('times', () => {
  it('writes every time one way, 24 h and ISO order, in the local zone or in UTC', async () => {
    await open('?service=shop&type=cpu&range=24h');
    const label = await page.locator('.range-label').innerText();
    expect(label).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d → (\d{4}-\d\d-\d\d )?\d\d:\d\d:\d\d \(24 h\) UTC([+−]\d\d:\d\d)?$/);
    expect(await page.locator('header').innerText()).not.toMatch(/\b[AP]M\b/);
    await page.getByRole('button', { name: 'UTC', exact: true }).click();
    await expect.poll(() => param(page, 'tz')).toBe('utc');
    await expect.poll(() => page.locator('.range-label').innerText()).toMatch(/ UTC$/);

    // The custom range is typed in the shown zone, 24 h.
    await page.getByRole('button', { name: 'Custom…' }).click();
    await page.getByLabel('From', { exact: true }).fill('2026-01-02 13:00');
    await page.getByLabel('To', { exact: true }).fill('2026-01-02 17:30');
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect.poll(() => param(page, 'from')).toBe(String(Date.UTC(2026, 0, 2, 13)));
    expect(param(page, 'to')).toBe(String(Date.UTC(2026, 0, 2, 17, 30)));
    await expect.poll(() => page.locator('.range-label').innerText()).toBe('2026-01-02 13:00:00 → 17:30:00 (4 h 30 min) UTC');
    // A time that is not one is refused where it was typed.
    await page.getByRole('button', { name: 'Custom…' }).click();
    await page.getByLabel('From', { exact: true }).fill('01/02/2026 1:00 PM');
    await page.getByRole('button', { name: 'Apply' }).click();
    expect(await page.getByLabel('From', { exact: true }).evaluate((input) => (input as HTMLInputElement).validationMessage)).toContain('YYYY-MM-DD HH:MM');
    expect(param(page, 'from')).toBe(String(Date.UTC(2026, 0, 2, 13)));
  });

  it('keeps tick labels apart and the value label off the bars, at any range and width', async () => {
    for (const width of [1440, 1024]) {
      await page.setViewportSize({ width, height: 900 });
      for (const range of ['15m', '1h', '24h', '7d']) {
        await open(`?service=shop&type=cpu&range=${range}`);
        await page.locator('.timeline svg').waitFor();
        const ticks = await rects('.timeline text.tick');
        const texts = await page.locator('.timeline text.tick').allTextContents();
        expect(ticks.length, `${range} at ${width}`).toBeGreaterThan(2);
        for (const text of texts) expect(text).toMatch(/^\d\d:\d\d$|^\d\d-\d\d$/);
        for (let i = 1; i < ticks.length; i++) expect(ticks[i]!.x, `${range} at ${width}: ${texts[i - 1]} / ${texts[i]}`).toBeGreaterThan(ticks[i - 1]!.x + ticks[i - 1]!.width + 4);
        const chart = (await page.locator('.timeline svg').boundingBox())!;
        for (const tick of ticks) expect(tick.x + tick.width).toBeLessThanOrEqual(chart.x + chart.width + 0.5);
        // The peak is read above the chart, not written on it.
        expect(await page.locator('.timeline svg text.peak').count()).toBe(0);
        const readout = (await page.locator('.timeline-readout').boundingBox())!;
        expect(readout.y + readout.height).toBeLessThanOrEqual(chart.y);
        expect(await page.locator('.timeline-readout').innerText()).toMatch(/^peak .* \/ \d+ (s|min|h)$/);
      }
      if (width === 1024) await session.browser.screenshot('24-timeline-7d-laptop');
    }
    await page.setViewportSize({ width: 1440, height: 900 });
  });

  it('reads a gauge as a level: MB, not MB per step', async () => {
    await open('?service=worker&type=inuse_space&range=1h');
    await expect.poll(() => page.locator('.timeline-readout').innerText()).toMatch(/^peak [\d.]+ MB$/);
  });
});
