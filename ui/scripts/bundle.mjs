// Bundles the page's script and copies its static files into dist/, which the
// server serves at `/`.
import { build } from 'esbuild';
import { cpSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const uiDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(uiDir, 'dist', 'public');
mkdirSync(outDir, { recursive: true });
cpSync(join(uiDir, 'public'), outDir, { recursive: true });

await build({
  entryPoints: [join(uiDir, 'src', 'main.ts')],
  outfile: join(outDir, 'app.js'),
  bundle: true,
  platform: 'browser',
  format: 'esm',
  target: 'es2022',
  sourcemap: true,
  minify: true,
  logLevel: 'warning',
});
