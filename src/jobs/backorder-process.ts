import { pendingItems, takePendingFills, type BackorderProcess } from '../repositories/pending-fill-repository.js';
import { lockItems } from '../repositories/stock-repository.js';
import { AllocationEngine } from '../services/allocation/allocation-engine.js';
import { alertArrivals } from '../services/stock/arrival-alert.js';
import { unitOfWork } from '../app/unit-of-work.js';
import type { Job, JobContext, JobResult } from './job.js';

const ITEMS_PER_TRANSACTION = 250;
const PAGES_IN_FLIGHT = 2;

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
  const done = { lines: 0, units: 0, items: 0 };
  const running = new Set<Promise<void>>();
  let failure: unknown;
  let after = 0;
  // Pages hold disjoint items, so their transactions never wait on each other: two at a time
  // keep both the service and the database busy.
  while (failure === undefined) {
    const page = await pendingItems(ctx.db, process, after, ITEMS_PER_TRANSACTION);
    if (page.length === 0) break;
    after = page.at(-1)!;
    const run: Promise<void> = fillPage(ctx, process, page)
      .then(async (filled) => {
        done.lines += filled.lines;
        done.units += filled.units;
        done.items += page.length;
        await ctx.progress(done.lines);
      })
      .catch((error: unknown) => {
        failure ??= error;
      })
      .finally(() => running.delete(run));
    running.add(run);
    if (running.size >= PAGES_IN_FLIGHT) await Promise.race(running);
  }
  await Promise.all(running);
  if (failure !== undefined) throw failure;
  return { processed: done.lines, detail: { items: done.items, units: done.units } };
}

/** One page of items in one transaction, under their locks; their pending units are taken in it. */
async function fillPage(ctx: JobContext, process: BackorderProcess, page: readonly number[]) {
  return unitOfWork(ctx, async (tx) => {
    await lockItems(tx.db, page);
    const budgets = await takePendingFills(tx.db, page, process);
    const filled = await AllocationEngine.fillQueues(tx, budgets, `${process} backorder process`);
    // Receipts reach waiting orders only now: this is when their stock has arrived.
    if (process === 'primary') {
      const arrivals = [...budgets.keys()].map((itemId) => ({ itemId, locationId: null, reference: 'primary backorder process', received: null }));
      await alertArrivals(tx, arrivals, filled.filled);
    }
    return filled;
  });
}
