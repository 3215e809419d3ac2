import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Hasher64 } from '../src/hash.js';
import { formBody } from './form.js';
import { HEAP, WALL_CPU, makePprof } from './pprof-fixture.js';
import { startTestApp, type TestApp } from './test-app.js';

// Tokens, scopes and tenants with FLAMEHOUSE_AUTH_FILE: every data request
// needs a token that allows it, and a tenant's data never shows to another.

const MS = 1_000_000;
const NOW = Date.now();
let app: TestApp;
let dir: string;

const TOKENS = {
  acme: 'acme-token-0123456789',
  beta: 'beta-token-0123456789',
  // Stored as its digest only: the file need not hold the secret.
  betaHashed: 'beta-hashed-token-0123',
  acmeIngestOnly: 'acme-ingest-only-token',
  both: 'both-tenants-reader-token',
  metrics: 'prometheus-scraper-token',
};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'fh-auth-'));
  const authFile = join(dir, 'auth.json');
  writeFileSync(
    authFile,
    JSON.stringify({
      tokens: [
        { token: TOKENS.acme, tenant: 'acme', scopes: ['ingest', 'query'] },
        { token: TOKENS.beta, tenant: 'beta-eu', scopes: ['ingest', 'query'] },
        { token_sha256: createHash('sha256').update(TOKENS.betaHashed).digest('hex'), tenant: 'beta-eu', scopes: ['query'] },
        { token: TOKENS.acmeIngestOnly, tenant: 'acme', scopes: ['ingest'] },
        { token: TOKENS.both, tenants: ['acme', 'beta-eu'], scopes: ['query'] },
        { token: TOKENS.metrics, tenant: 'acme', scopes: ['metrics'] },
      ],
    }),
  );
  // One decode thread: the forged name's test needs both tenants' uploads read by the same thread.
  app = await startTestApp({ authFile, ingestThreads: 1 });
  for (const [tenant, token, secret] of [
    ['acme', TOKENS.acme, 'acmeSecret'],
    ['beta', TOKENS.beta, 'betaSecret'],
  ] as const) {
    const wall = makePprof({
      sampleTypes: WALL_CPU,
      timeMs: NOW - 60_000,
      samples: [{ stack: `main;${secret}`, values: [30 * MS, 30 * MS], labels: { span_id: `${tenant}0000000000000`.slice(0, 16), local_root_span_id: `${tenant}0000000000000`.slice(0, 16), trace_endpoint: `GET /${tenant}` } }],
    });
    const heap = makePprof({ sampleTypes: HEAP, timeMs: NOW - 60_000, samples: [{ stack: `main;${secret}`, values: [1, 1000] }] });
    for (const body of [wall, heap]) {
      const response = await post(`/api/v1/ingest?service=${tenant}-svc&label=service.version=1.0`, body, { authorization: `Bearer ${token}` });
      expect(response.statusCode, response.body).toBe(200);
    }
  }
});
afterAll(async () => {
  await app?.close();
  rmSync(dir, { recursive: true, force: true });
});

function post(url: string, body: Buffer, headers: Record<string, string>) {
  return app.server.inject({ method: 'POST', url, payload: body, headers: { 'content-type': 'application/octet-stream', ...headers } });
}

const get = (url: string, headers: Record<string, string> = {}) => app.server.inject({ url, headers });
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const range = `from=${NOW - 3_600_000}&to=${NOW}`;

/** Every read endpoint, for a service. */
const endpoints = (service: string): string[] => [
  '/api/v1/services',
  `/api/v1/labels?service=${service}`,
  `/api/v1/labels/service.version/values?service=${service}`,
  `/api/v1/flamegraph?service=${service}&type=cpu&${range}`,
  `/api/v1/timeline?service=${service}&type=cpu&${range}`,
  `/api/v1/top?service=${service}&type=cpu&${range}`,
  `/api/v1/diff?service=${service}&type=cpu&${range}&baseline.filter=service.version=1.0&comparison.filter=service.version=1.0`,
  `/api/v1/leaks?service=${service}&type=inuse_space&${range}`,
  `/api/v1/spans?service=${service}&type=cpu&${range}`,
  `/api/v1/agents?service=${service}&${range}`,
  `/api/v1/export?service=${service}&type=cpu&${range}&format=folded`,
  `/api/v1/export?service=${service}&type=cpu&${range}&format=speedscope`,
  `/api/v1/export?service=${service}&type=cpu&${range}&format=pprof`,
];

