import { pendingItems, takePendingFill, type BackorderProcess } from '../repositories/pending-fill-repository.js';
import { lockItems } from '../repositories/stock-repository.js';
import { AllocationEngine } from '../services/allocation-engine.js';
import { alertArrival } from '../services/arrival-alert.js';
import { refreshPromises } from '../services/promise-service.js';
import type { Job, JobContext, JobResult } from './job.js';

const ITEMS_PER_PAGE = 200;

/**
 * The primary (receipts) or secondary (adjustments, returns, cancellations) backorder process:
 * for every item with units waiting for it, fills the queue with at most those units. One short
 * transaction per item under the item's lock, so it is safe beside order entry and idempotent:
 * an item's pending units are taken in the same transaction that allocates them.
 */
export function backorderProcess(process: BackorderProcess, schedule: string | undefined): Job {
  return {
    name: `${process}-backorder-process`,
    description:
      process === 'primary'
        ? 'Fills backorders from received stock.'
        : 'Fills backorders from adjustments, returns and cancellations.',
    schedule,
    run: (ctx) => runProcess(ctx, process),
  };
}

async function runProcess(ctx: JobContext, process: BackorderProcess): Promise<JobResult> {
  let processed = 0;
  let items = 0;
  let after = 0;
  for (;;) {
    const page = await pendingItems(ctx.db, process, after, ITEMS_PER_PAGE);
    if (page.length === 0) break;
    for (const itemId of page) {
      processed += await ctx.db.transaction().execute(async (db) => {
        await lockItems(db, [itemId]);
        const units = await takePendingFill(db, itemId, process);
        if (units === 0) return 0;
        const tx = { ...ctx, db };
        const filled = await new AllocationEngine(tx, itemId).fillReport(`${process} backorder process`, units);
        // Receipts reach waiting orders only now: this is when their stock has arrived.
        if (process === 'primary') await alertArrival(tx, { itemId, locationId: null, reference: 'primary backorder process', received: null }, filled);
        await refreshPromises(tx, [itemId]);
        return new Set(filled.map((f) => f.lineId)).size;
      });
      items++;
      after = itemId;
    }
    await ctx.progress(processed);
  }
  return { processed, detail: { items } };
}
