// Legends: what the frame colours mean, in a flamegraph and in a diff.
import { h } from '../dom.js';
import type { LegendEntry } from '../flamegraph/colors.js';
import { PALETTES, legendGradient } from '../flamegraph/diff-colors.js';
import type { Palette } from '../state/url-state.js';

export function frameLegend(entries: readonly LegendEntry[]): HTMLElement {
  return h(
    'ul',
    { class: 'legend', 'aria-label': 'Colours' },
    entries.map((entry) =>
      h('li', {}, entry.color === 'transparent' ? null : swatch(entry.color), entry.label),
    ),
  );
}

function swatch(color: string): HTMLElement {
  const element = h('span', { class: 'swatch', 'aria-hidden': 'true' });
  element.style.background = color;
  return element;
}

export function diffLegend(palette: Palette, onPalette: (palette: Palette) => void): HTMLElement {
  const bar = h('span', { class: 'diff-gradient', 'aria-hidden': 'true' });
  bar.style.background = legendGradient(palette);
  const toggle = h('input', {
    type: 'checkbox',
    checked: palette === 'colorblind',
    onchange: () => onPalette(toggle.checked ? 'colorblind' : 'default'),
  });
  const names = PALETTES[palette];
  return h(
    'div',
    { class: 'diff-legend' },
    h('span', { class: 'legend-end' }, 'share shrank −100 %'),
    bar,
    h('span', { class: 'legend-end' }, 'grew +100 %'),
    h('span', { class: 'legend-note' }, `(${names.label}; width = average share of both sides)`),
    h('label', { class: 'toggle' }, toggle, 'Colour-blind palette'),
  );
}
