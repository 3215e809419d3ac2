// Downloads of the current selection and a same-origin speedscope. With a
// token, links cannot carry it: the export is fetched with it, and handed to
// the browser (or to speedscope) as a same-origin blob.
import { authHeaders, storedToken } from '../auth.js';
import { h, replace } from '../dom.js';
import { SPEEDSCOPE_PATH, exportUrl, speedscopeUrl } from '../export-links.js';
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
      const viaToken = (format: 'pprof' | 'folded' | 'speedscope', open: boolean) => (event: Event) => {
        if (!storedToken()) return;
        event.preventDefault();
        // Opened now, while the click still counts as the user's: a window opened after the fetch would be blocked.
        const viewer = open ? window.open('', '_blank') : null;
        void fetch(exportUrl(selection, format), { headers: authHeaders() })
          .then(async (response) => {
            if (!response.ok) throw new Error(`HTTP ${response.status}`);
            const url = URL.createObjectURL(await response.blob());
            if (viewer) viewer.location.href = `${SPEEDSCOPE_PATH}#profileURL=${encodeURIComponent(url)}`;
            else h('a', { href: url, download: `${selection.service}.${selection.type}.${format === 'pprof' ? 'pb.gz' : format === 'folded' ? 'folded.txt' : 'speedscope.json'}` }).click();
          })
          .catch(() => viewer?.close());
      };
      replace(
        element,
        h('span', { class: 'bar-label' }, 'Export'),
        h('a', { class: 'button-link', href: exportUrl(selection, 'pprof'), download: '', title: 'gzipped pprof, for go tool pprof', onclick: viaToken('pprof', false) }, 'pprof'),
        h('a', { class: 'button-link', href: exportUrl(selection, 'folded'), download: '', title: 'collapsed stacks, for flamegraph.pl', onclick: viaToken('folded', false) }, 'folded'),
        h('a', { class: 'button-link', href: exportUrl(selection, 'speedscope'), download: '', title: 'speedscope JSON', onclick: viaToken('speedscope', false) }, 'speedscope JSON'),
        h(
          'a',
          {
            class: 'button-link primary',
            href: speedscopeUrl(selection, window.location.origin),
            target: '_blank',
            rel: 'noopener',
            'data-action': 'open-speedscope',
            onclick: viaToken('speedscope', true),
          },
          'Open in speedscope ↗',
        ),
      );
    },
  };
}
