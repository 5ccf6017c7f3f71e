import { sql } from 'kysely';
import { systemClock } from '../../src/app/context.js';
import { IdempotencyKeys } from '../../src/app/idempotency.js';
import { Commands } from '../../src/app/commands.js';
import { OrderIntake } from '../../src/app/order-intake.js';
import { receiveStock } from '../../src/services/stock/stock-changes.js';
import { systemActor } from '../../src/domain/access/actor.js';
import { freshPglite, freshPostgres } from '../lib/database.js';
import { closedLoop } from '../lib/load.js';
import { openBenchStore } from '../lib/seed.js';

const SKU = 'ENGINE-1';

/**
 * Launch day without HTTP: 64 callers in this process enter one-unit orders for one SKU whose
 * stock covers 10 % of them, through Allot's intake (the code behind `POST /v1/orders`: batching,
 * allocation, record log, events), on a fresh database. Compared with the per-order SQL
 * transactions of the same load from the same process (launch day's raw-SQL baseline).
 */
export async function engineAlone(orders: number, clients: number, embedded: boolean) {
  const db = embedded ? freshPglite() : await freshPostgres('engine');
  const store = await openBenchStore(db);
  const stock = Math.floor(orders / 10);
  try {
    await sql`insert into locations (code, name) values ('DC', 'Distribution centre')`.execute(store.db);
    await sql`insert into customers (code, name) values ('SHOPPERS', 'Web shop')`.execute(store.db);
    await sql`insert into items (sku, name, unit_price) values (${SKU}, 'Launch item', 99), ('WARM-UP', 'Warm-up item', 1)`.execute(store.db);
    const deps = { db: store.db, clock: systemClock, fillMode: 'immediate' as const, idempotency: new IdempotencyKeys() };
    const intake = new OrderIntake(deps);
    const actor = systemActor('bench');
    const received = await new Commands(deps).run(actor, 201, undefined, (ctx) => receiveStock(ctx, 'receipt', { sku: SKU, location: 'DC', quantity: stock }));
    if (received.status !== 201) throw new Error('the receipt was refused');
    // Untimed orders on a SKU of their own first, as launch day warms up (a cold process is not what this measures).
    await closedLoop(clients, 1000, async () => void (await intake.submit({ input: { customer: 'SHOPPERS', lines: [{ sku: 'WARM-UP', quantity: 1 }] }, actor, idempotency: undefined })));
    const result = await closedLoop(clients, orders, async (i) => {
      const outcome = await intake.submit({ input: { customer: 'SHOPPERS', lines: [{ sku: SKU, quantity: 1 }], reference: `engine-${i}` }, actor, idempotency: undefined });
      if (outcome.status !== 201) throw new Error(`order refused: ${JSON.stringify(outcome.body)}`);
    });
    const { rows } = await sql<{ allocated: number; lines: number }>`
      select coalesce(sum(l.allocated), 0)::int as allocated, count(*)::int as lines
      from order_lines l join items i on i.id = l.item_id where i.sku = ${SKU}`.execute(store.db);
    const exact = rows[0]!.allocated === stock && rows[0]!.lines === orders;
    return { ...result, exact };
  } finally {
    await store.close();
    await db.drop();
  }
}
