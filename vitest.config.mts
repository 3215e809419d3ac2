import { defineConfig } from 'vitest/config';

// One project per package; integration tests spawn real processes and chdb,
// so they get generous timeouts and run one file at a time where they share
// machine resources.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'proto', root: 'proto', include: ['test/**/*.test.ts'] } },
      { test: { name: 'agent', root: 'agent', include: ['test/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 60_000 } },
      { test: { name: 'server', root: 'server', include: ['test/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 60_000 } },
      // A page waits on the server's answers, which pass vitest's default 1 s poll on a busy machine.
      { test: { name: 'ui', root: 'ui', include: ['test/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 120_000, expect: { poll: { timeout: 10_000 } } } },
      { test: { name: 'e2e', root: 'test', include: ['**/*.test.ts'], testTimeout: 180_000, hookTimeout: 120_000 } },
    ],
  },
});
