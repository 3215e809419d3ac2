import type { FastifyInstance, FastifyRequest } from 'fastify';
import { FlamehouseError } from '../errors.js';
import { TENANT_NAME, type Scope, type TokenStore } from './tokens.js';

/** The tenant of a server without an auth file, and the one holding what was stored before tenants: CLICKHOUSE_DATABASE. */
export const DEFAULT_TENANT = 'default';

declare module 'fastify' {
  interface FastifyRequest {
    /** The tenant the request reads or writes; set for every route that declares a scope. */
    tenant: string;
  }
  interface FastifyContextConfig {
    /** What a request to the route needs its token to allow; routes without one are public (the UI's files, health). */
    scope?: Scope;
    /** A header that carries the token, without Authorization, for clients that cannot send one (dd-trace). */
    tokenHeader?: string;
  }
}

/**
 * The token of `Authorization: Bearer <token>`, or of Basic auth (the password, as Pyroscope SDKs send
 * it); without Authorization, the route's own token header if it has one.
 */
export function presentedToken(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (!header) {
    const name = request.routeOptions.config.tokenHeader;
    const value = name === undefined ? undefined : request.headers[name];
    return typeof value === 'string' && value !== '' ? value : undefined;
  }
  const [kind = '', value = ''] = header.trim().split(/\s+/, 2);
  if (kind.toLowerCase() === 'bearer') return value || undefined;
  if (kind.toLowerCase() !== 'basic') return undefined;
  const decoded = Buffer.from(value, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  const password = colon < 0 ? '' : decoded.slice(colon + 1);
  return password || (colon < 0 ? decoded : decoded.slice(0, colon)) || undefined;
}

/**
 * Checks every request to a route that declares a scope: a known token
 * (401 otherwise) that allows the scope (403 otherwise), and the tenant it
 * may use, chosen among its tenants by X-Scope-OrgID (403 for another one).
 * Without a token store there is one tenant and everything is allowed.
 */
export function installAccessControl(app: FastifyInstance, store: TokenStore | undefined): void {
  app.decorateRequest('tenant', '');
  app.addHook('onRequest', (request, _reply, done) => {
    try {
      request.tenant = tenantOf(request, store);
      done();
    } catch (error) {
      done(error as Error);
    }
  });
}

/** The tenant a request may use, or a 401/403; empty for a public route. */
function tenantOf(request: FastifyRequest, store: TokenStore | undefined): string {
  const scope = request.routeOptions.config.scope;
  if (scope === undefined) return '';
  if (!store) return DEFAULT_TENANT;
  const token = presentedToken(request);
  const principal = token === undefined ? undefined : store.authenticate(token);
  if (!principal) throw new FlamehouseError('FH_ERR_UNAUTHENTICATED');
  if (!principal.scopes.has(scope)) throw new FlamehouseError('FH_ERR_FORBIDDEN', `the token does not allow ${scope}`);
  const asked = request.headers['x-scope-orgid'];
  const tenant = typeof asked === 'string' && asked !== '' ? asked : principal.tenants[0]!;
  if (!TENANT_NAME.test(tenant) || !principal.tenants.includes(tenant)) {
    throw new FlamehouseError('FH_ERR_FORBIDDEN', 'the token may not use that tenant (X-Scope-OrgID)');
  }
  return tenant;
}
