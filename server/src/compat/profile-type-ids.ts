import { PROFILE_TYPES, type ProfileType } from '@flamehouse/proto';

// Pyroscope names a profile type `<name>:<sample_type>:<sample_unit>:<period_type>:<period_unit>`
// (Grafana lists them, and every query names one). Each of our types has one
// canonical id, the one Pyroscope's own SDKs use; the Node SDK reports heap
// and CPU with other period parts (`memory:inuse_space:bytes:inuse_space:bytes`,
// `process_cpu:cpu:nanoseconds:wall:nanoseconds`), so an id is matched on its
// first three parts.

export interface PyroscopeProfileType {
  readonly id: string;
  readonly name: string;
  readonly sampleType: string;
  readonly sampleUnit: string;
  readonly periodType: string;
  readonly periodUnit: string;
}

function split(id: string): PyroscopeProfileType {
  const [name = '', sampleType = '', sampleUnit = '', periodType = '', periodUnit = ''] = id.split(':');
  return { id, name, sampleType, sampleUnit, periodType, periodUnit };
}

export const PYROSCOPE_PROFILE_TYPES: Readonly<Record<ProfileType, PyroscopeProfileType>> = {
  cpu: split('process_cpu:cpu:nanoseconds:cpu:nanoseconds'),
  wall: split('wall:wall:nanoseconds:wall:nanoseconds'),
  inuse_space: split('memory:inuse_space:bytes:space:bytes'),
  inuse_objects: split('memory:inuse_objects:count:space:bytes'),
};

const BY_SAMPLE: ReadonlyMap<string, ProfileType> = new Map(
  PROFILE_TYPES.map((type) => {
    const { name, sampleType, sampleUnit } = PYROSCOPE_PROFILE_TYPES[type];
    return [`${name}:${sampleType}:${sampleUnit}`, type] as const;
  }),
);

/** Thrown for an id that is not five `:`-separated parts (six with Pyroscope's `:delta`). */
export class ProfileTypeIdError extends Error {
  override readonly name = 'ProfileTypeIdError';
}

/**
 * Our type for a Pyroscope profile type id; undefined for a well-formed id of
 * a type Flamehouse does not store (allocations, goroutines…), which matches nothing.
 */
export function profileTypeOfId(id: string): ProfileType | undefined {
  const parts = id.split(':');
  if (parts.length !== 5 && parts.length !== 6) {
    throw new ProfileTypeIdError(`"${id}" is not a profile type id: expected <name>:<sample type>:<sample unit>:<period type>:<period unit>`);
  }
  return BY_SAMPLE.get(parts.slice(0, 3).join(':'));
}
