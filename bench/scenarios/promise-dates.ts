import { unitOfWork } from '../../src/app/unit-of-work.js';
import { sql } from 'kysely';
import { systemClock } from '../../src/app/context.js';
import { refreshPromises } from '../../src/services/promising/promise-refresh.js';
import { lockItems } from '../../src/repositories/stock-repository.js';
import { freshPglite, freshPostgres } from '../lib/database.js';
import { openBenchStore, seedBacklog } from '../lib/seed.js';

/**
 * One SKU with `lines` waiting lines and 50 scheduled receipts from tomorrow on that together
 * cover them (a fixed first date went by and left its lines undated): time the recompute of every
 * expected ship date (read the queue, walk it, write the dates that moved and their record-log
 * entries), in one transaction under the item's lock.
 */
export async function promiseRecompute(lines: number, embedded: boolean) {
  const db = embedded ? freshPglite() : await freshPostgres('promise');
  const store = await openBenchStore(db);
  try {
    await seedBacklog(store, { items: 1, linesPerItem: lines, quantity: 'one' }, 'PD');
    const receipts = 50;
    await sql`
      insert into supply_schedule (item_id, location_id, date, quantity)
      select (select id from items where sku = 'PD-1'), (select id from locations where code = 'DC'),
             current_date + 1 + d, ${Math.ceil(lines / receipts)}
      from generate_series(0, ${receipts - 1}) d`.execute(store.db);
    const itemId = (await sql<{ id: number }>`select id from items where sku = 'PD-1'`.execute(store.db)).rows[0]!.id;
    const ctx = { db: store.db, actor: 'bench', clock: systemClock, fillMode: 'immediate' as const };
    const t0 = performance.now();
    await unitOfWork(ctx, async (tx) => {
      await lockItems(tx.db, [itemId]);
      await refreshPromises(tx, [itemId]);
    });
    const seconds = (performance.now() - t0) / 1000;
    const { rows } = await sql<{ n: number }>`select count(*) as n from order_lines where expected_ship_date is not null`.execute(store.db);
    return { seconds, dated: Number(rows[0]!.n), exact: Number(rows[0]!.n) === lines };
  } finally {
    await store.close();
    await db.drop();
  }
}
