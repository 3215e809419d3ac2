import type { ProfileType } from '@flamehouse/proto';

// Profile types come in pairs measured on the same samples: wall and CPU
// time on one wall-clock sample, in-use bytes and objects on one heap
// sample. A stored sample holds both values of its pair (`v1`, `v2`), so a
// wall profile with CPU time is one entry per stack, not two rows.

export const SAMPLE_KINDS = ['time', 'heap'] as const;
export type SampleKind = (typeof SAMPLE_KINDS)[number];

/** Where a profile type's values live: its kind, and which of the kind's two value columns. */
export const TYPE_STORAGE: Readonly<Record<ProfileType, { readonly kind: SampleKind; readonly column: 'v1' | 'v2' }>> = {
  wall: { kind: 'time', column: 'v1' },
  cpu: { kind: 'time', column: 'v2' },
  inuse_space: { kind: 'heap', column: 'v1' },
  inuse_objects: { kind: 'heap', column: 'v2' },
};

/** The index (0 for v1, 1 for v2) a type's value takes in its kind's pair. */
export function valueSlot(type: ProfileType): 0 | 1 {
  return TYPE_STORAGE[type].column === 'v1' ? 0 : 1;
}
