import type { WeightedStack } from './stack-list.js';

// `;` separates frames and the last space separates the value, so names lose both.
const sanitize = (name: string): string => name.replaceAll(';', ':').replaceAll(/\s+/g, '_');

/** Brendan Gregg's collapsed format: `root;child;leaf 123` per line, values rounded to integers. */
export function toFolded(stacks: readonly WeightedStack[]): string {
  const lines: string[] = [];
  for (const stack of stacks) {
    const value = Math.round(stack.value);
    if (value === 0) continue;
    lines.push(`${stack.frames.map((f) => sanitize(f.name)).join(';')} ${value}`);
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
