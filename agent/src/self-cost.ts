import { readdirSync, readFileSync } from 'node:fs';

/** V8's CPU profiler thread (ProfilerEventsProcessor): it takes the samples the agent asked for. */
const PROFILER_THREAD = /^v8:Prof/;
// Linux's USER_HZ: /proc reports thread times in these ticks.
const TICKS_PER_S = 100;

/**
 * CPU time, in ms, that V8's profiler threads have used since they started,
 * read from /proc/self/task on Linux; undefined where there is no /proc (the
 * portable fallback then counts the agent's main-thread time alone). A thread
 * that ended (a profiler restarted) takes its time with it: callers take
 * deltas and ignore a negative one.
 */
export function profilerThreadsCpuMs(): number | undefined {
  let tasks: string[];
  try {
    tasks = readdirSync('/proc/self/task');
  } catch {
    return undefined;
  }
  let ticks = 0;
  for (const tid of tasks) {
    try {
      if (!PROFILER_THREAD.test(readFileSync(`/proc/self/task/${tid}/comm`, 'utf8'))) continue;
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      // Fields after the command name, which may hold spaces: utime and stime are the 12th and 13th.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // The thread ended between the listing and the read.
    }
  }
  return (ticks * 1000) / TICKS_PER_S;
}

/** The whole process's CPU time so far, in ms: what the agent's cost is a share of. */
export function processCpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}
