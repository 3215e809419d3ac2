// The page in a real Chromium against a real server: what a developer on call
// sees and clicks. Screenshots go to .artifacts/ui/.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { formatShare } from '../src/format.js';
import { frameCentre, pixelAt } from './support/page.js';
import { pageSession } from './support/page-session.js';
import { API_TOTAL_MS, BIG_NODES, VALIDATE_MS, seedProfiles } from './support/fixtures.js';

const NOW = Date.now();
const session = pageSession((_, browser) => {
  page = browser.page;
});
const { open } = session;
let page: Page;

const flamePanel = (): Locator => page.locator('.flamegraph-view .flame-panel');
const currentCrumb = (): Locator => page.locator('.view:not([hidden]) .breadcrumb [aria-current="location"]');

describe('before any profile arrives', () => {
  it('shows how to start the agent', async () => {
    await open('', '.onboarding');
    const text = await page.locator('.onboarding').innerText();
    expect(text).toContain('node --require @flamehouse/agent app.js');
    expect(text).toContain(`FLAMEHOUSE_URL=${session.server.url}`);
    await session.browser.screenshot('01-onboarding');
  });
});

describe('with profiles', () => {
  beforeAll(async () => {
    await seedProfiles(session.server, NOW);
  });

  it('draws the flamegraph; the table and the tooltip name the hot function', async () => {
    await open('?service=api&type=cpu&range=1h');
    await expect.poll(() => page.locator('.top-table tbody tr').first().getAttribute('data-name')).toBe('validate');
    const point = await frameCentre(flamePanel(), 'validate');
    await page.mouse.move(point.x, point.y);
    const tooltip = page.locator('#flame-tooltip');
    await tooltip.waitFor();
    const text = await tooltip.innerText();
    expect(text).toContain('validate');
    expect(text).toContain('src/validate.js');
    expect(text).toContain('600 ms');
    expect(text).toContain(formatShare(VALIDATE_MS / API_TOTAL_MS));
    // Packages get their own colour, V8 internals grey.
    const legend = await page.locator('.flamegraph-view .legend').innerText();
    expect(legend).toContain('fastify');
    expect(legend).toContain('your code');
    expect(legend).toContain('V8 (GC, idle, program)');
    await session.browser.screenshot('02-flamegraph-hover');
  });

  it('zooms into a clicked frame; the breadcrumb and back button undo it', async () => {
    const point = await frameCentre(flamePanel(), 'routeHandler');
    await page.mouse.click(point.x, point.y);
    await expect.poll(() => currentCrumb().innerText()).toBe('routeHandler');
    expect(new URL(page.url()).searchParams.getAll('zoom')).toEqual(['main', 'serve', 'routeHandler']);
    await session.browser.screenshot('03-zoomed');
    await page.goBack();
    await expect.poll(() => currentCrumb().innerText()).toBe('all');
  });

  it('search highlights matches, shows their share and survives a reload', async () => {
    await page.locator('.flamegraph-view .search-input').fill('valid');
    const expected = `${formatShare(VALIDATE_MS / API_TOTAL_MS)} of total`;
    await expect.poll(() => page.locator('.flamegraph-view .match-info').innerText()).toContain(expected);
    expect(await flamePanel().locator('.frame-list li[data-name="validate"]').getAttribute('data-marked')).toBe('true');
    expect(await flamePanel().locator('.frame-list li[data-name="query"]').getAttribute('data-marked')).toBe('false');
    await session.browser.screenshot('04-search');
    await page.reload();
    await flamePanel().locator('.frame-list li').first().waitFor({ state: 'attached' });
    expect(await page.locator('.flamegraph-view .search-input').inputValue()).toBe('valid');
    await expect.poll(() => page.locator('.flamegraph-view .match-info').innerText()).toContain(expected);
    expect(await page.locator('.top-table tbody tr').count()).toBe(1);
  });

  it('a table row highlights its frames; the sandwich shows callers and callees', async () => {
    await open('?service=api&type=cpu&range=1h');
    await page.locator('.top-table tbody tr[data-name="query"] .fn-name').click();
    await expect.poll(() => flamePanel().locator('.frame-list li[data-name="query"]').first().getAttribute('data-marked')).toBe('true');
    expect(await flamePanel().locator('.frame-list li[data-name="serialize"]').getAttribute('data-marked')).toBe('false');
    const row = page.locator('.top-table tbody tr[data-name="routeHandler"]');
    await row.hover();
    await row.locator('.sandwich-button').click();
    await page.locator('.sandwich-view .flame-panel[data-ready]').nth(1).waitFor();
    expect(new URL(page.url()).searchParams.get('view')).toBe('sandwich');
    const callers = page.locator('.sandwich-view .flame-panel').nth(0);
    const callees = page.locator('.sandwich-view .flame-panel').nth(1);
    expect(await callers.locator('.frame-list li[data-name="serve"]').count()).toBe(1);
    expect(await callers.locator('.frame-list li[data-name="validate"]').count()).toBe(0);
    expect(await callees.locator('.frame-list li[data-name="validate"]').count()).toBe(1);
    expect(await page.locator('.sandwich-heading').innerText()).toContain('routeHandler');
    await session.browser.screenshot('05-sandwich');
  });

  it('right-clicking a frame offers its sandwich', async () => {
    await open('?service=api&type=cpu&range=1h');
    const point = await frameCentre(flamePanel(), 'serialize');
    await page.mouse.click(point.x, point.y, { button: 'right' });
    await page.getByRole('menuitem', { name: 'Sandwich: callers and callees' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('fn')).toBe('serialize');
    expect(new URL(page.url()).searchParams.get('view')).toBe('sandwich');
    const callers = page.locator('.sandwich-view .flame-panel').nth(0);
    await expect.poll(() => callers.locator('.frame-list li[data-name="routeHandler"]').count()).toBe(1);
  });

  it('filters by a label picked from autocomplete', async () => {
    await open('?service=api&type=cpu&range=1h');
    await expect.poll(() => page.locator('.filter-bar datalist option').evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value))).toContain('service.version');
    await page.locator('.filter-key').fill('service.version');
    await page.locator('.filter-key').dispatchEvent('change');
    await expect.poll(() => page.locator('.filter-bar datalist').nth(1).locator('option').count()).toBe(2);
    await page.locator('.filter-value').fill('1.0.0');
    await page.locator('.filter-form button[type="submit"]').click();
    await expect.poll(() => page.locator('.chip').innerText()).toContain('1.0.0');
    await expect.poll(() => page.locator('.top-table tbody tr[data-name="validate"]').count()).toBe(0);
    expect(new URL(page.url()).searchParams.getAll('filter')).toEqual(['service.version=1.0.0']);
    await session.browser.screenshot('06-filtered');
  });

  it('diffs the previous version against the latest: grown frames red, shrunk green', async () => {
    await open('?service=api&type=cpu&range=1h&view=diff');
    const panel = page.locator('.diff-view .flame-panel');
    expect(new URL(page.url()).searchParams.get('base')).toBe('1.0.0');
    expect(new URL(page.url()).searchParams.get('comp')).toBe('2.0.0');
    expect(await panel.locator('.frame-list li[data-name="validate"]').getAttribute('data-change')).toBe('grew');
    expect(await panel.locator('.frame-list li[data-name="query"]').getAttribute('data-change')).toBe('shrank');
    const [r, g, b] = await pixelAt(panel, await frameCentre(panel, 'validate'));
    expect(r).toBeGreaterThan(180);
    expect(g).toBeLessThan(110);
    expect(b).toBeLessThan(110);
    const [r2, g2] = await pixelAt(panel, await frameCentre(panel, 'query'));
    expect(g2).toBeGreaterThan(r2);
    expect(await page.locator('.diff-table tbody tr').first().getAttribute('data-name')).toBe('validate');
    await session.browser.screenshot('07-diff-versions');

    await page.locator('.diff-legend input[type="checkbox"]').check();
    await expect.poll(() => new URL(page.url()).searchParams.get('palette')).toBe('cb');
    await expect.poll(async () => (await pixelAt(panel, await frameCentre(panel, 'query')))[2]).toBeGreaterThan(150);
    await session.browser.screenshot('08-diff-colorblind');
  });

  it('diffs two time ranges', async () => {
    await page.getByRole('button', { name: 'Two time ranges' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('diff')).toBe('time');
    const panel = page.locator('.diff-view .flame-panel');
    await expect.poll(() => panel.locator('.frame-list li[data-name="validate"]').getAttribute('data-change')).toBe('grew');
    expect(await page.locator('.timeline .band').count()).toBe(2);
    await session.browser.screenshot('09-diff-time');
  });

  it('lists the leaking allocation site first and focuses it in the heap flamegraph', async () => {
    await open('?service=worker&type=inuse_space&range=1h&view=leaks');
    const first = page.locator('.leaks-table tbody tr').first();
    expect(await first.locator('.fn-name').innerText()).toBe('leakyCache');
    expect(await first.locator('.growth').innerText()).toMatch(/^\+5\.\d+ MB\/h$/);
    expect(await first.locator('svg.sparkline').count()).toBe(1);
    await first.click();
    await expect.poll(() => currentCrumb().innerText()).toBe('jobs');
    expect(await page.locator('.leak-stack').innerText()).toContain('leakyCache');
    const panel = page.locator('.leaks-view .flame-panel');
    await expect.poll(() => panel.locator('.frame-list li[data-name="leakyCache"]').getAttribute('data-marked')).toBe('true');
    await session.browser.screenshot('10-leaks');
  });

  it('opens the selection in speedscope on the same origin', async () => {
    await open('?service=api&type=cpu&range=1h');
    const [speedscope] = await Promise.all([session.browser.context.waitForEvent('page'), page.locator('[data-action="open-speedscope"]').click()]);
    await expect.poll(() => speedscope.title(), { timeout: 20_000 }).toBe('api cpu - speedscope');
    expect(new URL(speedscope.url()).origin).toBe(session.server.url);
    await speedscope.waitForTimeout(300);
    await speedscope.screenshot({ path: `${session.browser.artifacts}/11-speedscope.png` });
    await speedscope.close();
  });

  it('offers a way out when the range holds no data', async () => {
    await open(`?service=api&type=cpu&from=${NOW - 48 * 3600_000}&to=${NOW - 47 * 3600_000}`, '.no-data');
    expect(await page.locator('.no-data').innerText()).toContain('No CPU time profiles in this range');
    await session.browser.screenshot('12-no-data');
    await page.getByRole('button', { name: 'Jump to the latest data' }).click();
    await flamePanel().and(page.locator('[data-ready]')).waitFor();
    expect(new URL(page.url()).searchParams.get('range')).toBe('1h');
  });

  it('says when small frames were merged into "other" and shows them all on request', async () => {
    await open('?service=big&type=cpu&range=1h');
    const note = page.locator('.flamegraph-view .pruned-note');
    expect(await note.innerText()).toContain(`of ${BIG_NODES.toLocaleString('en-US')} frames`);
    expect(await flamePanel().locator('.frame-list li[data-name="other"]').count()).toBeGreaterThan(0);
    await session.browser.screenshot('14-pruned');
    await note.getByRole('button').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('nodes')).toBe(String(BIG_NODES));
    await expect.poll(() => note.count()).toBe(0);
    await expect.poll(() => flamePanel().locator('.frame-list li[data-name="other"]').count()).toBe(0);
    await session.browser.screenshot('15-all-frames');
  });

  it('shows API errors as messages', async () => {
    await open(`?service=api&type=cpu&from=${NOW}&to=${NOW - 1000}`, '.view:not([hidden]) .message.error');
    expect(await page.locator('.view:not([hidden]) .message.error').innerText()).toContain('from must be before to');
    await session.browser.screenshot('13-error');
  });

  it('opens a trace link on that trace’s samples', async () => {
    await open('?service=checkout&trace_id=trace-abc');
    const names = await page.locator('.top-table tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-name')));
    expect(names).toContain('checkSignature');
    expect(names).not.toContain('otherWork');
    expect(await page.locator('.chip').innerText()).toContain('trace-abc');
  });

  it('lists the requests that cost the most and opens one request’s flamegraph', async () => {
    await open('?service=checkout&view=spans', '.spans-table tbody tr');
    const rows = page.locator('.spans-table tbody tr');
    expect(await rows.evaluateAll((all) => all.map((r) => r.getAttribute('data-endpoint')))).toEqual(['POST /pay', 'GET /items']);
    await session.browser.screenshot('17-spans');
    await rows.first().click();
    await page.locator('.flamegraph-view .flame-panel[data-ready]').waitFor();
    expect(page.url()).toContain('span_id=span-1');
    const names = await page.locator('.top-table tbody tr').evaluateAll((all) => all.map((r) => r.getAttribute('data-name')));
    expect(names).toContain('checkSignature');
    expect(names).not.toContain('renderList');

    await open('?service=checkout&view=spans&by=endpoint', '.spans-table tbody tr');
    await page.locator('.spans-table tbody tr[data-endpoint="GET /items"]').click();
    await page.locator('.flamegraph-view .flame-panel[data-ready]').waitFor();
    const endpointNames = await page.locator('.top-table tbody tr').evaluateAll((all) => all.map((r) => r.getAttribute('data-name')));
    expect(endpointNames).toContain('renderList');
    expect(endpointNames).not.toContain('checkSignature');
  });

  it('fits a laptop screen', async () => {
    await page.setViewportSize({ width: 1024, height: 768 });
    try {
      await open('?service=api&type=cpu&range=1h');
      // The table moves below the flamegraph; nothing overflows sideways.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1024);
      await session.browser.screenshot('16-laptop');
    } finally {
      await page.setViewportSize({ width: 1440, height: 900 });
    }
  });

  it('brushing the timeline selects that time range', async () => {
    await open('?service=api&type=cpu&range=1h');
    const chart = (await page.locator('.timeline svg').boundingBox())!;
    await page.mouse.move(chart.x + chart.width * 0.1, chart.y + 30);
    await page.mouse.down();
    await page.mouse.move(chart.x + chart.width * 0.5, chart.y + 30, { steps: 5 });
    await page.mouse.up();
    await expect.poll(() => new URL(page.url()).searchParams.get('from')).not.toBeNull();
    const params = new URL(page.url()).searchParams;
    expect(Number(params.get('to')) - Number(params.get('from'))).toBeGreaterThan(20 * 60_000);
    expect(params.get('range')).toBeNull();
    await page.goBack();
    await expect.poll(() => new URL(page.url()).searchParams.get('range')).toBe('1h');
  });
});
