import { Type } from '@sinclair/typebox';
import type { RunRow } from '../repositories/job-run-repository.js';

/** A job run as `GET /v1/jobs/runs/{id}` shows it, and as a `202` answers when a run starts. */
export const JobRunView = Type.Object(
  {
    id: Type.Integer(),
    job: Type.String(),
    status: Type.Union([Type.Literal('running'), Type.Literal('completed'), Type.Literal('failed'), Type.Literal('interrupted')]),
    processed: Type.Integer({ description: 'Progress: what the job counts (lines, orders, items), renewed with each heartbeat' }),
    detail: Type.Union([Type.Record(Type.String(), Type.Unknown()), Type.Null()], { description: "The job's answer, once completed" }),
    error: Type.Union([Type.Object({ code: Type.String(), message: Type.String() }), Type.Null()]),
    actor: Type.String(),
    startedAt: Type.String({ format: 'date-time' }),
    finishedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
    heartbeatAt: Type.String({ format: 'date-time' }),
    scheduledFor: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  },
);

export function jobRunView(row: RunRow) {
  return {
    id: row.id,
    job: row.job,
    status: row.status,
    processed: row.processed,
    detail: row.detail,
    error: row.errorCode === null ? null : { code: row.errorCode, message: row.errorMessage ?? '' },
    actor: row.actor,
    startedAt: iso(row.startedAt),
    finishedAt: row.finishedAt === null ? null : iso(row.finishedAt),
    heartbeatAt: iso(row.heartbeatAt),
    scheduledFor: row.scheduledFor === null ? null : iso(row.scheduledFor),
  };
}

const iso = (at: Date | string) => new Date(at).toISOString();
