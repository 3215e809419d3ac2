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
    /** What a body without a Content-Length may grow to: it is counted at that. */
    private readonly maxUploadBytes: number,
  ) {}

  /**
   * The bytes held for an upload whose request says `contentLength`, or
   * undefined when it must be refused. An upload that finds nothing else held
   * is admitted whatever its size, so a body the server accepts always fits.
   */
  admit(contentLength: string | undefined): number | undefined {
    const declared = contentLength === undefined ? Number.NaN : Number(contentLength);
    const bytes = Number.isSafeInteger(declared) && declared >= 0 ? Math.min(declared, this.maxUploadBytes) : this.maxUploadBytes;
    if (this.uploads >= this.maxUploads) return undefined;
    if (this.uploads > 0 && this.bytes + bytes > this.maxBytes) return undefined;
    this.uploads++;
    this.bytes += bytes;
    return bytes;
  }

  release(bytes: number): void {
    this.uploads--;
    this.bytes -= bytes;
  }

  get heldUploads(): number {
    return this.uploads;
  }

  get heldBytes(): number {
    return this.bytes;
  }
}
