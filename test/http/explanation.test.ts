import { describe, expect, it } from 'vitest';
import { databaseLabel } from '../support/test-store.js';
import { useTestApp } from '../support/use-store.js';

const t = useTestApp({
  seed: async (http) => {
    await http.ok(201, 'POST', '/v1/locations', { code: 'WH1', name: 'Warehouse 1' });
    await http.ok(201, 'POST', '/v1/customers', { code: 'WEB', name: 'Web shop' });
    await http.ok(201, 'POST', '/v1/fulfillment-policies', { code: 'SLA30', backorderStrategy: 'backorder_allowed', cancelAfterDays: 30 });
  },
});

const explain = (orderId: number, lineNo = 1) => t.http.get(`/v1/orders/${orderId}/lines/${lineNo}/explanation`);

describe(`why is this line waiting (GET …/lines/{lineNo}/explanation) on ${databaseLabel}`, () => {
  it('answers the queue place, what is owed ahead, the purchase order that covers it and the cancellation date', async () => {
    await t.http.ok(201, 'POST', '/v1/items', { sku: 'EXP-1', name: 'Explained' });
    await t.http.ok(201, 'POST', '/v1/stock/receipts', { sku: 'EXP-1', location: 'WH1', quantity: 2 });
    const first = await t.http.ok(201, 'POST', '/v1/orders', { customer: 'WEB', lines: [{ sku: 'EXP-1', quantity: 3 }] });
    const second = await t.http.ok(201, 'POST', '/v1/orders', { customer: 'WEB', fulfillmentPolicy: 'SLA30', lines: [{ sku: 'EXP-1', quantity: 4 }] });
    const po = await t.http.ok(201, 'POST', '/v1/purchase-orders', { supplier: 'ACME', location: 'WH1', expectedDate: '2027-01-15', lines: [{ sku: 'EXP-1', quantity: 10 }] });

    const answer = await explain(second.id);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      waiting: true,
      lineNo: 1,
      sku: 'EXP-1',
      backordered: 4,
      queue: { position: 2, linesAhead: 1, unitsAhead: 1 },
      freeStock: [{ location: 'WH1', available: 0 }],
      coveredBy: { source: 'purchase_order', reference: `PO#${po.id}`, quantity: 10, date: '2027-01-15' },
      expectedShipDate: '2027-01-15',
      cancellation: { afterDays: 30 },
    });
    expect(answer.body.sentence).toMatch(/^Line 1 \(EXP-1 × 4\) waits for 4 units\. It is 2nd in the EXP-1 queue/);
    expect(answer.body.sentence).toContain(`Purchase order PO#${po.id} brings 10 units to WH1 on 2027-01-15, so it is expected to ship on 2027-01-15.`);
    expect((await explain(first.id)).body).toMatchObject({ waiting: true, queue: { position: 1, linesAhead: 0 }, cancellation: null });

    await t.http.ok(201, 'POST', '/v1/stock/receipts', { sku: 'EXP-1', location: 'WH1', quantity: 5 });
    expect((await explain(second.id)).body).toMatchObject({ waiting: false, reason: 'filled' });
  });

  it('refuses an unknown order or line with its problem, and a cancelled line says so', async () => {
    await t.http.ok(201, 'POST', '/v1/items', { sku: 'EXP-2', name: 'Explained two' });
    const order = await t.http.ok(201, 'POST', '/v1/orders', { customer: 'WEB', lines: [{ sku: 'EXP-2', quantity: 1 }] });
    expect((await explain(order.id, 9)).body).toMatchObject({ status: 404, code: 'line_not_found' });
    expect((await explain(999_999)).body).toMatchObject({ status: 404, code: 'order_not_found' });
    expect((await t.http.get(`/v1/orders/${order.id}/lines/x/explanation`)).body).toMatchObject({ code: 'line_not_found' });
    await t.http.ok(200, 'POST', `/v1/orders/${order.id}/cancel`, { reason: 'customer asked' });
    expect((await explain(order.id)).body).toMatchObject({ waiting: false, reason: 'cancelled', sentence: 'Line 1 (EXP-2 × 1) is not waiting: it was cancelled.' });
  });
});
