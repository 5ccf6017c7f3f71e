import { describe, expect, it } from 'vitest';
import { databaseLabel } from '../support/test-store.js';
import { useTestApp } from '../support/use-store.js';

// A line filled by the purchase order raised for it holds that stock pegged; shipping it (in full
// or picked short) takes the pegging with it instead of failing on the allocation's check.
const t = useTestApp({
  invariants: { immediate: true },
  seed: async (http) => {
    await http.ok(201, 'POST', '/v1/locations', { code: 'WH1', name: 'Warehouse 1' });
    await http.ok(201, 'POST', '/v1/customers', { code: 'ACME', name: 'Acme', shipType: 'partial_ok' });
    await http.ok(201, 'POST', '/v1/items', { sku: 'BOX', name: 'Box', unitPrice: 1 });
    await http.ok(201, 'POST', '/v1/stock/receipts', { sku: 'BOX', location: 'WH1', quantity: 4 });
  },
});

async function peggedLine(quantity: number) {
  const order = await t.http.ok(201, 'POST', '/v1/orders', { customer: 'ACME', location: 'WH1', lines: [{ sku: 'BOX', quantity }] });
  const short = order.lines[0].backordered;
  const po = await t.http.ok(201, 'POST', '/v1/purchase-orders', {
    supplier: 'Boxes Ltd',
    location: 'WH1',
    expectedDate: '2026-12-20',
    lines: [{ sku: 'BOX', quantity: short, orderId: order.id, lineNo: 1 }],
  });
  await t.http.ok(200, 'POST', `/v1/purchase-orders/${po.id}/receive`, {});
  const released = await t.http.ok(200, 'POST', `/v1/orders/${order.id}/release`, {});
  return { orderId: order.id, shipmentId: released.shipments[0] as number };
}

describe(`shipping a line held by its linked supply through HTTP on ${databaseLabel}`, () => {
  it('ships a pegged line in full', async () => {
    const { orderId, shipmentId } = await peggedLine(6);
    const shipped = await t.http.ok(200, 'POST', `/v1/shipments/${shipmentId}/ship`, {});
    expect(shipped.lines).toEqual([expect.objectContaining({ orderId, quantity: 6, shipped: 6 })]);
    expect((await t.http.ok(200, 'GET', `/v1/orders/${orderId}`)).lines[0]).toMatchObject({ shipped: 6, allocated: 0, backordered: 0 });
  });

  it('ships a pegged line picked short: the rest waits again', async () => {
    await t.http.ok(201, 'POST', '/v1/stock/receipts', { sku: 'BOX', location: 'WH1', quantity: 2 });
    const { orderId, shipmentId } = await peggedLine(5);
    await t.http.ok(200, 'POST', `/v1/shipments/${shipmentId}/ship`, { lines: [{ orderId, lineNo: 1, quantity: 3 }] });
    expect((await t.http.ok(200, 'GET', `/v1/orders/${orderId}`)).lines[0]).toMatchObject({ quantity: 5, shipped: 3, allocated: 0, backordered: 2 });
  });
});