describe('authentication', () => {
  it('answers 401 FH_ERR_UNAUTHENTICATED to every data request without a known token', async () => {
    for (const url of endpoints('acme-svc')) {
      for (const headers of [{}, bearer('wrong-token'), { authorization: 'Basic !!!' }]) {
        const response = await get(url, headers);
        expect(response.statusCode, url).toBe(401);
        expect(response.json()).toMatchObject({ code: 'FH_ERR_UNAUTHENTICATED' });
      }
    }
    const upload = await post('/api/v1/ingest?service=x', makePprof({ sampleTypes: WALL_CPU, samples: [] }), {});
    expect(upload.statusCode).toBe(401);
  });

  it('answers 403 FH_ERR_FORBIDDEN when the token lacks the scope', async () => {
    const read = await get(`/api/v1/flamegraph?service=acme-svc&type=cpu&${range}`, bearer(TOKENS.acmeIngestOnly));
    expect(read.statusCode).toBe(403);
    expect(read.json()).toMatchObject({ code: 'FH_ERR_FORBIDDEN' });
    const write = await post('/api/v1/ingest?service=x', makePprof({ sampleTypes: WALL_CPU, samples: [] }), bearer(TOKENS.betaHashed));
    expect(write.json()).toMatchObject({ code: 'FH_ERR_FORBIDDEN' });
    expect((await get('/metrics', bearer(TOKENS.acme))).statusCode).toBe(403);
  });

  it('accepts Basic auth with the token as password (Pyroscope SDKs), and a token stored as its sha256', async () => {
    const basic = { authorization: `Basic ${Buffer.from(`acme:${TOKENS.acme}`).toString('base64')}` };
    const pyroscope = await post(
      `/ingest?name=acme-pyro.cpu{env=prod}&from=${Math.floor(NOW / 1000) - 20}&until=${Math.floor(NOW / 1000) - 10}`,
      makePprof({ sampleTypes: WALL_CPU, timeMs: NOW - 15_000, samples: [{ stack: 'main;viaPyroscope', values: [MS, MS] }] }),
      basic,
    );
    expect(pyroscope.statusCode, pyroscope.body).toBe(200);
    expect((await get('/api/v1/services', basic)).json<{ services: { name: string }[] }>().services.map((s) => s.name)).toContain('acme-pyro');
    expect((await get('/api/v1/services', bearer(TOKENS.betaHashed))).statusCode).toBe(200);
  });

  it('keeps the health checks and the page public', async () => {
    expect((await get('/healthz')).statusCode).toBe(200);
    expect((await get('/readyz')).statusCode).toBe(200);
    expect((await get('/metrics', bearer(TOKENS.metrics))).statusCode).toBe(200);
  });
});

