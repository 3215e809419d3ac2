// "Copy link": the page's URL with a relative range (last 15 min) pinned to
// the times it stands for now, so the link shows the same data later.
import { h } from '../dom.js';
import type { ResolvedRange } from '../state/time-range.js';
import { encodeState, type AppState } from '../state/url-state.js';

export function pinnedLink(state: AppState, range: ResolvedRange, base: string): string {
  const query = encodeState({ ...state, range: { kind: 'absolute', fromMs: range.fromMs, toMs: range.toMs } });
  return `${base}?${query}`;
}

const SAID_MS = 4000;

/** A button that copies `link()`; where the clipboard is refused, it shows the link, selected, to copy by hand. */
export function createShareButton(link: () => { url: string; description: string }): HTMLElement {
  const status = h('span', { class: 'share-status', role: 'status' });
  const manual = h('input', { class: 'share-url', readonly: true, 'aria-label': 'Link to this view', hidden: true });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const say = (text: string): void => {
    status.textContent = text;
    clearTimeout(timer);
    timer = setTimeout(() => (status.textContent = ''), SAID_MS);
  };
  const button = h('button', { type: 'button', class: 'share-button', title: 'Copy a link to this view, with the time range pinned' }, 'Copy link');
  button.addEventListener('click', () => {
    const { url, description } = link();
    manual.hidden = true;
    const copied = navigator.clipboard?.writeText(url) ?? Promise.reject(new Error('no clipboard'));
    copied.then(
      () => say(`Link copied · ${description}`),
      () => {
        manual.value = url;
        manual.hidden = false;
        manual.select();
        say('Copy the link by hand:');
      },
    );
  });
  return h('span', { class: 'share' }, button, status, manual);
}
