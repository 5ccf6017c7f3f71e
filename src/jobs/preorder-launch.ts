import { unitOfWork } from '../app/unit-of-work.js';
import { isRefused, Refused } from '../domain/refusal.js';
import { itemsWithPreordersDue } from '../repositories/order-repository.js';
import { launchPreorders } from '../services/promising/preorder-launch.js';
import { releaseOrder, type ReleaseSettings } from '../services/release/order-release.js';
import { releaseSettingsInForce } from '../services/settings/settings-in-force.js';
import type { Job, JobContext, JobResult } from './job.js';
import { JobSteps } from './job-steps.js';

const ITEMS_PER_PAGE = 200;

/**
 * On or after an item's launch date, its preorder lines become ordinary lines, and the orders
 * whose launched lines hold stock are released to the warehouse as their policy allows (immediate
 * delivery on release is the point of a preorder); the unallocated rest waits as ordinary
 * backorder. One short unit of work per item under its lock, then one per order released; a
 * second run finds no preorder lines left (idempotent), and an order whose release it missed is
 * released by release-to-warehouse like any other. An item whose launch is refused is skipped and
 * reported (`skipped`); a refused release is counted by its code (`refused`).
 */
export function preorderLaunch(settings: ReleaseSettings): Job {
  return {
    name: 'preorder-launch',
    description: 'On launch day, turns preorder lines into ordinary lines and releases their reserved stock to the warehouse.',
    schedule: undefined,
    run: async (ctx) => runLaunch(ctx, await releaseSettingsInForce(ctx.db, settings)),
  };
}

async function runLaunch(ctx: JobContext, settings: ReleaseSettings): Promise<JobResult> {
  const totals = { items: 0, lines: 0, allocated: 0, backordered: 0, released: 0, refused: {} as Record<string, number> };
  const steps = new JobSteps(ctx);
  let after = 0;
  for (;;) {
    const page = await itemsWithPreordersDue(ctx.db, ctx.today, after, ITEMS_PER_PAGE);
    if (page.length === 0) break;
    const orders = new Set<number>();
    for (const itemId of page) {
      const outcome = await steps.run({ itemId }, (tx) => launchPreorders(tx, itemId));
      after = itemId;
      if (outcome === undefined) continue;
      totals.items++;
      totals.lines += outcome.lines;
      totals.allocated += outcome.allocated;
      totals.backordered += outcome.backordered;
      outcome.orders.forEach((id) => orders.add(id));
    }
    for (const orderId of [...orders].sort((a, b) => a - b)) {
      const outcome = await unitOfWork(ctx, (tx) => releaseOrder(tx, orderId, settings, 'when_changed')).catch((error: unknown) => {
        if (error instanceof Refused) return error.refusal;
        throw error;
      });
      if (isRefused(outcome)) totals.refused[outcome.code] = (totals.refused[outcome.code] ?? 0) + 1;
      else totals.released += outcome.released.reduce((sum, l) => sum + l.quantity, 0);
    }
    await ctx.progress(totals.lines);
  }
  return { processed: totals.lines, detail: { ...totals, skipped: steps.skipped } };
}
