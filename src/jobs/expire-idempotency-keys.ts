import { deleteExpiredKeys } from '../repositories/idempotency-repository.js';
import { forgetRunKeysBefore } from '../repositories/job-run-repository.js';
import type { Job } from './job.js';

/**
 * Deletes idempotency keys older than their lifetime (a retry after that runs the request again,
 * as Stripe's keys do). Claiming an expired key already takes it over; this keeps the table small.
 */
export function expireIdempotencyKeys(lifetimeHours: number, schedule: string): Job {
  return {
    name: 'expire-idempotency-keys',
    description: `Deletes idempotency keys older than ${lifetimeHours} hours.`,
    schedule,
    run: async (ctx) => {
      const before = new Date(ctx.clock.now().getTime() - lifetimeHours * 3_600_000);
      const deleted = await deleteExpiredKeys(ctx.db, before);
      // A job run's key lives on its run (jobs/job-runner.ts): it is freed, the run is kept.
      const jobRunKeys = await forgetRunKeysBefore(ctx.db, before);
      return { processed: deleted, detail: { deleted, jobRunKeys } };
    },
  };
}
