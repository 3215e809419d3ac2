// The page header: which service, which profile type, which time range.
import type { ProfileType, ServiceSummary } from '@flamehouse/proto';
import { parseClock, zoneLabel, type TimeZoneMode } from '../clock.js';
import { h, replace } from '../dom.js';
import { formatDateTime, formatRange } from '../format.js';
import { RANGE_PRESETS, type RangeSpec, type ResolvedRange } from '../state/time-range.js';
import { PROFILE_TYPE_ORDER, type AppState } from '../state/url-state.js';

export const TYPE_LABELS: Readonly<Record<ProfileType, string>> = {
  cpu: 'CPU time',
  wall: 'Wall time',
  inuse_space: 'Heap in use (bytes)',
  inuse_objects: 'Heap in use (objects)',
};

export interface HeaderHandlers {
  readonly onService: (name: string) => void;
  readonly onType: (type: ProfileType) => void;
  readonly onRange: (range: RangeSpec) => void;
  readonly onRefresh: () => void;
  readonly onTimeZone: (tz: TimeZoneMode) => void;
}

export interface Header {
  readonly element: HTMLElement;
  update(state: AppState, services: readonly ServiceSummary[], range: ResolvedRange): void;
}

function logo(): HTMLElement {
  const mark = h('span', { class: 'logo-mark', 'aria-hidden': 'true' });
  mark.innerHTML =
    '<svg viewBox="0 0 24 24" width="22" height="22"><rect x="2" y="3" width="20" height="4" rx="1" fill="#f2994a"/><rect x="2" y="8.5" width="13" height="4" rx="1" fill="#eb5757"/><rect x="16" y="8.5" width="6" height="4" rx="1" fill="#56ccf2"/><rect x="2" y="14" width="8" height="4" rx="1" fill="#f2c94c"/><rect x="11" y="14" width="4" height="4" rx="1" fill="#bdbdbd"/></svg>';
  return h('h1', { class: 'logo-heading' }, h('a', { class: 'logo', href: '/', title: 'Flamehouse home' }, mark, h('span', {}, 'Flamehouse')));
}

export function createHeader(handlers: HeaderHandlers): Header {
  const serviceSelect = h('select', { 'aria-label': 'Service', onchange: () => handlers.onService(serviceSelect.value) });
  const typeSelect = h('select', { 'aria-label': 'Profile type', onchange: () => handlers.onType(typeSelect.value as ProfileType) });
  const presets = h('div', { class: 'presets', role: 'group', 'aria-label': 'Time range' });
  // Typed as text, not datetime-local: the browser's picker follows its locale (AM/PM), the page is 24 h and ISO.
  const timeInput = (label: string): HTMLInputElement =>
    h('input', { type: 'text', class: 'time-input', 'aria-label': label, placeholder: 'YYYY-MM-DD HH:MM', spellcheck: 'false', autocomplete: 'off', size: 17 });
  const fromInput = timeInput('From');
  const toInput = timeInput('To');
  const zoneNote = h('span', { class: 'zone-note' });
  const custom = h(
    'form',
    { class: 'custom-range', hidden: true, 'aria-label': 'Custom time range' },
    fromInput,
    h('span', {}, '→'),
    toInput,
    zoneNote,
    h('button', { type: 'submit' }, 'Apply'),
  );
  custom.addEventListener('submit', (event) => {
    event.preventDefault();
    const fromMs = parseClock(fromInput.value);
    const toMs = parseClock(toInput.value);
    for (const [input, ms] of [
      [fromInput, fromMs],
      [toInput, toMs],
    ] as const) {
      input.setCustomValidity(ms === undefined ? 'Write the time as YYYY-MM-DD HH:MM (24 h)' : '');
    }
    if (fromMs !== undefined && toMs !== undefined && fromMs >= toMs) toInput.setCustomValidity('The end must come after the start');
    if (!custom.reportValidity() || fromMs === undefined || toMs === undefined) return;
    custom.hidden = true;
    customButton.setAttribute('aria-expanded', 'false');
    handlers.onRange({ kind: 'absolute', fromMs, toMs });
  });
  for (const input of [fromInput, toInput]) input.addEventListener('input', () => input.setCustomValidity(''));
  const customButton = h('button', { type: 'button', class: 'preset', 'aria-expanded': 'false' }, 'Custom…');
  customButton.addEventListener('click', () => {
    custom.hidden = !custom.hidden;
    customButton.setAttribute('aria-expanded', String(!custom.hidden));
  });
  const rangeLabel = h('span', { class: 'range-label' });
  const zoneButtons = (['local', 'utc'] as const).map((tz) => h('button', { type: 'button', 'data-tz': tz, onclick: () => handlers.onTimeZone(tz) }, tz === 'utc' ? 'UTC' : 'Local'));
  const zone = h('div', { class: 'segmented zone', role: 'group', 'aria-label': 'Time zone' }, zoneButtons);
  const refresh = h('button', { type: 'button', class: 'icon-button', title: 'Reload data', 'aria-label': 'Refresh', onclick: handlers.onRefresh }, '↻');
  const element = h(
    'header',
    { class: 'app-header' },
    logo(),
    h('label', { class: 'field' }, h('span', {}, 'Service'), serviceSelect),
    h('label', { class: 'field' }, h('span', {}, 'Profile'), typeSelect),
    h('div', { class: 'range-picker' }, presets, customButton, refresh, custom),
    h('div', { class: 'range-info' }, rangeLabel, zone),
  );

  return {
    element,
    update(state, services, range) {
      replace(
        serviceSelect,
        services.map((s) => h('option', { value: s.name, selected: s.name === state.service }, s.name)),
      );
      if (state.service !== undefined) serviceSelect.value = state.service;
      const available = new Set(services.find((s) => s.name === state.service)?.types ?? []);
      replace(
        typeSelect,
        PROFILE_TYPE_ORDER.map((type) =>
          h('option', { value: type, disabled: !available.has(type), selected: type === state.type }, TYPE_LABELS[type]),
        ),
      );
      if (state.type !== undefined) typeSelect.value = state.type;
      replace(
        presets,
        RANGE_PRESETS.map((preset) => {
          const active = state.range.kind === 'preset' && state.range.preset === preset.id;
          return h(
            'button',
            { type: 'button', class: 'preset', 'aria-pressed': String(active), onclick: () => handlers.onRange({ kind: 'preset', preset: preset.id }) },
            preset.label,
          );
        }),
      );
      customButton.setAttribute('aria-pressed', String(state.range.kind === 'absolute'));
      if (custom.hidden) {
        fromInput.value = formatDateTime(range.fromMs, true, false);
        toInput.value = formatDateTime(range.toMs, true, false);
      }
      const zoneName = zoneLabel(range.toMs);
      zoneNote.textContent = zoneName;
      rangeLabel.textContent = `${formatRange(range.fromMs, range.toMs)} ${zoneName}`;
      for (const button of zoneButtons) {
        const tz = button.dataset['tz'];
        button.setAttribute('aria-pressed', String(tz === state.tz));
        button.title = tz === 'utc' ? 'Show times in UTC' : 'Show times in this browser’s time zone';
      }
    },
  };
}
