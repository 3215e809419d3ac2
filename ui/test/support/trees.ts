// Call trees written as collapsed stacks (`main;serve;validate 600`), so tests
// read like the profiles they describe. A frame may name its file: `name@file`.
import type { DiffNode, FlameNode } from '@flamehouse/proto';

function frame(raw: string): { name: string; file: string } {
  const at = raw.indexOf('@');
  return at < 0 ? { name: raw, file: 'app.js' } : { name: raw.slice(0, at), file: raw.slice(at + 1) };
}

export function fromFolded(lines: readonly string[]): FlameNode {
  const root: FlameNode = { name: 'total', file: '', self: 0, total: 0, children: [] };
  for (const line of lines) {
    const space = line.lastIndexOf(' ');
    const value = Number(line.slice(space + 1));
    let node = root;
    node.total += value;
    for (const raw of line.slice(0, space).split(';')) {
      const f = frame(raw);
      let child = node.children.find((c) => c.name === f.name && c.file === f.file);
      if (!child) {
        child = { ...f, self: 0, total: 0, children: [] };
        node.children.push(child);
      }
      child.total += value;
      node = child;
    }
    node.self += value;
  }
  return root;
}

/** Self values as collapsed stacks, sorted: the readable form of a tree. */
export function toFolded(root: FlameNode, includeRoot = false): string[] {
  const lines: string[] = [];
  const walk = (node: FlameNode, path: string[]): void => {
    const here = [...path, node.name];
    if (node.self > 0) lines.push(`${here.join(';')} ${node.self}`);
    for (const child of node.children) walk(child, here);
  };
  if (includeRoot) walk(root, []);
  else for (const child of root.children) walk(child, []);
  return lines.sort();
}

/** A diff tree from two folded profiles. */
export function diffFromFolded(baseline: readonly string[], comparison: readonly string[]): DiffNode {
  const b = fromFolded(baseline);
  const c = fromFolded(comparison);
  const merge = (x: FlameNode | undefined, y: FlameNode | undefined): DiffNode => {
    const any = (x ?? y)!;
    const names = new Map<string, [FlameNode | undefined, FlameNode | undefined]>();
    for (const child of x?.children ?? []) names.set(`${child.name}@${child.file}`, [child, undefined]);
    for (const child of y?.children ?? []) {
      const key = `${child.name}@${child.file}`;
      names.set(key, [names.get(key)?.[0], child]);
    }
    return {
      name: any.name,
      file: any.file,
      baseline: { self: x?.self ?? 0, total: x?.total ?? 0 },
      comparison: { self: y?.self ?? 0, total: y?.total ?? 0 },
      children: [...names.values()].map(([l, r]) => merge(l, r)),
    };
  };
  return merge(b, c);
}

/** A deterministic tree of about `count` nodes, for benchmarks and stress tests. */
export function syntheticTree(count: number, seed = 1): FlameNode {
  let state = seed;
  const random = (): number => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 2 ** 32;
  };
  const files = ['src/server.js', 'src/routes/users.js', '/app/node_modules/fastify/lib/route.js', '/app/node_modules/pg/lib/client.js', 'node:internal/timers', ''];
  const root: FlameNode = { name: 'total', file: '', self: 0, total: 0, children: [] };
  const open: { node: FlameNode; depth: number }[] = [{ node: root, depth: 0 }];
  for (let made = 1; made < count; made++) {
    const parent = open[Math.floor(random() ** 0.6 * open.length)]!;
    const file = files[Math.floor(random() * files.length)]!;
    const node: FlameNode = { name: `fn${made}`, file, self: Math.floor(random() * 1000 + 1) * 1e6, total: 0, children: [] };
    parent.node.children.push(node);
    if (parent.depth < 60) open.push({ node, depth: parent.depth + 1 });
  }
  const sum = (node: FlameNode): number => {
    node.total = node.self + node.children.reduce((s, c) => s + sum(c), 0);
    node.children.sort((a, b) => b.total - a.total);
    return node.total;
  };
  sum(root);
  return root;
}
