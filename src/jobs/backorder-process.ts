import { pendingItems, takePendingFills, type BackorderProcess } from '../repositories/pending-fill-repository.js';
import { lockItems } from '../repositories/stock-repository.js';
import { fillQueues } from '../services/queue-fill.js';
import { alertArrivals } from '../services/arrival-alert.js';
import { refreshPromises } from '../services/promise-service.js';
import type { Job, JobContext, JobResult } from './job.js';

const ITEMS_PER_TRANSACTION = 500;

/**
 * The primary (receipts) or secondary (adjustments, returns, cancellations) backorder process:
 * for every item with units waiting for it, fills the queue with at most those units. A page of
 * items per transaction, under those items' locks, so it is safe beside order entry; idempotent,
 * because an item's pending units are taken in the same transaction that allocates them.
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
  let lines = 0;
  let units = 0;
  let items = 0;
  let after = 0;
  for (;;) {
    const page = await pendingItems(ctx.db, process, after, ITEMS_PER_TRANSACTION);
    if (page.length === 0) break;
    const filled = await ctx.db.transaction().execute(async (db) => {
      await lockItems(db, page);
      const budgets = await takePendingFills(db, page, process);
      const tx = { ...ctx, db };
      const filled = await fillQueues(tx, budgets, `${process} backorder process`);
      // Receipts reach waiting orders only now: this is when their stock has arrived.
      if (process === 'primary') {
        const arrivals = [...budgets.keys()].map((itemId) => ({ itemId, locationId: null, reference: 'primary backorder process', received: null }));
        await alertArrivals(tx, arrivals, filled.filled);
      }
      await refreshPromises(tx, budgets.keys());
      return filled;
    });
    lines += filled.lines;
    units += filled.units;
    items += page.length;
    after = page.at(-1)!;
    await ctx.progress(lines);
  }
  return { processed: lines, detail: { items, units } };
}
