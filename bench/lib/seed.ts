import { sql } from 'kysely';
import { openStore, type Store } from '../../src/db/database.js';
import { migrateToLatest } from '../../src/db/migrator.js';
import type { BenchDatabase } from './database.js';

export interface BacklogShape {
  readonly items: number;
  readonly linesPerItem: number;
  /** Quantity of line i (deterministic, so Allot and its baseline see the same queue). */
  readonly quantity: 'one' | 'mixed';
}

/** Opens the benchmark's database directly (the service must not be running on a PGlite folder). */
export async function openBenchStore(db: BenchDatabase): Promise<Store> {
  const store = await openStore({ databaseUrl: db.url, dataDir: db.env.ALLOT_DATA_DIR ?? '', poolSize: 4 });
  await migrateToLatest(store.db);
  return store;
}

/**
 * A large backlog written with set-based SQL (the same rows order entry writes for lines that find
 * no stock): one location, one customer, `items` SKUs, each with `linesPerItem` backordered
 * one-line orders in entry order, priorities 0–2.
 */
export async function seedBacklog(store: Store, shape: BacklogShape, prefix = 'BK'): Promise<void> {
  const db = store.db;
  await sql`insert into locations (code, name) values ('DC', 'Distribution centre') on conflict do nothing`.execute(db);
  await sql`insert into customers (code, name) values ('BULK', 'Bulk customer') on conflict do nothing`.execute(db);
  await sql`
    insert into items (sku, name, unit_price)
    select ${prefix} || '-' || i, 'Backlog item ' || i, 10 from generate_series(1, ${shape.items}) i`.execute(db);
  const quantity = shape.quantity === 'one' ? sql`1` : sql`1 + (n % 3)`;
  const total = shape.items * shape.linesPerItem;
  const chunk = 100_000;
  for (let from = 1; from <= total; from += chunk) {
    const to = Math.min(total, from + chunk - 1);
    await sql`
      with n as (select n, nextval('order_entry_seq') as seq from generate_series(${from}::int, ${to}::int) n),
      o as (
        insert into orders (customer_id, priority, ship_type, entry_seq, entered_at)
        select (select id from customers where code = 'BULK'), n % 3, 'partial_ok', seq, now() - interval '3 days'
        from n order by n
        returning id, entry_seq, priority
      )
      insert into order_lines (order_id, line_no, item_id, quantity, unit_price, prevent_partial_delivery, priority, entry_seq)
      select o.id, 1, i.id, ${quantity}, 10, false, o.priority, o.entry_seq
      from o join n on n.seq = o.entry_seq
      join items i on i.sku = ${prefix} || '-' || (1 + (n.n - 1) % ${shape.items})`.execute(db);
  }
  await sql`analyze`.execute(db);
}

/**
 * Receipts of `quantity` units for every item of the backlog at the seeded location, booked as
 * a scheduled-mode receipt books them: on hand, a ledger row, and units pending for the primary
 * backorder process.
 */
export async function seedPendingReceipts(store: Store, quantity: number, prefix = 'BK'): Promise<void> {
  const db = store.db;
  const items = sql`select id from items where sku like ${`${prefix}-%`}`;
  const location = sql`(select id from locations where code = 'DC')`;
  await sql`insert into stock_levels (item_id, location_id, on_hand, allocated) select id, ${location}, ${quantity}, 0 from (${items}) i`.execute(db);
  await sql`
    insert into stock_ledger (item_id, location_id, kind, on_hand_delta, allocated_delta, reference, actor, at)
    select id, ${location}, 'receipt', ${quantity}, 0, 'bench receipt', 'bench', now() from (${items}) i`.execute(db);
  await sql`insert into pending_fills (item_id, process, quantity) select id, 'primary', ${quantity} from (${items}) i`.execute(db);
}

/** A digest of every line's allocation, to compare two databases' end states. */
export async function allocationDigest(store: Store): Promise<string> {
  const { rows } = await sql<{ digest: string }>`
    select md5(string_agg(entry_seq || ':' || line_no || ':' || allocated, ',' order by entry_seq, line_no)) as digest
    from order_lines`.execute(store.db);
  return rows[0]!.digest;
}

/** A spread of one-line orders over many customers and SKUs (order search, the workbench's reads). */
export interface OrderSpread {
  readonly orders: number;
  readonly customers: number;
  readonly items: number;
  /** Every `every`-th order is for the one SKU `sku` (an item with a long queue); none by default. */
  readonly hot?: { readonly sku: string; readonly every: number };
}

/**
 * `orders` one-line orders written with set-based SQL, 100,000 a statement: customers `C1…`, SKUs
 * `S1…` at 10, references `PO-<n>`, priorities 0–2, entered over the last 90 days, no stock, so
 * every line waits (the rows order entry writes for a line that finds no stock).
 */
export async function seedOrderSpread(store: Store, spread: OrderSpread): Promise<void> {
  const db = store.db;
  const { customers, items, hot } = spread;
  await sql`insert into locations (code, name) values ('DC', 'Distribution centre')`.execute(db);
  await sql`insert into customers (code, name) select 'C' || n, 'Customer ' || n from generate_series(1, ${customers}) n`.execute(db);
  await sql`insert into items (sku, name, unit_price) select 'S' || n, 'Item ' || n, 10 from generate_series(1, ${items}) n`.execute(db);
  if (hot) await sql`insert into items (sku, name, unit_price) values (${hot.sku}, 'Hot item', 10)`.execute(db);
  const sku = hot ? sql`case when n.n % ${hot.every} = 0 then ${hot.sku} else 'S' || (1 + n.n % ${items}) end` : sql`'S' || (1 + n.n % ${items})`;
  for (let from = 1; from <= spread.orders; from += 100_000) {
    const to = Math.min(spread.orders, from + 99_999);
    await sql`
      with n as (select n, nextval('order_entry_seq') as seq from generate_series(${from}::int, ${to}::int) n),
      o as (
        insert into orders (customer_id, priority, ship_type, entry_seq, entered_at, reference)
        select (select id from customers where code = 'C' || (1 + n % ${customers})), n % 3, 'partial_ok', seq,
               now() - ((n % 90) || ' days')::interval, 'PO-' || n
        from n order by n
        returning id, entry_seq, priority
      )
      insert into order_lines (order_id, line_no, item_id, quantity, unit_price, prevent_partial_delivery, priority, entry_seq)
      select o.id, 1, i.id, 1 + n.n % 3, 10, false, o.priority, o.entry_seq
      from o join n on n.seq = o.entry_seq join items i on i.sku = ${sku}`.execute(db);
  }
  await sql`analyze`.execute(db);
}
