// Regenerates the protobufjs code in generated/ with protobufjs-cli:
// - profile.{js,d.ts} from profile.proto (pprof);
// - otlp-profiles.{js,d.ts} from the OpenTelemetry profiles protos in otlp/
//   (verbatim copies, Apache-2.0, see otlp/README.md), with fromObject/toObject
//   for OTLP/JSON.
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

mkdirSync(outDir, { recursive: true });
const run = (script, args) =>
  execFileSync(process.execPath, [join(cliDir, 'bin', script), ...args], { cwd: packageDir, stdio: 'inherit' });

/** pbjs with `flags`, then pbts, both files headed by how they were made. */
function generate(name, source, flags, inputs) {
  const jsPath = join(outDir, `${name}.js`);
  const dtsPath = join(outDir, `${name}.d.ts`);
  const header =
    `// Code generated from proto/${source} by \`npm run generate -w proto\`\n` +
    `// (pbjs -t static-module -w commonjs ${flags.join(' ')}, then pbts). DO NOT EDIT.\n`;
  run('pbjs', ['-t', 'static-module', '-w', 'commonjs', ...flags, '-o', jsPath, ...inputs]);
  run('pbts', ['-o', dtsPath, jsPath]);
  for (const file of [jsPath, dtsPath]) writeFileSync(file, header + readFileSync(file, 'utf8'));
}

generate('profile', 'profile.proto', ['--no-beautify', '--no-delimited', '--no-verify', '--no-convert'], ['profile.proto']);
generate(
  'otlp-profiles',
  'otlp/opentelemetry/proto/collector/profiles/v1development/profiles_service.proto',
  ['--no-beautify', '--no-delimited', '--no-verify', '-r', 'otlp', '-p', 'otlp'],
  ['otlp/opentelemetry/proto/collector/profiles/v1development/profiles_service.proto'],
);
