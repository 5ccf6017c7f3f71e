import { unitOfWork } from '../app/unit-of-work.js';
import { itemsWithPastPromises } from '../repositories/promise-repository.js';
import { lockItems } from '../repositories/stock-repository.js';
import type { Job, JobContext, JobResult } from './job.js';

const ITEMS_PER_TRANSACTION = 200;

/**
 * Promise dates move with time as well as with events: supply that is overdue counts as arriving
 * today, and schedule entries that have passed no longer count. Every line whose date has passed
 * belongs to an item whose dates may now be wrong (any line whose date moves because of the
 * calendar is at or behind one of those), so the job recomputes those items, a page per
 * transaction under their locks. Only dates that change are written and logged; a second run
 * the same day finds nothing to do.
 */
export const refreshPromiseDates: Job = {
  name: 'refresh-promise-dates',
  description: 'Recomputes the promise dates of items whose dates have passed (overdue or expired supply).',
  schedule: undefined,
  run: runRefresh,
};

async function runRefresh(ctx: JobContext): Promise<JobResult> {
  let items = 0;
  let after = 0;
  for (;;) {
    const page = await itemsWithPastPromises(ctx.db, ctx.today, after, ITEMS_PER_TRANSACTION);
    if (page.length === 0) break;
    await unitOfWork(ctx, async (tx) => {
      await lockItems(tx.db, page);
      tx.work.supplyOrQueueChanged(page);
    });
    items += page.length;
    after = page.at(-1)!;
    await ctx.progress(items);
  }
  return { processed: items, detail: { items } };
}
