import { Type } from '@sinclair/typebox';
import { checkInvariants, repairDerived } from '../services/integrity/invariant-check.js';
import type { Job } from './job.js';

/**
 * The service checks itself: every invariant, set-based, reporting each breach with the rows
 * involved (in the run and as an event). With `repair`, it first rebuilds what is derived
 * (counters from the ledger, demand from the lines, promise dates), then checks again.
 */
export function checkInvariantsJob(schedule: string | undefined): Job {
  return {
    name: 'check-invariants',
    description: 'Checks every allocation invariant; with repair, rebuilds counters, demand and promise dates first.',
    schedule,
    params: Type.Object({ repair: Type.Optional(Type.Boolean()) }),
    run: async (ctx) => {
      const repaired = ctx.params.repair === true ? await repairDerived(ctx, ctx.progress) : [];
      const breaches = await checkInvariants(ctx);
      return {
        processed: breaches.length,
        detail: { invariants: 'all', breaches, ...(ctx.params.repair === true ? { repaired } : {}) },
      };
    },
  };
}
