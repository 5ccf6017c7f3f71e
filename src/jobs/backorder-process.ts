import { pendingItems, takePendingFill, type BackorderProcess } from '../repositories/pending-fill-repository.js';
import { lockItems } from '../repositories/stock-repository.js';
import { AllocationEngine } from '../services/allocation-engine.js';
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
        const engine = new AllocationEngine({ ...ctx, db }, itemId);
        const filled = await engine.fill(`${process} backorder process`, units);
        await refreshPromises({ ...ctx, db }, [itemId]);
        return filled;
      });
      items++;
      after = itemId;
    }
    await ctx.progress(processed);
  }
  return { processed, detail: { items } };
}
