import { LRUCache } from 'lru-cache';

export type DimensionKind = 'frame' | 'stack' | 'series';

/** Told of the ids one insert stored. */
export type StoredListener = (tenant: string, kind: DimensionKind, ids: readonly string[], nowS: number) => void;

const DAY_S = 86_400;
// The cache's node, the composite key, the day number.
const ENTRY_BYTES = 160;

/**
 * Which frames, stacks and series this process has stored, in which tenant's
 * storage, and on which day: the writer skips rows stored today and sends a
 * row again once a day, which refreshes its `last_seen`, so retention removes
 * only what no sample has referenced for the whole retention period. A row
 * forgotten here (evicted, or after a restart) is simply sent again:
 * ReplacingMergeTree keeps one. Bounded in bytes for all tenants together.
 * Each decode thread keeps a copy of the frames and stacks, told by
 * `onStored`, and leaves their rows out of what it sends (decode-pool.ts).
 */
export class StoredIds {
  private readonly days: LRUCache<string, number>;
  private readonly listeners: StoredListener[] = [];

  constructor(maxBytes: number) {
    this.days = new LRUCache({ maxSize: Math.max(ENTRY_BYTES, maxBytes), sizeCalculation: () => ENTRY_BYTES });
  }

  /** Whether `id` must be (re)sent: not stored by this process today. */
  needs(tenant: string, kind: DimensionKind, id: string, nowS: number): boolean {
    return this.days.get(key(tenant, kind, id)) !== Math.floor(nowS / DAY_S);
  }

  /** Remembers the ids one insert stored, and tells the listeners. */
  rememberAll(tenant: string, kind: DimensionKind, ids: readonly string[], nowS: number): void {
    if (ids.length === 0) return;
    const day = Math.floor(nowS / DAY_S);
    for (const id of ids) this.days.set(key(tenant, kind, id), day);
    for (const listener of this.listeners) listener(tenant, kind, ids, nowS);
  }

  onStored(listener: StoredListener): void {
    this.listeners.push(listener);
  }

  get size(): number {
    return this.days.size;
  }
}

const key = (tenant: string, kind: DimensionKind, id: string): string => `${tenant}\u0000${kind}\u0000${id}`;
