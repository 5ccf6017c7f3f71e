import { Cron } from 'croner';
import type { Logger } from 'pino';
import type { JobRunner } from './job-runner.js';

/** Starts a cron timer for every job that has a schedule; returns a function that stops them. */
export function startSchedules(runner: JobRunner, logger: Logger): () => void {
  const timers = runner
    .list()
    .filter((job) => job.schedule !== undefined)
    .map(
      (job) =>
        new Cron(job.schedule!, { protect: true }, async () => {
          try {
            const result = await runner.run(job.name, 'scheduler');
            logger.info({ job: job.name, processed: result.processed }, 'scheduled job finished');
          } catch (error) {
            logger.error({ job: job.name, err: error }, 'scheduled job failed');
          }
        }),
    );
  return () => timers.forEach((t) => t.stop());
}
