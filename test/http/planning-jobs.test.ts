import { describe, expect, it } from 'vitest';
import { databaseLabel } from '../support/test-store.js';
import { useTestApp } from '../support/use-store.js';

// The app's clock says 2026-11-01.
const t = useTestApp({
  invariants: { immediate: true },
  seed: async (http) => {
    await http.ok(201, 'POST', '/v1/locations', { code: 'MAIN', name: 'Main warehouse', priority: 10 });
    await http.ok(201, 'POST', '/v1/fulfillment-policies', { code: 'XDOCK', backorderStrategy: 'backorder_allowed' });
    const inFull = await http.ok(201, 'POST', '/v1/fulfillment-policies', {
      code: 'IN-FULL',
      backorderStrategy: 'deliver_in_full',
      preventPartialDelivery: true,
      crossDockPolicy: 'XDOCK',
      crossDockWindowDays: 3,
    });
    expect(inFull).toMatchObject({ code: 'IN-FULL', crossDockPolicy: 'XDOCK', crossDockWindowDays: 3 });
    await http.ok(201, 'POST', '/v1/customers', { code: 'FULL', name: 'In full', fulfillmentPolicy: 'IN-FULL' });
    await http.ok(201, 'POST', '/v1/customers', { code: 'ACME', name: 'Acme' });
  },
});

describe(`planning jobs through HTTP on ${databaseLabel}`, () => {
  it('switches a deliver-in-full order waiting for its purchase order to the cross-dock policy, within the window', async () => {
    await t.http.ok(201, 'POST', '/v1/items', { sku: 'XD', name: 'Cross-docked' });
    await t.http.ok(201, 'POST', '/v1/stock/receipts', { sku: 'XD', location: 'MAIN', quantity: 2 });
    const soon = await t.http.ok(201, 'POST', '/v1/orders', { customer: 'FULL', requestedShipDate: '2026-11-12', lines: [{ sku: 'XD', quantity: 5 }] });
    const later = await t.http.ok(201, 'POST', '/v1/orders', { customer: 'FULL', requestedShipDate: '2026-11-30', lines: [{ sku: 'XD', quantity: 1 }] });
    const unlinked = await t.http.ok(201, 'POST', '/v1/orders', { customer: 'FULL', requestedShipDate: '2026-11-12', lines: [{ sku: 'XD', quantity: 1 }] });
    expect(soon.fulfillmentPolicy).toBe('IN-FULL');
    await t.http.ok(201, 'POST', '/v1/purchase-orders', {
      supplier: 'Dock Co',
      location: 'MAIN',
      expectedDate: '2026-11-10',
      lines: [
        { sku: 'XD', quantity: 3, orderId: soon.id, lineNo: 1 },
        { sku: 'XD', quantity: 1, orderId: later.id, lineNo: 1 },
      ],
    });

    const run = await t.http.ok(200, 'POST', '/v1/jobs/update-crossdock-policies/run', { asOf: '2026-11-01' });
    expect(run).toMatchObject({ status: 'completed', processed: 1, detail: { checked: 2, orders: [soon.id] } });
    expect(await t.http.ok(200, 'GET', `/v1/orders/${soon.id}`)).toMatchObject({ fulfillmentPolicy: 'XDOCK', lines: [{ preventPartialDelivery: false }] });
    expect((await t.http.ok(200, 'GET', `/v1/orders/${later.id}`)).fulfillmentPolicy).toBe('IN-FULL');
    expect((await t.http.ok(200, 'GET', `/v1/orders/${unlinked.id}`)).fulfillmentPolicy).toBe('IN-FULL');
    const history = await t.http.ok(200, 'GET', `/v1/orders/${soon.id}/history`);
    expect(history.entries.find((e: { action: string }) => e.action === 'cross_dock_policy').reason).toContain('IN-FULL → XDOCK');
    expect(await t.http.ok(200, 'POST', '/v1/jobs/update-crossdock-policies/run', { asOf: '2026-11-01' })).toMatchObject({ processed: 0 });

    // Run nearer the later order's date (asOf may not name a day that has not come: the clock moves there and back).
    t.http.clock.advanceDays(26);
    try {
      expect(await t.http.ok(200, 'POST', '/v1/jobs/update-crossdock-policies/run', { asOf: '2026-11-27' })).toMatchObject({ processed: 1 });
    } finally {
      t.http.clock.advanceDays(-26);
    }
    expect((await t.http.ok(200, 'GET', `/v1/orders/${later.id}`)).fulfillmentPolicy).toBe('XDOCK');
  });

  it('suggests replenishment and drafts purchase orders that are confirmed into supply', async () => {
    await t.http.ok(201, 'POST', '/v1/items', { sku: 'RP', name: 'Replenished', replenishment: { supplier: 'Reorder Inc', leadTimeDays: 3, minLevel: 4 } });
    await t.http.ok(201, 'POST', '/v1/orders', { customer: 'ACME', lines: [{ sku: 'RP', quantity: 6 }] });
    const { suggestions } = await t.http.ok(200, 'GET', '/v1/replenishment/suggestions?supplier=Reorder%20Inc');
    expect(suggestions).toEqual([
      { sku: 'RP', supplier: 'Reorder Inc', location: 'MAIN', backordered: 6, available: 0, inbound: 0, minLevel: 4, reorderQuantity: 0, quantity: 10, expectedDate: '2026-11-04' },
    ]);
    const run = await t.http.ok(200, 'POST', '/v1/jobs/replenishment/run', { supplier: 'Reorder Inc' });
    expect(run).toMatchObject({ processed: 1, detail: { lines: 1, units: 10 } });
    const [draftId] = run.detail.purchaseOrders;
    expect((await t.http.ok(200, 'GET', '/v1/purchase-orders?status=draft')).items.map((p: { id: number }) => p.id)).toEqual([draftId]);
    expect((await t.http.ok(200, 'GET', '/v1/replenishment/suggestions')).suggestions).toEqual([]);
    expect((await t.http.post('/v1/jobs/replenishment/run', { supplier: 7 })).body.code).toBe('validation_failed');

    const confirmed = await t.http.ok(200, 'POST', `/v1/purchase-orders/${draftId}/confirm`);
    expect(confirmed.status).toBe('open');
    const backorders = await t.http.ok(200, 'GET', '/v1/backorders?sku=RP');
    expect(backorders.items[0]).toMatchObject({ backordered: 6, expectedShipDate: '2026-11-04' });
  });
});
