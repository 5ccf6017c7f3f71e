import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { IsoDate, Nullable, PageQuery, pageOf, ref } from './common.js';

/** Jobs run by hand: their names, parameters and what a run answers. */

export const JobResult = Type.Object(
  {
    runId: Type.Optional(Type.Integer()),
    job: Type.String(),
    status: Type.String(),
    processed: Type.Integer(),
    detail: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
  },
  { $id: 'JobResult', description: 'How the run went' },
);

export const JobSummary = Type.Object(
  {
    name: Type.String(),
    description: Type.String(),
    schedule: Nullable(Type.String({ description: 'Cron pattern, when scheduled here' })),
    permission: Type.String({ description: 'What running it now needs: jobs.run, or jobs.cancel_in_bulk for the bulk cancellations' }),
  },
  { $id: 'Job' },
);
// Written from the database's timestamps as ISO 8601.
const Timestamp = Type.Unsafe<Date | string>(Type.String({ format: 'date-time' }));
export const JobRunRecord = Type.Object(
  {
    id: Type.Integer(),
    job: Type.String(),
    status: Type.String({ description: 'running, completed, failed or interrupted' }),
    processed: Type.Integer(),
    startedAt: Timestamp,
    finishedAt: Nullable(Timestamp),
    actor: Type.String(),
    errorCode: Nullable(Type.String({ description: 'Why a failed or interrupted run ended' })),
    detail: Nullable(Type.Record(Type.String(), Type.Unknown(), { description: 'What a completed run touched (its answer)' })),
  },
  { $id: 'JobRunRecord' },
);

/** A job run as `GET /v1/jobs/runs/{id}` shows it, and as a `202` answers when a run starts. */
export const JobRun = Type.Object(
  {
    id: Type.Integer(),
    job: Type.String(),
    status: Type.Union([Type.Literal('running'), Type.Literal('completed'), Type.Literal('failed'), Type.Literal('interrupted')]),
    processed: Type.Integer({ description: 'Progress: what the job counts (lines, orders, items), renewed with each heartbeat' }),
    detail: Nullable(Type.Record(Type.String(), Type.Unknown(), { description: "The job's answer, once completed" })),
    error: Nullable(Type.Object({ code: Type.String(), message: Type.String() })),
    actor: Type.String(),
    startedAt: Type.String({ format: 'date-time' }),
    finishedAt: Nullable(Type.String({ format: 'date-time' })),
    heartbeatAt: Type.String({ format: 'date-time' }),
    scheduledFor: Nullable(Type.String({ format: 'date-time' })),
  },
  { $id: 'JobRun' },
);
export const JobRunList = pageOf(JobRun, 'JobRunList', 'Job runs, newest first; `nextCursor` pages on');
const runStatuses = 'running|completed|failed|interrupted';
export const JobRunQuery = Type.Object(
  {
    job: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: 'Runs of this job' })),
    status: Type.Optional(
      Type.String({ pattern: `^(?:${runStatuses})(?:,(?:${runStatuses}))*$`, description: 'Any of these statuses, comma-separated: running, completed, failed, interrupted' }),
    ),
    ...PageQuery,
  },
  { additionalProperties: false },
);
export type JobRunQuery = Static<typeof JobRunQuery>;
export const JobList = Type.Object(
  { jobs: Type.Array(ref(JobSummary)), runs: Type.Array(ref(JobRunRecord), { description: 'The latest runs, newest first' }) },
  { $id: 'JobList', description: 'The jobs of this deployment and their latest runs' },
);

/** Every job takes `asOf`: the business day the run is for (replays a given day); today by default. */
export const AsOf = Type.Object({ asOf: Type.Optional({ ...IsoDate, description: 'The business day the run is for; today by default' }) });

/** What a job declares about itself, as far as the contract needs it. */
export interface DeclaredJob {
  readonly name: string;
  readonly description: string;
  readonly params?: TSchema | undefined;
}

/** The JSON body a job's run accepts: `asOf` and the job's own parameters, nothing else. */
export function jobParameters(job: DeclaredJob) {
  return Type.Composite([AsOf, job.params ?? Type.Object({})], {
    additionalProperties: false,
    $id: `${pascalCase(job.name)}Parameters`,
    title: `Parameters of ${job.name}`,
    description: job.description,
  });
}

const pascalCase = (name: string) => name.replace(/(^|-)([a-z])/g, (_, _dash: string, c: string) => c.toUpperCase());
