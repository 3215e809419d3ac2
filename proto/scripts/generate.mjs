// Regenerates generated/*.{js,d.ts} from the .proto files with protobufjs-cli:
// pprof (profile.proto), Pyroscope's querier API (pyroscope/, our own text of
// its messages) and the OpenTelemetry profiles protos (otlp/, verbatim copies,
// Apache-2.0, see otlp/README.md).
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

// pprof is read on the hot ingest path and bundled into the agent: no JSON
// conversion code. The Pyroscope query API speaks JSON as well as binary, so
// its module keeps fromObject/toObject, and carries its own copy of pprof's
// Profile (which SelectMergeProfile answers with) under a protobufjs root of
// its own: in the shared default root, whichever module loads last would
// replace the other's `perftools` namespace. OTLP/JSON needs conversion too.
const OTLP_SERVICE = 'otlp/opentelemetry/proto/collector/profiles/v1development/profiles_service.proto';
const TARGETS = [
  {
    proto: 'profile.proto',
    out: 'profile',
    flags: ['--no-beautify', '--no-delimited', '--no-verify', '--no-convert'],
  },
  {
    proto: 'pyroscope/querier.proto',
    out: 'querier',
    flags: ['-r', 'querier', '--no-beautify', '--no-delimited', '--no-verify'],
  },
  {
    proto: OTLP_SERVICE,
    out: 'otlp-profiles',
    flags: ['--no-beautify', '--no-delimited', '--no-verify', '-r', 'otlp', '-p', 'otlp'],
  },
];

const run = (script, args) =>
  execFileSync(process.execPath, [join(cliDir, 'bin', script), ...args], { cwd: packageDir, stdio: 'inherit' });

mkdirSync(outDir, { recursive: true });
for (const target of TARGETS) {
  const jsPath = join(outDir, `${target.out}.js`);
  const dtsPath = join(outDir, `${target.out}.d.ts`);
  const header =
    `// Code generated from proto/${target.proto} by \`npm run generate -w proto\`\n` +
    `// (pbjs -t static-module -w commonjs ${target.flags.join(' ')}, then pbts). DO NOT EDIT.\n`;
  run('pbjs', ['-t', 'static-module', '-w', 'commonjs', ...target.flags, '-o', jsPath, target.proto]);
  run('pbts', ['-o', dtsPath, jsPath]);
  for (const file of [jsPath, dtsPath]) {
    writeFileSync(file, header + readFileSync(file, 'utf8'));
  }
}
