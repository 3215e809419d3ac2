import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FlameGraphResponse, FlameNode, LabelValuesResponse, ServicesResponse, TopResponse } from '@flamehouse/proto';
import { killRunningChildren, runNode } from '../agent/test/helpers/run-node.js';
import { FIXTURES, startServer, type RunningServer } from './harness.js';

// The real @pyroscope/nodejs SDK in a child process, sending to Flamehouse's
// Pyroscope-compatible /ingest by its serverAddress alone.

const APP = join(FIXTURES, 'pyroscope-app.js');

let server: RunningServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  killRunningChildren();
  await server?.close();
});

function names(node: FlameNode, out = new Set<string>()): Set<string> {
  out.add(`${node.name}@${node.file}`);
  for (const child of node.children) names(child, out);
  return out;
}

describe('@pyroscope/nodejs sending to Flamehouse', () => {
  it('stores its wall and cpu profiles under its app name and tags, frames named as ours, wrapWithLabels labels filterable', async () => {
    const run = await runNode([APP], { cwd: FIXTURES, timeoutMs: 60_000, env: { FLAMEHOUSE_URL: server.url, RUN_MS: '5000' } });
    expect(run.code, run.stderr).toBe(0);
    const range = `from=${Date.now() - 600_000}&to=${Date.now() + 60_000}`;

    const { services } = await server.api<ServicesResponse>('/api/v1/services');
    expect(services.find((s) => s.name === 'pyro-e2e')?.types).toEqual(expect.arrayContaining(['cpu', 'wall', 'inuse_space']));
    expect((await server.api<LabelValuesResponse>('/api/v1/labels/region/values?service=pyro-e2e')).values).toEqual(['eu-west']);

    // The SDK writes `./pyroscope-app.js:checkoutHandler:16`; stored, it is the function in its file, as our agent names it.
    const top = await server.api<TopResponse>(`/api/v1/top?service=pyro-e2e&type=cpu&${range}`);
    const handler = top.functions.find((f) => f.name === 'checkoutHandler');
    expect(handler?.file).toBe(APP);
    expect(top.functions.filter((f) => /:\d+$/.test(f.name)).map((f) => f.name)).toEqual([]);

    const all = await server.api<FlameGraphResponse>(`/api/v1/flamegraph?service=pyro-e2e&type=cpu&${range}`);
    const checkout = await server.api<FlameGraphResponse>(`/api/v1/flamegraph?service=pyro-e2e&type=cpu&${range}&filter=route=/checkout`);
    expect(checkout.total).toBeGreaterThan(0);
    expect(checkout.total).toBeLessThan(all.total);
    const inCheckout = names(checkout.root);
    expect(inCheckout).toContain(`checkoutHandler@${APP}`);
    expect(inCheckout).not.toContain(`backgroundJob@${APP}`);

    // Per-request labels are stored as label sets of their own in the series table, beside the process's labels.
    const tenant = await server.app.tenants.get('default');
    const routes = await (
      await server.app.storage.client.query({
        query: `SELECT DISTINCT labels['route'] AS route FROM ${tenant.tables.series} WHERE service = 'pyro-e2e' AND mapContains(labels, 'route')`,
        format: 'JSONEachRow',
      })
    ).json<{ route: string }>();
    expect(routes).toEqual([{ route: '/checkout' }]);
  });
});
