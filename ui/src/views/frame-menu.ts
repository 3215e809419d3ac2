// The right-click menu on a frame: the actions a click cannot also mean.
import { h } from '../dom.js';

export interface MenuAction {
  readonly label: string;
  run(): void;
}

let open: HTMLElement | undefined;

function close(): void {
  open?.remove();
  open = undefined;
}

export function showMenu(clientX: number, clientY: number, title: string, actions: readonly MenuAction[]): void {
  close();
  const menu = h(
    'div',
    { class: 'frame-menu', role: 'menu', 'aria-label': title },
    h('div', { class: 'frame-menu-title' }, title),
    actions.map((action) =>
      h(
        'button',
        {
          type: 'button',
          role: 'menuitem',
          onclick: () => {
            close();
            action.run();
          },
        },
        action.label,
      ),
    ),
  );
  menu.style.left = `${Math.min(clientX, window.innerWidth - 240)}px`;
  menu.style.top = `${Math.min(clientY, window.innerHeight - 40 - actions.length * 30)}px`;
  document.body.append(menu);
  open = menu;
  menu.querySelector('button')?.focus();
  const dismiss = (event: Event): void => {
    if (event instanceof KeyboardEvent && event.key !== 'Escape') return;
    if (event.target instanceof Node && menu.contains(event.target) && !(event instanceof KeyboardEvent)) return;
    close();
    document.removeEventListener('mousedown', dismiss, true);
    document.removeEventListener('keydown', dismiss, true);
  };
  document.addEventListener('mousedown', dismiss, true);
  document.addEventListener('keydown', dismiss, true);
}
