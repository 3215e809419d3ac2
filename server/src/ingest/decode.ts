import { gunzipSync } from 'node:zlib';
import type { perftools } from '@flamehouse/proto/pprof';
import { decodeProfile } from '@flamehouse/proto/profile-reader';
import { FlamehouseError } from '../errors.js';
import { checkProfileLimits, type ProfileLimits } from './pprof-scan.js';

export type PprofProfile = perftools.profiles.Profile;

const GZIP_MAGIC_0 = 0x1f;
const GZIP_MAGIC_1 = 0x8b;

/**
 * Gunzips (when gzipped) and decodes pprof bytes; every failure is a registry
 * error. With `limits`, a profile past them is refused before it is decoded.
 */
export function decodePprof(body: Buffer, maxProfileBytes: number, limits?: ProfileLimits): PprofProfile {
  if (body.length === 0) throw new FlamehouseError('FH_ERR_INGEST_EMPTY_BODY');
  let raw = body;
  if (body[0] === GZIP_MAGIC_0 && body[1] === GZIP_MAGIC_1) {
    try {
      raw = gunzipSync(body, { maxOutputLength: maxProfileBytes });
    } catch (error) {
      if (error instanceof RangeError || (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
        throw new FlamehouseError(
          'FH_ERR_INGEST_TOO_LARGE',
          `the profile is larger than ${maxProfileBytes} bytes once decompressed`,
        );
      }
      throw new FlamehouseError('FH_ERR_INGEST_BAD_GZIP', undefined, { cause: error });
    }
  } else if (raw.length > maxProfileBytes) {
    throw new FlamehouseError('FH_ERR_INGEST_TOO_LARGE');
  }
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
