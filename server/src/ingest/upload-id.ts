import { createHash } from 'node:crypto';
import { FlamehouseError } from '../errors.js';

const CLIENT_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** An upload id sent by the client (the agent's `upload_id`): checked, never trusted blindly into SQL. */
export function clientUploadId(raw: string): string {
  if (!CLIENT_ID.test(raw)) {
    throw new FlamehouseError('FH_ERR_QUERY_BAD_PARAM', 'upload_id: expected 1 to 128 letters, digits or ._:-');
  }
  return raw;
}

/**
 * An id for an upload whose client sends none (Pyroscope and Datadog SDKs,
 * older agents): a digest of who sent it and what it holds. A retry repeats
 * both, so it gets the same id; two different profiles never do.
 */
export function contentUploadId(identity: readonly string[], body: Uint8Array): string {
  const hash = createHash('sha256');
  for (const part of identity) hash.update(`${part.length}:${part}`);
  hash.update(body);
  return `content-${hash.digest('hex').slice(0, 32)}`;
}
