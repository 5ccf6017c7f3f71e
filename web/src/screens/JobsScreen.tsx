import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { allot, unwrap, type Schema } from '../api/client.js';
import { keys, useJobs } from '../api/queries.js';
import { useSession } from '../api/session.js';
import { PageHeader } from '../components/AppShell.js';
import { DataTable, type Column } from '../components/DataTable.js';
import { JobRunsTable } from '../components/JobRunsTable.js';
import { ProblemNotice } from '../components/ProblemNotice.js';
import { words } from '../format.js';
import { JobRunProgress } from './JobRunProgress.js';

type Job = Schema<'Job'>;

/** Every job with its schedule, run now (followed live until it ends), and the recent runs with what they touched. */
export function JobsScreen() {
  const jobs = useJobs();
  const { permissions } = useSession();
  const canRun = permissions.includes('jobs.run');
  const mayRun = (job: Job) => (permissions as readonly string[]).includes(job.permission);
  const queries = useQueryClient();
  const [runId, setRunId] = useState<number | null>(null);
  const start = useMutation({
    mutationFn: (name: string) =>
      unwrap(allot.POST('/v1/jobs/{name}/run', { params: { path: { name: name as never }, header: { prefer: 'respond-async' } }, body: {} as never })),
    onSuccess: (run) => {
      const started = run as { id?: number; runId?: number };
      setRunId(started.id ?? started.runId ?? null);
      void queries.invalidateQueries({ queryKey: keys.jobs });
    },
  });
  const columns: Column<Job>[] = [
    { id: 'name', header: 'Job', cell: (job) => <strong>{words(job.name)}</strong> },
    { id: 'description', header: 'What it does', wrap: true, cell: (job) => job.description },
    { id: 'schedule', header: 'Schedule', cell: (job) => (job.schedule ? <code>{job.schedule}</code> : 'by hand') },
  ];
  if (canRun) {
    columns.push({
      id: 'run',
      header: <span className="visually-hidden">Run</span>,
      cell: (job) =>
        mayRun(job) && (
        <button type="button" className="small" disabled={start.isPending} onClick={() => start.mutate(job.name)}>
          Run now
        </button>
        ),
    });
  }
  return (
    <>
      <PageHeader title="Jobs" />
      <ProblemNotice error={jobs.error ?? start.error} />
      {runId !== null && <JobRunProgress key={runId} runId={runId} />}
      {jobs.data && (
        <>
          <section className="panel" aria-labelledby="jobs-title">
            <h2 id="jobs-title">Jobs</h2>
            <DataTable label="Jobs" columns={columns} rows={jobs.data.jobs} rowKey={(job) => job.name} />
          </section>
          <section className="panel" aria-labelledby="recent-title">
            <h2 id="recent-title">Recent runs</h2>
            <JobRunsTable runs={jobs.data.runs} />
          </section>
        </>
      )}
    </>
  );
}