describe('tenant isolation', () => {
  it("shows a tenant's data to its tokens on every endpoint, and never to another tenant's", async () => {
    for (const [token, own, other] of [
      [TOKENS.acme, 'acme', 'beta'],
      [TOKENS.beta, 'beta', 'acme'],
    ] as const) {
      for (const url of [...endpoints(`${own}-svc`), ...endpoints(`${other}-svc`)]) {
        const response = await get(url, bearer(token));
        expect(response.statusCode, `${url}: ${response.body}`).toBe(200);
        // A request for the other tenant's service may echo its name (an export's title); never its data.
        expect(response.rawPayload.toString('latin1'), `${own}'s token read ${url}`).not.toMatch(new RegExp(`${other}Secret|GET /${other}`));
      }
      const flame = await get(`/api/v1/flamegraph?service=${own}-svc&type=cpu&${range}`, bearer(token));
      expect(flame.body).toContain(`${own}Secret`);
      const services = (await get('/api/v1/services', bearer(token))).json<{ services: { name: string }[] }>().services.map((s) => s.name);
      expect(services).toContain(`${own}-svc`);
      expect(services).not.toContain(`${other}-svc`);
    }
  });

  it('takes a Datadog client’s token from Datadog-External-Env (DD_EXTERNAL_ENV), on its routes only', async () => {
    const eventJson = JSON.stringify({ start: new Date(NOW - 20_000).toISOString(), end: new Date(NOW - 10_000).toISOString(), tags_profiler: 'service:acme-dd,runtime-id:r1,profile_seq:0' });
    const wall = makePprof({ sampleTypes: WALL_CPU, timeMs: NOW - 15_000, samples: [{ stack: 'main;viaDatadog', values: [MS, MS] }] });
    const form = formBody([
      { name: 'event', filename: 'event.json', data: eventJson },
      { name: 'wall.pprof', filename: 'wall.pprof', data: wall },
    ]);
    const intake = (headers: Record<string, string>) =>
      app.server.inject({ method: 'POST', url: '/profiling/v1/input', payload: form.body, headers: { 'content-type': form.contentType, ...headers } });
    expect((await intake({})).statusCode).toBe(401);
    expect((await intake({ 'datadog-external-env': 'wrong-token' })).statusCode).toBe(401);
    expect((await intake({ 'datadog-external-env': TOKENS.betaHashed })).statusCode).toBe(403);
    const stored = await intake({ 'datadog-external-env': TOKENS.acmeIngestOnly });
    expect(stored.statusCode, stored.body).toBe(200);
    const flame = await get(`/api/v1/flamegraph?service=acme-dd&type=cpu&${range}`, bearer(TOKENS.acme));
    expect(flame.json<{ total: number }>().total).toBe(MS);
    const traces = (headers: Record<string, string>) => app.server.inject({ method: 'PUT', url: '/v0.4/traces', payload: Buffer.from([0x90]), headers: { 'content-type': 'application/msgpack', ...headers } });
    expect((await traces({})).statusCode).toBe(401);
    expect((await traces({ 'datadog-external-env': TOKENS.acme })).statusCode).toBe(200);
    // Elsewhere the header is no token.
    expect((await get('/api/v1/services', { 'datadog-external-env': TOKENS.acme })).statusCode).toBe(401);
  });

  it('lets X-Scope-OrgID choose among the tenants a token may use, and no other', async () => {
    const names = async (headers: Record<string, string>) =>
      (await get('/api/v1/services', headers)).json<{ services: { name: string }[] }>().services.map((s) => s.name);
    expect(await names(bearer(TOKENS.both))).toContain('acme-svc');
    expect(await names({ ...bearer(TOKENS.both), 'x-scope-orgid': 'beta-eu' })).toEqual(['beta-svc']);
    const refused = await get('/api/v1/services', { ...bearer(TOKENS.acme), 'x-scope-orgid': 'beta-eu' });
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ code: 'FH_ERR_FORBIDDEN' });
  });

  it("never stores a name made to hash like another tenant's function in that tenant's frames", async () => {
    // A decode thread finds known functions by a hash of their names' bytes. That hash has no secret: this
    // name was found by brute force (~2^36 tries, minutes of one core) to hash like `handleRequest`.
    const forged = Buffer.from('594459502a7670345b2a521f74', 'hex').toString('latin1');
    const bytesHash = (name: string) => new Hasher64().bytes(Buffer.from(name), 0, Buffer.byteLength(name)).halves();
    expect(bytesHash(forged)).toEqual(bytesHash('handleRequest'));
    const file = '/srv/app/server.js';
    for (const [token, name] of [
      [TOKENS.acme, forged],
      [TOKENS.beta, 'handleRequest'],
    ] as const) {
      const body = makePprof({ sampleTypes: WALL_CPU, timeMs: NOW - 30_000, samples: [{ stack: `main;${name}@${file}`, values: [MS, MS] }] });
      const response = await post('/api/v1/ingest?service=forge-svc', body, bearer(token));
      expect(response.statusCode, response.body).toBe(200);
    }
    const names = async (token: string) => {
      const flame = await get(`/api/v1/flamegraph?service=forge-svc&type=cpu&${range}`, bearer(token));
      const found: string[] = [];
      const walk = (node: { name: string; children: unknown[] }): void => {
        found.push(node.name);
        for (const child of node.children) walk(child as typeof node);
      };
      walk(flame.json<{ root: { name: string; children: unknown[] } }>().root);
      return found;
    };
    expect(await names(TOKENS.acme)).toContain(forged);
    expect(await names(TOKENS.beta)).toEqual(expect.arrayContaining(['main', 'handleRequest']));
    expect(await names(TOKENS.beta)).not.toContain(forged);
  });
  it("never shows another tenant's frames or stacks stored under the same ids", async () => {
    // Both tenants store one stack; then acme's storage holds other content under those ids, as a tenant
    // that forged ids (they are hashes without a secret) would have stored it. Acme reads first.
    const stack = 'cacheRoot@/srv/lib.js;sharedFn@/srv/lib.js';
    for (const token of [TOKENS.acme, TOKENS.beta]) {
      const body = makePprof({ sampleTypes: WALL_CPU, timeMs: NOW - 30_000, samples: [{ stack, values: [MS, MS] }] });
      expect((await post('/api/v1/ingest?service=cache-svc', body, bearer(token))).statusCode).toBe(200);
    }
    const { tables } = await app.tenants.get('acme');
    const client = app.storage.client;
    await client.command({ query: `ALTER TABLE ${tables.frames} UPDATE name = 'forgedByAcme' WHERE name = 'sharedFn' SETTINGS mutations_sync = 2` });
    await client.command({ query: `ALTER TABLE ${tables.stacks} UPDATE frame_ids = arrayReverse(frame_ids) WHERE length(frame_ids) = 2 AND has(frame_ids, (SELECT any(frame_id) FROM ${tables.frames} WHERE name = 'forgedByAcme')) SETTINGS mutations_sync = 2` });
    const folded = async (token: string) => (await get(`/api/v1/export?service=cache-svc&type=cpu&${range}&format=folded`, bearer(token))).body.trim();
    expect(await folded(TOKENS.acme)).toBe(`forgedByAcme;cacheRoot ${MS}`);
    expect(await folded(TOKENS.beta)).toBe(`cacheRoot;sharedFn ${MS}`);
  });
});

describe('the auth file', () => {
  it('stops the server at start when it is wrong, naming the variable and every problem', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ tokens: [{ token: 'x', scopes: ['read'] }, { tenant: 'a b', scopes: [] }] }));
    await expect(startTestApp({ authFile: bad })).rejects.toThrow(/FLAMEHOUSE_AUTH_FILE=.*\n.*tokens\[0\].*tenant[\s\S]*tokens\[0\].*scopes[\s\S]*tokens\[1\].*token/);
  });
});
