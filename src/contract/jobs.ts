import { Type, type TSchema } from '@sinclair/typebox';
import { IsoDate, Nullable, ref } from './common.js';

/** Jobs run by hand: their names, parameters and what a run answers. */

export const JobResult = Type.Object(
  {
    job: Type.String(),
    status: Type.String(),
    processed: Type.Integer(),
    detail: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
  },
  { $id: 'JobResult', description: 'How the run went' },
);

export const JobSummary = Type.Object(
  { name: Type.String(), description: Type.String(), schedule: Nullable(Type.String({ description: 'Cron pattern, when scheduled here' })) },
  { $id: 'Job' },
);
// Written from the database's timestamps as ISO 8601.
const Timestamp = Type.Unsafe<Date | string>(Type.String({ format: 'date-time' }));
export const JobRunRecord = Type.Object(
  {
    id: Type.Integer(),
    job: Type.String(),
    status: Type.String({ description: 'running, completed or failed' }),
    processed: Type.Integer(),
    startedAt: Timestamp,
    finishedAt: Nullable(Timestamp),
    actor: Type.String(),
  },
  { $id: 'JobRunRecord' },
);
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
