import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { perftools } from '@flamehouse/proto/pprof';
import { isWallProfile, decodeUpload, suiteReceiver, type RecordedRequest } from './helpers/receiver.js';
import { AGENT_BUNDLE, FIXTURES, runNode } from './helpers/run-node.js';

// The agent's own cost, measured by itself and checked from outside through
// /proc, and the governor that keeps it within FLAMEHOUSE_MAX_CPU_PERCENT.

const APP = join(FIXTURES, 'steady-worker.js');

/** CPU ms of each of a process's threads whose name matches `name`, by thread id, read from /proc. */
function threadCpuMs(pid: number, name: RegExp): Map<string, number> {
  const byThread = new Map<string, number>();
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    try {
      if (!name.test(readFileSync(`/proc/${pid}/task/${tid}/comm`, 'utf8'))) continue;
      const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      byThread.set(tid, (Number(fields[11]) + Number(fields[12])) * 10);
    } catch {
      // Gone meanwhile.
    }
  }
  return byThread;
}

function processCpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

const reported = (requests: readonly RecordedRequest[], param: string): number =>
  requests.reduce((sum, request) => sum + Number(request.url.searchParams.get(param) ?? 0), 0);

/** The sampling period each wall profile says it was taken with, in µs, in upload order. */
function wallPeriodsUs(requests: readonly RecordedRequest[]): number[] {
  return requests
    .filter((request) => isWallProfile(decodeUpload(request)))
    .map((request) => Number(perftools.profiles.Profile.decode(gunzipSync(request.rawBody)).period) / 1000);
}

describe.runIf(process.platform === 'linux')("the agent's own cost", () => {
  const receiver = suiteReceiver();

  // Duty-cycled, the profiler thread ends at every pause and a new one starts with the next window.
  it.each<{ sampling: string; extraEnv: Record<string, string> }>([
    { sampling: 'all along', extraEnv: {} },
    // Windows of 1.6 s: each thread then runs long enough that a tick of /proc a thread stays small beside its time
    // (with 0.8 s windows a faster VM gave 70–130 ms over 6–7 threads, under the floor below and near the slack).
    {
      sampling: '1.6 s of every 2',
      extraEnv: { FLAMEHOUSE_UPLOAD_INTERVAL_MS: '2000', FLAMEHOUSE_SAMPLING_DURATION_MS: '1600', RUN_MS: '12000' },
    },
  ])('reports what V8\u2019s profiler threads and the process used, as /proc tells it, within 20 % and a tick a thread, sampling $sampling', async ({ extraEnv }) => {
    // A profiler restarted in full (to take source maps found after it started) is a new thread, and the
    // ended one takes its time out of /proc: each thread's last reading counts.
    const profilerThreadsMs = new Map<string, number>();
    let lastProcessMs = 0;
    const run = await runNode(['--require', AGENT_BUNDLE, APP], {
      env: {
        FLAMEHOUSE_URL: receiver.url,
        FLAMEHOUSE_SERVICE: 'self-cost',
        FLAMEHOUSE_UPLOAD_INTERVAL_MS: '1000',
        // 1 kHz: enough profiler-thread time for /proc's 10 ms ticks to measure it well.
        FLAMEHOUSE_SAMPLING_INTERVAL_US: '1000',
        FLAMEHOUSE_MAX_CPU_PERCENT: '0',
        RUN_MS: '6000',
        ...extraEnv,
      },
      // Read from outside while it runs; the last reading is from just before its final cut.
      onStart: (pid) => {
        const timer = setInterval(() => {
          try {
            for (const [tid, ms] of threadCpuMs(pid, /^v8:Prof/)) profilerThreadsMs.set(tid, ms);
            lastProcessMs = processCpuMs(pid);
          } catch {
            clearInterval(timer);
          }
        }, 20);
      },
    });
    expect(run.code).toBe(5);
    const requests = receiver.requests.filter((request) => request.url.searchParams.get('service') === 'self-cost');
    receiver.requests.length = 0;
    const profilerMs = reported(requests, 'agent_profiler_cpu_ms');
    const processMs = reported(requests, 'process_cpu_ms');
    const lastProfilerMs = [...profilerThreadsMs.values()].reduce((sum, ms) => sum + ms, 0);
    console.log(`profiler threads: reported ${profilerMs} ms, /proc ${lastProfilerMs} ms (${profilerThreadsMs.size} threads); process: reported ${processMs} ms, /proc ${lastProcessMs} ms`);
    expect(lastProfilerMs).toBeGreaterThan(100);
    // /proc counts in 10 ms ticks, and each thread's last reading, the agent's and this test's, is taken at a
    // different moment before the thread ends: they may differ by a tick a thread, beyond the 20 %.
    expect(Math.abs(profilerMs - lastProfilerMs)).toBeLessThan(0.2 * lastProfilerMs + 10 * profilerThreadsMs.size);
    expect(Math.abs(processMs - lastProcessMs) / lastProcessMs).toBeLessThan(0.2);
    // The agent's own cost covers its main-thread work too.
    expect(reported(requests, 'agent_cpu_ms')).toBeGreaterThan(profilerMs);
  });

  it('samples slower when given a tiny budget, and its profiles say at which rate', async () => {
    const run = await runNode(['--require', AGENT_BUNDLE, APP], {
      env: {
        FLAMEHOUSE_URL: receiver.url,
        FLAMEHOUSE_SERVICE: 'governed',
        FLAMEHOUSE_UPLOAD_INTERVAL_MS: '1000',
        FLAMEHOUSE_SAMPLING_INTERVAL_US: '1000',
        FLAMEHOUSE_MAX_CPU_PERCENT: '0.01',
        FLAMEHOUSE_MAX_CPU_WINDOW_MS: '1000',
        RUN_MS: '8000',
      },
    });
    expect(run.code).toBe(5);
    const periods = wallPeriodsUs(receiver.requests.filter((request) => request.url.searchParams.get('service') === 'governed'));
    console.log(`wall profile periods (µs): ${periods.map((p) => Math.round(p)).join(', ')}`);
    expect(periods[0]).toBeLessThan(2_500);
    // Slowed at every judgement, up to four times each: tens of ms by the end. A new rate is judged on a window
    // sampled at it, which the cut after the change does not end: a change every other cut.
    expect(periods.at(-1)).toBeGreaterThan(16 * periods[0]!);
    // Never faster again (a speed-up halves the period); two windows at one rate differ by the sampler's timing.
    for (let i = 1; i < periods.length; i++) expect(periods[i]).toBeGreaterThanOrEqual(periods[i - 1]! * 0.8);
  });
});
