// The flamegraph in a real Chromium against a real server, for reading deep
// real-world stacks: your code first, search that finds, a breadcrumb that
// stays one line, a legend that tells the truth, a readable diff, and the
// keyboard. Screenshots go to .artifacts/ui/.
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { WALL_CPU, makePprof } from '../../server/test/pprof-fixture.js';
import { API_TOTAL_MS, MS, seedProfiles } from './support/fixtures.js';
import { frameBox, frameCentre, param, pixelAt } from './support/page.js';
import { pageSession } from './support/page-session.js';
import { SHOP_PREFIX, seedShop } from './support/shop.js';

const NOW = Date.now();
const ROW_PX = 20;
/** Functions of the `wide` service, each its own leaf: more than a page of the diff table. */
const WIDE_FUNCTIONS = 60;

const session = pageSession(async (server, browser) => {
  page = browser.page;
  await seedProfiles(server, NOW);
  await seedShop(server, NOW);
  for (const [version, minutesAgo] of [
    ['1', 40],
    ['2', 10],
  ] as const) {
    await server.upload(
      'wide',
      { 'service.version': version },
      makePprof({
        sampleTypes: WALL_CPU,
        timeMs: NOW - minutesAgo * 60_000,
        samples: Array.from({ length: WIDE_FUNCTIONS }, (_, i) => {
          const ms = (version === '1' ? i + 1 : WIDE_FUNCTIONS - i) * MS;
          return { stack: `main@src/main.js;work${i}@src/work${i}.js`, values: [ms, ms] };
        }),
      }),
    );
  }
});
const { open } = session;
let page: Page;
const flamePanel = (): Locator => page.locator('.view:not([hidden]) .flame-panel').first();

/** Scrolls a frame into view and puts the pointer on it. */
async function hoverFrame(panel: Locator, name: string): Promise<{ x: number; y: number }> {
  const box = await frameBox(panel, name);
  const canvas = (await panel.locator('canvas').boundingBox())!;
  await page.evaluate((y) => window.scrollBy(0, y - window.innerHeight / 2), canvas.y + box.y);
  const centre = await frameCentre(panel, name);
  await page.mouse.move(centre.x, centre.y);
  return centre;
}

async function depthOf(name: string): Promise<number> {
  return (await frameBox(flamePanel(), name)).y / ROW_PX;
}

function rgbDistance(a: readonly number[], b: readonly number[]): number {
  return Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!);
}

/** `rgb(r, g, b)` as numbers. */
function rgbOf(css: string): [number, number, number] {
  return css.match(/\d+/g)!.slice(0, 3).map(Number) as [number, number, number];
}

/** Saturation (0–1) of an RGB colour, as HSL defines it. */
function saturation([r, g, b]: readonly number[]): number {
  const max = Math.max(r!, g!, b!) / 255;
  const min = Math.min(r!, g!, b!) / 255;
  const l = (max + min) / 2;
  return max === min ? 0 : (max - min) / (1 - Math.abs(2 * l - 1));
}

