import { api } from '../lib/api.js';
import { freshPglite, freshPostgres } from '../lib/database.js';
import { percentiles } from '../lib/load.js';
import { openBenchStore, seedBacklog } from '../lib/seed.js';
import { startService } from '../lib/service.js';

export interface FillLatencyOptions {
  readonly waitingLines: number;
  readonly receipts: number;
  readonly units: number;
  readonly embedded: boolean;
}

/**
 * Immediate mode: receipts of `units` units, each filling `units` one-unit lines, timed from the
 * request to the response (the fill is committed by then). With a long queue all receipts go to
 * one SKU; with a short one each receipt goes to its own SKU whose queue has `waitingLines` lines,
 * so both fill the same number of lines and only the queue's length differs. One untimed receipt
 * on a SKU of its own warms the service up first.
 */
export async function fillLatency(options: FillLatencyOptions) {
  const db = options.embedded ? freshPglite() : await freshPostgres('fill');
  try {
    const oneQueue = options.waitingLines >= options.receipts * options.units;
    const items = oneQueue ? 1 : options.receipts;
    const store = await openBenchStore(db);
    await seedBacklog(store, { items, linesPerItem: options.waitingLines, quantity: 'one' }, 'FL');
    await seedBacklog(store, { items: 1, linesPerItem: options.units, quantity: 'one' }, 'WARM');
    await store.close();
    const service = await startService(db.env);
    try {
      // One untimed receipt on another SKU first: a cold process and cold caches are not what
      // this measures (the first receipt took twice the others).
      await api(service, 'POST', '/v1/stock/receipts', { sku: 'WARM-1', location: 'DC', quantity: options.units });
      const latencies: number[] = [];
      const skus = new Set<string>();
      for (let i = 0; i < options.receipts; i++) {
        const sku = `FL-${oneQueue ? 1 : i + 1}`;
        skus.add(sku);
        const t0 = performance.now();
        await api(service, 'POST', '/v1/stock/receipts', { sku, location: 'DC', quantity: options.units });
        latencies.push(performance.now() - t0);
      }
      let allocated = 0;
      for (const sku of skus) allocated += (await api<{ allocated: number }>(service, 'GET', `/v1/stock/${sku}`)).allocated;
      const exact = allocated === options.receipts * options.units;
      return { ...percentiles(latencies), exact };
    } finally {
      await service.stop();
    }
  } finally {
    await db.drop();
  }
}
