import type { perftools } from '@flamehouse/proto/pprof';
import { decodeProfile } from '@flamehouse/proto/profile-reader';
import { FlamehouseError } from '../errors.js';
import { decompress } from './decompress.js';
import { checkProfileLimits, type ProfileLimits } from './pprof-scan.js';

export type PprofProfile = perftools.profiles.Profile;

/**
 * Decompresses (gzip, zstd, or neither) and decodes pprof bytes; every failure
 * is a registry error. With `limits`, a profile past them is refused before it is decoded.
 */
export function decodePprof(body: Uint8Array, maxProfileBytes: number, limits?: ProfileLimits): PprofProfile {
  if (body.length === 0) throw new FlamehouseError('FH_ERR_INGEST_EMPTY_BODY');
  const raw = decompress(body, maxProfileBytes);
  if (limits) checkProfileLimits(raw, limits);
  try {
    return decodeProfile(raw);
  } catch (error) {
    throw new FlamehouseError(
      'FH_ERR_INGEST_BAD_PPROF',
      `the upload is not a valid pprof profile: ${(error as Error).message}`,
      { cause: error },
    );
  }
}
