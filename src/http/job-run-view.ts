import type { RunRow } from '../repositories/job-run-repository.js';

/** A job run as the API shows it (the `JobRun` component). */
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
