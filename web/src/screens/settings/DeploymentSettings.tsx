import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { allot, unwrap, type Schema } from '../../api/client.js';
import { ProblemNotice } from '../../components/ProblemNotice.js';
import { formatMoment } from '../../format.js';
import { fieldProblems, type Field } from './settings-form.js';

type Settings = Schema<'DeploymentSettings'>;
type ScheduleChange = Schema<'JobScheduleChange'>;

/** The deployment settings (admins only): job schedules, release and cancellation defaults; every process follows at once. */
export function DeploymentSettings() {
  const settings = useQuery({ queryKey: ['settings', 'deployment'], queryFn: () => unwrap(allot.GET('/v1/settings')) });
  if (settings.error) return <ProblemNotice error={settings.error} />;
  if (!settings.data) return <p className="loading">Loading…</p>;
  return <DeploymentForm settings={settings.data} />;
}

function DeploymentForm({ settings }: { settings: Settings }) {
  const queries = useQueryClient();
  const [append, setAppend] = useState(settings.appendAcrossOrders);
  const [cancelAtRelease, setCancelAtRelease] = useState(settings.cancelNoBackorderAtRelease);
  const [cancelAfterDays, setCancelAfterDays] = useState(settings.cancelAfterDays === null ? '' : String(settings.cancelAfterDays));
  const [schedules, setSchedules] = useState(settings.schedules);
  const save = useMutation({
    mutationFn: () => {
      // Every job, in the order shown: a problem names its place (body/schedules/<i>/cron); what is unchanged changes nothing.
      const all: ScheduleChange[] = schedules.map((s) => ({ job: s.job, enabled: s.enabled, cron: s.cron?.trim() ? s.cron.trim() : null }));
      const days = cancelAfterDays.trim();
      return unwrap(
        allot.PATCH('/v1/settings', {
          body: {
            appendAcrossOrders: append,
            cancelNoBackorderAtRelease: cancelAtRelease,
            cancelAfterDays: days === '' ? null : Number.isFinite(Number(days)) ? Number(days) : (days as unknown as number),
            ...(all.length > 0 ? { schedules: all } : {}),
          },
        }),
      );
    },
    onSuccess: (answer) => {
      queries.setQueryData(['settings', 'deployment'], answer);
      return queries.invalidateQueries({ queryKey: ['jobs'] });
    },
  });
  const fields: Field[] = [
    { name: 'cancelAfterDays', label: '' },
    ...schedules.map((s, i) => ({ name: `schedule-${s.job}`, label: '', apiPath: `schedules/${i}` })),
  ];
  const problems = fieldProblems(save.error, fields);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  const setSchedule = (job: string, change: Partial<{ enabled: boolean; cron: string }>) =>
    setSchedules((current) => current.map((s) => (s.job === job ? { ...s, ...change } : s)));
  return (
    <form className="settings-form" onSubmit={submit} aria-label="Deployment settings">
      <section className="panel">
        <h2>Release and cancellation</h2>
        <div className="settings-fields">
          <div className="settings-field checkbox">
            <label htmlFor="append-across-orders">Append releases to a pending shipment of another order of the customer</label>
            <input id="append-across-orders" type="checkbox" checked={append} onChange={(e) => setAppend(e.target.checked)} />
          </div>
          <div className="settings-field checkbox">
            <label htmlFor="cancel-at-release">Cancel a no-backorder order's remainder at its release</label>
            <input id="cancel-at-release" type="checkbox" checked={cancelAtRelease} onChange={(e) => setCancelAtRelease(e.target.checked)} />
          </div>
          <div className="settings-field">
            <label htmlFor="cancel-after-days">Default cancellation SLA (days after entry)</label>
            <input
              id="cancel-after-days"
              inputMode="numeric"
              value={cancelAfterDays}
              onChange={(e) => setCancelAfterDays(e.target.value)}
              aria-invalid={problems.has('cancelAfterDays') || undefined}
              aria-describedby={problems.has('cancelAfterDays') ? 'cancel-after-days-problem' : undefined}
            />
            <span className="settings-hint">For policies that set none; empty: no default</span>
            {problems.has('cancelAfterDays') && (
              <span className="field-problem" id="cancel-after-days-problem">
                {problems.get('cancelAfterDays')}
              </span>
            )}
          </div>
        </div>
      </section>
      <section className="panel">
        <h2>Job schedules</h2>
        <table className="data-table schedules">
          <thead>
            <tr>
              <th scope="col">Job</th>
              <th scope="col">On</th>
              <th scope="col">Cron pattern</th>
            </tr>
          </thead>
          <tbody>
            {schedules.map((s) => {
              const problem = problems.get(`schedule-${s.job}`);
              return (
                <tr key={s.job}>
                  <td className="wrap">
                    <strong>{s.job}</strong>
                    <div className="settings-hint">{s.description}</div>
                  </td>
                  <td>
                    <input type="checkbox" aria-label={`Run ${s.job} on its schedule`} checked={s.enabled} onChange={(e) => setSchedule(s.job, { enabled: e.target.checked })} />
                  </td>
                  <td>
                    <input
                      aria-label={`Cron pattern of ${s.job}`}
                      value={s.cron ?? ''}
                      placeholder="e.g. 0 2 * * *"
                      onChange={(e) => setSchedule(s.job, { cron: e.target.value })}
                      aria-invalid={problem ? true : undefined}
                      aria-describedby={problem ? `problem-${s.job}` : undefined}
                    />
                    {problem && (
                      <span className="field-problem" id={`problem-${s.job}`}>
                        {problem}
                      </span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>
      <ProblemNotice error={save.error} />
      {save.isSuccess && (
        <p className="notice" role="status">
          Saved: in force in every API process.
        </p>
      )}
      <div className="dialog-actions">
        <span className="muted">
          {settings.changedAt ? `Last changed ${formatMoment(settings.changedAt)} by ${settings.changedBy}` : 'The environment’s values, never changed here'}
        </span>
        <button type="submit" disabled={save.isPending}>
          Save settings
        </button>
      </div>
    </form>
  );
}
