import type { Schema } from '../api/client.js';
import { formatMoment, formatQuantity, words } from '../format.js';
import { DataTable, type Column } from './DataTable.js';

type Run = Schema<'JobRunRecord'>;

/** What a run's answer says it touched, in a few words: each count, and the length of each list. */
export function touched(detail: Readonly<Record<string, unknown>> | null): string {
  if (!detail) return '';
  return Object.entries(detail)
    .flatMap(([name, value]) =>
      Array.isArray(value) ? [`${formatQuantity(value.length)} ${words(name)}`] : typeof value === 'number' ? [`${words(name)} ${formatQuantity(value)}`] : [],
    )
    .join(', ');
}

export function RunTouched({ detail }: { detail: Readonly<Record<string, unknown>> }) {
  const said = touched(detail);
  return said ? <p>Touched: {said}</p> : null;
}

const columns: readonly Column<Run>[] = [
  { id: 'job', header: 'Job', cell: (run) => words(run.job) },
  { id: 'status', header: 'Status', cell: (run) => <span className={`status status-${run.status}`}>{run.status}</span> },
  { id: 'processed', header: 'Processed', numeric: true, cell: (run) => formatQuantity(run.processed) },
  { id: 'touched', header: 'What it touched', wrap: true, cell: (run) => touched(run.detail) },
  { id: 'started', header: 'Started', cell: (run) => formatMoment(String(run.startedAt)) },
  { id: 'finished', header: 'Finished', cell: (run) => formatMoment(run.finishedAt === null ? null : String(run.finishedAt)) },
  { id: 'actor', header: 'By', cell: (run) => run.actor },
  { id: 'error', header: 'Why it stopped', cell: (run) => (run.errorCode ? words(run.errorCode) : '') },
];

/** Job runs, newest first, with their outcome and what they touched. */
export function JobRunsTable({ runs, label = 'Recent job runs' }: { runs: readonly Run[]; label?: string }) {
  return <DataTable label={label} columns={columns} rows={runs} rowKey={(run) => String(run.id)} empty="No job has run yet." />;
}
