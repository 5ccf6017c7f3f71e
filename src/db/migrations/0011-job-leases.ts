import type { Kysely } from 'kysely';
import { executeScript } from '../sql-script.js';

/**
 * A job run is its own lease (docs/design.md, "The job layer"): while it works, its process
 * renews `heartbeat_at`; a run whose heartbeat lapsed is marked `interrupted` by whichever process
 * notices. A scheduled run claims its schedule slot (`scheduled_for`), so two processes firing the
 * same cron slot run it once. An `Idempotency-Key` names one run: claiming the key and recording
 * the run are one insert. A run keeps its answer (`detail`) and, when it failed, its error.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await executeScript(
    db,
    `
    alter table job_runs
      add column heartbeat_at timestamptz,
      add column scheduled_for timestamptz,
      add column detail jsonb,
      add column error_code text,
      add column error_message text,
      add column idempotency_key text,
      add column fingerprint text;
    update job_runs set heartbeat_at = coalesce(finished_at, started_at);
    alter table job_runs alter column heartbeat_at set not null;
    alter table job_runs alter column heartbeat_at set default now();
    alter table job_runs add constraint job_runs_status
      check (status in ('running', 'completed', 'failed', 'interrupted'));
    create unique index job_runs_slot on job_runs (job, scheduled_for) where scheduled_for is not null;
    create unique index job_runs_idempotency_key on job_runs (idempotency_key) where idempotency_key is not null;
    create index job_runs_running on job_runs (job, heartbeat_at) where status = 'running';
    `,
  );
}
