// What the page tests do on a page: open a view and wait for it, find a
// frame on the canvas, read a pixel, read the URL's state.
import type { Locator, Page } from 'playwright-core';

export const READY = '.view:not([hidden]) .flame-panel[data-ready]';

export async function openAt(page: Page, base: string, query: string, ready: string | undefined = READY): Promise<void> {
  await page.goto(`${base}/${query}`);
  if (ready) await page.locator(ready).first().waitFor();
}

/** The box of a frame on the canvas (CSS px, relative to the canvas), from the text layer. */
export async function frameBox(panel: Locator, name: string): Promise<{ x: number; y: number; width: number; height: number }> {
  const item = panel.locator(`.frame-list li[data-name="${name}"]`).first();
  const [x, y, width, height] = (await item.getAttribute('data-box'))!.split(',').map(Number) as [number, number, number, number];
  return { x, y, width, height };
}

/** The centre of a frame on screen. */
export async function frameCentre(panel: Locator, name: string): Promise<{ x: number; y: number }> {
  const box = await frameBox(panel, name);
  const canvas = (await panel.locator('canvas').boundingBox())!;
  return { x: canvas.x + box.x + box.width / 2, y: canvas.y + box.y + box.height / 2 };
}

export async function pixelAt(panel: Locator, point: { x: number; y: number }): Promise<[number, number, number]> {
  const canvas = (await panel.locator('canvas').boundingBox())!;
  return panel.locator('canvas').evaluate(
    (element, at) => {
      const c = element as HTMLCanvasElement;
      const ratio = c.width / c.getBoundingClientRect().width;
      const data = c.getContext('2d')!.getImageData(Math.round(at.x * ratio), Math.round(at.y * ratio), 1, 1).data;
      return [data[0]!, data[1]!, data[2]!] as [number, number, number];
    },
    { x: point.x - canvas.x, y: point.y - canvas.y },
  );
}

export function param(page: Page, name: string): string | null {
  return new URL(page.url()).searchParams.get(name);
}
