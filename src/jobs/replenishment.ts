import { Type } from '@sinclair/typebox';
import { draftReplenishment, replenishmentGroups } from '../services/supply/replenishment.js';
import type { Job, JobContext, JobResult } from './job.js';
import { JobSteps } from './job-steps.js';

/**
 * Drafts purchase orders from the replenishment suggestions (one per supplier and location).
 * Idempotent: drafts count as inbound, so a second run the same day drafts nothing more.
 */
export const replenishment: Job = {
  name: 'replenishment',
  description: 'Drafts purchase orders that cover backorders and reach minimum levels, net of inbound.',
  params: Type.Object({ supplier: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })) }),
  run: runReplenishment,
};

async function runReplenishment(ctx: JobContext): Promise<JobResult> {
  const supplier = ctx.params.supplier as string | undefined;
  const drafted: number[] = [];
  let lines = 0;
  let units = 0;
  const steps = new JobSteps(ctx);
  for (const group of await replenishmentGroups(ctx, supplier)) {
    const draft = await steps.run({ supplier: group.supplier, location: group.location }, (tx) => draftReplenishment(tx, group));
    if (!draft) continue;
    drafted.push(draft.id);
    lines += draft.lines.length;
    units += draft.lines.reduce((s, l) => s + l.quantity, 0);
    await ctx.progress(drafted.length);
  }
  return { processed: drafted.length, detail: { purchaseOrders: drafted, lines, units, skipped: steps.skipped } };
}
