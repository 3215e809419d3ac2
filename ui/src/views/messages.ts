// What the page says instead of a chart: how to start, why nothing shows,
// what went wrong. Never a blank page.
import type { ServiceSummary } from '@flamehouse/proto';
import { ApiRequestError, errorMessage } from '../api.js';
import { h } from '../dom.js';
import { formatDateTime, formatRange } from '../format.js';
import { presetCovering, widenRange, type RangeSpec, type ResolvedRange } from '../state/time-range.js';

export function loadingBox(text = 'Loading…'): HTMLElement {
  return h('div', { class: 'message loading', role: 'status' }, h('span', { class: 'spinner', 'aria-hidden': 'true' }), text);
}

export function errorBox(error: unknown, retry?: () => void): HTMLElement {
  // A rejected request (4xx) fails the same way again: say what to change instead.
  const rejected = error instanceof ApiRequestError && error.status >= 400 && error.status < 500;
  return h(
    'div',
    { class: 'message error', role: 'alert' },
    h('strong', {}, rejected ? 'The server rejected the query: ' : 'The query failed: '),
    errorMessage(error),
    rejected ? h('p', {}, 'Pick a time range or remove filters above to start again.') : null,
    retry && !rejected ? h('button', { type: 'button', class: 'link-button', onclick: retry }, 'Try again') : null,
  );
}

function copyButton(text: string): HTMLElement {
  const button = h('button', { type: 'button', class: 'copy-button' }, 'Copy');
  button.addEventListener('click', () => {
    void navigator.clipboard
      ?.writeText(text)
      .then(() => (button.textContent = 'Copied'))
      .catch(() => (button.textContent = 'Select and copy'));
  });
  return button;
}

/** The server needs a token: asked once, kept for this tab. */
export function tokenBox(problem: string, onToken: (token: string) => void): HTMLElement {
  const input = h('input', { type: 'password', name: 'token', autocomplete: 'current-password', required: true, 'aria-label': 'API token' });
  const form = h(
    'form',
    { class: 'token-form' },
    input,
    h('button', { type: 'submit' }, 'Use token'),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const token = input.value.trim();
    if (token) onToken(token);
  });
  return h(
    'div',
    { class: 'message', role: 'dialog', 'aria-label': 'Token required' },
    h('h2', {}, 'This Flamehouse server needs a token'),
    h('p', {}, problem),
    h('p', {}, 'Paste a token with the “query” scope. It is kept for this tab only.'),
    form,
  );
}

/** No profiles at all yet: how to send the first ones. */
export function onboardingBox(origin: string): HTMLElement {
  const command = `FLAMEHOUSE_URL=${origin} node --require @flamehouse/agent app.js`;
  return h(
    'div',
    { class: 'message onboarding' },
    h('h2', {}, 'No profiles yet'),
    h('p', {}, 'Flamehouse has not received any profile. Install the agent in your Node.js service and start it with:'),
    h('pre', { class: 'command' }, h('code', {}, 'npm install @flamehouse/agent'), '\n', h('code', {}, command), copyButton(command)),
    h(
      'p',
      {},
      'The agent sends CPU, wall-clock and heap profiles every 10 seconds by default; reload this page once it has. Name the service with ',
      h('code', {}, 'OTEL_SERVICE_NAME'),
      ' and set labels such as ',
      h('code', {}, 'service.version'),
      ' with ',
      h('code', {}, 'OTEL_RESOURCE_ATTRIBUTES'),
      ' to compare deploys.',
    ),
    h('button', { type: 'button', onclick: () => window.location.reload() }, 'Reload'),
  );
}

export interface NoDataOptions {
  readonly what: string;
  readonly range: ResolvedRange;
  readonly service: ServiceSummary | undefined;
  readonly filtered: boolean;
  readonly onRange: (range: RangeSpec) => void;
  readonly onClearFilters?: () => void;
}

const WEEK_MS = 7 * 86400_000;

const CONTEXT_MS = 15 * 60_000;

/** The smallest preset showing `lastMs` with some time before it, or the hour before it when that is over a week ago. */
function rangeReaching(lastMs: number, nowMs: number): RangeSpec {
  if (nowMs - lastMs < WEEK_MS - CONTEXT_MS) return { kind: 'preset', preset: presetCovering(lastMs - CONTEXT_MS, nowMs) };
  return { kind: 'absolute', fromMs: lastMs - 3600_000, toMs: lastMs + 60_000 };
}

/** Data exists, but not in this range or for these filters. */
export function noDataBox(options: NoDataOptions): HTMLElement {
  const now = Date.now();
  const last = options.service?.lastSeenMs;
  const actions: HTMLElement[] = [
    h('button', { type: 'button', onclick: () => options.onRange(widenRange(options.range, now)) }, 'Widen the range ×2'),
  ];
  if (last !== undefined && (last < options.range.fromMs || last > options.range.toMs)) {
    const label = last < options.range.fromMs ? 'Go back to the last data' : 'Jump to the latest data';
    actions.push(h('button', { type: 'button', class: 'primary-button', onclick: () => options.onRange(rangeReaching(last, now)) }, label));
  }
  if (options.filtered && options.onClearFilters) actions.push(h('button', { type: 'button', onclick: options.onClearFilters }, 'Remove filters'));
  return h(
    'div',
    { class: 'message no-data' },
    h('h2', {}, `No ${options.what} in this range`),
    h('p', {}, `Nothing was recorded ${formatRange(options.range.fromMs, options.range.toMs)}${options.filtered ? ' for these filters' : ''}.`),
    last !== undefined ? h('p', {}, `This service last sent profiles at ${formatDateTime(last)}. Try a wider range.`) : h('p', {}, 'Try a wider range.'),
    h('div', { class: 'actions' }, actions),
  );
}

/** Said when the server pruned the tree: how much is summed into "other", and a way to see it all. */
export function prunedNote(nodeCount: number, maxNodes: number, limit: number, onMore: (maxNodes: number) => void): HTMLElement | null {
  if (nodeCount <= maxNodes) return null;
  const more = Math.min(nodeCount, limit);
  return h(
    'p',
    { class: 'pruned-note' },
    `Showing the ${maxNodes.toLocaleString('en-US')} heaviest of ${nodeCount.toLocaleString('en-US')} frames; the rest is summed into “other”. `,
    more > maxNodes ? h('button', { type: 'button', class: 'link-button', onclick: () => onMore(more) }, `Show ${more === nodeCount ? 'all' : more.toLocaleString('en-US')} frames`) : null,
  );
}
