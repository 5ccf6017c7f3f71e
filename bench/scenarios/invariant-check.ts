import { sql } from 'kysely';
import { systemClock } from '../../src/app/context.js';
import { checkInvariants } from '../../src/services/integrity/invariant-check.js';
import { freshPglite, freshPostgres } from '../lib/database.js';
import { openBenchStore, seedBacklog } from '../lib/seed.js';

/**
 * The daily self-check over a large backlog: every invariant, set-based (the check-invariants
 * job's own code). The baseline reads the same tables once in full (a count over every line, the
 * ledger and the counters): what any check of every row must at least do.
 */
export async function invariantCheck(lines: number, embedded: boolean) {
  const where = embedded ? freshPglite() : await freshPostgres('check');
  try {
    const store = await openBenchStore(where);
    try {
      await seedBacklog(store, { items: Math.max(1, Math.round(lines / 1000)), linesPerItem: 1000, quantity: 'mixed' }, 'CHK');
      const t0 = performance.now();
      const breaches = await checkInvariants({ db: store.db, actor: 'bench', clock: systemClock, fillMode: 'immediate' });
      const seconds = (performance.now() - t0) / 1000;
      const t1 = performance.now();
      await sql`
        select (select count(*) from order_lines where quantity >= 0),
               (select count(*) from stock_ledger where on_hand_delta is not null),
               (select count(*) from stock_levels where on_hand >= 0),
               (select count(*) from item_demand where backordered >= 0)`.execute(store.db);
      const scanSeconds = (performance.now() - t1) / 1000;
      return { lines, seconds, scanSeconds, secondsPerMillion: (seconds * 1_000_000) / lines, breaches: breaches.length };
    } finally {
      await store.close();
    }
  } finally {
    await where.drop();
  }
}
