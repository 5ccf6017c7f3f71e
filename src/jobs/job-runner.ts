import { setImmediate as nextTurn } from 'node:timers/promises';
import { Type } from '@sinclair/typebox';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { FillMode } from '../config.js';
import type { Database } from '../db/schema.js';
import { actorFrom, actorName, mayDo, type ActorLike } from '../domain/access/actor.js';
import { refusal, refusalCodes, refuse, Refused, type RefusalCode } from '../domain/refusal.js';
import type { Clock } from '../app/context.js';
import { publishJobRun } from '../app/instruments.js';
import { claimRun, endRun, recentRuns, runById, runByKey, type RunRow } from '../repositories/job-run-repository.js';
import type { Job, JobResult } from './job.js';
import { dryRun, type DryRun } from '../app/dry-run.js';
import { JobInterrupted, RunLeases } from './run-leases.js';

/** The answer of a finished run. */
export interface JobRun {
  readonly runId: number;
  readonly job: string;
  readonly status: 'completed' | 'failed' | 'interrupted';
  readonly processed: number;
  readonly detail?: Readonly<Record<string, unknown>> | undefined;
}

/** How a run ended: its answer, and the error when it did not complete. */
export interface RunOutcome {
  readonly run: JobRun;
  readonly error?: unknown;
}

export interface RunRequest {
  readonly actor: ActorLike;
  readonly params?: unknown;
  /** The cron slot of a scheduled run: one run per job and slot in the cluster. */
  readonly scheduledFor?: Date | undefined;
  /** An `Idempotency-Key` and the fingerprint of its request: one key, one run. */
  readonly idempotency?: { readonly key: string; readonly fingerprint: string } | undefined;
}

/** A run started here, or the run that already holds the slot or the key. */
export type Start =
  | { readonly started: true; readonly runId: number; readonly outcome: Promise<RunOutcome> }
  | { readonly started: false; readonly run: RunRow | undefined };

export interface RunnerOptions {
  /** Seconds without a heartbeat after which a run counts as dead (default 60). */
  readonly leaseSeconds?: number;
  readonly logger?: Logger;
}

const AsOf = Type.Object({ asOf: Type.Optional(Type.String({ format: 'date', pattern: '^[12][0-9]{3}-' })) });

/**
 * Runs declared jobs by name, recording each run in `job_runs`: its progress and heartbeat while
 * it works (`RunLeases`), its answer or error when it ends. A run that cannot finish (shutdown, a
 * lost lease) ends `interrupted`, never stays `running`; its work is safe to redo.
 */
