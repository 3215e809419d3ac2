import type { ClickHouseClient } from '@clickhouse/client';
import type { Tables } from './client.js';

/** What the ledger needs of an upload: its id and when its profile was taken. */
export interface LedgerKey {
  readonly uploadId: string;
  readonly tsS: number;
}

// Bounded like every read; the ledger lookup is a primary-key range scan of a small table.
const LOOKUP_TIMEOUT_S = 10;

/**
 * The ids among `keys` that storage already holds. The `profiles` rows are
 * the ledger: an upload's are inserted after its samples, so a stored id
 * means the whole upload is stored. What is stored is the truth, not what
 * this process remembers: an id stored before a restart, or by another
 * server on the same ClickHouse, is found here.
 */
export async function storedUploadIds(client: ClickHouseClient, tables: Tables, keys: readonly LedgerKey[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  let fromS = Infinity;
  let toS = -Infinity;
  for (const key of keys) {
    fromS = Math.min(fromS, key.tsS);
    toS = Math.max(toS, key.tsS);
  }
  const result = await client.query({
    // A retry carries the same profile, so the same timestamp: the time bounds let the primary key skip the rest.
    query: `SELECT DISTINCT upload_id FROM ${tables.profiles}
      WHERE ts >= toDateTime({fromS:UInt32}) AND ts <= toDateTime({toS:UInt32}) AND upload_id IN {ids:Array(String)}
      SETTINGS max_execution_time = ${LOOKUP_TIMEOUT_S}`,
    query_params: { fromS, toS, ids: keys.map((key) => key.uploadId) },
    format: 'JSONCompactEachRow',
  });
  const rows = await result.json<[string]>();
  return new Set(rows.map(([id]) => id));
}
