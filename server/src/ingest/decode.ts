import type { perftools } from '@flamehouse/proto/pprof';
import { decodeProfile, type StringInterner } from '@flamehouse/proto/profile-reader';
import { FlamehouseError } from '../errors.js';
import { decompress } from './decompress.js';
import { checkProfileLimits, type ProfileLimits } from './pprof-scan.js';

export type PprofProfile = perftools.profiles.Profile;

/**
 * Decompresses (gzip, zstd, or neither) and decodes pprof bytes; every failure
 * is a registry error. With `limits`, a profile past them is refused before it is decoded;
 * with `strings`, strings it has seen are not decoded again.
 */
export function decodePprof(body: Uint8Array, maxProfileBytes: number, limits?: ProfileLimits, strings?: StringInterner): PprofProfile {
  if (body.length === 0) throw new FlamehouseError('FH_ERR_INGEST_EMPTY_BODY');
  const raw = decompress(body, maxProfileBytes);
  if (limits) checkProfileLimits(raw, limits);
  try {
    return decodeProfile(raw, strings);
  } catch (error) {
    throw new FlamehouseError(
      'FH_ERR_INGEST_BAD_PPROF',
      `the upload is not a valid pprof profile: ${(error as Error).message}`,
      { cause: error },
    );
  }
}
