import type { ReadContext } from '../app/context.js';
import type { JobRunQuery } from '../contract/jobs.js';
import { refuse } from '../domain/refusal.js';
import { listRuns, type RunRow } from '../repositories/job-run-repository.js';
import { decodeCursor, defaultPageLimit, keyOfKinds, pageRows, type Page } from './paging.js';

const list = 'job-runs';

/** Job runs, newest first, of one job (one of `jobNames`, else `job_not_found`) and any of some statuses. */
export async function listJobRuns(ctx: ReadContext, query: JobRunQuery, jobNames: readonly string[]): Promise<Page<RunRow>> {
  if (query.job !== undefined && !jobNames.includes(query.job)) refuse('job_not_found', `No job is named "${query.job}".`, { job: query.job });
  const limit = query.limit ?? defaultPageLimit;
  const rows = await listRuns(ctx.db, {
    job: query.job,
    statuses: query.status?.split(','),
    before: query.cursor === undefined ? undefined : decodeCursor<[number]>(list, query.cursor, keyOfKinds('integer'))[0],
    limit: limit + 1,
  });
  const page = pageRows(list, rows, limit, (run) => [Number(run.id)]);
  return { items: page.rows, nextCursor: page.nextCursor };
}
