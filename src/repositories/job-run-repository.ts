import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { numberArray } from './number-array.js';

export type RunStatus = 'running' | 'completed' | 'failed' | 'interrupted';

export interface RunClaim {
  readonly job: string;
  readonly actor: string;
  readonly startedAt: Date;
  /** The cron slot a scheduled run is for: one run per job and slot in the cluster. */
  readonly scheduledFor?: Date | undefined;
  readonly idempotencyKey?: string | undefined;
  readonly fingerprint?: string | undefined;
}

export interface RunRow {
  readonly id: number;
  readonly job: string;
  readonly status: RunStatus;
  readonly processed: number;
  readonly detail: Readonly<Record<string, unknown>> | null;
  readonly errorCode: string | null;
  readonly errorMessage: string | null;
  readonly actor: string;
  readonly startedAt: Date;
  readonly finishedAt: Date | null;
  readonly heartbeatAt: Date;
  readonly scheduledFor: Date | null;
  readonly fingerprint: string | null;
}

const columns = [
  'id',
  'job',
  'status',
  'processed',
  'detail',
  'error_code as errorCode',
  'error_message as errorMessage',
  'actor',
  'started_at as startedAt',
  'finished_at as finishedAt',
  'heartbeat_at as heartbeatAt',
  'scheduled_for as scheduledFor',
  'fingerprint',
] as const;

/**
 * Records a run as `running`, or nothing when its slot or its idempotency key is taken (the
 * unique indexes decide, so two processes racing for either get one run). A scheduled run also
 * stands back while another run of its job is running anywhere: that run is doing its work.
 */
export async function claimRun(db: Kysely<Database>, claim: RunClaim): Promise<number | undefined> {
  const values = {
    job: claim.job,
    actor: claim.actor,
    started_at: claim.startedAt,
    status: 'running',
    processed: 0,
    scheduled_for: claim.scheduledFor ?? null,
    idempotency_key: claim.idempotencyKey ?? null,
    fingerprint: claim.fingerprint ?? null,
  };
  if (claim.scheduledFor === undefined) {
    const row = await db
      .insertInto('job_runs')
      .values(values)
      .onConflict((oc) => oc.doNothing())
      .returning('id')
      .executeTakeFirst();
    return row?.id;
  }
  const { rows } = await sql<{ id: number }>`
    insert into job_runs (job, actor, started_at, status, processed, scheduled_for, idempotency_key, fingerprint)
    select ${claim.job}, ${claim.actor}, ${claim.startedAt}, 'running', 0, ${claim.scheduledFor}, ${values.idempotency_key}, ${values.fingerprint}
    where not exists (select 1 from job_runs where job = ${claim.job} and status = 'running')
    on conflict do nothing
    returning id`.execute(db);
  return rows[0] === undefined ? undefined : Number(rows[0].id);
}

export async function runById(db: Kysely<Database>, id: number): Promise<RunRow | undefined> {
  return (await db.selectFrom('job_runs').select(columns).where('id', '=', id).executeTakeFirst()) as RunRow | undefined;
}

export async function runByKey(db: Kysely<Database>, key: string): Promise<RunRow | undefined> {
  return (await db.selectFrom('job_runs').select(columns).where('idempotency_key', '=', key).executeTakeFirst()) as
    | RunRow
    | undefined;
}

export async function recentRuns(db: Kysely<Database>, limit: number) {
  return db
    .selectFrom('job_runs')
    .select(['id', 'job', 'status', 'processed', 'started_at as startedAt', 'finished_at as finishedAt', 'actor', 'error_code as errorCode', 'detail'])
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

/** Runs newest first (keyset on the id: runs started meanwhile never shift the pages after a cursor), filtered. */
export async function listRuns(
  db: Kysely<Database>,
  filter: { readonly job?: string | undefined; readonly statuses?: readonly string[] | undefined; readonly before?: number | undefined; readonly limit: number },
): Promise<RunRow[]> {
  let query = db.selectFrom('job_runs').select(columns).orderBy('id', 'desc').limit(filter.limit);
  if (filter.job !== undefined) query = query.where('job', '=', filter.job);
  if (filter.statuses !== undefined) query = query.where('status', 'in', [...filter.statuses]);
  if (filter.before !== undefined) query = query.where('id', '<', filter.before);
  return (await query.execute()) as RunRow[];
}

/**
 * Renews the heartbeat of this process's runs and stores their progress; answers the ones still
 * running (a run missing from the answer was marked interrupted by another process meanwhile).
 */
export async function renewHeartbeats(db: Kysely<Database>, progress: ReadonlyMap<number, number>): Promise<Set<number>> {
  if (progress.size === 0) return new Set();
  const { rows } = await sql<{ id: number }>`
    update job_runs r set heartbeat_at = now(), processed = greatest(r.processed, p.processed)
    from unnest(${numberArray([...progress.keys()])}::bigint[], ${numberArray([...progress.values()])}::int[]) as p(id, processed)
    where r.id = p.id and r.status = 'running'
    returning r.id`.execute(db);
  return new Set(rows.map((r) => Number(r.id)));
}

/** Marks `interrupted` every run whose heartbeat is older than the lease (its process is gone). */
export async function interruptLapsedRuns(db: Kysely<Database>, leaseSeconds: number, finishedAt: Date): Promise<number[]> {
  const rows = await db
    .updateTable('job_runs')
    .set({
      status: 'interrupted',
      finished_at: finishedAt,
      error_code: 'heartbeat_lapsed',
      error_message: `No heartbeat for ${leaseSeconds} s: the process running it stopped or lost its database connection.`,
      idempotency_key: null,
    })
    .where('status', '=', 'running')
    .where('heartbeat_at', '<', sql<Date>`now() - make_interval(secs => ${leaseSeconds})`)
    .returning('id')
    .execute();
  return rows.map((r) => r.id);
}

export interface RunEnd {
  readonly status: Exclude<RunStatus, 'running'>;
  readonly processed?: number | undefined;
  readonly detail?: Readonly<Record<string, unknown>> | undefined;
  readonly errorCode?: string | undefined;
  readonly errorMessage?: string | undefined;
  readonly finishedAt: Date;
}

/**
 * Ends a run that is still `running` (a run already marked interrupted stays so). A run that did
 * not complete frees its idempotency key: a retry with that key does the work again.
 */
export async function endRun(db: Kysely<Database>, id: number, end: RunEnd): Promise<boolean> {
  const result = await db
    .updateTable('job_runs')
    .set({
      status: end.status,
      finished_at: end.finishedAt,
      heartbeat_at: sql`now()`,
      ...(end.processed !== undefined ? { processed: end.processed } : {}),
      ...(end.detail !== undefined ? { detail: JSON.stringify(end.detail) } : {}),
      ...(end.errorCode !== undefined ? { error_code: end.errorCode, error_message: end.errorMessage ?? null } : {}),
      ...(end.status !== 'completed' ? { idempotency_key: null } : {}),
    })
    .where('id', '=', id)
    .where('status', '=', 'running')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Frees the idempotency keys of runs started before `before` (keys expire like every other key). */
export async function forgetRunKeysBefore(db: Kysely<Database>, before: Date): Promise<number> {
  const result = await db
    .updateTable('job_runs')
    .set({ idempotency_key: null })
    .where('idempotency_key', 'is not', null)
    .where('started_at', '<', before)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
