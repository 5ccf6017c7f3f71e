import { Cron } from 'croner';
import type { Logger } from 'pino';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { schedulesInForce } from '../services/settings/settings-in-force.js';
import type { JobRunner } from './job-runner.js';

/** How often each process reads the schedules in force (a change takes effect within this). */
export const defaultScheduleRefreshMs = 5000;

/**
 * Runs every job on its schedule in force (the deployment settings); returns a function that
 * stops them. Every few seconds it reads the schedules again, so a job switched on, off or
 * rescheduled through any process follows without a restart. Every API process runs the timers;
 * each firing claims its slot (the planned time, the same in every process), and only the process
 * whose claim lands runs it: one run per slot per cluster.
 */
export function startSchedules(
  runner: JobRunner,
  logger: Logger,
  db: Kysely<Database>,
  options: { readonly refreshMs?: number } = {},
): () => void {
  const timers = new Map<string, { readonly pattern: string; readonly cron: Cron }>();
  let stopped = false;
  const follow = (patterns: ReadonlyMap<string, string>) => {
    for (const [job, timer] of timers) {
      if (patterns.get(job) === timer.pattern) continue;
      timer.cron.stop();
      timers.delete(job);
      logger.info({ job }, 'schedule stopped');
    }
    for (const [job, pattern] of patterns) {
      if (timers.has(job)) continue;
      timers.set(job, { pattern, cron: timerFor(runner, job, pattern, logger) });
      logger.info({ job, schedule: pattern }, 'schedule started');
    }
  };
  let reading: Promise<void> = Promise.resolve();
  const refresh = () => {
    reading = reading.then(async () => {
      try {
        const patterns = await schedulesInForce(db, runner.list());
        if (!stopped) follow(patterns);
      } catch (error) {
        logger.warn({ err: error }, 'could not read the job schedules; the current ones go on');
      }
    });
  };
  refresh();
  const interval = setInterval(refresh, options.refreshMs ?? defaultScheduleRefreshMs);
  interval.unref();
  return () => {
    stopped = true;
    clearInterval(interval);
    timers.forEach((t) => t.cron.stop());
    timers.clear();
  };
}

function timerFor(runner: JobRunner, job: string, pattern: string, logger: Logger): Cron {
  let planned: Date | null = null;
  const cron = new Cron(pattern, { protect: true }, async (self: Cron) => {
    const slot = slotOf(self, planned, new Date());
    planned = self.nextRun();
    await runScheduled(runner, job, slot, logger);
  });
  planned = cron.nextRun();
  return cron;
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
