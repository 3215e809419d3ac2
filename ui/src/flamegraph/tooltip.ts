// The one tooltip all flamegraphs share: follows the pointer, stays on screen,
// and is plain DOM text (screen readers and tests read it).
import { h, replace } from '../dom.js';
import type { FrameDetail } from './model.js';

export interface TooltipContent {
  readonly name: string;
  readonly file: string;
  readonly details: readonly FrameDetail[];
  /** What a frame the profiler adds, or the profiler's own code, stands for. */
  readonly explanation?: string;
  readonly hint?: string;
  /** Extra state for tests and styling, e.g. `grew` on a diff frame. */
  readonly change?: string;
}

export interface Tooltip {
  readonly element: HTMLElement;
  show(content: TooltipContent, clientX: number, clientY: number): void;
  move(clientX: number, clientY: number): void;
  hide(): void;
}

const OFFSET = 14;

let shared: Tooltip | undefined;

export function tooltip(): Tooltip {
  shared ??= createTooltip();
  return shared;
}

function createTooltip(): Tooltip {
  const element = h('div', { class: 'tooltip', role: 'tooltip', id: 'flame-tooltip', hidden: true });
  document.body.append(element);
  const move = (clientX: number, clientY: number): void => {
    const { offsetWidth: w, offsetHeight: ht } = element;
    const x = clientX + OFFSET + w > window.innerWidth ? Math.max(4, clientX - OFFSET - w) : clientX + OFFSET;
    const y = clientY + OFFSET + ht > window.innerHeight ? Math.max(4, clientY - OFFSET - ht) : clientY + OFFSET;
    element.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
  };
  return {
    element,
    show(content, clientX, clientY) {
      replace(
        element,
        h('div', { class: 'tooltip-name' }, content.name),
        content.file ? h('div', { class: 'tooltip-file' }, content.file) : null,
        h(
          'table',
          {},
          content.details.map((d) =>
            h('tr', {}, h('th', {}, d.label), h('td', { class: 'num' }, d.value), h('td', { class: 'note' }, d.note ?? '')),
          ),
        ),
        content.explanation ? h('p', { class: 'tooltip-explanation' }, content.explanation) : null,
        content.hint ? h('div', { class: 'tooltip-hint' }, content.hint) : null,
      );
      if (content.change) element.dataset['change'] = content.change;
      else delete element.dataset['change'];
      element.hidden = false;
      move(clientX, clientY);
    },
    move,
    hide() {
      element.hidden = true;
    },
  };
}
