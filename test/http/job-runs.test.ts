import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { databaseLabel } from '../support/test-store.js';
import { useTestApp } from '../support/use-store.js';

const t = useTestApp();

const runsOf = async (job: string) =>
  Number((await sql<{ n: number }>`select count(*)::int as n from job_runs where job = ${job}`.execute(t.store.db)).rows[0]!.n);

/** Follows a run until it is no longer running (the bound only stops a broken test from hanging). */
async function followed(id: number) {
  for (let attempt = 0; attempt < 600; attempt++) {
    const run = await t.http.ok(200, 'GET', `/v1/jobs/runs/${id}`);
    if (run.status !== 'running') return run;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`run ${id} still running`);
}

describe(`job runs over HTTP on ${databaseLabel}`, () => {
  it('runs the job once for 20 parallel requests with one Idempotency-Key; the others replay its answer', async () => {
    const before = await runsOf('refresh-promise-dates');
    const headers = { 'idempotency-key': 'refresh-once-20' };
    const answers = await Promise.all(Array.from({ length: 20 }, () => t.http.post('/v1/jobs/refresh-promise-dates/run', {}, headers)));
    expect(answers.map((a) => a.status)).toEqual(Array(20).fill(200));
    expect(await runsOf('refresh-promise-dates')).toBe(before + 1);
    const first = answers.find((a) => a.headers['idempotent-replayed'] === undefined)!;
    expect(first.body).toMatchObject({ job: 'refresh-promise-dates', status: 'completed', runId: expect.any(Number) });
    expect(answers.filter((a) => a.headers['idempotent-replayed'] === 'true')).toHaveLength(19);
    for (const a of answers) expect(a.body).toEqual(first.body);

    const later = await t.http.post('/v1/jobs/refresh-promise-dates/run', {}, headers);
    expect(later.body).toEqual(first.body);
    const other = await t.http.post('/v1/jobs/refresh-promise-dates/run', { asOf: '2026-10-31' }, headers); // another body (a past day: a day to come is refused before the key is looked at)
    expect(other.status).toBe(409);
    expect(other.body).toMatchObject({ code: 'idempotency_key_reused' });
    expect(await runsOf('refresh-promise-dates')).toBe(before + 1);
  });

  it('answers 202 with the run at once when asked (Prefer: respond-async), followed at GET /v1/jobs/runs/{id}', async () => {
    const accepted = await t.http.post('/v1/jobs/release-to-warehouse/run', {}, { prefer: 'respond-async', 'idempotency-key': 'release-async-1' });
    expect(accepted.status).toBe(202);
    expect(accepted.headers['preference-applied']).toBe('respond-async');
    const id = accepted.body.id;
    expect(accepted.headers.location).toBe(`/v1/jobs/runs/${id}`);
    expect(accepted.body).toMatchObject({ id, job: 'release-to-warehouse', status: expect.stringMatching(/^(running|completed)$/), actor: 'system' });
    const run = await followed(id);
    expect(run).toMatchObject({ id, status: 'completed', error: null, detail: { orders: [], skipped: [] }, finishedAt: expect.any(String) });

    // The same key asks again: the same run, without waiting, and without a second run.
    const again = await t.http.post('/v1/jobs/release-to-warehouse/run', {}, { prefer: 'respond-async', 'idempotency-key': 'release-async-1' });
    expect(again).toMatchObject({ status: 202, body: { id, status: 'completed' } });
    expect(again.headers['idempotent-replayed']).toBe('true');
    // Without `Prefer`, the same request waits for that run and answers with its result.
    const waited = await t.http.post('/v1/jobs/release-to-warehouse/run', {}, { 'idempotency-key': 'release-async-1' });
    expect(waited).toMatchObject({ status: 200, body: { runId: id, job: 'release-to-warehouse', status: 'completed', processed: 0 } });
    expect(waited.headers['idempotent-replayed']).toBe('true');
    expect(await runsOf('release-to-warehouse')).toBe(1);
  });

  it('answers 404 for a run that does not exist', async () => {
    const missing = await t.http.get('/v1/jobs/runs/99999999');
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ code: 'job_run_not_found' });
    const bad = await t.http.get('/v1/jobs/runs/abc');
    expect(bad.status).toBe(422);
  });
});
