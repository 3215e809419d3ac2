import * as zlib from 'node:zlib';
import { FlamehouseError } from '../errors.js';

// Clients compress without saying so: the Pyroscope SDK and our agent gzip
// the pprof body, dd-trace gzips each part on Node < 24 and uses zstd from 24
// on, with no header naming the encoding. The magic bytes tell.
const GZIP_MAGIC = [0x1f, 0x8b] as const;
const ZSTD_MAGIC = [0x28, 0xb5, 0x2f, 0xfd] as const;

const startsWith = (bytes: Uint8Array, magic: readonly number[]): boolean => magic.every((byte, i) => bytes[i] === byte);

type SyncDecompress = (buffer: Uint8Array, options: { maxOutputLength: number }) => Buffer;

/** zlib's zstd (Node 22.15+, 23.8+, 24+), or undefined on a Node without it. */
const zstdDecompressSync = (zlib as unknown as { zstdDecompressSync?: SyncDecompress }).zstdDecompressSync;

/** Whether this Node can decompress zstd uploads. */
export const ZSTD_SUPPORTED = zstdDecompressSync !== undefined;

function inflate(bytes: Uint8Array, maxBytes: number, run: SyncDecompress, badCode: 'FH_ERR_INGEST_BAD_GZIP' | 'FH_ERR_INGEST_BAD_ZSTD'): Buffer {
  try {
    return run(bytes, { maxOutputLength: maxBytes });
  } catch (error) {
    if (error instanceof RangeError || (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
      throw new FlamehouseError('FH_ERR_INGEST_TOO_LARGE', `the profile is larger than ${maxBytes} bytes once decompressed`);
    }
    throw new FlamehouseError(badCode, undefined, { cause: error });
  }
}

/**
 * The bytes of a gzip or zstd body inflated, capped at `maxBytes` (a small
 * bomb is refused, never inflated), or the body itself when it is neither.
 */
export function decompress(body: Uint8Array, maxBytes: number, zstd: SyncDecompress | undefined = zstdDecompressSync): Buffer {
  if (startsWith(body, GZIP_MAGIC)) return inflate(body, maxBytes, zlib.gunzipSync, 'FH_ERR_INGEST_BAD_GZIP');
  if (startsWith(body, ZSTD_MAGIC)) {
    if (!zstd) throw new FlamehouseError('FH_ERR_INGEST_ZSTD_UNSUPPORTED');
    return inflate(body, maxBytes, zstd, 'FH_ERR_INGEST_BAD_ZSTD');
  }
  if (body.length > maxBytes) throw new FlamehouseError('FH_ERR_INGEST_TOO_LARGE');
  return Buffer.isBuffer(body) ? body : Buffer.from(body.buffer, body.byteOffset, body.byteLength);
}
