import { FlamehouseError } from '../errors.js';
import { decompress } from './decompress.js';
import { checkProfileLimits, type ProfileLimits } from './pprof-scan.js';
import { readPprof, type PprofData } from './pprof-reader.js';

/**
 * Decompresses (gzip, zstd, or neither) and reads pprof bytes; every failure
 * is a registry error. With `limits`, a profile past them is refused before it is read.
 */
export function decodePprof(body: Uint8Array, maxProfileBytes: number, limits?: ProfileLimits): PprofData {
  if (body.length === 0) throw new FlamehouseError('FH_ERR_INGEST_EMPTY_BODY');
  const raw = decompress(body, maxProfileBytes);
  if (limits) checkProfileLimits(raw, limits);
  return readPprof(raw);
}
