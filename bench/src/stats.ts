import { readFileSync, readdirSync } from 'node:fs';
import { PerformanceObserver } from 'node:perf_hooks';

/** The q-quantile (0..1) of unsorted numbers, nearest rank. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

export function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}

export function round(value: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

export const MiB = 1024 * 1024;

// Linux reports thread CPU in clock ticks; USER_HZ is 100 on every mainstream
// kernel build (sysconf(_SC_CLK_TCK)), and Node offers no way to ask.
const TICKS_PER_S = 100;

/** User + system CPU seconds in a /proc stat file (a process's or a thread's); throws when it cannot be read. */
export function statCpuSeconds(statPath: string): number {
  const stat = readFileSync(statPath, 'utf8');
  // The command name is parenthesised and may hold spaces: fields follow the last ')'.
  // utime and stime are then the 12th and 13th.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_S;
}

/** CPU seconds by thread name for one process, from /proc (Linux only; empty elsewhere). */
export function threadCpuSeconds(pid: number | 'self' = 'self'): Map<string, number> {
  const byName = new Map<string, number>();
  let tids: string[];
  try {
    tids = readdirSync(`/proc/${pid}/task`);
  } catch {
    return byName;
  }
  const mainTid = pid === 'self' ? String(process.pid) : String(pid);
  for (const tid of tids) {
    try {
      const seconds = statCpuSeconds(`/proc/${pid}/task/${tid}/stat`);
      const comm = tid === mainTid ? 'main (JS)' : readFileSync(`/proc/${pid}/task/${tid}/comm`, 'utf8').trim();
      // Pool threads carry numbered names; group them.
      const name = comm.replace(/[\d]+$/, '#');
      byName.set(name, (byName.get(name) ?? 0) + seconds);
    } catch {
      // The thread ended between the listing and the read.
    }
  }
  return byName;
}

/** CPU seconds per thread name spent between two snapshots, largest first; threads that ended in between are missed. */
export function threadCpuDelta(before: Map<string, number>, after: Map<string, number>): [string, number][] {
  return [...after]
    .map(([name, s]): [string, number] => [name, round(s - (before.get(name) ?? 0), 2)])
    .filter(([, s]) => s > 0)
    .sort((a, b) => b[1] - a[1]);
}

/** Samples this process's RSS until stopped; reports the peak and the last value. */
export function watchRss(everyMs = 250): { stop(): { peakMiB: number; lastMiB: number } } {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, everyMs);
  timer.unref();
  return {
    stop() {
      clearInterval(timer);
      const last = process.memoryUsage.rss();
      return { peakMiB: round(Math.max(peak, last) / MiB), lastMiB: round(last / MiB) };
    },
  };
}

/** `--name value` and `--flag` options over defaults; numbers stay numbers. */
export function parseArgs<T extends Record<string, string | number | boolean>>(argv: readonly string[], defaults: T): T {
  const out: Record<string, string | number | boolean> = { ...defaults };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) throw new Error(`unexpected argument ${arg}`);
    const name = arg.slice(2);
    if (!(name in defaults)) throw new Error(`unknown option --${name}; known: ${Object.keys(defaults).join(', ')}`);
    const fallback = defaults[name];
    if (typeof fallback === 'boolean') {
      out[name] = true;
      continue;
    }
    const raw = argv[++i];
    if (raw === undefined) throw new Error(`--${name} needs a value`);
    if (typeof fallback === 'number') {
      const value = Number(raw.replaceAll('_', ''));
      if (!Number.isFinite(value)) throw new Error(`--${name} ${raw}: expected a number`);
      out[name] = value;
    } else out[name] = raw;
  }
  return out as T;
}

/** Busy share of the whole machine between two readings of /proc/stat (Linux only). */
export function machineCpuTicks(): { busy: number; total: number } {
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
    const total = fields.reduce((a, b) => a + b, 0);
    const idle = (fields[3] ?? 0) + (fields[4] ?? 0);
    return { busy: total - idle, total };
  } catch {
    return { busy: 0, total: 0 };
  }
}

/** Garbage collection pauses on this thread, in ms, while watched. */
export function watchGc(): { stop(): { pauses: number; pauseMs: number } } {
  let pauses = 0;
  let pauseMs = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      pauses++;
      pauseMs += entry.duration;
    }
  });
  observer.observe({ entryTypes: ['gc'] });
  return {
    stop() {
      observer.disconnect();
      return { pauses, pauseMs: round(pauseMs, 0) };
    },
  };
}
