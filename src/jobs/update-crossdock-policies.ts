import { crossDockBlockingStrategies } from '../domain/supply/cross-dock.js';
import { crossDockCandidates } from '../repositories/cross-dock-repository.js';
import { applyCrossDock } from '../services/supply/cross-dock.js';
import type { Job, JobContext, JobResult } from './job.js';
import { JobSteps } from './job-steps.js';

const PAGE = 200;

/**
 * Orders whose deliver_in_full or max_one_backorder policy would block lines waiting for a
 * purchase order raised for them switch to the policy's cross-dock alternative, within its
 * window. One transaction per order; switched orders no longer qualify (idempotent). An order
 * whose step is refused (changed meanwhile) is skipped and reported.
 */
export const updateCrossDockPolicies: Job = {
  name: 'update-crossdock-policies',
  description: 'Switches orders waiting for a cross-docked purchase order to their policy’s cross-dock alternative.',
  run: runCrossDock,
};

async function runCrossDock(ctx: JobContext): Promise<JobResult> {
  const switched: number[] = [];
  let checked = 0;
  const steps = new JobSteps(ctx);
  let after = 0;
  for (;;) {
    const page = await crossDockCandidates(ctx.db, { afterOrderId: after, strategies: crossDockBlockingStrategies }, PAGE);
    if (page.length === 0) break;
    for (const candidate of page) {
      checked++;
      after = candidate.orderId;
      if (await steps.run({ orderId: candidate.orderId }, (tx) => applyCrossDock(tx, candidate.orderId))) switched.push(candidate.orderId);
    }
    await ctx.progress(switched.length);
  }
  return { processed: switched.length, detail: { checked, orders: switched, skipped: steps.skipped } };
}
