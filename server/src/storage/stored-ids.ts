export type DimensionKind = 'frame' | 'stack' | 'series';

/** Told of the ids one insert stored. */
export type StoredListener = (tenant: string, kind: DimensionKind, ids: readonly string[], nowS: number) => void;

const DAY_S = 86_400;
// A map slot, the id's decimal string, the day number.
const ENTRY_BYTES = 120;

type DaysById = Map<string, number>;
/** One tenant's ids by kind; `serial` is new each time the tenant's maps are made anew. */
type TenantIds = Record<DimensionKind, DaysById> & { readonly serial: number };

/**
 * Which frames, stacks and series this process has stored, in which tenant's
 * storage, and on which day: the writer skips rows stored today and sends a
 * row again once a day, which refreshes its `last_seen`, so retention removes
 * only what no sample has referenced for the whole retention period. A row
 * forgotten here (after a restart, or when the memo is full and starts over)
 * is simply sent again: ReplacingMergeTree keeps one. Each decode thread
 * keeps a copy of the frames and stacks, told by `onStored`, and leaves their
 * rows out of what it sends (decode-pool.ts).
 *
 * Thousands of ids are looked up per upload, so a lookup makes no key
 * string and reorders nothing (an LRU's composite keys once cost more than
 * decoding the upload); bounded in bytes for all tenants together.
 */
export class StoredIds {
  private readonly tenants = new Map<string, TenantIds>();
  private serials = 0;
  private readonly listeners: StoredListener[] = [];
  private entries = 0;
  private readonly maxEntries: number;

  constructor(maxBytes: number) {
    this.maxEntries = Math.max(1, Math.floor(maxBytes / ENTRY_BYTES));
  }

  /** Whether `id` must be (re)sent: not stored by this process today. */
  needs(tenant: string, kind: DimensionKind, id: string, nowS: number): boolean {
    return this.tenants.get(tenant)?.[kind].get(id) !== Math.floor(nowS / DAY_S);
  }

  /**
   * A number that stays the same while no id `needs` answered false for can
   * be answered true (StoredRows.mark): the tenant's maps, made anew after
   * a start over, and the day. -1 while nothing is stored for the tenant.
   */
  mark(tenant: string, nowS: number): number {
    const ids = this.tenants.get(tenant);
    return ids ? ids.serial * 65_536 + Math.floor(nowS / DAY_S) : -1;
  }

  /** Remembers the ids one insert stored, and tells the listeners. */
  rememberAll(tenant: string, kind: DimensionKind, ids: readonly string[], nowS: number): void {
    if (ids.length === 0) return;
    const day = Math.floor(nowS / DAY_S);
    let days = this.tenants.get(tenant)?.[kind];
    for (const id of ids) {
      if (this.entries >= this.maxEntries) {
        this.tenants.clear();
        this.entries = 0;
        days = undefined;
      }
      if (!days) {
        const kinds: TenantIds = { frame: new Map(), stack: new Map(), series: new Map(), serial: ++this.serials };
        this.tenants.set(tenant, kinds);
        days = kinds[kind];
      }
      if (!days.has(id)) this.entries++;
      days.set(id, day);
    }
    for (const listener of this.listeners) listener(tenant, kind, ids, nowS);
  }

  onStored(listener: StoredListener): void {
    this.listeners.push(listener);
  }

  get size(): number {
    return this.entries;
  }
}
