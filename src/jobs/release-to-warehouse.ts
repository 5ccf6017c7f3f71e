import { isRefused } from '../domain/refusal.js';
import { releasableOrders } from '../repositories/shipment-repository.js';
import { releaseOrder, type ReleaseSettings } from '../services/release/order-release.js';
import type { Job, JobContext, JobResult } from './job.js';
import { JobSteps } from './job-steps.js';
import { releaseSettingsInForce } from '../services/settings/settings-in-force.js';

const ORDERS_PER_PAGE = 200;

/**
 * Release to warehouse: every order with allocated stock not yet released, in queue order
 * (priority, then entry), is released as far as its policy allows. One short transaction per
 * order. A refusal is logged once per reason (not on every run) and counted by its code. An order
 * that changed after the run listed it (cancelled, shipped meanwhile) is skipped and reported.
 */
/** `settings`: the environment's, used until the deployment settings are first saved. */
export function releaseToWarehouseJob(schedule: string | undefined, settings: ReleaseSettings): Job {
  return {
    name: 'release-to-warehouse',
    description: 'Releases every order that may release now to the warehouse, in queue order.',
    schedule,
    run: async (ctx) => releaseAll(ctx, await releaseSettingsInForce(ctx.db, settings)),
  };
}

async function releaseAll(ctx: JobContext, settings: ReleaseSettings): Promise<JobResult> {
  const released: number[] = [];
  const shipments = new Set<number>();
  const refused: Record<string, number> = {};
  const steps = new JobSteps(ctx);
  let after: { priority: number; entrySeq: number } | undefined;
  for (;;) {
    const page = await releasableOrders(ctx.db, after, ORDERS_PER_PAGE);
    if (page.length === 0) break;
    for (const order of page) {
      const outcome = await steps.run({ orderId: order.id }, (tx) => releaseOrder(tx, order.id, settings, 'when_changed'));
      after = order;
      if (outcome === undefined) continue;
      if (isRefused(outcome)) refused[outcome.code] = (refused[outcome.code] ?? 0) + 1;
      else {
        released.push(order.id);
        outcome.shipments.forEach((id) => shipments.add(id));
      }
      await ctx.progress(released.length);
    }
  }
  return { processed: released.length, detail: { orders: released, shipments: [...shipments].sort((a, b) => a - b), refused, skipped: steps.skipped } };
}
