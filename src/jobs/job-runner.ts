import { Type } from '@sinclair/typebox';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { Kysely } from 'kysely';
import type { FillMode } from '../config.js';
import type { Database } from '../db/schema.js';
import { refuse } from '../domain/refusal.js';
import type { Clock } from '../app/context.js';
import type { Job } from './job.js';

export interface JobRun {
  readonly job: string;
  readonly status: 'completed' | 'failed';
  readonly processed: number;
  readonly detail?: Readonly<Record<string, unknown>> | undefined;
}

/** Runs declared jobs by name, recording each run (and its progress) in `job_runs`. */
const AsOf = Type.Object({ asOf: Type.Optional(Type.String({ format: 'date', pattern: '^[12][0-9]{3}-' })) });

export class JobRunner {
  private readonly jobs: ReadonlyMap<string, Job>;
  private readonly validators: ReadonlyMap<string, ValidateFunction>;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly clock: Clock,
    private readonly fillMode: FillMode,
    jobs: readonly Job[],
  ) {
    this.jobs = new Map(jobs.map((j) => [j.name, j]));
    const ajv = addFormats.default(new Ajv({ allErrors: true, coerceTypes: false, strict: false }));
    const schemaOf = (job: Job) =>
      Type.Composite([AsOf, job.params ?? Type.Object({})], { additionalProperties: false });
    this.validators = new Map(jobs.map((j) => [j.name, ajv.compile(schemaOf(j))]));
  }

  list(): readonly Job[] {
    return [...this.jobs.values()];
  }

  /** Runs a job now; `params` are its JSON parameters (refused with `validation_failed` when wrong). */
  async run(name: string, actor: string, params: unknown = {}): Promise<JobRun> {
    const job = this.jobs.get(name) ?? refuse('job_not_found', `No job is called "${name}".`, { job: name });
    const validate = this.validators.get(name)!;
    if (!validate(params ?? {})) {
      const errors = (validate.errors ?? []).map((e) => ({
        field: `body${e.instancePath}${typeof e.params.additionalProperty === 'string' ? `/${e.params.additionalProperty}` : ''}`,
        message: e.message ?? 'is invalid',
      }));
      refuse('validation_failed', `Parameters of ${name}: ${errors.map((e) => `${e.field} ${e.message}`).join('; ')}`, { errors });
    }
    const { asOf, ...rest } = (params ?? {}) as { asOf?: string };
    await job.check?.(this.db, rest);
    const today = asOf ?? this.clock.now().toISOString().slice(0, 10);
    const run = await this.db
      .insertInto('job_runs')
      .values({ job: name, started_at: this.clock.now(), status: 'running', processed: 0, actor })
      .returning('id')
      .executeTakeFirstOrThrow();
    const progress = async (processed: number) => {
      await this.db.updateTable('job_runs').set({ processed }).where('id', '=', run.id).execute();
    };
    try {
      const result = await job.run({ db: this.db, actor, clock: this.clock, fillMode: this.fillMode, today, params: rest, progress });
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
