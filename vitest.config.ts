import { defineConfig } from 'vitest/config';

/**
 * Files that follow the event feed (webhooks, mail, the feed itself). The feed serves only what
 * every transaction on the database server has passed (docs/design.md, "Events and webhooks"), so
 * on PostgreSQL, where the files share one server, these run alone after the others: another
 * file's transactions would hold their feed back.
 */
const followsTheFeed = [
  'test/http/customer-choice.test.ts',
  'test/http/event-feed.test.ts',
  'test/http/list-paging.test.ts',
  'test/http/mail-digest.test.ts',
  'test/http/mail.test.ts',
  'test/http/sla-ladder.test.ts',
  'test/http/webhook-replay-range.test.ts',
  'test/http/webhooks.test.ts',
  'test/service/event-feed-concurrency.test.ts',
  'test/service/feed-skip.test.ts',
];

const everyTest = ['test/**/*.test.ts'];
const shared = { pool: 'forks' as const, testTimeout: 120_000, hookTimeout: 120_000 };

export default defineConfig({
  test: process.env.DATABASE_URL
    ? {
        ...shared,
        projects: [
          // Two files at a time on the shared server (two cores), then the feed's files one by one.
          { extends: true, test: { name: 'postgres', include: everyTest, exclude: followsTheFeed, maxWorkers: 2, sequence: { groupOrder: 0 } } },
          { extends: true, test: { name: 'postgres-feed', include: followsTheFeed, maxWorkers: 1, sequence: { groupOrder: 1 } } },
        ],
      }
    : // Vitest's default is one worker fewer than the cores: one on a 2-core machine. On PGlite (a
      // database per file, in the file's process) three files at a time overlap well. Each file's
      // database is a copy of one migrated in the global set-up.
      { ...shared, include: everyTest, maxWorkers: 3, globalSetup: ['test/support/pglite-template.ts'] },
});
