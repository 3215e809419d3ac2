// What the overhead benchmark runs the app with: no profiler, our agent, and
// the peers as their READMEs start them, plus variants given on the command
// line for A/B experiments.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const repo = join(__dirname, '..', '..');
const agentPath = join(repo, 'agent', 'dist', 'index.js');
const pyroscopePreload = join(repo, 'bench', 'apps', 'pyroscope-preload.js');

export interface Configuration {
  readonly name: string;
  /** Modules preloaded with --require. */
  readonly preloads: readonly string[];
  readonly env: (sinkUrl: string) => Record<string, string>;
}

const agentEnv = (sinkUrl: string): Record<string, string> => ({
  FLAMEHOUSE_URL: sinkUrl,
  FLAMEHOUSE_SERVICE: 'overhead-app',
  FLAMEHOUSE_LOG_LEVEL: 'silent',
});

export const BASELINE = 'none';

/**
 * dd-trace 6 wants Node 22 or later, which `npm install` on Node 20 cannot
 * take without an engine warning: it is installed here on first use
 * (`bench/.peers`, git-ignored) for runs on Node 22 and later.
 */
export const DD_TRACE_6_VERSION = '6.21.0';
export const peersDir = join(repo, 'bench', '.peers');

function ddTraceInit(nodeMajor: number): string {
  if (nodeMajor < 22) return 'dd-trace/init';
  const init = join(peersDir, 'node_modules', 'dd-trace', 'init.js');
  if (!existsSync(init)) {
    execFileSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--engine-strict=false', '--prefix', peersDir, `dd-trace@${DD_TRACE_6_VERSION}`], {
      stdio: 'inherit',
    });
  }
  return init;
}

/** No profiler, our agent at its defaults, and the peers at theirs: what a user who installs each gets. */
export function standardConfigurations(nodeMajor: number): Configuration[] {
  return [
    { name: BASELINE, preloads: [], env: () => ({}) },
    { name: 'flamehouse', preloads: [agentPath], env: agentEnv },
    { name: 'pyroscope', preloads: [pyroscopePreload], env: (sinkUrl) => ({ PYROSCOPE_SERVER_ADDRESS: sinkUrl }) },
    {
      name: nodeMajor < 22 ? 'datadog5' : 'datadog6',
      preloads: [ddTraceInit(nodeMajor)],
      env: (sinkUrl) => ({
        DD_PROFILING_ENABLED: 'true',
        DD_TRACE_AGENT_URL: sinkUrl,
        DD_SERVICE: 'overhead-app',
        DD_INSTRUMENTATION_TELEMETRY_ENABLED: 'false',
        DD_REMOTE_CONFIGURATION_ENABLED: 'false',
      }),
    },
  ];
}

/**
 * Variants of the agent for A/B runs: `name:VAR=value,VAR=value;name2:...`.
 * Each runs our agent with those variables on top of its usual ones; a
 * `require=path` entry preloads that module instead of the agent (an
 * experiment on raw @datadog/pprof, say).
 */
export function parseVariants(spec: string): Configuration[] {
  if (spec.trim() === '') return [];
  return spec.split(';').map((entry) => {
    const colon = entry.indexOf(':');
    if (colon <= 0) throw new Error(`variant "${entry}": expected name:VAR=value,...`);
    const name = entry.slice(0, colon).trim();
    const variables: Record<string, string> = {};
    const preloads: string[] = [];
    for (const pair of entry.slice(colon + 1).split(',').filter((p) => p.trim() !== '')) {
      const eq = pair.indexOf('=');
      if (eq <= 0) throw new Error(`variant "${name}": "${pair}" is not VAR=value`);
      const key = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      if (key === 'require') preloads.push(value);
      else variables[key] = value;
    }
    return {
      name,
      preloads: preloads.length > 0 ? preloads : [agentPath],
      env: (sinkUrl: string) => ({ ...agentEnv(sinkUrl), ...variables }),
    };
  });
}
