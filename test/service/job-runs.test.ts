import { sql } from 'kysely';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Cron } from 'croner';
import type { Store } from '../../src/db/database.js';
import { refuse } from '../../src/domain/refusal.js';
import type { Job } from '../../src/jobs/job.js';
import { JobRunner } from '../../src/jobs/job-runner.js';
import { runScheduled, slotOf } from '../../src/jobs/scheduler.js';
import { expireIdempotencyKeys } from '../../src/jobs/expire-idempotency-keys.js';
import { runById } from '../../src/repositories/job-run-repository.js';
import { TestClock } from '../support/fixtures.js';
import { openStore } from '../../src/db/database.js';
import { databaseLabel, onPostgres } from '../support/test-store.js';
import { useTestStore } from '../support/use-store.js';

const t = useTestStore();
const clock = new TestClock();
const quiet = pino({ level: 'silent' });

function deferred<T = void>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

/**
 * A job that works in three steps, each let through by the test (`step`, which resolves once the
 * job has reported that step's progress, or stopped there), so a test knows where a run stands.
 */
function gatedJob(name: string) {
  let next = deferred();
  let done = deferred();
  const started = deferred();
  const job: Job = {
    name,
    description: 'test: waits for the test before each step',
    run: async (ctx) => {
      started.resolve();
      for (let steps = 1; ; steps++) {
        await next.promise;
        next = deferred();
        try {
          await ctx.progress(steps);
        } finally {
          const reported = done;
          done = deferred();
          reported.resolve();
        }
        if (steps >= 3) return { processed: steps, detail: { steps } };
      }
    },
  };
  return {
    job,
    running: started.promise,
    step: async () => {
      const reported = done;
      next.resolve();
      await reported.promise;
    },
  };
}

const failing: Job = { name: 'fails', description: 'test: a bug', run: async () => Promise.reject(new Error('boom: a bug in the job')) };
const refusing: Job = {
  name: 'refuses',
  description: 'test: a refusal of the whole run',
  run: async () => refuse('order_closed', 'The order closed under the run.'),
};
const quick: Job = { name: 'quick', description: 'test: nothing to do', run: async () => ({ processed: 0 }) };

const runner = (jobs: Job[], store: Store = t.store, leaseSeconds = 60) =>
  new JobRunner(store.db, clock, 'immediate', jobs, { leaseSeconds, logger: quiet });

const runRow = async (id: number) => (await runById(t.store.db, id))!;
const statusOf = async (id: number) => (await runRow(id)).status;

