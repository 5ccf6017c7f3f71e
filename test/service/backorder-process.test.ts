import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { jobCatalogue } from '../../src/jobs/catalogue.js';
import { JobRunner } from '../../src/jobs/job-runner.js';
import { orderView } from '../../src/queries/order-view.js';
import { databaseLabel } from '../support/test-store.js';
import { useTestStore } from '../support/use-store.js';

// One bad item must not block the others (issue "Nothing stranded, nothing lost", item 4).
const t = useTestStore({
  fillMode: 'scheduled',
  invariants: { immediate: false },
  seed: async (f) => {
    await f.location('MAIN');
    await f.customer('ACME');
  },
});

let runner: JobRunner;
beforeAll(() => {
  runner = new JobRunner(t.store.db, t.f.clock, 'scheduled', jobCatalogue({ fillMode: 'scheduled', primarySchedule: '* * * * *', secondarySchedule: '* * * * *' }));
});
const allocatedOf = async (orderId: number) => (await orderView(t.store.db, orderId)).lines.map((l) => l.allocated);

describe(`the backorder processes on ${databaseLabel}`, () => {
  it('fill lines of the largest quantities the API accepts, whatever their sum', async () => {
    await t.f.item('BIG');
    const order = await t.f.order('ACME', [
      { sku: 'BIG', quantity: 1_000_000_000 },
      { sku: 'BIG', quantity: 1_000_000_000 },
      { sku: 'BIG', quantity: 1_000_000_000 },
    ]);
    for (let i = 0; i < 3; i++) await t.f.receive('BIG', 1_000_000_000);
    const run = await runner.run('primary-backorder-process', 'test');
    expect(run).toMatchObject({ status: 'completed', processed: 3 });
    expect(await allocatedOf(order.id)).toEqual([1_000_000_000, 1_000_000_000, 1_000_000_000]);
  });

  it('fill the other items of a page when one fails, report it, and retry it on the next run', async () => {
    await t.f.item('GOOD');
    await t.f.item('BAD');
    const good = await t.f.order('ACME', [{ sku: 'GOOD', quantity: 2 }]);
    const bad = await t.f.order('ACME', [{ sku: 'BAD', quantity: 2 }]);
    await t.f.receive('GOOD', 2);
    await t.f.receive('BAD', 2);
    const badId = (await t.store.db.selectFrom('items').select('id').where('sku', '=', 'BAD').executeTakeFirstOrThrow()).id;
    // A fault the database raises for one item only (e.g. a constraint a bad row breaks).
    await sql.raw(`
      create function fail_for_item() returns trigger language plpgsql as $$
      begin if new.item_id = ${badId} then raise exception 'simulated fault for item ${badId}'; end if; return new; end $$`).execute(t.store.db);
    await sql.raw('create trigger fail_for_item before update on order_lines for each row execute function fail_for_item()').execute(t.store.db);
    try {
      const run = await runner.run('primary-backorder-process', 'test');
      expect(run).toMatchObject({ status: 'completed', processed: 1, detail: { failed: [{ sku: 'BAD' }] } });
      expect(await allocatedOf(good.id)).toEqual([2]);
      expect(await allocatedOf(bad.id)).toEqual([0]);
    } finally {
      await sql.raw('drop trigger fail_for_item on order_lines').execute(t.store.db);
      await sql.raw('drop function fail_for_item()').execute(t.store.db);
    }
    expect(await runner.run('primary-backorder-process', 'test')).toMatchObject({ processed: 1 });
    expect(await allocatedOf(bad.id)).toEqual([2]);
  });
});
