import { pendingItems, takePendingFills, type BackorderProcess } from '../repositories/pending-fill-repository.js';
import { lockItems } from '../repositories/stock-repository.js';
import { AllocationEngine } from '../services/allocation/allocation-engine.js';
import { alertArrivals } from '../services/stock/arrival-alert.js';
import { unitOfWork } from '../app/unit-of-work.js';
import { findItemsById } from '../repositories/master-data-repository.js';
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
  const failed: FailedItem[] = [];
  const running = new Set<Promise<void>>();
  let after = 0;
  // Pages hold disjoint items, so their transactions never wait on each other: two at a time
  // keep both the service and the database busy.
  for (;;) {
    const page = await pendingItems(ctx.db, process, after, ITEMS_PER_TRANSACTION);
    if (page.length === 0) break;
    after = page.at(-1)!;
    const run: Promise<void> = fillPageOrItems(ctx, process, page, failed)
      .then(async (filled) => {
        done.lines += filled.lines;
        done.units += filled.units;
        done.items += page.length;
        await ctx.progress(done.lines);
      })
      .finally(() => running.delete(run));
    running.add(run);
    if (running.size >= PAGES_IN_FLIGHT) await Promise.race(running);
  }
  await Promise.all(running);
  return { processed: done.lines, detail: { items: done.items, units: done.units, ...(failed.length > 0 ? { failed } : {}) } };
}

/** An item whose fill failed: its units stay pending for the next run. */
interface FailedItem {
  readonly itemId: number;
  readonly sku: string;
  readonly error: string;
}

/**
 * A page in one unit of work; should it fail, each of its items in a unit of its own, so one bad
 * item does not keep the others from filling. A failed item keeps its pending units (its unit
 * rolled back) and is reported; the next run tries it again.
 */
async function fillPageOrItems(ctx: JobContext, process: BackorderProcess, page: readonly number[], failed: FailedItem[]) {
  try {
    return await fillPage(ctx, process, page);
  } catch (pageError) {
    if (page.length === 1) {
      failed.push(await failure(ctx, page[0]!, pageError));
      return { lines: 0, units: 0 };
    }
    const total = { lines: 0, units: 0 };
    for (const itemId of page) {
      const filled = await fillPageOrItems(ctx, process, [itemId], failed);
      total.lines += filled.lines;
      total.units += filled.units;
    }
    return total;
  }
}

async function failure(ctx: JobContext, itemId: number, error: unknown): Promise<FailedItem> {
  const [item] = await findItemsById(ctx.db, [itemId]);
  return { itemId, sku: item?.sku ?? String(itemId), error: error instanceof Error ? error.message : String(error) };
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