describe(`job runs on ${databaseLabel}`, () => {
  it('records a failed run with its error code and message, and a refused one with the refusal', async () => {
    const r = runner([failing, refusing]);
    await expect(r.run('fails', 'test')).rejects.toThrow(/boom/);
    await expect(r.run('refuses', 'test')).rejects.toMatchObject({ refusal: { code: 'order_closed' } });
    const [refused, failed] = await t.store.db.selectFrom('job_runs').selectAll().where('job', 'in', ['fails', 'refuses']).orderBy('id', 'desc').execute();
    expect(failed).toMatchObject({ status: 'failed', error_code: 'internal_error', error_message: 'boom: a bug in the job' });
    expect(refused).toMatchObject({ status: 'failed', error_code: 'order_closed', error_message: 'The order closed under the run.' });
  });

  it('marks interrupted a run whose heartbeat lapsed (its process was killed), at the next start and at every heartbeat', async () => {
    const dead = async () =>
      (
        await sql<{ id: number }>`insert into job_runs (job, started_at, status, processed, actor, heartbeat_at)
          values ('quick', now() - interval '2 hours', 'running', 7, 'killed', now() - interval '1 hour') returning id`.execute(t.store.db)
      ).rows[0]!.id;
    const r = runner([quick]);
    const beforeStart = Number(await dead());
    await r.run('quick', 'test');
    expect(await runRow(beforeStart)).toMatchObject({ status: 'interrupted', errorCode: 'heartbeat_lapsed', processed: 7 });

    const whileRunning = Number(await dead());
    await r.leases.tick();
    expect(await statusOf(whileRunning)).toBe('interrupted');
  });

  it('renews the heartbeat and the progress of a running run, and keeps a live run running', async () => {
    const gated = gatedJob('gated-beat');
    const r = runner([gated.job]);
    const start = await r.start('gated-beat', { actor: 'test' });
    if (!start.started) throw new Error('not started');
    await gated.running;
    await sql`update job_runs set heartbeat_at = now() - interval '30 seconds' where id = ${start.runId}`.execute(t.store.db);
    const before = await runRow(start.runId);
    await gated.step();
    expect(before.processed).toBe(0);
    await r.leases.tick();
    const after = await runRow(start.runId);
    expect(after).toMatchObject({ status: 'running', processed: 1 });
    expect(new Date(after.heartbeatAt).getTime()).toBeGreaterThan(new Date(before.heartbeatAt).getTime());
    await gated.step();
    await gated.step();
    expect((await start.outcome).run).toMatchObject({ status: 'completed', processed: 3 });
    expect(await runRow(start.runId)).toMatchObject({ status: 'completed', processed: 3, detail: { steps: 3 } });
  });

  it('stops a run another process marked interrupted (lease lost) at its next step, and leaves it interrupted', async () => {
    const gated = gatedJob('gated-lost');
    const r = runner([gated.job]);
    const start = await r.start('gated-lost', { actor: 'test' });
    if (!start.started) throw new Error('not started');
    await gated.running;
    await sql`update job_runs set status = 'interrupted', error_code = 'heartbeat_lapsed' where id = ${start.runId}`.execute(t.store.db);
    await r.leases.tick();
    await gated.step();
    const outcome = await start.outcome;
    expect(outcome.run.status).toBe('interrupted');
    expect(await runRow(start.runId)).toMatchObject({ status: 'interrupted', errorCode: 'heartbeat_lapsed' });
  });

  it('on shutdown stops running jobs between steps and records them interrupted; a stuck one is marked all the same', async () => {
    const gated = gatedJob('gated-stop');
    let release: () => void = () => {};
    const stuck: Job = {
      name: 'stuck',
      description: 'test: never reaches a step boundary until let go',
      run: async () => {
        await new Promise<void>((resolve) => (release = resolve));
        return { processed: 1 };
      },
    };
    const r = runner([gated.job, stuck]);
    const a = await r.start('gated-stop', { actor: 'test' });
    const b = await r.start('stuck', { actor: 'test' });
    if (!a.started || !b.started) throw new Error('not started');
    await gated.running;
    const stopping = r.interruptAll(200);
    await gated.step();
    await stopping;
    expect(await runRow(a.runId)).toMatchObject({ status: 'interrupted', errorCode: 'shutdown' });
    expect(await runRow(b.runId)).toMatchObject({ status: 'interrupted', errorCode: 'shutdown' });
    release();
    expect((await b.outcome).run.status).toBe('interrupted'); // its late end changes nothing
    expect(await statusOf(b.runId)).toBe('interrupted');
  });
});

describe(`job run keys on ${databaseLabel}`, () => {
  it('name one run until they expire like every idempotency key; then the key runs the job again', async () => {
    const r = runner([quick]);
    const key = { key: 'nightly-refresh-key', fingerprint: 'f' };
    const first = await r.start('quick', { actor: 'test', idempotency: key });
    if (!first.started) throw new Error('not started');
    await first.outcome;
    expect((await r.start('quick', { actor: 'test', idempotency: key })).started).toBe(false);
    const dayLater = new TestClock(new Date(clock.now().getTime() + 25 * 3_600_000));
    const expired = await expireIdempotencyKeys(24, '17 * * * *').run({ ...t.f.ctx, clock: dayLater, today: '2026-11-02', params: {}, progress: async () => {} });
    expect(expired.detail).toMatchObject({ jobRunKeys: 1 });
    const again = await r.start('quick', { actor: 'test', idempotency: key });
    expect(again.started).toBe(true);
    if (again.started) await again.outcome;
    expect(await runRow(first.runId)).toMatchObject({ status: 'completed' }); // the run itself is kept
  });
});

