import { createHash, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** What a token may do: send profiles, read them (API and UI data), read the server's metrics. */
export const SCOPES = ['ingest', 'query', 'metrics'] as const;
export type Scope = (typeof SCOPES)[number];

/** Who a request is: the tenants its token may use (the first by default) and what it may do. */
export interface Principal {
  readonly tenants: readonly string[];
  readonly scopes: ReadonlySet<Scope>;
}

/** Tenants name databases: letters, digits, `_` and `-`. */
export const TENANT_NAME = /^[A-Za-z0-9][A-Za-z0-9_-]{0,62}$/;

export interface TokenStore {
  /** The principal of a presented token, or undefined for an unknown one; takes the same time either way. */
  authenticate(token: string): Principal | undefined;
  /** Every tenant some token may use. */
  readonly tenants: readonly string[];
}

interface Entry {
  readonly digest: Buffer;
  readonly principal: Principal;
}

const sha256 = (text: string): Buffer => createHash('sha256').update(text, 'utf8').digest();

/**
 * Reads FLAMEHOUSE_AUTH_FILE:
 *   {"tokens": [{"token": "…", "tenant": "acme", "scopes": ["ingest", "query"]}]}
 * with `token_sha256` (hex) instead of `token` to keep secrets out of the
 * file, and `tenants` (a list) instead of `tenant` for a token that may use
 * several. Throws with every problem listed, each naming the file.
 */
export function loadTokenStore(path: string): TokenStore {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`FLAMEHOUSE_AUTH_FILE=${path}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  const problems: string[] = [];
  const entries: Entry[] = [];
  const list = (parsed as { tokens?: unknown } | null)?.tokens;
  if (!Array.isArray(list) || list.length === 0) problems.push('expected {"tokens": [ … ]} with at least one token');
  (Array.isArray(list) ? list : []).forEach((raw: unknown, i) => {
    const at = `tokens[${i}]`;
    const item = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
    let digest: Buffer | undefined;
    if (typeof item['token'] === 'string' && item['token'].length > 0) digest = sha256(item['token']);
    else if (typeof item['token_sha256'] === 'string' && /^[0-9a-fA-F]{64}$/.test(item['token_sha256'])) {
      digest = Buffer.from(item['token_sha256'], 'hex');
    } else problems.push(`${at}: needs "token" or "token_sha256" (64 hex digits)`);
    const tenants = typeof item['tenant'] === 'string' ? [item['tenant']] : item['tenants'];
    if (!Array.isArray(tenants) || tenants.length === 0 || !tenants.every((t) => typeof t === 'string' && TENANT_NAME.test(t))) {
      problems.push(`${at}: needs "tenant" (or "tenants"): letters, digits, _ and -, up to 63`);
    }
    const scopes = item['scopes'];
    if (!Array.isArray(scopes) || scopes.length === 0 || !scopes.every((s) => (SCOPES as readonly unknown[]).includes(s))) {
      problems.push(`${at}: needs "scopes", a list of ${SCOPES.join(', ')}`);
    }
    if (digest && Array.isArray(tenants) && Array.isArray(scopes)) {
      entries.push({ digest, principal: { tenants: tenants as string[], scopes: new Set(scopes as Scope[]) } });
    }
  });
  if (problems.length > 0) throw new Error(`FLAMEHOUSE_AUTH_FILE=${path}:\n  ${problems.join('\n  ')}`);
  return {
    tenants: [...new Set(entries.flatMap((entry) => entry.principal.tenants))],
    authenticate(token) {
      const presented = sha256(token);
      let found: Principal | undefined;
      // Every entry is compared, in constant time each: how long this takes says nothing about which token, if any, matched.
      for (const entry of entries) {
        if (timingSafeEqual(presented, entry.digest) && !found) found = entry.principal;
      }
      return found;
    },
  };
}
