import { FlamehouseError } from '../errors.js';
import { decompress } from './decompress.js';
import { readPprof, type PprofData, type ProfileLimits } from './pprof-reader.js';

/**
 * Decompresses (gzip, zstd, or neither) and reads pprof bytes; every failure
 * is a registry error. With `limits`, a profile past them is refused at the first record past them.
 */
export function decodePprof(body: Uint8Array, maxProfileBytes: number, limits?: ProfileLimits): PprofData {
  if (body.length === 0) throw new FlamehouseError('FH_ERR_INGEST_EMPTY_BODY');
  const raw = decompress(body, maxProfileBytes);
  return readPprof(raw, limits);
}
