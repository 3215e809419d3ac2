import type Long from 'long';
import { BufferReader } from 'protobufjs/minimal';
import { perftools } from '../generated/profile.js';

// pprof keeps ids, string indexes and sample values in 64-bit varints. The
// generated code reads each into a Long object: millions of short-lived
// allocations per second of ingest. Nearly all of them fit in a few bytes, so
// this reader returns those as plain numbers and leaves the rest (time_nanos,
// addresses, anything negative) to protobufjs's Long, which keeps them exact.

/** 7 varint bytes carry 49 bits, well inside a double's 53-bit integers. */
const MAX_NUMBER_VARINT_BYTES = 7;

class ProfileReader extends BufferReader {
  // protobufjs declares these as Long; every field they fill is typed `number | Long`.
  override uint64(): Long {
    return (this.shortVarint() ?? super.uint64()) as Long;
  }

  // A 7-byte varint is never negative: negative int64 values take 10 bytes.
  override int64(): Long {
    return (this.shortVarint() ?? super.int64()) as Long;
  }

  /** A varint of at most 7 bytes; undefined, with nothing consumed, when it is longer or runs past the end. */
  private shortVarint(): number | undefined {
    const buf = this.buf;
    const end = Math.min(this.len, this.pos + MAX_NUMBER_VARINT_BYTES);
    let value = 0;
    let scale = 1;
    for (let pos = this.pos; pos < end; pos++, scale *= 128) {
      const byte = buf[pos]!;
      value += (byte & 0x7f) * scale;
      if (byte < 0x80) {
        this.pos = pos + 1;
        return value;
      }
    }
    return undefined;
  }
}

/**
 * Decodes pprof bytes (not gzipped) as the generated `Profile.decode` does, with
 * 64-bit fields as numbers where they fit in 49 bits and as Long beyond.
 * Throws protobufjs's errors on malformed input.
 */
export function decodeProfile(bytes: Uint8Array): perftools.profiles.Profile {
  const buffer = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return perftools.profiles.Profile.decode(new ProfileReader(buffer));
}
