// Times the flamegraph renderer on a 10,000-node tree in Chromium:
//   node ui/scripts/render-bench.mjs [--runs 20] [--nodes 10000]
// Prints medians: first paint (flatten + draw, and until the next frame),
// a full redraw (zoom), collapsing packages, and the redraw on hover (averaged over 500 moves per run).
// Numbers only; no thresholds.
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from './chromium.mjs';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '20' }, nodes: { type: 'string', default: '10000' } } });
const runs = Number(values.runs);
const nodes = Number(values.nodes);
const uiDir = join(dirname(fileURLToPath(import.meta.url)), '..');

const bundle = await build({
  entryPoints: [join(uiDir, 'test', 'render-bench-page.ts')],
  bundle: true,
  write: false,
  format: 'iife',
  platform: 'browser',
  target: 'es2022',
  logLevel: 'warning',
});

const profile = mkdtempSync(join(tmpdir(), 'fh-bench-'));
const context = await chromium.launchPersistentContext(profile, {
  ...(await chromiumLaunchOptions()),
  headless: true,
  viewport: { width: 1440, height: 900 },
});
try {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.setContent('<!doctype html><html><body style="margin:0"><div id="bench" style="width:1400px"></div></body></html>');
  await page.addScriptTag({ content: bundle.outputFiles[0].text });
  const result = await page.evaluate(([r, n]) => globalThis.runRenderBench(r, n), [runs, nodes]);
  const median = (xs) => {
    const sorted = [...xs].sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)];
  };
  const ms = (x) => `${x.toFixed(2)} ms`;
  console.log(`flamegraph render bench: ${result.nodes} nodes, ${result.drawnFrames} frames drawn ≥1 px, 1400 px wide, ${runs} runs, Chromium ${context.browser()?.version() ?? ''}`.trim());
  console.log(`  first paint (flatten + draw):   median ${ms(median(result.flattenMs.map((f, i) => f + result.drawMs[i])))}  (flatten ${ms(median(result.flattenMs))}, draw ${ms(median(result.drawMs))})`);
  console.log(`  first paint until next frame:   median ${ms(median(result.firstFrameMs))}`);
  console.log(`  full redraw (zoom):             median ${ms(median(result.zoomRedrawMs))}`);
  console.log(`  collapse packages (+ its model): median ${ms(median(result.collapseMs))}`);
  console.log(
    `  hover redraw (per mousemove):   median ${ms(median(result.hoverMs))}, worst run ${ms(Math.max(...result.hoverMs))} (${Math.round(result.hoverChanges * 100)} % of moves changed frame)`,
  );
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
