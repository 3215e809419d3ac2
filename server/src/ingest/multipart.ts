import { FlamehouseError } from '../errors.js';

/** One part of a multipart/form-data body; `data` is a view into the body, not a copy. */
export interface FormPart {
  readonly name: string;
  readonly filename: string | undefined;
  readonly contentType: string | undefined;
  readonly data: Buffer;
}

// Form uploads of profilers carry a handful of parts (dd-trace: event + 3
// profiles; Pyroscope: profile, prev_profile, sample_type_config).
export const MAX_FORM_PARTS = 16;
const MAX_PART_HEADER_BYTES = 4096;
const HEADER_END = Buffer.from('\r\n\r\n');

function malformed(detail: string): FlamehouseError {
  return new FlamehouseError('FH_ERR_INGEST_BAD_MULTIPART', `the upload is not valid multipart/form-data: ${detail}`);
}

/** The boundary of a `multipart/form-data; boundary=…` content type (RFC 2046: 1 to 70 characters, maybe quoted). */
export function formBoundary(contentType: string | undefined): string {
  const match = /^\s*multipart\/form-data\s*;(?:.*;)?\s*boundary=(?:"([^"]{1,70})"|([^\s;"]{1,70}))/i.exec(contentType ?? '');
  const boundary = match?.[1] ?? match?.[2];
  if (!boundary) throw malformed('expected Content-Type multipart/form-data; boundary=…');
  return boundary;
}

/** A parameter of a Content-Disposition header, e.g. `name` of `form-data; name="event"`. */
function dispositionParam(header: string, param: string): string | undefined {
  const match = new RegExp(`;\\s*${param}\\s*=\\s*(?:"([^"]*)"|([^;\\s]*))`, 'i').exec(header);
  return match ? (match[1] ?? match[2]) : undefined;
}

/**
 * The parts of a multipart/form-data body (RFC 7578), at most `maxParts`;
 * anything else about the body that does not parse is a 400.
 */
export function parseForm(body: Buffer, boundary: string, maxParts = MAX_FORM_PARTS): FormPart[] {
  const delimiter = Buffer.from(`--${boundary}`);
  // The first delimiter may follow a preamble; each later one starts a line.
  let at = body.indexOf(delimiter);
  if (at < 0) throw malformed('no part starts with the boundary');
  const parts: FormPart[] = [];
  const next = Buffer.from(`\r\n--${boundary}`);
  for (;;) {
    let pos = at + delimiter.length;
    if (body[pos] === 0x2d && body[pos + 1] === 0x2d) return parts; // `--boundary--`: the end
    // Transport padding (spaces, tabs) may follow a delimiter, then CRLF.
    while (body[pos] === 0x20 || body[pos] === 0x09) pos++;
    if (body[pos] !== 0x0d || body[pos + 1] !== 0x0a) throw malformed('a boundary is not followed by a line break');
    pos += 2;
    const headerEnd = body.indexOf(HEADER_END, pos);
    if (headerEnd < 0 || headerEnd - pos > MAX_PART_HEADER_BYTES) throw malformed('a part has no end to its headers');
    const end = body.indexOf(next, headerEnd + HEADER_END.length);
    if (end < 0) throw malformed('a part is not closed by the boundary');
    if (parts.length >= maxParts) {
      throw new FlamehouseError('FH_ERR_INGEST_TOO_MANY_PARTS', `the upload has more than ${maxParts} parts`);
    }
    let disposition = '';
    let contentType: string | undefined;
    for (const line of body.toString('latin1', pos, headerEnd).split('\r\n')) {
      const colon = line.indexOf(':');
      const key = line.slice(0, colon).trim().toLowerCase();
      const value = line.slice(colon + 1).trim();
      if (key === 'content-disposition') disposition = value;
      else if (key === 'content-type') contentType = value;
    }
    const name = dispositionParam(disposition, 'name');
    if (!/^form-data\b/i.test(disposition) || name === undefined) throw malformed('a part has no Content-Disposition: form-data; name=…');
    parts.push({ name, filename: dispositionParam(disposition, 'filename'), contentType, data: body.subarray(headerEnd + HEADER_END.length, end) });
    at = end + 2;
  }
}
