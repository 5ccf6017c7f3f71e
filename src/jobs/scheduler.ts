import { Cron } from 'croner';
import type { Logger } from 'pino';
import type { JobRunner } from './job-runner.js';

/**
 * Starts a cron timer for every job that has a schedule; returns a function that stops them.
 * Every API process runs the timers; each firing claims its slot (the planned time, the same in
 * every process), and only the process whose claim lands runs it: one run per slot per cluster.
 */
export function startSchedules(runner: JobRunner, logger: Logger): () => void {
  const timers = runner
    .list()
    .filter((job) => job.schedule !== undefined)
    .map((job) => {
      let planned: Date | null = null;
      const cron = new Cron(job.schedule!, { protect: true }, async (self: Cron) => {
        const slot = slotOf(self, planned, new Date());
        planned = self.nextRun();
        await runScheduled(runner, job.name, slot, logger);
      });
      planned = cron.nextRun();
      return cron;
    });
  return () => timers.forEach((t) => t.stop());
}

/** Runs one slot of a job's schedule unless another process claimed it (or is running the job). */
export async function runScheduled(runner: JobRunner, job: string, slot: Date, logger: Logger): Promise<void> {
  try {
    const start = await runner.start(job, { actor: 'scheduler', scheduledFor: slot });
    if (!start.started) {
      logger.debug({ job, slot }, 'scheduled slot taken by another run');
      return;
    }
    const { run, error } = await start.outcome;
    if (run.status === 'completed') logger.info({ job, runId: run.runId, processed: run.processed }, 'scheduled job finished');
    else logger.error({ job, runId: run.runId, status: run.status, err: error }, 'scheduled job did not complete');
  } catch (error) {
    logger.error({ job, err: error }, 'scheduled job could not start');
  }
}

/**
 * The slot a firing is for: the latest planned time not after now, counted from the time that was
 * planned when the previous firing ended. Croner strips milliseconds, so every process computes
 * the same instant, even when its timer fires a little late or a slot was skipped while busy.
 */
export function slotOf(cron: Pick<Cron, 'nextRun'>, planned: Date | null, now: Date): Date {
  let slot = planned ?? cron.nextRun(new Date(now.getTime() - 1000)) ?? now;
  for (let next = cron.nextRun(slot); next !== null && next <= now; next = cron.nextRun(slot)) slot = next;
  return slot;
}
