// Regenerates generated/profile.{js,d.ts} from profile.proto with protobufjs-cli.
// `node scripts/generate.mjs [outDir]`: the default outDir is ../generated; the
// freshness test passes a temporary directory and compares the results.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = resolve(process.argv[2] ?? join(packageDir, 'generated'));
const require = createRequire(import.meta.url);
const cliDir = dirname(require.resolve('protobufjs-cli/package.json'));

const header =
  '// Code generated from proto/profile.proto by `npm run generate -w proto`\n' +
  '// (pbjs -t static-module -w commonjs --no-beautify --no-delimited --no-verify --no-convert, then pbts). DO NOT EDIT.\n';

mkdirSync(outDir, { recursive: true });
const jsPath = join(outDir, 'profile.js');
const dtsPath = join(outDir, 'profile.d.ts');
const run = (script, args) =>
  execFileSync(process.execPath, [join(cliDir, 'bin', script), ...args], { cwd: packageDir, stdio: 'inherit' });

run('pbjs', ['-t', 'static-module', '-w', 'commonjs', '--no-beautify', '--no-delimited', '--no-verify', '--no-convert', '-o', jsPath, 'profile.proto']);
run('pbts', ['-o', dtsPath, jsPath]);
for (const file of [jsPath, dtsPath]) {
  writeFileSync(file, header + readFileSync(file, 'utf8'));
}
