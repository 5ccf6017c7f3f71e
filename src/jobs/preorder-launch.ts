import { unitOfWork } from '../app/unit-of-work.js';
import { itemsWithPreordersDue } from '../repositories/order-repository.js';
import { launchPreorders } from '../services/promising/preorder-launch.js';
import type { Job, JobContext, JobResult } from './job.js';

const ITEMS_PER_PAGE = 200;

/**
 * On or after an item's launch date, its preorder lines become ordinary lines. One short
 * transaction per item under its lock; a second run finds no preorder lines left (idempotent).
 */
export const preorderLaunch: Job = {
  name: 'preorder-launch',
  description: 'On launch day, turns preorder lines into ordinary lines (the unallocated ones into backorders).',
  schedule: undefined,
  run: runLaunch,
};

async function runLaunch(ctx: JobContext): Promise<JobResult> {
  const totals = { items: 0, lines: 0, allocated: 0, backordered: 0 };
  let after = 0;
  for (;;) {
    const page = await itemsWithPreordersDue(ctx.db, ctx.today, after, ITEMS_PER_PAGE);
    if (page.length === 0) break;
    for (const itemId of page) {
      const outcome = await unitOfWork(ctx, (tx) => launchPreorders(tx, itemId));
      totals.items++;
      totals.lines += outcome.lines;
      totals.allocated += outcome.allocated;
      totals.backordered += outcome.backordered;
      after = itemId;
    }
    await ctx.progress(totals.lines);
  }
  return { processed: totals.lines, detail: totals };
}
