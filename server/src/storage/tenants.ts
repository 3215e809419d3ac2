import { DEFAULT_TENANT } from '../auth/access.js';
import type { QueryContext } from '../query/context.js';
import type { ReadLimits } from '../query/sql.js';
import { tableNames, type Storage, type Tables } from './client.js';
import { migrate, type RenderOptions } from './schema.js';
import { stackLookup, type StackCache } from './stack-cache.js';
import type { StoredIds } from './stored-ids.js';
import { BatchWriter, type WriterOptions } from './writer.js';

/** One tenant's storage: its tables, its writer, and what its queries run against. */
export interface Tenant {
  readonly name: string;
  readonly tables: Tables;
  readonly writer: BatchWriter;
  readonly query: QueryContext;
}

export interface TenantsOptions {
  readonly storage: Storage;
  /** CLICKHOUSE_DATABASE: the default tenant's database, and the prefix of the others'. */
  readonly database: string;
  readonly schema: RenderOptions;
  readonly writer: WriterOptions;
  readonly limits: ReadLimits;
  readonly stackCache: StackCache;
  readonly storedIds: StoredIds;
}

/**
 * A database per tenant: `CLICKHOUSE_DATABASE` for the default tenant (so
 * data stored before tenants existed is the default tenant's, untouched), and
 * `<CLICKHOUSE_DATABASE>__<tenant>` for each other. Every query names its
 * tables through the tenant's `Tables`, so no query can reach another
 * tenant's rows, and a tenant can be dropped, given its own retention, or
 * moved, as a database. Created and migrated on first use.
 */
export class Tenants {
  private readonly opened = new Map<string, Promise<Tenant>>();

  constructor(private readonly options: TenantsOptions) {}

  get(name: string): Promise<Tenant> {
    let tenant = this.opened.get(name);
    if (!tenant) {
      tenant = this.open(name);
      this.opened.set(name, tenant);
      // A failed migration is tried again by the next request rather than remembered.
      tenant.catch(() => this.opened.delete(name));
    }
    return tenant;
  }

  /** Tenants opened so far. */
  async list(): Promise<Tenant[]> {
    const settled = await Promise.allSettled(this.opened.values());
    return settled.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
  }

  /** Stores what every writer holds. */
  async close(): Promise<void> {
    await Promise.all((await this.list()).map((tenant) => tenant.writer.close()));
  }

  private async open(name: string): Promise<Tenant> {
    const { storage, database, schema, writer, limits, stackCache, storedIds } = this.options;
    const { client } = storage;
    const tables = tableNames(name === DEFAULT_TENANT ? database : `${database}__${name}`);
    await migrate(client, tables, schema);
    return {
      name,
      tables,
      writer: new BatchWriter(storage, { tenant: name, tables, storedIds }, writer),
      query: { client, tables, stacks: stackLookup(stackCache, client, tables, limits.timeoutS), limits },
    };
  }
}
