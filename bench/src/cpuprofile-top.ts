import { readFileSync } from 'node:fs';
import { parseArgs, round } from './stats.js';

// Summarizes a V8 .cpuprofile (from `node --cpu-prof` or the ingest bench's
// --cpuProfile): the functions with the most self time, the functions with the
// most total (inclusive) time, and self time by package or server file.
// Usage: node dist/cpuprofile-top.js <file.cpuprofile> [--top 20]

interface CallFrame {
  readonly functionName: string;
  readonly url: string;
  readonly lineNumber: number;
}
interface ProfileNode {
  readonly id: number;
  readonly callFrame: CallFrame;
  readonly children?: number[];
}
interface CpuProfile {
  readonly nodes: ProfileNode[];
  readonly samples: number[];
  readonly timeDeltas: number[];
}

const [file, ...rest] = process.argv.slice(2);
if (!file) {
  console.error('usage: cpuprofile-top <file.cpuprofile> [--top N]');
  process.exit(2);
}
const { top } = parseArgs(rest, { top: 20 });
const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;

function shortUrl(url: string): string {
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) return url.slice(modules + 'node_modules/'.length);
  const server = url.indexOf('/server/dist/');
  if (server >= 0) return `server/${url.slice(server + '/server/dist/'.length)}`;
  const proto = url.indexOf('/proto/');
  if (proto >= 0) return `proto/${url.slice(proto + '/proto/'.length)}`;
  return url.replace(/^file:\/\//, '');
}

function packageOf(url: string): string {
  if (url === '') return '(native/V8)';
  if (url.startsWith('node:')) return 'node: internals';
  const short = shortUrl(url);
  if (short.startsWith('server/') || short.startsWith('proto/')) return short;
  const parts = short.split('/');
  return parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
}

const label = (frame: CallFrame): string =>
  `${frame.functionName || '(anonymous)'} ${shortUrl(frame.url)}${frame.url ? `:${frame.lineNumber + 1}` : ''}`;

const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const parent = new Map<number, number>();
for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);

const selfUs = new Map<string, number>();
const totalUs = new Map<string, number>();
const packageUs = new Map<string, number>();
let allUs = 0;
profile.samples.forEach((id, i) => {
  const us = profile.timeDeltas[i] ?? 0;
  allUs += us;
  const node = byId.get(id)!;
  const key = label(node.callFrame);
  selfUs.set(key, (selfUs.get(key) ?? 0) + us);
  const pkg = node.callFrame.url === '' ? node.callFrame.functionName || '(native)' : packageOf(node.callFrame.url);
  packageUs.set(pkg, (packageUs.get(pkg) ?? 0) + us);
  // Inclusive time: each function once per sample, however often it recurses.
  const seen = new Set<string>();
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
    const frameKey = label(byId.get(at)!.callFrame);
    if (seen.has(frameKey)) continue;
    seen.add(frameKey);
    totalUs.set(frameKey, (totalUs.get(frameKey) ?? 0) + us);
  }
});

const print = (title: string, values: Map<string, number>, skip: (key: string) => boolean = () => false): void => {
  console.log(`\n${title} (of ${round(allUs / 1e6, 2)} s sampled)`);
  [...values]
    .filter(([key]) => !skip(key))
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .forEach(([key, us]) => console.log(`${String(round((100 * us) / allUs)).padStart(6)} %  ${key}`));
};
print('self time by function', selfUs);
print('total time by function', totalUs, (key) => /^\((root|program|idle)\)/.test(key));
print('self time by package / server file', packageUs);
