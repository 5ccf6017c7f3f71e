// What an orders import writes, as JSON (a fixed 3,000-line file onto stock, supply and a service item, on a fresh PostgreSQL
// database): `npx tsx bench/dump-import.ts out.json`, run before and after a change to the import, must give the same file.
import { createWriteStream, mkdtempSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { importCsv } from '../src/services/imports/csv-import.js';
import { freshPostgres } from './lib/database.js';
import { openBenchStore } from './lib/seed.js';

const out = process.argv[2]!;
const lines = Number(process.argv[3] ?? 3000);
const file = join(mkdtempSync(join(tmpdir(), 'allot-import-')), 'orders.csv');
const w = createWriteStream(file);
w.write('reference,customer,sku,quantity\n');
let written = 0;
for (let order = 1; written < lines; order++) {
  const count = Math.min(1 + (order % 5), lines - written);
  for (let line = 0; line < count; line++) w.write(`PO-${order},C${1 + (order % 20)},SKU-${1 + ((order * 7 + line * 13) % 60)},${1 + ((order + line) % 4)}\n`);
  written += count;
}
w.end();
await once(w, 'finish');
const where = await freshPostgres('dump');
const store = await openBenchStore(where);
const clock = { now: () => new Date('2026-12-01T10:00:00Z'), today: () => '2026-12-01' } as any;
try {
  await sql`insert into locations (code, name) values ('DC', 'DC'), ('WH', 'WH')`.execute(store.db);
  await sql`insert into customers (code, name, priority) select 'C' || n, 'Customer ' || n, n % 3 from generate_series(1, 20) n`.execute(store.db);
  await sql`insert into items (sku, name, unit_price) select 'SKU-' || n, 'Item ' || n, 10 from generate_series(1, 60) n`.execute(store.db);
  await sql`update items set service = true where sku = 'SKU-60'`.execute(store.db);
  const ctx = { db: store.db, actor: 'bench', clock: { ...clock, now: () => new Date('2026-12-01T10:00:00Z') }, fillMode: 'immediate' } as any;
  const { receiveStock } = await import('../src/services/stock/stock-changes.js');
  const { unitOfWork } = await import('../src/app/unit-of-work.js');
  const { uploadSchedule } = await import('../src/services/supply/supply-schedule.js');
  for (let n = 1; n <= 40; n++) await unitOfWork(ctx, (c) => receiveStock(c, 'receipt', { sku: `SKU-${n}`, location: n % 2 ? 'DC' : 'WH', quantity: 3 * n, reference: 'r' }));
  await unitOfWork(ctx, (c) => uploadSchedule(c, { entries: Array.from({ length: 30 }, (_, i) => ({ sku: `SKU-${i + 20}`, location: 'DC', date: '2026-12-20', quantity: 5 * i + 5 })) } as any));
  // Customers of three priorities: later orders overtake earlier ones and take their stock.
  const report = await importCsv(ctx, 'orders', file, { chunkRows: 700 });
  const dump: Record<string, unknown> = { report };
  for (const t of ['orders', 'order_lines', 'line_allocations', 'stock_levels', 'item_demand', 'stock_ledger', 'order_items', 'supply_schedule', 'events']) {
    dump[t] = (await sql.raw(`select * from ${t} order by 1, 2`).execute(store.db)).rows;
  }
  dump.record_log = (await sql`select id, actor, entity, action, order_id, item_id, line_no, quantity, reason, shipment_id from record_log order by id`.execute(store.db)).rows;
  dump.events = (await sql`select * from domain_events order by id`.execute(store.db)).rows.map((e: any) => ({ ...e, xid: undefined, at: undefined }));
  writeFileSync(out, JSON.stringify(dump, (k, v) => (v instanceof Date ? 'date' : v), 1));
  console.log('rows', Object.entries(dump).map(([k, v]) => `${k}:${Array.isArray(v) ? v.length : ''}`).join(' '));
} finally {
  await store.close();
  await where.drop();
}
