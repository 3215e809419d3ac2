// Downloads of the current selection and a same-origin speedscope.
import { h, replace } from '../dom.js';
import { exportUrl, speedscopeUrl } from '../export-links.js';
import type { Selection } from '../state/selection.js';

export function createExportBar(): { element: HTMLElement; update(selection: Selection | undefined): void } {
  const element = h('div', { class: 'export-bar', role: 'group', 'aria-label': 'Export' });
  return {
    element,
    update(selection) {
      if (!selection) {
        replace(element);
        return;
      }
      replace(
        element,
        h('span', { class: 'bar-label' }, 'Export'),
        h('a', { class: 'button-link', href: exportUrl(selection, 'pprof'), download: '', title: 'gzipped pprof, for go tool pprof' }, 'pprof'),
        h('a', { class: 'button-link', href: exportUrl(selection, 'folded'), download: '', title: 'collapsed stacks, for flamegraph.pl' }, 'folded'),
        h('a', { class: 'button-link', href: exportUrl(selection, 'speedscope'), download: '', title: 'speedscope JSON' }, 'speedscope JSON'),
        h(
          'a',
          { class: 'button-link primary', href: speedscopeUrl(selection, window.location.origin), target: '_blank', rel: 'noopener', 'data-action': 'open-speedscope' },
          'Open in speedscope ↗',
        ),
      );
    },
  };
}
