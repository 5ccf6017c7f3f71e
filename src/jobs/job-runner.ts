import type { Kysely } from 'kysely';
import type { FillMode } from '../config.js';
import type { Database } from '../db/schema.js';
import { refuse } from '../domain/refusal.js';
import type { Clock } from '../services/context.js';
import type { Job } from './job.js';

export interface JobRun {
  readonly job: string;
  readonly status: 'completed' | 'failed';
  readonly processed: number;
  readonly detail?: Readonly<Record<string, unknown>> | undefined;
}

/** Runs declared jobs by name, recording each run (and its progress) in `job_runs`. */
export class JobRunner {
  private readonly jobs: ReadonlyMap<string, Job>;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly clock: Clock,
    private readonly fillMode: FillMode,
    jobs: readonly Job[],
  ) {
    this.jobs = new Map(jobs.map((j) => [j.name, j]));
  }

  list(): readonly Job[] {
    return [...this.jobs.values()];
  }

  async run(name: string, actor: string): Promise<JobRun> {
    const job = this.jobs.get(name) ?? refuse('job_not_found', `No job is called "${name}".`, { job: name });
    const run = await this.db
      .insertInto('job_runs')
      .values({ job: name, started_at: this.clock.now(), status: 'running', processed: 0, actor })
      .returning('id')
      .executeTakeFirstOrThrow();
    const progress = async (processed: number) => {
      await this.db.updateTable('job_runs').set({ processed }).where('id', '=', run.id).execute();
    };
    try {
      const result = await job.run({ db: this.db, actor, clock: this.clock, fillMode: this.fillMode, progress });
      await this.finish(run.id, 'completed', result.processed);
      return { job: name, status: 'completed', processed: result.processed, detail: result.detail };
    } catch (error) {
      await this.finish(run.id, 'failed', 0);
      throw error;
    }
  }

  lastRuns() {
    return this.db
      .selectFrom('job_runs')
      .select(['id', 'job', 'status', 'processed', 'started_at as startedAt', 'finished_at as finishedAt', 'actor'])
      .orderBy('id', 'desc')
      .limit(50)
      .execute();
  }

  private async finish(id: number, status: string, processed: number): Promise<void> {
    const set = status === 'failed' ? { status, finished_at: this.clock.now() } : { status, processed, finished_at: this.clock.now() };
    await this.db.updateTable('job_runs').set(set).where('id', '=', id).execute();
  }
}
