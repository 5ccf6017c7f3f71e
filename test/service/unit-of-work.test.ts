import { describe, expect, it } from 'vitest';
import { Commands } from '../../src/app/commands.js';
import { IdempotencyKeys } from '../../src/app/idempotency.js';
import { logEntries } from '../../src/app/journal.js';
import { unitOfWork } from '../../src/app/unit-of-work.js';
import { refusal, Refused } from '../../src/domain/refusal.js';
import { expireIdempotencyKeys } from '../../src/jobs/expire-idempotency-keys.js';
import { orderHistory } from '../../src/queries/history.js';
import { TestClock } from '../support/fixtures.js';
import { databaseLabel } from '../support/test-store.js';
import { useTestStore } from '../support/use-store.js';

const clock = new TestClock();
const t = useTestStore({
  clock,
  seed: async (f) => {
    await f.location('MAIN');
    await f.customer('ACME');
    await f.item('U-1');
  },
});

const serializationFailure = () => Object.assign(new Error('could not serialize access'), { code: '40001' });

describe(`the unit of work on ${databaseLabel}`, () => {
  it('runs the work again when the database asks for a retry (40001, 40P01), and not otherwise', async () => {
    let attempts = 0;
    const answer = await unitOfWork(t.f.ctx, async () => {
      attempts++;
      if (attempts < 3) throw attempts === 1 ? serializationFailure() : Object.assign(new Error('deadlock'), { code: '40P01' });
      return 'done';
    });
    expect({ answer, attempts }).toEqual({ answer: 'done', attempts: 3 });

    attempts = 0;
    const broken = unitOfWork(t.f.ctx, async () => {
      attempts++;
      throw Object.assign(new Error('syntax'), { code: '42601' });
    });
    await expect(broken).rejects.toThrow('syntax');
    expect(attempts).toBe(1);
  });

  it('writes the record log once, at its end, in the order the entries were made, each with who made it', async () => {
    const order = await t.f.order('ACME', [{ sku: 'U-1', quantity: 1 }]);
    await unitOfWork(t.f.ctx, async (ctx) => {
      logEntries(ctx, [{ entity: 'order', action: 'first', orderId: order.id }]);
      logEntries({ ...ctx, actor: 'maria' }, [{ entity: 'order', action: 'second', orderId: order.id }]);
      logEntries(ctx, [{ entity: 'order', action: 'third', orderId: order.id }]);
      // Nothing is in the log until the work is done.
      expect((await orderHistory(ctx, order.id)).entries.map((e) => e.action)).not.toContain('first');
    });
    const entries = (await orderHistory(t.f.ctx, order.id)).entries.slice(-3);
    expect(entries.map((e) => [e.action, e.actor])).toEqual([
      ['first', 'test'],
      ['second', 'maria'],
      ['third', 'test'],
    ]);
  });

  it('writes nothing of a work that throws a refusal', async () => {
    const order = await t.f.order('ACME', [{ sku: 'U-1', quantity: 1 }]);
    const before = (await orderHistory(t.f.ctx, order.id)).entries.length;
    const refused = unitOfWork(t.f.ctx, async (ctx) => {
      logEntries(ctx, [{ entity: 'order', action: 'never', orderId: order.id }]);
      throw new Refused(refusal('nothing_to_change', 'no'));
    });
    await expect(refused).rejects.toBeInstanceOf(Refused);
    expect((await orderHistory(t.f.ctx, order.id)).entries).toHaveLength(before);
  });
});

describe(`idempotency keys on ${databaseLabel}`, () => {
  const commands = () => new Commands({ db: t.store.db, clock, fillMode: 'immediate', idempotency: new IdempotencyKeys(1) });

  it('replay the first answer, refuse another request, and expire after their lifetime', async () => {
    let runs = 0;
    const run = (fingerprint: string) => commands().run('test', 201, { key: 'K-1', fingerprint }, async () => ({ run: ++runs }));
    expect(await run('a')).toEqual({ status: 201, body: { run: 1 }, replayed: false });
    expect(await run('a')).toEqual({ status: 201, body: { run: 1 }, replayed: true });
    await expect(run('b')).rejects.toMatchObject({ refusal: { code: 'idempotency_key_reused' } });

    clock.advanceDays(1); // the key lived 1 hour: a new request may take it
    expect(await run('b')).toEqual({ status: 201, body: { run: 2 }, replayed: false });
    expect(runs).toBe(2);
  });

  it('are given back when the command refuses, so a retry runs again', async () => {
    let runs = 0;
    const run = () =>
      commands().run('test', 200, { key: 'K-2', fingerprint: 'x' }, async () => (++runs === 1 ? refusal('nothing_to_change', 'not yet') : { ok: true }));
    await expect(run()).rejects.toMatchObject({ refusal: { code: 'nothing_to_change' } });
    expect(await run()).toMatchObject({ body: { ok: true }, replayed: false });
  });

  it('older than their lifetime are deleted by the expire-idempotency-keys job', async () => {
    await commands().run('test', 200, { key: 'K-3', fingerprint: 'x' }, async () => ({}));
    clock.advanceDays(1);
    const job = expireIdempotencyKeys(1, '17 * * * *');
    const result = await job.run({ ...t.f.ctx, today: '2026-11-05', params: {}, progress: async () => {} });
    expect(result.processed).toBeGreaterThanOrEqual(1);
    const left = await t.store.db.selectFrom('idempotency_keys').select('key').where('key', '=', 'K-3').execute();
    expect(left).toEqual([]);
  });
});
