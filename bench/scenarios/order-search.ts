import { sql } from 'kysely';
import { api } from '../lib/api.js';
import { freshPostgres } from '../lib/database.js';
import { percentiles } from '../lib/load.js';
import { openBenchStore } from '../lib/seed.js';
import { startService } from '../lib/service.js';

const CUSTOMERS = 200;
const ITEMS = 2000;

/**
 * Order search at scale: `orders` one-line orders over 200 customers and 2,000 SKUs, written with
 * set-based SQL; then the order list's filters through the HTTP API, each asked many times (first
 * pages and the page after). The baseline is `GET /v1/health` from the same client: what any
 * answer costs before a query runs.
 */
export async function orderSearch(orders: number) {
  const db = await freshPostgres('search');
  try {
    const store = await openBenchStore(db);
    try {
      await sql`insert into locations (code, name) values ('DC', 'Distribution centre')`.execute(store.db);
      await sql`insert into customers (code, name) select 'C' || n, 'Customer ' || n from generate_series(1, ${CUSTOMERS}) n`.execute(store.db);
      await sql`insert into items (sku, name, unit_price) select 'S' || n, 'Item ' || n, 10 from generate_series(1, ${ITEMS}) n`.execute(store.db);
      for (let from = 1; from <= orders; from += 100_000) {
        const to = Math.min(orders, from + 99_999);
        await sql`
          with n as (select n, nextval('order_entry_seq') as seq from generate_series(${from}::int, ${to}::int) n),
          o as (
            insert into orders (customer_id, priority, ship_type, entry_seq, entered_at, reference)
            select (select id from customers where code = 'C' || (1 + n % ${CUSTOMERS})), n % 3, 'partial_ok', seq,
                   now() - ((n % 90) || ' days')::interval, 'PO-' || n
            from n order by n
            returning id, entry_seq, priority
          )
          insert into order_lines (order_id, line_no, item_id, quantity, unit_price, prevent_partial_delivery, priority, entry_seq)
          select o.id, 1, i.id, 1 + n.n % 3, 10, false, o.priority, o.entry_seq
          from o join n on n.seq = o.entry_seq join items i on i.sku = 'S' || (1 + n.n % ${ITEMS})`.execute(store.db);
      }
      await sql`analyze`.execute(store.db);
    } finally {
      await store.close();
    }
    const service = await startService(db.env);
    try {
      const queries = [
        '/v1/orders',
        '/v1/orders?customer=C17',
        '/v1/orders?sku=S42',
        '/v1/orders?status=backordered',
        '/v1/orders?hasBackorder=true&sort=priority',
        '/v1/orders?referencePrefix=PO-1234',
        '/v1/orders?reference=PO-4321',
        '/v1/orders?customer=C3&sku=S3',
        '/v1/orders?priority=2&enteredFrom=2026-01-01',
      ];
      const latencies: number[] = [];
      const health: number[] = [];
      for (let round = 0; round < 20; round++) {
        for (const path of queries) {
          let t0 = performance.now();
          const page = await api<{ items: unknown[]; nextCursor: string | null }>(service, 'GET', path);
          latencies.push(performance.now() - t0);
          if (page.nextCursor) {
            t0 = performance.now();
            await api(service, 'GET', `${path}${path.includes('?') ? '&' : '?'}cursor=${encodeURIComponent(page.nextCursor)}`);
            latencies.push(performance.now() - t0);
          }
          t0 = performance.now();
          await api(service, 'GET', '/v1/health');
          health.push(performance.now() - t0);
        }
      }
      const p95 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length * 0.95)] ?? 0;
      return { orders, requests: latencies.length, p95: p95(latencies), ...percentiles(latencies), healthP95: p95(health) };
    } finally {
      await service.stop();
    }
  } finally {
    await db.drop();
  }
}
