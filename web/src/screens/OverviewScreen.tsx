import { useBacklogSummary, useJobs } from '../api/queries.js';
import { PageHeader } from '../components/AppShell.js';
import { JobRunsTable } from '../components/JobRunsTable.js';
import { ProblemNotice } from '../components/ProblemNotice.js';
import { StatCard } from '../components/StatCard.js';
import { formatMoment, formatMoney, formatQuantity } from '../format.js';
import { Link } from '../routing.js';

/** The backlog at a glance, and the last job runs. */
export function OverviewScreen() {
  const summary = useBacklogSummary();
  const jobs = useJobs();
  const s = summary.data;
  return (
    <>
      <PageHeader title="Overview">
        <Link className="button" href="/backorders">
          Open the backorder workbench
        </Link>
      </PageHeader>
      <ProblemNotice error={summary.error} />
      {s && (
        <div className="stat-grid">
          <StatCard label="Units on backorder" value={formatQuantity(s.unitsBackordered)} hint={`worth ${formatMoney(s.valueBackordered)}`} />
          <StatCard label="Waiting lines" value={formatQuantity(s.waitingLines)} hint={`${formatQuantity(s.preorderLines)} of them preorders`} />
          <StatCard
            label="Oldest wait"
            value={s.oldestWaitDays === null ? '—' : `${formatQuantity(s.oldestWaitDays)} days`}
            hint={s.oldestEnteredAt ? `entered ${formatMoment(s.oldestEnteredAt)}` : 'nothing waits'}
          />
          <StatCard label="Lines past promise date" value={formatQuantity(s.pastPromiseDate)} hint="expected ship date already behind" tone={s.pastPromiseDate > 0 ? 'warn' : undefined} />
          <StatCard label="Lines past requested date" value={formatQuantity(s.pastRequestedDate)} hint="the customer's requested ship date passed" tone={s.pastRequestedDate > 0 ? 'warn' : undefined} />
        </div>
      )}
      <section className="panel" aria-labelledby="runs-title">
        <div className="panel-head">
          <h2 id="runs-title">Last job runs</h2>
          <Link href="/jobs">All jobs</Link>
        </div>
        <ProblemNotice error={jobs.error} />
        {jobs.data && <JobRunsTable runs={jobs.data.runs.slice(0, 8)} label="Last job runs" />}
      </section>
    </>
  );
}
