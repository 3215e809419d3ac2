// Bundles the page's script and copies its static files into dist/, which the
// server serves at `/`. speedscope's release build goes to dist/public/speedscope/
// so "Open in speedscope" loads our export from the same origin.
import { build } from 'esbuild';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const uiDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(uiDir, 'dist', 'public');
mkdirSync(outDir, { recursive: true });
cpSync(join(uiDir, 'public'), outDir, { recursive: true });

const require = createRequire(import.meta.url);
const speedscopeRelease = join(dirname(require.resolve('speedscope/package.json')), 'dist', 'release');
const speedscopeOut = join(outDir, 'speedscope');
rmSync(speedscopeOut, { recursive: true, force: true });
cpSync(speedscopeRelease, speedscopeOut, { recursive: true });

const result = await build({
  entryPoints: [join(uiDir, 'src', 'main.ts')],
  outfile: join(outDir, 'app.js'),
  bundle: true,
  platform: 'browser',
  format: 'esm',
  target: 'es2022',
  sourcemap: true,
  minify: true,
  metafile: true,
  logLevel: 'warning',
});

// The page may use @flamehouse/proto's types, and its dependency-free rule
// modules (frame-origin, label-matchers): the rest of its runtime pulls protobufjs.
const bundled = Object.keys(result.metafile.inputs);
const leaked = bundled.filter(
  (input) => /node_modules\/(protobufjs|long)\/|proto\/(dist|generated)\//.test(input) && !/proto\/dist\/(frame-origin|label-matchers)\.js$/.test(input),
);
if (leaked.length > 0) {
  console.error(`ui bundle must not include runtime proto code: ${leaked.join(', ')}`);
  process.exit(1);
}
