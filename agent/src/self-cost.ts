import { readdirSync, readFileSync } from 'node:fs';

/** V8's CPU profiler thread (ProfilerEventsProcessor): it takes the samples the agent asked for. */
const PROFILER_THREAD = /^v8:Prof/;
// Linux's USER_HZ: /proc reports thread times in these ticks.
const TICKS_PER_S = 100;

/**
 * CPU time, in ms, of V8's profiler threads by thread id, read from
 * /proc/self/task on Linux; undefined where there is no /proc.
 */
function profilerThreadsByIdMs(): Map<string, number> | undefined {
  let tasks: string[];
  try {
    tasks = readdirSync('/proc/self/task');
  } catch {
    return undefined;
  }
  const byThread = new Map<string, number>();
  for (const tid of tasks) {
    try {
      if (!PROFILER_THREAD.test(readFileSync(`/proc/self/task/${tid}/comm`, 'utf8'))) continue;
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      // Fields after the command name, which may hold spaces: utime and stime are the 12th and 13th.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      byThread.set(tid, ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_S);
    } catch {
      // The thread ended between the listing and the read.
    }
  }
  return byThread;
}

/**
 * A running total of the CPU time, in ms, of V8's profiler threads, ended
 * ones included; undefined where there is no /proc (the portable fallback
 * then counts the agent's main-thread time alone). A profiler stopped (a
 * pause of a duty cycle, a restart in full) ends its thread, and /proc
 * forgets it: the meter keeps each thread's last reading, so reading it
 * right before every stop loses nothing.
 */
export function createProfilerThreadMeter(): () => number | undefined {
  let live = new Map<string, number>();
  let endedMs = 0;
  return () => {
    const now = profilerThreadsByIdMs();
    if (now === undefined) return undefined;
    for (const [tid, ms] of live) if (!now.has(tid)) endedMs += ms;
    live = now;
    let liveMs = 0;
    for (const ms of now.values()) liveMs += ms;
    return endedMs + liveMs;
  };
}

/** The whole process's CPU time so far, in ms: what the agent's cost is a share of. */
export function processCpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}
