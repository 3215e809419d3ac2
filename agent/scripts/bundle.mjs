// The agent ships as one CommonJS file: its own code plus the wire constants
// from @flamehouse/proto, which is not published. tsc only type-checks and
// emits declarations (see tsconfig.json).
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const agentDir = join(dirname(fileURLToPath(import.meta.url)), '..');

await build({
  entryPoints: [join(agentDir, 'src', 'index.ts')],
  outfile: join(agentDir, 'dist', 'index.js'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: true,
  // Native and optional peers resolve from the host application.
  external: ['@datadog/pprof', '@opentelemetry/api'],
  logLevel: 'warning',
});