describe('your code first', () => {
  it('collapses each package and Node.js into one frame per package, keeping every value', async () => {
    await open('?service=shop&type=cpu&range=1h');
    expect(await depthOf('getCart')).toBe(SHOP_PREFIX.length);
    const totalBefore = await flamePanel().locator('.frame-list li[data-name="total"]').innerText();
    await page.getByRole('button', { name: 'Collapse packages' }).click();
    await expect.poll(() => param(page, 'collapse')).toBe('1');
    await expect.poll(() => depthOf('getCart')).toBeLessThanOrEqual(10);
    expect(await flamePanel().locator('.frame-list li[data-name="express"]').count()).toBe(1);
    expect(await flamePanel().locator('.frame-list li[data-name="Node.js internals"]').count()).toBe(1);
    expect(await flamePanel().locator('.frame-list li[data-name="total"]').innerText()).toBe(totalBefore);
    // Your code keeps its own frames and values.
    expect(await flamePanel().locator('.frame-list li[data-name="priceItems"]').innerText()).toContain('self 3.97 s');
    await hoverFrame(flamePanel(), 'express');
    await expect.poll(() => page.locator('#flame-tooltip').innerText()).toMatch(/\d+ functions of express in a row, drawn as one frame/);
    await session.browser.screenshot('25-collapsed-packages');
    // The sandwich reads callers from your code too.
    const row = page.locator('.flamegraph-view .top-table tbody tr[data-name="priceItems"]');
    await row.hover();
    await row.locator('.sandwich-button').click();
    const callers = page.locator('.sandwich-view .flame-panel').nth(0);
    await callers.and(page.locator('[data-ready]')).waitFor();
    await expect.poll(() => callers.locator('.frame-list li').count()).toBeLessThanOrEqual(12);
    await session.browser.screenshot('26-sandwich-side-by-side');
  });

  it('sets callers and callees side by side', async () => {
    await open('?service=shop&type=cpu&range=1h&view=sandwich&fn=priceItems&fn_file=%2Fapp%2Fsrc%2Fservices%2Fpricing.js', '.sandwich-view .flame-panel[data-ready]');
    // Both boxes in one turn of the page: the timeline above may be drawn between two reads and move what is below it.
    const [callers, callees] = await page.locator('.sandwich-side').evaluateAll((sides) =>
      ['callers', 'callees'].map((side) => {
        const r = sides.find((e) => e.classList.contains(side))!.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width };
      }),
    );
    expect(Math.abs(callers!.y - callees!.y)).toBeLessThan(2);
    expect(callers!.x + callers!.width).toBeLessThanOrEqual(callees!.x);
  });

  it('scrolls the search to its first match and counts the matches', async () => {
    await page.setViewportSize({ width: 1440, height: 700 });
    try {
      await open('?service=shop&type=cpu&range=1h');
      await page.evaluate(() => window.scrollTo(0, 0));
      const search = page.locator('.flamegraph-view .search-input');
      await search.fill('applyDiscounts');
      await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
      const canvas = (await flamePanel().locator('canvas').boundingBox())!;
      const box = await frameBox(flamePanel(), 'applyDiscounts');
      const top = canvas.y + box.y;
      expect(top).toBeGreaterThanOrEqual(0);
      expect(top + box.height).toBeLessThanOrEqual(700);
      expect(await page.locator('.flamegraph-view .match-info').innerText()).toContain('1 frame in 1 function');
      expect(await page.locator('.flamegraph-view .match-position').innerText()).toBe('1 of 1');
      // The legend stays in view while the canvas scrolls under it.
      const legend = (await page.locator('.flamegraph-view .flame-legend').boundingBox())!;
      expect(legend.y).toBeGreaterThanOrEqual(0);
      expect(legend.y + legend.height).toBeLessThan(700);
      await session.browser.screenshot('27-search-scrolled');

      // Enter walks the matches, Shift+Enter back.
      await search.fill('handle');
      await expect.poll(() => page.locator('.flamegraph-view .match-position').innerText()).toMatch(/^1 of \d+$/);
      const count = Number((await page.locator('.flamegraph-view .match-position').innerText()).split(' of ')[1]);
      expect(count).toBeGreaterThan(10);
      await search.press('Enter');
      await expect.poll(() => page.locator('.flamegraph-view .match-position').innerText()).toBe(`2 of ${count}`);
      await search.press('Shift+Enter');
      await search.press('Shift+Enter');
      await expect.poll(() => page.locator('.flamegraph-view .match-position').innerText()).toBe(`${count} of ${count}`);
    } finally {
      await page.setViewportSize({ width: 1440, height: 900 });
    }
  });

  it('keeps the breadcrumb of a deep zoom on one line', async () => {
    await open('?service=shop&type=cpu&range=1h');
    const getCart = await hoverFrame(flamePanel(), 'getCart');
    await page.mouse.click(getCart.x, getCart.y);
    await expect.poll(() => page.locator('.flamegraph-view .breadcrumb [aria-current="location"]').innerText()).toBe('getCart');
    const breadcrumb = page.locator('.flamegraph-view .breadcrumb');
    expect((await breadcrumb.boundingBox())!.height).toBeLessThan(32);
    const crumbs = await breadcrumb.locator('.crumb').allInnerTexts();
    expect(crumbs[0]).toBe('all');
    expect(crumbs).toHaveLength(5);
    expect(crumbs[1]).toMatch(/^… \d+$/);
    await session.browser.screenshot('28-deep-zoom');
    await breadcrumb.locator('.crumb-more').click();
    expect(await breadcrumb.locator('.crumb').count()).toBe(SHOP_PREFIX.length + 1);
  });
});

