import { api } from '../lib/api.js';
import { freshPostgres } from '../lib/database.js';
import { p95, percentiles } from '../lib/load.js';
import { openBenchStore, seedOrderSpread } from '../lib/seed.js';
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
      await seedOrderSpread(store, { orders, customers: CUSTOMERS, items: ITEMS });
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
      return { orders, requests: latencies.length, p95: p95(latencies), ...percentiles(latencies), healthP95: p95(health) };
    } finally {
      await service.stop();
    }
  } finally {
    await db.drop();
  }
}
