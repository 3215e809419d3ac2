// What each agent (one per process) reported about itself in the range: its
// own CPU and share of the process's, its sampling rate, bytes sent, failed
// upload attempts and profiles dropped, and when it last uploaded. Fields
// older agents do not report read "—".
import type { AgentSummary, AgentsResponse } from '@flamehouse/proto';
import { h, replace } from '../dom.js';
import { formatDateTime, formatDuration, formatValue } from '../format.js';
import { selectionParams } from '../state/selection.js';
import type { View, ViewContext } from './context.js';
import { createStatus } from './status.js';

const NONE = '—';
const MS_NS = 1_000_000;

/** host.name and pid, the way an operator names a process; the series id when the labels say neither. */
export function processName(agent: AgentSummary): string {
  const host = agent.labels['host.name'];
  const pid = agent.labels['process.pid'];
  const thread = agent.labels['thread.name'];
  const name = [host, pid !== undefined ? `pid ${pid}` : undefined, thread].filter((part) => part !== undefined).join(' · ');
  return name || `series ${agent.seriesId}`;
}

/** The sampling interval and its rate: `10 ms (100 Hz)`. */
export function formatInterval(intervalUs: number | null | undefined): string {
  if (intervalUs === null || intervalUs === undefined || intervalUs <= 0) return NONE;
  return `${formatValue(intervalUs * 1000, 'nanoseconds')} (${Number((1e6 / intervalUs).toPrecision(3))} Hz)`;
}

export function formatPercent(percent: number | null | undefined): string {
  if (percent === null || percent === undefined || !Number.isFinite(percent)) return NONE;
  return `${percent.toFixed(percent < 10 ? 2 : 1)} %`;
}

function ago(ms: number, nowMs: number): string {
  const elapsed = Math.max(0, nowMs - ms);
  return elapsed < 60_000 ? `${Math.round(elapsed / 1000)} s ago` : `${formatDuration(elapsed)} ago`;
}

function cell(text: string, extra = ''): HTMLElement {
  return h('td', { class: `num ${text === NONE ? 'none' : ''} ${extra}`.trim() }, text);
}

export function createAgentsView(retry: () => void): View {
  const summary = h('p', { class: 'agents-summary' });
  const rows = h('tbody', {});
  const columns: readonly [string, string][] = [
    ['Process', ''],
    ['Version', ''],
    ['Last upload', ''],
    ['Profiles', 'num'],
    ['Agent CPU', 'num'],
    ['Share of process CPU', 'num'],
    ['Process CPU', 'num'],
    ['Sampling', 'num'],
    ['Uploaded', 'num'],
    ['Failed attempts', 'num'],
    ['Dropped profiles', 'num'],
  ];
  const table = h(
    'table',
    { class: 'data-table agents-table' },
    h('caption', {}, 'Agents', h('span', { class: 'caption-note' }, ' · what each process’s agent reported about its own cost in this range')),
    h('thead', {}, h('tr', {}, columns.map(([label, cls]) => h('th', { scope: 'col', class: cls }, label)))),
    rows,
  );
  const footnote = h('p', { class: 'hint' }, '— : not reported by this process’s agent (older agents report neither the process’s CPU nor their sampling interval).');
  const body = h('div', { class: 'agents-body' }, summary, table, footnote);
  const element = h('div', { class: 'view agents-view' }, h('h2', { class: 'sr-only' }, 'Agents'));
  const status = createStatus(element);
  element.append(status.element, body);

  const render = (data: AgentsResponse): void => {
    const now = Date.now();
    const agents = [...data.agents].sort((a, b) => b.lastUploadMs - a.lastUploadMs || processName(a).localeCompare(processName(b)));
    const sum = (pick: (a: AgentSummary) => number): number => agents.reduce((total, a) => total + pick(a), 0);
    const failures = sum((a) => a.failures);
    const dropped = sum((a) => a.dropped);
    replace(
      summary,
      `${agents.length} process${agents.length === 1 ? '' : 'es'} · agents used ${formatValue(sum((a) => a.agentCpuMs) * MS_NS, 'nanoseconds')} of CPU and sent ${formatValue(sum((a) => a.uploadBytes), 'bytes')}`,
      failures + dropped > 0 ? h('strong', { class: 'warn' }, ` · ${failures} failed upload attempt${failures === 1 ? '' : 's'}, ${dropped} profile${dropped === 1 ? '' : 's'} dropped`) : null,
    );
    footnote.hidden = agents.every((a) => a.agentCpuPercent !== null && a.agentCpuPercent !== undefined && a.samplingIntervalUs !== null && a.samplingIntervalUs !== undefined);
    replace(
      rows,
      agents.map((agent) => {
        // Older agents report no process CPU: 0 with no share means "not reported", not "idle".
        const reportsProcess = agent.agentCpuPercent !== null && agent.agentCpuPercent !== undefined;
        return h(
          'tr',
          { 'data-series': agent.seriesId, class: agent.failures + agent.dropped > 0 ? 'has-trouble' : '' },
          h('td', { class: 'fn-cell' }, h('span', { class: 'fn-name' }, processName(agent)), agent.labels['service.instance.id'] ? h('span', { class: 'fn-file' }, agent.labels['service.instance.id']) : null),
          h('td', {}, agent.labels['service.version'] ?? NONE),
          h('td', { class: 'num', title: formatDateTime(agent.lastUploadMs) }, ago(agent.lastUploadMs, now)),
          cell(String(agent.profiles)),
          cell(formatValue(agent.agentCpuMs * MS_NS, 'nanoseconds')),
          cell(formatPercent(agent.agentCpuPercent)),
          cell(reportsProcess ? formatValue((agent.processCpuMs ?? 0) * MS_NS, 'nanoseconds') : NONE),
          cell(formatInterval(agent.samplingIntervalUs)),
          cell(formatValue(agent.uploadBytes, 'bytes')),
          cell(String(agent.failures), agent.failures > 0 ? 'warn' : ''),
          cell(String(agent.dropped), agent.dropped > 0 ? 'warn' : ''),
        );
      }),
    );
  };

  return {
    element,
    async update(ctx: ViewContext) {
      const data = await status.run(() => ctx.api.agents(selectionParams(ctx.selection)), ctx.isCurrent, retry);
      if (!data) return;
      if (data.agents.length === 0) {
        element.classList.remove('has-data');
        status.show(ctx.noData('profiles'));
        return;
      }
      element.classList.add('has-data');
      render(data);
    },
  };
}