describe('the legend', () => {
  it('shows each package in its own colour, the one its frames are painted in', async () => {
    await open('?service=shop&type=cpu&range=1h');
    const legend = page.locator('.flamegraph-view .legend li');
    const entries = await legend.evaluateAll((all) => all.map((li) => ({ label: li.textContent, color: getComputedStyle(li.querySelector('.swatch')!).backgroundColor, image: getComputedStyle(li.querySelector('.swatch')!).backgroundImage })));
    const colorOf = (label: string): [number, number, number] => rgbOf(entries.find((e) => e.label === label)!.color);
    // Your code: a range of warm shades, as its frames are.
    expect(entries[0]!.label).toBe('your code');
    expect(entries[0]!.image).toContain('linear-gradient');
    const price = await pixelAt(flamePanel(), await frameCentre(flamePanel(), 'priceItems'));
    expect(price[0]).toBeGreaterThan(price[1] + 60);
    expect(price[0]).toBeGreaterThan(price[2] + 60);
    // Packages the issue found alike: each painted in its legend colour, far from the others.
    const painted = new Map<string, [number, number, number]>();
    for (const [frame, pkg] of [
      ['router', 'express'],
      ['incomingRequest', '@opentelemetry/instrumentation-http'],
      ['parse', 'content-type'],
      ['jsonParser', 'body-parser'],
    ] as const) {
      const pixel = await pixelAt(flamePanel(), await frameCentre(flamePanel(), frame));
      expect(rgbDistance(pixel, colorOf(pkg)), `${frame} painted as ${pkg}`).toBeLessThan(4);
      painted.set(pkg, pixel);
    }
    const colors = [...painted.values()];
    for (const [i, a] of colors.entries()) for (const b of colors.slice(i + 1)) expect(rgbDistance(a, b)).toBeGreaterThan(40);
    expect(entries.map((e) => e.label)).toContain('the profiler itself');
    expect(entries.map((e) => e.label)).toContain('Node.js internals');
  });
});

describe('a readable diff', () => {
  it('opens a time diff on two ranges that both hold data', async () => {
    await open('?service=api&type=cpu&range=6h&view=diff&diff=time', '.diff-view .flame-panel[data-ready]');
    await expect.poll(() => param(page, 'bfrom')).not.toBeNull();
    expect(await page.locator('.diff-view .no-data').count()).toBe(0);
    const summary = await page.locator('.diff-summary').innerText();
    // Where the cut falls depends on how the uploads sit in the timeline's steps (the seed is relative to now): both sides hold some, together all.
    const sideMs = (side: string): number => {
      const [, value, unit] = new RegExp(`${side}: ([\\d.]+) (ms|s) in total`).exec(summary) ?? [];
      return Number(value) * (unit === 's' ? 1000 : 1);
    };
    expect(sideMs('Baseline')).toBeGreaterThan(0);
    expect(sideMs('Comparison')).toBeGreaterThan(0);
    expect(sideMs('Baseline') + sideMs('Comparison')).toBeCloseTo(API_TOTAL_MS, -1);
    expect(Number(param(page, 'bto'))).toBe(Number(param(page, 'cfrom')));
  });

  it('pages the function table', async () => {
    await open('?service=wide&type=cpu&range=1h&view=diff', '.diff-view .flame-panel[data-ready]');
    const rows = page.locator('.diff-table tbody tr');
    expect(await rows.count()).toBe(25);
    const pager = page.locator('.diff-functions .pager');
    expect(await pager.innerText()).toContain(`1–25 of ${WIDE_FUNCTIONS + 1} functions`);
    const firstPage = await rows.first().getAttribute('data-name');
    await pager.getByRole('button', { name: 'Next ›' }).click();
    await expect.poll(() => param(page, 'dpage')).toBe('1');
    await expect.poll(() => rows.first().getAttribute('data-name')).not.toBe(firstPage);
    expect(await pager.innerText()).toContain(`26–50 of ${WIDE_FUNCTIONS + 1}`);
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(2600);
    await session.browser.screenshot('29-diff-paged');
  });

  it('draws ancestors that only carry a callee’s change paler than the frames that changed', async () => {
    await open('?service=shop&type=cpu&range=1h&view=diff', '.diff-view .flame-panel[data-ready]');
    const panel = page.locator('.diff-view .flame-panel');
    expect(await panel.locator('.frame-list li[data-name="getCart"]').getAttribute('data-change')).toBe('grew');
    expect(await panel.locator('.frame-list li[data-name="priceItems"]').getAttribute('data-change')).toBe('grew');
    const own = saturation(await pixelAt(panel, await frameCentre(panel, 'priceItems')));
    const carried = saturation(await pixelAt(panel, await frameCentre(panel, 'getCart')));
    expect(own).toBeGreaterThan(0.5);
    expect(carried).toBeLessThan(own / 2);
    await hoverFrame(panel, 'getCart');
    await expect.poll(() => page.locator('#flame-tooltip').innerText()).toContain('mostly its callees’');
    await session.browser.screenshot('30-diff-carried');
  });
});

