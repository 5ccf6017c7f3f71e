import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    pool: 'forks',
    // Vitest's default is one worker fewer than the cores: one worker on a 2-core machine. On
    // PGlite (a database per file, in the file's process) three files at a time overlap well. On
    // PostgreSQL the files share one server, and the event feed serves only what every transaction
    // on the server has passed (docs/design.md, "Events and webhooks"): a file's feed would wait
    // on the other files' transactions, so they run one at a time there.
    maxWorkers: process.env.DATABASE_URL ? 1 : 3,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
