import type { TSchema } from '@sinclair/typebox';
import type { Kysely } from 'kysely';
import type { ActorLike } from '../domain/access/actor.js';
import type { Permission } from '../domain/access/roles.js';
import type { FillMode } from '../config.js';
import type { Database } from '../db/schema.js';
import type { Clock } from '../app/context.js';

/** What a job gets: the root database (it opens its own short transactions), actor and clock. */
export interface JobContext {
  readonly db: Kysely<Database>;
  readonly actor: ActorLike;
  readonly clock: Clock;
  readonly fillMode: FillMode;
  /** The business day the run is for: `asOf` when given, else today (UTC), as YYYY-MM-DD. */
  readonly today: string;
  /** The run's parameters, already checked against the job's `params` schema. */
  readonly params: Readonly<Record<string, unknown>>;
  /** Called after each batch with the running count, so a long run shows progress. */
  readonly progress: (processed: number) => Promise<void>;
  /** Aborted when the run must stop (shutdown, lost lease); `progress` then throws, so a job stops between steps. The runner always gives one. */
  readonly signal?: AbortSignal | undefined;
}

export interface JobResult {
  readonly processed: number;
  readonly detail?: Readonly<Record<string, unknown>>;
}

/** A declared, idempotent job: run it twice and the second run finds nothing left to do. */
export interface Job {
  readonly name: string;
  readonly description: string;
  /** The environment's cron pattern, when it schedules the job (the deployment settings then say whether and when it runs). */
  readonly schedule?: string | undefined;
  /** It needs parameters only a person gives, so it never runs on a schedule (and has no schedule setting). */
  readonly byHandOnly?: boolean | undefined;
  /** What the caller needs besides `jobs.run` (the bulk cancellations: `jobs.cancel_in_bulk`). */
  readonly permission?: Permission | undefined;
  /** The JSON parameters it accepts (besides `asOf`, which every job accepts). */
  readonly params?: TSchema | undefined;
  /** Checks the parameters beyond their schema before a run is recorded (a refusal stops it). */
  readonly check?: ((db: Kysely<Database>, params: Readonly<Record<string, unknown>>) => Promise<void>) | undefined;
  run(ctx: JobContext): Promise<JobResult>;
}