describe('keyboard and screen readers', () => {
  it('walks the flamegraph with the arrow keys, zooms with Enter and out with Escape', async () => {
    await open('?service=api&type=cpu&range=1h');
    const canvas = page.locator('.flamegraph-view .flame-canvas-wrap');
    await canvas.focus();
    const announced = page.locator('.flamegraph-view .flame-panel > [aria-live]');
    await expect.poll(() => announced.innerText()).toMatch(/^total/);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => announced.innerText()).toMatch(/^main \(src\/server\.js\)/);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => announced.innerText()).toMatch(/^routeHandler/);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => announced.innerText()).toMatch(/^validate/);
    // query and serialize weigh the same: ties go by name.
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => announced.innerText()).toMatch(/^query \(src\/db\.js\)/);
    // The tooltip follows the keyboard.
    await expect.poll(() => page.locator('#flame-tooltip').innerText()).toContain('query');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.getAll('zoom')).toEqual(['main', 'serve', 'routeHandler']);
    await expect.poll(() => page.locator('.flamegraph-view .breadcrumb [aria-current="location"]').innerText()).toBe('routeHandler');
    await session.browser.screenshot('31-keyboard');
    await page.keyboard.press('Escape');
    await expect.poll(() => new URL(page.url()).searchParams.getAll('zoom')).toEqual(['main', 'serve']);
  });

  it('selects a time range on the timeline with the keyboard', async () => {
    await open('?service=api&type=cpu&range=1h');
    await page.locator('.timeline-chart').focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    for (let i = 0; i < 10; i++) await page.keyboard.press('Shift+ArrowRight');
    await expect.poll(() => page.locator('.timeline-readout').innerText()).toContain('Enter zooms in');
    await page.keyboard.press('Enter');
    await expect.poll(() => param(page, 'from')).not.toBeNull();
    // Ten steps (an hour is drawn in 30 s steps), starting five steps in.
    expect(Number(param(page, 'to')) - Number(param(page, 'from'))).toBe(10 * 30_000);
    expect(param(page, 'range')).toBeNull();
  });

  it('gives every view one h1 and headings that do not skip a level', async () => {
    const views = ['', '&view=sandwich&fn=serve&fn_file=src%2Fserver.js', '&view=diff', '&view=tags', '&view=spans', '&view=agents'];
    for (const view of views) {
      await page.goto(`${session.server.url}/?service=api&type=cpu&range=1h${view}`);
      await page.locator('.view:not([hidden]).has-data, .view:not([hidden]).has-message').first().waitFor();
      // Headings a reader meets: those displayed (visually hidden ones count, hidden views do not).
      const levels = await page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((all) => all.filter((e) => (e as HTMLElement).offsetParent !== null).map((e) => Number(e.tagName[1])));
      expect(levels[0], view).toBe(1);
      expect(levels.filter((l) => l === 1), view).toHaveLength(1);
      expect(levels.filter((l) => l === 2).length, view).toBeGreaterThanOrEqual(2);
      for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!, `${view}: ${levels.join(',')}`).toBeLessThanOrEqual(1);
    }
  });
});
