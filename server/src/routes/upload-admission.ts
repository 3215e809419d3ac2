import { Transform, type Readable } from 'node:stream';
import { FlamehouseError } from '../errors.js';

/** What one admitted upload holds: its body's bytes, as declared, or as read so far when no length was declared. */
export interface Hold {
  bytes: number;
}

/**
 * How many uploads, and how many of their bytes, the server holds at once:
 * counted when a request arrives, before its body is read, and given back
 * when it is answered. The count keeps the wait of an admitted upload short
 * (uploads beyond what the decode threads and storage get through in a few
 * seconds would only reach their deadline); the bytes keep memory bounded
 * when bodies are large, as a count alone cannot (1,024 bodies of the largest
 * size accepted would be 8 GiB).
 */
export class UploadAdmission {
  private uploads = 0;
  private bytes = 0;

  constructor(
    private readonly maxUploads: number,
    private readonly maxBytes: number,
  ) {}

  /**
   * A hold for an upload whose request declares `contentLength`, or undefined
   * when it must be refused. A body of no declared length (dd-trace streams
   * its uploads chunked) holds nothing yet: `meter` counts it as it arrives.
   * An upload that finds nothing else held is admitted whatever its size, so
   * a body the server accepts always fits.
   */
  admit(contentLength: string | undefined): Hold | undefined {
    const declared = contentLength === undefined ? 0 : Number(contentLength);
    const bytes = Number.isSafeInteger(declared) && declared >= 0 ? declared : 0;
    if (this.uploads >= this.maxUploads || !this.fits(bytes)) return undefined;
    this.uploads++;
    this.bytes += bytes;
    return { bytes };
  }

  /**
   * The body of a held upload that declared no length, passed on as it is
   * read and counted into its hold; the stream fails with FH_ERR_INGEST_BUSY
   * when the next chunk would pass the byte bound.
   */
  meter(hold: Hold, body: Readable): Readable {
    let receivedBytes = 0;
    const metered = new Transform({
      transform: (chunk: Buffer, _encoding, next) => {
        if (!this.fits(chunk.length, hold)) {
          next(new FlamehouseError('FH_ERR_INGEST_BUSY'));
          return;
        }
        hold.bytes += chunk.length;
        this.bytes += chunk.length;
        receivedBytes += chunk.length;
        // Fastify checks its body limit against what the stream says it received.
        Object.assign(metered, { receivedEncodedLength: receivedBytes });
        next(null, chunk);
      },
    });
    body.on('error', (error) => metered.destroy(error));
    return body.pipe(metered);
  }

  release(hold: Hold): void {
    this.uploads--;
    this.bytes -= hold.bytes;
  }

  get heldUploads(): number {
    return this.uploads;
  }

  get heldBytes(): number {
    return this.bytes;
  }

  /** Whether `bytes` more fit, for a new upload or for `hold`: always when nothing else is held. */
  private fits(bytes: number, hold?: Hold): boolean {
    const others = this.bytes - (hold?.bytes ?? 0);
    return others === 0 || this.bytes + bytes <= this.maxBytes;
  }
}