describe(`one run per schedule slot on ${databaseLabel}`, () => {
  let other: Store | undefined;
  beforeAll(async () => {
    // A second "process": on PostgreSQL a pool of its own on the same database; PGlite has one connection.
    other = onPostgres ? await sameDatabase(t.store) : t.store;
  });
  afterAll(async () => {
    if (other && other !== t.store) await other.close();
  });

  it('runs a slot fired in two processes once', async () => {
    const gated = gatedJob('nightly');
    const a = runner([gated.job]);
    const b = runner([gated.job], other!);
    const slot = new Date('2026-11-02T00:15:00Z');
    const [first, second] = await Promise.all([
      a.start('nightly', { actor: 'scheduler', scheduledFor: slot }),
      b.start('nightly', { actor: 'scheduler', scheduledFor: slot }),
    ]);
    expect([first.started, second.started].filter(Boolean)).toHaveLength(1);
    const winner = first.started ? first : second;
    if (!winner.started) throw new Error('no winner');
    for (let i = 0; i < 3; i++) await gated.step();
    await winner.outcome;
    // The slot stays taken after the run ended: a process whose timer fired late does not run it again.
    expect((await b.start('nightly', { actor: 'scheduler', scheduledFor: slot })).started).toBe(false);
    const rows = await t.store.db.selectFrom('job_runs').select(['status']).where('job', '=', 'nightly').execute();
    expect(rows).toEqual([{ status: 'completed' }]);
  });

  it('leaves a slot alone while a run of the job is still running anywhere', async () => {
    const gated = gatedJob('hourly');
    const r = runner([gated.job]);
    const manual = await r.start('hourly', { actor: 'someone' });
    if (!manual.started) throw new Error('not started');
    await gated.running;
    const scheduled = await runner([gated.job], other!).start('hourly', { actor: 'scheduler', scheduledFor: new Date('2026-11-02T01:00:00Z') });
    expect(scheduled.started).toBe(false);
    for (let i = 0; i < 3; i++) await gated.step();
    await manual.outcome;
    expect((await runner([quick]).start('quick', { actor: 'scheduler', scheduledFor: new Date('2026-11-02T02:00:00Z') })).started).toBe(true);
  });

  it('runs a scheduled slot through the scheduler and logs nothing worse than info', async () => {
    const lines: string[] = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => lines.push(line) });
    await runScheduled(runner([quick]), 'quick', new Date('2026-11-02T03:00:00Z'), logger);
    await runScheduled(runner([quick]), 'quick', new Date('2026-11-02T03:00:00Z'), logger);
    expect(lines.map((l) => JSON.parse(l).msg)).toEqual(['scheduled job finished']);
  });

  it('names a firing by its planned time: on time, a little late, a little early, or after a skipped slot', () => {
    const cron = new Cron('*/30 * * * *', { paused: true });
    const at = (iso: string) => new Date(`2026-11-02T${iso}Z`);
    expect(slotOf(cron, at('00:30:00'), at('00:30:00.004'))).toEqual(at('00:30:00'));
    expect(slotOf(cron, at('00:30:00'), at('00:30:02.500'))).toEqual(at('00:30:00'));
    expect(slotOf(cron, at('00:30:00'), at('00:29:59.998'))).toEqual(at('00:30:00'));
    expect(slotOf(cron, at('01:00:00'), at('01:30:00.100'))).toEqual(at('01:30:00'));
    cron.stop();
  });
});

/** A second pool on the database of `store` (another process, as far as PostgreSQL can tell). */
async function sameDatabase(store: Store): Promise<Store> {
  const name = (await sql<{ name: string }>`select current_database() as name`.execute(store.db)).rows[0]!.name;
  const url = new URL(process.env.DATABASE_URL!);
  url.pathname = `/${name}`;
  return openStore({ databaseUrl: url.toString(), dataDir: '', poolSize: 4 });
}

