// The message slot each view has above its content: loading, empty, error.
import { h, replace } from '../dom.js';
import { errorBox, loadingBox } from './messages.js';

export interface Status {
  readonly element: HTMLElement;
  /** Runs `load`; shows a spinner if it takes a moment and the error if it fails. Undefined on failure or when stale. */
  run<T>(load: () => Promise<T>, isCurrent: () => boolean, retry?: () => void): Promise<T | undefined>;
  show(content: Node | null): void;
}

const SPINNER_DELAY_MS = 120;

export function createStatus(owner: HTMLElement): Status {
  const element = h('div', { class: 'status' });
  const show = (content: Node | null): void => {
    replace(element, content);
    owner.classList.toggle('has-message', content !== null);
  };
  return {
    element,
    show,
    async run(load, isCurrent, retry) {
      const timer = setTimeout(() => {
        if (isCurrent()) {
          owner.classList.add('is-loading');
          if (!owner.classList.contains('has-data')) show(loadingBox());
        }
      }, SPINNER_DELAY_MS);
      try {
        const value = await load();
        if (!isCurrent()) return undefined;
        show(null);
        return value;
      } catch (error) {
        if (isCurrent()) {
          owner.classList.remove('has-data');
          show(errorBox(error, retry));
        }
        return undefined;
      } finally {
        clearTimeout(timer);
        if (isCurrent()) owner.classList.remove('is-loading');
      }
    },
  };
}
