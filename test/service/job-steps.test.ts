import { describe, expect, it } from 'vitest';
import { isRefused, refuse } from '../../src/domain/refusal.js';
import type { Job, JobContext } from '../../src/jobs/job.js';
import { JobRunner } from '../../src/jobs/job-runner.js';
import { JobSteps } from '../../src/jobs/job-steps.js';
import { releaseToWarehouseJob } from '../../src/jobs/release-to-warehouse.js';
import { runById } from '../../src/repositories/job-run-repository.js';
import { enterOrders } from '../../src/services/orders/order-entry.js';
import { cancelOrder } from '../../src/services/orders/order-cancellation.js';
import { defaultReleaseSettings } from '../../src/services/release/order-release.js';
import { twoLocationsThreeCustomers } from '../support/fixtures.js';
import { databaseLabel } from '../support/test-store.js';
import { useTestStore } from '../support/use-store.js';

const t = useTestStore({ invariants: { immediate: true }, seed: twoLocationsThreeCustomers });

let n = 0;
const sku = () => `STEP-${++n}`;

/** `count` one-unit orders of one item, all allocated from stock, entered in one batch. */
async function allocatedOrders(count: number): Promise<number[]> {
  const s = sku();
  await t.f.item(s);
  await t.f.receive(s, count);
  const entered = await t.f.inTx((tx) => enterOrders(tx, Array.from({ length: count }, () => ({ customer: 'ACME', lines: [{ sku: s, quantity: 1 }] }))));
  return entered.map((e) => {
    if (isRefused(e)) throw new Error(e.detail);
    return e.id;
  });
}

/** The declared job, with a hook the test runs after a given number of its steps (as a concurrent request would land). */
function withHook(job: Job, afterSteps: number, hook: () => Promise<void>): Job {
  let done = false;
  return {
    ...job,
    run: (ctx: JobContext) =>
      job.run({
        ...ctx,
        progress: async (count) => {
          if (count >= afterSteps && !done) {
            done = true;
            await hook();
          }
          await ctx.progress(count);
        },
      }),
  };
}

describe(`jobs work step by step on ${databaseLabel}`, () => {
  it('release-to-warehouse completes when one of 150 orders is cancelled while it runs: 149 released, the one skipped and reported', async () => {
    const orders = await allocatedOrders(150);
    const victim = orders[100]!;
    const job = withHook(releaseToWarehouseJob(undefined, defaultReleaseSettings), 50, () =>
      t.f.inTx((tx) => cancelOrder(tx, victim, { reason: 'customer called' })).then(() => undefined),
    );
    const runner = new JobRunner(t.store.db, t.f.clock, 'immediate', [job]);
    const run = await runner.run('release-to-warehouse', 'test');
    expect(run).toMatchObject({ status: 'completed', processed: 149 });
    expect(run.detail).toMatchObject({ orders: orders.filter((id) => id !== victim), skipped: [{ orderId: victim, code: 'order_closed' }] });
    expect(await runById(t.store.db, run.runId)).toMatchObject({ status: 'completed', processed: 149, errorCode: null });
  });

  it('skips a step refused by a rule and goes on, but stops at anything else (a bug, the database gone)', async () => {
    const ctx: JobContext = {
      db: t.store.db,
      actor: 'test',
      clock: t.f.clock,
      fillMode: 'immediate',
      today: '2026-11-01',
      params: {},
      progress: async () => {},
      signal: new AbortController().signal,
    };
    const steps = new JobSteps(ctx);
    expect(await steps.run({ orderId: 1 }, async () => refuse('order_closed', 'Order 1 is closed.'))).toBeUndefined();
    expect(await steps.run({ orderId: 2 }, async () => 'released')).toBe('released');
    expect(steps.skipped).toEqual([{ orderId: 1, code: 'order_closed', detail: 'Order 1 is closed.' }]);
    await expect(steps.run({ orderId: 3 }, async () => Promise.reject(new Error('a bug')))).rejects.toThrow('a bug');
  });

  it('stops between steps once the run is told to stop', async () => {
    const stop = new AbortController();
    const steps = new JobSteps({
      db: t.store.db,
      actor: 'test',
      clock: t.f.clock,
      fillMode: 'immediate',
      today: '2026-11-01',
      params: {},
      progress: async () => {},
      signal: stop.signal,
    });
    await steps.run({ orderId: 1 }, async () => 1);
    stop.abort(new Error('shutdown'));
    await expect(steps.run({ orderId: 2 }, async () => 2)).rejects.toThrow('shutdown');
  });
});
