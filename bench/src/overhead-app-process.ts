// One running copy of the benchmark app, pinned with its profiler's threads to
// the measured core.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { repo, type Configuration } from './overhead-configs.js';
import { statCpuSeconds } from './stats.js';

const appPath = join(repo, 'bench', 'apps', 'overhead-app.js');

export interface AppStats {
  readonly rssBytes: number;
  /** Longest event-loop delay since the last reset. */
  readonly maxEventLoopDelayMs: number;
}

export interface AppProcess {
  readonly configuration: Configuration;
  readonly url: string;
  /** CPU time of the whole process (all threads, ended ones included) so far. */
  cpuMs(): number;
  stats(): Promise<AppStats>;
  resetStats(): Promise<void>;
  stop(): Promise<void>;
}

/** `node`: the Node binary the app runs on. */
export function startApp(configuration: Configuration, sinkUrl: string, core: string, node: string): Promise<AppProcess> {
  const preloads = configuration.preloads.flatMap((module) => ['--require', module]);
  const child: ChildProcess = spawn('taskset', ['-c', core, node, ...preloads, appPath], {
    cwd: join(repo, 'bench'),
    env: { PATH: process.env.PATH ?? '', PORT: '0', ...configuration.env(sinkUrl) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const pid = child.pid;
  return new Promise((resolve, reject) => {
    let output = '';
    const onExit = (code: number | null): void => reject(new Error(`${configuration.name} exited early with ${code}`));
    child.once('exit', onExit);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening (http:\/\/\S+)/.exec(output);
      if (!match?.[1] || pid === undefined) return;
      child.off('exit', onExit);
      child.stdout?.removeAllListeners('data');
      child.stdout?.resume();
      const url = match[1];
      resolve({
        configuration,
        url,
        cpuMs() {
          // taskset execs node, so the child's pid is the app's.
          return statCpuSeconds(`/proc/${pid}/stat`) * 1000;
        },
        async stats() {
          return (await (await fetch(new URL('/__stats', url))).json()) as AppStats;
        },
        async resetStats() {
          await fetch(new URL('/__reset', url), { method: 'POST' });
        },
        async stop() {
          if (child.exitCode !== null) return;
          const closed = new Promise((done) => child.once('close', done));
          child.kill('SIGKILL');
          await closed;
        },
      });
    });
  });
}
