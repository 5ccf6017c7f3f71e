import { createReadStream, createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { parse } from 'csv-parse';
import { sql } from 'kysely';
import { systemClock } from '../../src/app/context.js';
import type { Store } from '../../src/db/database.js';
import { importCsv } from '../../src/services/imports/csv-import.js';
import { freshPglite, freshPostgres, type BenchDatabase } from '../lib/database.js';
import { openBenchStore } from '../lib/seed.js';

const ITEMS = 1000;
const CUSTOMERS = 100;

/**
 * Importing open orders from CSV (one row per line, 1–5 lines an order) through `importCsv`:
 * every row checked, then entered in chunks of 1,000 rows through order entry (allocation, promise
 * dates, the record log). The baseline reads the same file with the same parser and inserts the
 * same orders and lines into the same tables with one batched statement per 1,000 rows.
 */
export async function csvImport(lines: number, embedded: boolean) {
  const dir = mkdtempSync(join(tmpdir(), 'allot-bench-csv-'));
  try {
    const file = join(dir, 'orders.csv');
    await writeOrders(file, lines);
    const allot = await onFreshStore(embedded, 'csv_allot', async (store) => {
      let peak = process.memoryUsage().rss;
      const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
      const t0 = performance.now();
      const { report } = await importCsv({ db: store.db, actor: 'bench', clock: systemClock, fillMode: 'immediate' }, 'orders', file);
      const seconds = (performance.now() - t0) / 1000;
      clearInterval(sampler);
      const logged = Number((await sql<{ n: number }>`select count(*) as n from record_log`.execute(store.db)).rows[0]!.n);
      return { seconds, created: report.created, invalid: report.invalid, logged, peakMiB: peak / 2 ** 20 };
    });
    const baseline = await onFreshStore(embedded, 'csv_plain', async (store) => {
      const t0 = performance.now();
      const inserted = await plainInsert(store, file);
      return { seconds: (performance.now() - t0) / 1000, inserted };
    });
    return {
      lines,
      allotPerSecond: lines / allot.seconds,
      baselinePerSecond: lines / baseline.seconds,
      exact: allot.created === lines && allot.invalid === 0 && baseline.inserted === lines && allot.logged >= lines,
      ...allot,
      baselineSeconds: baseline.seconds,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function onFreshStore<T>(embedded: boolean, label: string, run: (store: Store) => Promise<T>): Promise<T> {
  const where: BenchDatabase = embedded ? freshPglite() : await freshPostgres(label);
  try {
    const store = await openBenchStore(where);
    try {
      await sql`insert into locations (code, name) values ('DC', 'Distribution centre')`.execute(store.db);
      await sql`insert into customers (code, name) select 'C' || n, 'Customer ' || n from generate_series(1, ${CUSTOMERS}) n`.execute(store.db);
      await sql`insert into items (sku, name, unit_price) select 'SKU-' || n, 'Item ' || n, 10 from generate_series(1, ${ITEMS}) n`.execute(store.db);
      return await run(store);
    } finally {
      await store.close();
    }
  } finally {
    await where.drop();
  }
}

async function writeOrders(file: string, lines: number): Promise<void> {
  const out = createWriteStream(file);
  out.write('reference,customer,sku,quantity\n');
  let written = 0;
  for (let order = 1; written < lines; order++) {
    const count = Math.min(1 + (order % 5), lines - written);
    for (let line = 0; line < count; line++) {
      if (!out.write(`PO-${order},C${1 + (order % CUSTOMERS)},SKU-${1 + ((order * 7 + line * 131) % ITEMS)},${1 + ((order + line) % 4)}\n`)) await once(out, 'drain');
    }
    written += count;
  }
  out.end();
  await once(out, 'finish');
}

/** The same rows, as a plain bulk loader would write them: codes looked up once, one insert per table per 1,000 rows. */
async function plainInsert(store: Store, file: string): Promise<number> {
  const db = store.db;
  const customers = new Map((await db.selectFrom('customers').select(['id', 'code']).execute()).map((c) => [c.code, c.id]));
  const items = new Map((await db.selectFrom('items').select(['id', 'sku']).execute()).map((i) => [i.sku, i.id]));
  let batch: string[][] = [];
  let inserted = 0;
  const flush = async () => {
    const orders = [...new Map(batch.map((r) => [r[0]!, r])).values()];
    await sql`
      with o as (
        insert into orders (customer_id, priority, ship_type, entry_seq, entered_at, reference, backorder_strategy)
        select c, 0, 'partial_ok', nextval('order_entry_seq'), now(), r, 'backorder_allowed'
        from unnest(${orders.map((r) => customers.get(r[1]!)!)}::int[], ${orders.map((r) => r[0]!)}::text[]) with ordinality as x(c, r, k)
        order by k
        returning id, reference, entry_seq
      ), l as (
        select * from unnest(${batch.map((r) => r[0]!)}::text[], ${batch.map((r) => items.get(r[2]!)!)}::int[], ${batch.map((r) => Number(r[3]))}::int[])
          with ordinality as y(reference, item_id, quantity, k)
      )
      insert into order_lines (order_id, line_no, item_id, quantity, unit_price, prevent_partial_delivery, priority, entry_seq)
      select o.id, row_number() over (partition by o.id order by l.k), l.item_id, l.quantity, 10, false, 0, o.entry_seq
      from l join o on o.reference = l.reference`.execute(db);
    inserted += batch.length;
    batch = [];
  };
  const parser = createReadStream(file).pipe(parse({ from_line: 2 }));
  for await (const row of parser as AsyncIterable<string[]>) {
    if (batch.length >= 1000 && row[0] !== batch.at(-1)![0]) await flush();
    batch.push(row);
  }
  if (batch.length > 0) await flush();
  return inserted;
}