export class JobRunner {
  private readonly jobs: ReadonlyMap<string, Job>;
  private readonly validators: ReadonlyMap<string, ValidateFunction>;
  private readonly outcomes = new Map<number, Promise<RunOutcome>>();
  readonly leases: RunLeases;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly clock: Clock,
    private readonly fillMode: FillMode,
    jobs: readonly Job[],
    options: RunnerOptions = {},
  ) {
    this.jobs = new Map(jobs.map((j) => [j.name, j]));
    const ajv = addFormats.default(new Ajv({ allErrors: true, coerceTypes: false, strict: false }));
    const schemaOf = (job: Job) => Type.Composite([AsOf, job.params ?? Type.Object({})], { additionalProperties: false });
    this.validators = new Map(jobs.map((j) => [j.name, ajv.compile(schemaOf(j))]));
    this.leases = new RunLeases(db, clock, options.leaseSeconds ?? 60, options.logger);
  }

  list(): readonly Job[] {
    return [...this.jobs.values()];
  }

  /**
   * Runs a job now and answers when it ends; `params` are its JSON parameters (refused with
   * `validation_failed` when wrong). A run that did not complete throws what stopped it.
   */
  async run(name: string, actor: ActorLike, params: unknown = {}): Promise<JobRun> {
    const start = await this.start(name, { actor, params });
    if (!start.started) throw new Error('an unkeyed, unscheduled run is never refused a claim');
    return answerOf(await start.outcome);
  }

  /**
   * Checks the parameters, then claims the run (its slot or its key) and starts it in the
   * background. A refusal of the parameters records nothing; a taken slot or key starts nothing.
   */
  async start(name: string, request: RunRequest): Promise<Start> {
    const { job, asOf, rest } = await this.prepare(name, request);
    await this.leases.interruptLapsed();
    for (let attempt = 0; ; attempt++) {
      const runId = await claimRun(this.db, {
        job: name,
        actor: actorName(request.actor),
        startedAt: this.clock.now(),
        scheduledFor: request.scheduledFor,
        idempotencyKey: request.idempotency?.key,
        fingerprint: request.idempotency?.fingerprint,
      });
      if (runId !== undefined) {
        const today = asOf ?? this.clock.now().toISOString().slice(0, 10);
        const outcome = this.execute(job, runId, request.actor, today, rest);
        return { started: true, runId, outcome };
      }
      const key = request.idempotency;
      const holder = key ? await runByKey(this.db, key.key) : undefined;
      if (holder) {
        if (holder.fingerprint !== key!.fingerprint) {
          refuse('idempotency_key_reused', `Idempotency-Key "${key!.key}" was used for another request.`, { idempotencyKey: key!.key });
        }
        return { started: false, run: holder };
      }
      // The key's run ended without completing between our claim and our read (which frees the
      // key): claim again. A taken schedule slot is simply not ours.
      if (!key || attempt >= 3) return { started: false, run: undefined };
    }
  }

  /**
   * What the caller may ask: the bulk cancellations need `jobs.cancel_in_bulk`; a caller (person or
   * key) replaying a business day with `asOf` moves dates for everyone, so needs `jobs.replay` and
   * may not name a day that has not come. The service's own runs (schedules, tests) are trusted.
   */
  private checkCaller(name: string, job: Job, actor: ActorLike, asOf: string | undefined): void {
    if (job.permission && !mayDo(actor, job.permission)) {
      refuse('forbidden', `${name} needs the permission ${job.permission} (admin).`, { permission: job.permission });
    }
    if (asOf === undefined || actorFrom(actor).identity.kind === 'system') return;
    if (!mayDo(actor, 'jobs.replay')) {
      refuse('forbidden', 'Running a job for another day (asOf) needs the permission jobs.replay (admin).', { permission: 'jobs.replay' });
    }
    const today = this.clock.now().toISOString().slice(0, 10);
    if (asOf > today) refuse('as_of_in_future', `asOf ${asOf} is later than today (${today}).`, { asOf, today });
  }

  /**
   * What a run would do (app/dry-run.ts): the job itself, in a transaction that is rolled back
   * (each of its steps a savepoint); no run is recorded, nothing is written.
   */
  async preview(name: string, request: RunRequest): Promise<DryRun<JobResult>> {
    const { job, asOf, rest } = await this.prepare(name, request);
    const today = asOf ?? this.clock.now().toISOString().slice(0, 10);
    const root = { db: this.db, actor: request.actor, clock: this.clock, fillMode: this.fillMode };
    return dryRun(root, (ctx) => job.run({ ...root, db: ctx.db, today, params: rest, progress: async () => {} }));
  }

  /** The job and its parameters, checked (schema, caller, the job's own check) before anything is recorded. */
  private async prepare(name: string, request: RunRequest): Promise<{ job: Job; asOf: string | undefined; rest: Record<string, unknown> }> {
    const job = this.jobs.get(name) ?? refuse('job_not_found', `No job is called "${name}".`, { job: name });
    const params = (request.params ?? {}) as Record<string, unknown>;
    this.validate(name, params);
    const { asOf, ...rest } = params as { asOf?: string };
    this.checkCaller(name, job, request.actor, asOf);
    await job.check?.(this.db, rest);
    return { job, asOf, rest };
  }

  /** Waits until a run ends (here or in another process) and answers with its final row. */
  async settled(runId: number, pollMs = 200): Promise<RunRow> {
    const local = this.outcomes.get(runId);
    if (local) await local;
    for (;;) {
      const row = await runById(this.db, runId);
      if (!row) refuse('job_run_not_found', `No job run has id ${runId}.`, { runId });
      if (row.status !== 'running') return row;
      await new Promise((resolve) => setTimeout(resolve, pollMs));
      await this.leases.interruptLapsed();
    }
  }

  async find(runId: number): Promise<RunRow> {
    return (await runById(this.db, runId)) ?? refuse('job_run_not_found', `No job run has id ${runId}.`, { runId });
  }

  /**
   * A run as `find` reads it, with its progress as it happens when this process runs it (the row
   * holds the progress of the last heartbeat); a run of another process at heartbeat pace.
   */
  async follow(runId: number): Promise<RunRow> {
    const row = await this.find(runId);
    const here = this.leases.progressOf(runId);
    return row.status === 'running' && here !== undefined && here > row.processed ? { ...row, processed: here } : row;
  }

  lastRuns() {
    return recentRuns(this.db, 50);
  }

  /** Stops every run of this process (shutdown): each ends `interrupted` within `graceMs`. */
  async interruptAll(graceMs: number): Promise<void> {
    await this.leases.interruptAll(graceMs, [...this.outcomes.values()]);
  }

  private validate(name: string, params: unknown): void {
    const validate = this.validators.get(name)!;
    if (validate(params)) return;
    const errors = (validate.errors ?? []).map((e) => ({
      field: `body${e.instancePath}${typeof e.params.additionalProperty === 'string' ? `/${e.params.additionalProperty}` : ''}`,
      message: e.message ?? 'is invalid',
    }));
    refuse('validation_failed', `Parameters of ${name}: ${errors.map((e) => `${e.field} ${e.message}`).join('; ')}`, { errors });
  }

  private execute(job: Job, runId: number, actor: ActorLike, today: string, params: Record<string, unknown>): Promise<RunOutcome> {
    const lease = this.leases.hold(runId);
    const started = performance.now();
    const outcome = (async (): Promise<RunOutcome> => {
      let processed = 0;
      const progress = async (count: number) => {
        processed = count;
        lease.progress(count);
        // A turn of the event loop for requests (an embedded-database query never yields on its own).
        await nextTurn();
      };
      try {
        const ctx = { db: this.db, actor, clock: this.clock, fillMode: this.fillMode, today, params, progress, signal: lease.signal };
        const result = await job.run(ctx);
        const ended = await endRun(this.db, runId, { status: 'completed', processed: result.processed, detail: result.detail, finishedAt: this.clock.now() });
        // Another process found the heartbeat lapsed and marked the run interrupted meanwhile.
        if (!ended) throw lease.signal.aborted ? lease.signal.reason : new JobInterrupted('lease_lost');
        return { run: { runId, job: job.name, status: 'completed', processed: result.processed, detail: result.detail } };
      } catch (error) {
        return this.failed(job.name, runId, processed, lease.signal.aborted ? lease.signal.reason : error);
      } finally {
        lease.release();
      }
    })();
    const tracked = outcome.finally(() => {
      this.outcomes.delete(runId);
      void tracked.then(({ run }) => publishJobRun({ job: job.name, status: run.status, seconds: (performance.now() - started) / 1000 }));
    });
    this.outcomes.set(runId, tracked);
    return tracked;
  }

  private async failed(job: string, runId: number, processed: number, error: unknown): Promise<RunOutcome> {
    const interrupted = error instanceof JobInterrupted;
    const code = interrupted ? error.code : error instanceof Refused ? error.refusal.code : 'internal_error';
    const message = error instanceof Error ? error.message : String(error);
    const status = interrupted ? 'interrupted' : 'failed';
    try {
      await endRun(this.db, runId, { status, processed, errorCode: code, errorMessage: message, finishedAt: this.clock.now() });
    } catch (recordError) {
      // The database is gone too: the run keeps `running` until its heartbeat lapses, and then
      // whichever process notices marks it interrupted.
      this.leases.logger?.error({ err: recordError, runId }, 'could not record the end of a job run');
    }
    return { run: { runId, job, status, processed }, error };
  }
}

/** The answer of a run that ended here: the run when it completed, else what stopped it. */
export function answerOf(outcome: RunOutcome): JobRun {
  if (outcome.run.status === 'completed') return outcome.run;
  if (outcome.error instanceof JobInterrupted) throw interruptedRefusal(outcome.run.runId, outcome.error.code, outcome.error.message);
  throw outcome.error;
}

/** The answer of a run read back (another process ran it, or a replay): the same rule, from the row. */
export function answerOfRow(row: RunRow): JobRun {
  if (row.status === 'completed') {
    return { runId: row.id, job: row.job, status: 'completed', processed: row.processed, detail: row.detail ?? undefined };
  }
  if (row.status === 'interrupted') throw interruptedRefusal(row.id, row.errorCode ?? 'interrupted', row.errorMessage ?? 'The run was interrupted.');
  if (row.errorCode !== null && row.errorCode in refusalCodes) {
    throw new Refused(refusal(row.errorCode as RefusalCode, row.errorMessage ?? 'The job run was refused.', { runId: row.id }));
  }
  throw new Error(row.errorMessage ?? 'The job run failed.');
}

function interruptedRefusal(runId: number, reason: string, detail: string): Refused {
  return new Refused(refusal('job_interrupted', detail, { runId, reason }));
}
