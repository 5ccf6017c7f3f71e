import { beforeAll, describe, expect, it } from 'vitest';
import { jobCatalogue } from '../../src/jobs/catalogue.js';
import { JobRunner } from '../../src/jobs/job-runner.js';
import { createItem } from '../../src/services/catalog/master-data.js';
import { createPurchaseOrder } from '../../src/services/supply/purchase-orders.js';
import { purchaseOrderView } from '../../src/queries/purchase-order-view.js';
import { replenishmentSuggestions } from '../../src/services/supply/replenishment.js';
import { databaseLabel } from '../support/test-store.js';
import { twoLocationsThreeCustomers } from '../support/fixtures.js';
import { useTestStore } from '../support/use-store.js';

// The fixtures' clock says 2026-11-01.
const t = useTestStore({
  invariants: { immediate: true },
  seed: async (f) => {
    await twoLocationsThreeCustomers(f);
    const item = (sku: string, replenishment: Parameters<typeof createItem>[1]['replenishment']) => f.inTx((tx) => createItem(tx, { sku, name: sku, replenishment }));
    await item('R-1', { supplier: 'Alpha', leadTimeDays: 10, minLevel: 5 });
    await item('R-2', { supplier: 'Alpha', leadTimeDays: 4, minLevel: 0, reorderQuantity: 24 });
    await item('R-3', { supplier: 'Beta', leadTimeDays: 2, minLevel: 3, location: 'EAST' });
    await item('R-4', { supplier: 'Beta', minLevel: 2 });
    await f.item('R-5');
    await f.receive('R-1', 2);
    await f.order('ACME', [{ sku: 'R-1', quantity: 6 }, { sku: 'R-2', quantity: 3 }, { sku: 'R-5', quantity: 9 }]);
    await f.receive('R-4', 2);
    await f.inTx((tx) => createPurchaseOrder(tx, { supplier: 'Beta', location: 'EAST', expectedDate: '2026-11-03', lines: [{ sku: 'R-3', quantity: 1 }] }));
  },
});

let runner: JobRunner;
beforeAll(() => {
  runner = new JobRunner(t.store.db, t.f.clock, 'immediate', jobCatalogue({ fillMode: 'immediate', primarySchedule: '* * * * *', secondarySchedule: '* * * * *' }));
});

describe(`replenishment on ${databaseLabel}`, () => {
  it('suggests per item and supplier what covers backorders and the minimum level, net of free stock and inbound', async () => {
    const { suggestions } = await replenishmentSuggestions(t.f.ctx, {});
    expect(suggestions.map((s) => [s.sku, s.supplier, s.location, s.backordered, s.available, s.inbound, s.quantity, s.expectedDate])).toEqual([
      ['R-1', 'Alpha', 'MAIN', 4, 0, 0, 9, '2026-11-11'],
      ['R-2', 'Alpha', 'MAIN', 3, 0, 0, 24, '2026-11-05'],
      ['R-3', 'Beta', 'EAST', 0, 0, 1, 2, '2026-11-03'],
    ]);
    expect((await replenishmentSuggestions(t.f.ctx, { supplier: 'Beta' })).suggestions.map((s) => s.sku)).toEqual(['R-3']);
  });

  it('drafts one purchase order per supplier and location, and nothing more on a second run', async () => {
    const run = await runner.run('replenishment', 'test');
    expect(run).toMatchObject({ status: 'completed', processed: 2, detail: { lines: 3, units: 35 } });
    const drafts = await Promise.all((run.detail!.purchaseOrders as number[]).map((id) => purchaseOrderView(t.store.db, id)));
    expect(drafts.map((d) => [d.supplier, d.location, d.status, d.expectedDate, d.lines.map((l) => [l.sku, l.quantity])])).toEqual([
      ['Alpha', 'MAIN', 'draft', '2026-11-11', [['R-1', 9], ['R-2', 24]]],
      ['Beta', 'EAST', 'draft', '2026-11-03', [['R-3', 2]]],
    ]);
    expect((await replenishmentSuggestions(t.f.ctx, {})).suggestions).toEqual([]);
    expect(await runner.run('replenishment', 'test')).toMatchObject({ processed: 0 });
  });
});
