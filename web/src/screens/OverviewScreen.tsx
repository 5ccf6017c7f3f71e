import { useBacklogHistory, useBacklogSummary, useBacklogToday, useJobs } from '../api/queries.js';
import { PageHeader } from '../components/AppShell.js';
import { DataTable } from '../components/DataTable.js';
import { JobRunsTable } from '../components/JobRunsTable.js';
import { ProblemNotice } from '../components/ProblemNotice.js';
import { StatCard } from '../components/StatCard.js';
import { formatDay, formatMoment, formatMoney, formatQuantity } from '../format.js';
import { Link, useQueryState } from '../routing.js';
import { BacklogChart } from './BacklogChart.js';
import { addDays } from './demand-supply.js';

const ranges = [30, 90, 365] as const;

/** The backlog at a glance, its course over time, what needs attention today, and the last job runs. */
export function OverviewScreen() {
  const [query, change] = useQueryState();
  const range = ranges.find((days) => String(days) === query.get('days')) ?? ranges[0];
  const summary = useBacklogSummary();
  const today = useBacklogToday();
  const s = summary.data;
  const history = useBacklogHistory(s ? addDays(s.businessDate, 1 - range) : undefined);
  const jobs = useJobs();
  const t = today.data;
  return (
    <>
      <PageHeader title="Overview">
        <Link className="button" href="/backorders">
          Open the backorder workbench
        </Link>
      </PageHeader>
      <ProblemNotice error={summary.error ?? today.error} />
      {s && (
        <div className="stat-grid">
          <StatCard label="Units on backorder" value={formatQuantity(s.unitsBackordered)} hint={`worth ${formatMoney(s.valueBackordered)}`} />
          <StatCard label="Waiting lines" value={formatQuantity(s.waitingLines)} hint={`${formatQuantity(s.preorderLines)} of them preorders`} />
          <StatCard
            label="Oldest wait"
            value={s.oldestWaitDays === null ? '—' : `${formatQuantity(s.oldestWaitDays)} days`}
            hint={s.oldestEnteredAt ? `entered ${formatMoment(s.oldestEnteredAt)}` : 'nothing waits'}
          />
          <StatCard
            label="Lines past promise date"
            value={<Link href="/backorders?pastPromiseDate=true">{formatQuantity(s.pastPromiseDate)}</Link>}
            hint="expected ship date already behind"
            tone={s.pastPromiseDate > 0 ? 'warn' : undefined}
          />
          <StatCard label="Lines past requested date" value={formatQuantity(s.pastRequestedDate)} hint="the customer's requested ship date passed" tone={s.pastRequestedDate > 0 ? 'warn' : undefined} />
          {t && (
            <>
              <StatCard
                label="Near cancellation SLA"
                value={<Link href="/backorders?nearCancellation=true">{formatQuantity(t.nearCancellation.lines)}</Link>}
                hint={`${formatQuantity(t.nearCancellation.units)} units cancelled within ${t.nearCancellation.withinDays} days`}
                tone={t.nearCancellation.lines > 0 ? 'warn' : undefined}
              />
              <StatCard label="Fills today" value={formatQuantity(t.fillsToday.units)} hint={`units allocated to ${formatQuantity(t.fillsToday.lines)} waiting lines`} />
            </>
          )}
        </div>
      )}
      <section className="panel" aria-labelledby="backlog-title">
        <div className="panel-head">
          <h2 id="backlog-title">Backlog over time</h2>
          <div className="segmented" role="group" aria-label="Period">
            {ranges.map((days) => (
              <button key={days} type="button" className="small secondary" aria-pressed={days === range} onClick={() => change({ days: days === ranges[0] ? undefined : String(days) })}>
                {days} days
              </button>
            ))}
          </div>
        </div>
        <ProblemNotice error={history.error} />
        {history.data && <BacklogChart days={history.data.days} />}
      </section>
      <section className="panel" aria-labelledby="preorders-title">
        <h2 id="preorders-title">Preorders by launch</h2>
        {t && (
          <DataTable
            label="Preorders by launch"
            rows={t.preordersByLaunch}
            rowKey={(row) => row.sku}
            empty="No preorder is waiting."
            columns={[
              { id: 'launch', header: 'Launch', cell: (row) => formatDay(row.launchDate) },
              { id: 'sku', header: 'SKU', cell: (row) => <Link href={`/items/${encodeURIComponent(row.sku)}`}>{row.sku}</Link> },
              { id: 'lines', header: 'Lines', numeric: true, cell: (row) => formatQuantity(row.lines) },
              { id: 'units', header: 'Units', numeric: true, cell: (row) => formatQuantity(row.units) },
            ]}
          />
        )}
      </section>
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
