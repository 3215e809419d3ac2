import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { querier } from '@flamehouse/proto/querier';
import { WALL_CPU, makePprof } from './pprof-fixture.js';
import { startAppWithTokens, type TestApp } from './test-app.js';

// Grafana's data source authenticates as its settings say: Basic auth (user
// and password) or a bearer token in a custom header, and picks a tenant with
// X-Scope-OrgID. The querier routes need the query scope like the rest of the API.

const TOKENS = { acme: 'acme-token-0123456789', both: 'both-tenants-reader-token', ingestOnly: 'acme-ingest-only-token' };
let app: TestApp;
let url: string;

const basic = (user: string, password: string) => ({ authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}` });
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

beforeAll(async () => {
  app = await startAppWithTokens([
    { token: TOKENS.acme, tenant: 'acme', scopes: ['ingest', 'query'] },
    { token: TOKENS.both, tenants: ['acme', 'beta'], scopes: ['ingest', 'query'] },
    { token: TOKENS.ingestOnly, tenant: 'acme', scopes: ['ingest'] },
  ]);
  url = await app.server.listen({ host: '127.0.0.1', port: 0 });
  for (const tenant of ['acme', 'beta']) {
    const body = makePprof({ sampleTypes: WALL_CPU, timeMs: Date.now() - 60_000, samples: [{ stack: `main;${tenant}Secret`, values: [1000, 1000] }] });
    const response = await app.server.inject({
      method: 'POST',
      url: `/api/v1/ingest?service=${tenant}-svc`,
      payload: body,
      headers: { 'content-type': 'application/octet-stream', ...bearer(TOKENS.both), 'x-scope-orgid': tenant },
    });
    expect(response.statusCode, response.body).toBe(200);
  }
});
afterAll(async () => {
  await app?.close();
});

async function services(headers: Record<string, string>): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${url}/querier.v1.QuerierService/LabelValues`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ name: 'service_name', matchers: ['{}'] }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('querier authentication', () => {
  it('answers a request without a known token unauthenticated, as a Connect error', async () => {
    for (const headers of [{}, bearer('wrong'), basic('grafana', 'wrong')]) {
      expect(await services(headers)).toEqual({
        status: 401,
        body: { code: 'unauthenticated', message: expect.stringMatching(/token/) as unknown, flamehouseCode: 'FH_ERR_UNAUTHENTICATED' },
      });
    }
    const proto = await fetch(`${url}/querier.v1.QuerierService/ProfileTypes`, { method: 'POST', headers: { 'content-type': 'application/proto' }, body: new Uint8Array() });
    expect(proto.status).toBe(401);
    expect(await proto.json()).toMatchObject({ code: 'unauthenticated' });
  });

  it('takes the token from Basic auth or a bearer header, and the tenant from X-Scope-OrgID', async () => {
    expect(await services(basic('grafana', TOKENS.acme))).toEqual({ status: 200, body: { names: ['acme-svc'] } });
    expect(await services(bearer(TOKENS.both))).toEqual({ status: 200, body: { names: ['acme-svc'] } });
    expect(await services({ ...bearer(TOKENS.both), 'x-scope-orgid': 'beta' })).toEqual({ status: 200, body: { names: ['beta-svc'] } });
    expect(await services({ ...bearer(TOKENS.acme), 'x-scope-orgid': 'beta' })).toMatchObject({ status: 403, body: { code: 'permission_denied' } });
    expect(await services(bearer(TOKENS.ingestOnly))).toMatchObject({ status: 403, body: { code: 'permission_denied', flamehouseCode: 'FH_ERR_FORBIDDEN' } });
  });

  it('keeps each tenant’s flame graphs to itself, on the querier and the legacy render', async () => {
    const request = querier.v1.SelectMergeStacktracesRequest.encode({
      profileTypeID: 'wall:wall:nanoseconds:wall:nanoseconds',
      labelSelector: '{}',
      start: Date.now() - 3600_000,
      end: Date.now(),
    }).finish();
    const flame = async (tenant: string): Promise<string[]> => {
      const response = await fetch(`${url}/querier.v1.QuerierService/SelectMergeStacktraces`, {
        method: 'POST',
        headers: { 'content-type': 'application/proto', ...bearer(TOKENS.both), 'x-scope-orgid': tenant },
        body: request,
      });
      expect(response.status).toBe(200);
      return querier.v1.SelectMergeStacktracesResponse.decode(new Uint8Array(await response.arrayBuffer())).flamegraph?.names ?? [];
    };
    expect(await flame('acme')).toEqual(['total', 'main', 'acmeSecret']);
    expect(await flame('beta')).toEqual(['total', 'main', 'betaSecret']);

    const render = `${url}/pyroscope/render?query=${encodeURIComponent('wall:wall:nanoseconds:wall:nanoseconds{}')}&from=now-1h`;
    const anonymous = await fetch(render);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ code: 'unauthenticated' });
    const beta = await fetch(render, { headers: { ...basic('grafana', TOKENS.both), 'x-scope-orgid': 'beta' } });
    expect(((await beta.json()) as { flamebearer: { names: string[] } }).flamebearer.names).toEqual(['total', 'main', 'betaSecret']);
  });
});
