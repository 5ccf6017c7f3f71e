import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { Schema } from '../api/client.js';
import { keys } from '../api/queries.js';
import { formatMoment, formatQuantity, words } from '../format.js';
import { RunTouched } from '../components/JobRunsTable.js';

type Run = Schema<'JobRun'>;

/**
 * Follows a run live over server-sent events (`GET /v1/jobs/runs/{id}/events`, with the session
 * cookie): its progress as it is renewed, then how it ended and what it touched.
 */
export function JobRunProgress({ runId }: { runId: number }) {
  const queries = useQueryClient();
  const [run, setRun] = useState<Run | null>(null);
  const [lost, setLost] = useState(false);
  useEffect(() => {
    setRun(null);
    setLost(false);
    const source = new EventSource(`/v1/jobs/runs/${runId}/events`);
    source.addEventListener('run', (event) => setRun(JSON.parse((event as MessageEvent<string>).data) as Run));
    source.addEventListener('end', (event) => {
      setRun(JSON.parse((event as MessageEvent<string>).data) as Run);
      source.close();
      void queries.invalidateQueries({ queryKey: keys.jobs });
    });
    source.onerror = () => {
      // The stream closes after `end`; an error before it means the connection was lost.
      if (source.readyState === EventSource.CLOSED) setLost(true);
    };
    return () => source.close();
  }, [runId, queries]);
  if (!run) return <p className="notice" role="status">Run {runId}: starting…</p>;
  const running = run.status === 'running';
  return (
    <section className="notice run-progress" role="status" aria-label={`Run ${run.id}`}>
      <p>
        <strong>
          Run {run.id} of {words(run.job)}: {run.status}
        </strong>
        , {formatQuantity(run.processed)} processed
        {running ? ` · last heartbeat ${formatMoment(run.heartbeatAt)}` : run.finishedAt ? ` · ended ${formatMoment(run.finishedAt)}` : ''}
        {run.error ? ` — ${run.error.message}` : ''}
      </p>
      {running && <progress aria-label="Progress of the run" />}
      {!running && run.detail && <RunTouched detail={run.detail} />}
      {lost && running && <p>The live connection was lost; the recent runs below show how it ended.</p>}
    </section>
  );
}
