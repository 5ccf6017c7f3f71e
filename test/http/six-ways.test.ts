import { describe, expect, it } from 'vitest';
import { databaseLabel } from '../support/test-store.js';
import { useTestApp } from '../support/use-store.js';

// The app's clock says 2026-11-01.
const t = useTestApp({
  invariants: { immediate: true },
  seed: async (http) => {
    await http.ok(201, 'POST', '/v1/locations', { code: 'MAIN', name: 'Main warehouse', priority: 10 });
    await http.ok(201, 'POST', '/v1/locations', { code: 'EAST', name: 'East store', priority: 5 });
    await http.ok(201, 'POST', '/v1/fulfillment-policies', { code: 'IN-FULL', backorderStrategy: 'deliver_in_full', preventPartialDelivery: true });
    await http.ok(201, 'POST', '/v1/customers', { code: 'ACME', name: 'Acme' });
    await http.ok(201, 'POST', '/v1/customers', { code: 'BETA', name: 'Beta' });
    await http.ok(201, 'POST', '/v1/customers', { code: 'PATIENT', name: 'Ships complete', shipType: 'complete', fulfillmentPolicy: 'IN-FULL' });
  },
});

interface Line {
  lineNo: number;
  quantity: number;
  allocated: number;
  backordered: number;
  shipped: number;
  cancelled: number;
  status: string;
  expectedShipDate: string | null;
  allocations: { location: string; quantity: number }[];
}
interface Order { id: number; status: string; customer: string; priority: number; splitFrom: number | null; location: string | null; lines: Line[] }

const item = (sku: string, extra: Record<string, unknown> = {}) => t.http.ok(201, 'POST', '/v1/items', { sku, name: sku, unitPrice: 10, ...extra });
const receive = (sku: string, quantity: number, location = 'MAIN') => t.http.ok(201, 'POST', '/v1/stock/receipts', { sku, location, quantity });
const order = (customer: string, sku: string, quantity: number, extra: Record<string, unknown> = {}): Promise<Order> =>
  t.http.ok(201, 'POST', '/v1/orders', { customer, lines: [{ sku, quantity }], ...extra });
const getOrder = (id: number): Promise<Order> => t.http.ok(200, 'GET', `/v1/orders/${id}`);

describe(`the six ways to handle a backorder, through HTTP on ${databaseLabel}`, () => {
  it('1. parks an order until it can ship in full, and says when that will be', async () => {
    await item('W1');
    await receive('W1', 2);
    const parked = await order('PATIENT', 'W1', 5);
    expect(parked).toMatchObject({ status: 'awaiting_full_allocation', lines: [{ allocated: 2, backordered: 3, expectedShipDate: null }] });
    const po = await t.http.ok(201, 'POST', '/v1/purchase-orders', { supplier: 'W Co', location: 'MAIN', expectedDate: '2026-11-10', lines: [{ sku: 'W1', quantity: 3 }] });
    expect((await getOrder(parked.id)).lines[0]!.expectedShipDate).toBe('2026-11-10');
    await t.http.ok(200, 'POST', `/v1/purchase-orders/${po.id}/receive`);
    expect(await getOrder(parked.id)).toMatchObject({ status: 'allocated', lines: [{ allocated: 5, expectedShipDate: null }] });
  });

  it('2. ships what is there and raises a purchase order for the shortage plus the minimum level', async () => {
    await item('W2', { replenishment: { supplier: 'Widget Works', leadTimeDays: 7, minLevel: 10 } });
    await receive('W2', 4);
    const short = await order('ACME', 'W2', 10);
    expect(short.lines[0]).toMatchObject({ allocated: 4, backordered: 6 });

    const raised = await t.http.ok(201, 'POST', `/v1/orders/${short.id}/purchase-orders`);
    expect(raised.purchaseOrders).toHaveLength(1);
    const po = raised.purchaseOrders[0];
    expect(po).toMatchObject({ supplier: 'Widget Works', location: 'MAIN', status: 'open', expectedDate: '2026-11-08', dropShip: false });
    expect(po.lines).toEqual([
      { lineNo: 1, sku: 'W2', quantity: 6, received: 0, open: 6, orderId: short.id, orderLineNo: 1 },
      { lineNo: 2, sku: 'W2', quantity: 10, received: 0, open: 10, orderId: null, orderLineNo: null },
    ]);
    expect((await getOrder(short.id)).lines[0]!.expectedShipDate).toBe('2026-11-08');
    expect((await t.http.post(`/v1/orders/${short.id}/purchase-orders`, {})).body.code).toBe('nothing_to_source');

    const { next } = await t.http.ok(200, 'GET', '/v1/stock-arrivals?limit=500');
    await t.http.ok(200, 'POST', `/v1/purchase-orders/${po.id}/receive`);
    expect(await getOrder(short.id)).toMatchObject({ status: 'allocated', lines: [{ allocated: 10 }] });
    expect(await t.http.ok(200, 'GET', '/v1/stock/W2')).toMatchObject({ onHand: 20, allocated: 10, available: 10 });
    // The alert that the stock has arrived, listing the order it filled.
    const { events } = await t.http.ok(200, 'GET', `/v1/stock-arrivals?after=${next}`);
    expect(events).toMatchObject([
      { type: 'stock_arrived', sku: 'W2', location: 'MAIN', reference: `PO#${po.id}`, received: 6, filled: 6, orders: [{ orderId: short.id, lines: [{ lineNo: 1, quantity: 6 }] }] },
    ]);
  });

  it('3. closes the order after what can ship and opens a new one for the rest, which keeps its place', async () => {
    await item('W3');
    await receive('W3', 5);
    const original = await order('ACME', 'W3', 8, { priority: 2, reference: 'PO-77' });
    const later = await order('BETA', 'W3', 3, { priority: 2 });

    const split = await t.http.ok(201, 'POST', `/v1/orders/${original.id}/split`);
    expect(Object.keys(split)).toEqual(['newOrderId']);
    const closed = await getOrder(original.id);
    expect(closed).toMatchObject({ status: 'allocated', lines: [{ quantity: 8, allocated: 5, cancelled: 3, backordered: 0 }] });
    const remainder = await getOrder(split.newOrderId);
    expect(remainder).toMatchObject({ customer: 'ACME', priority: 2, splitFrom: original.id, status: 'backordered' });
    expect(remainder.lines).toMatchObject([{ lineNo: 1, quantity: 3, backordered: 3 }]);
    const history = await t.http.ok(200, 'GET', `/v1/orders/${original.id}/history`);
    expect(history.entries.find((e: { action: string }) => e.action === 'cancelled').reason).toContain(`split: remainder moved to order ${split.newOrderId} line 1`); // numbered from 1 (issue 11)

    // The remainder is served before the order entered after the original.
    await receive('W3', 3);
    expect((await getOrder(split.newOrderId)).lines[0]!.allocated).toBe(3);
    expect((await getOrder(later.id)).lines[0]!.allocated).toBe(0);
    expect((await t.http.post(`/v1/orders/${original.id}/split`)).body).toMatchObject({ status: 422, code: 'nothing_to_split' });
  });

  it('4. pulls from several locations, the order’s own first, then by location priority', async () => {
    await item('W4');
    await receive('W4', 3, 'EAST');
    await receive('W4', 10, 'MAIN');
    const east = await order('ACME', 'W4', 5, { location: 'EAST' });
    expect(east.location).toBe('EAST');
    expect(east.lines[0]!.allocations).toEqual([
      { location: 'MAIN', quantity: 2, released: 0 },
      { location: 'EAST', quantity: 3, released: 0 },
    ]);
    const anywhere = await order('BETA', 'W4', 5);
    expect(anywhere.lines[0]!.allocations).toEqual([{ location: 'MAIN', quantity: 5, released: 0 }]);
    expect((await t.http.post('/v1/orders', { customer: 'ACME', location: 'NOWHERE', lines: [{ sku: 'W4', quantity: 1 }] })).body.code).toBe('location_not_found');
  });

  it('5. transfers what the order lacks at its location from another location', async () => {
    await item('W5');
    await receive('W5', 6, 'MAIN');
    const east = await order('ACME', 'W5', 6, { location: 'EAST' });
    expect(east.lines[0]!.allocations).toEqual([{ location: 'MAIN', quantity: 6, released: 0 }]);

    const transfer = await t.http.ok(201, 'POST', `/v1/orders/${east.id}/transfer-orders`, { from: 'MAIN', expectedDate: '2026-11-03' });
    expect(transfer).toMatchObject({ from: 'MAIN', to: 'EAST', status: 'open', lines: [{ sku: 'W5', quantity: 6, orderId: east.id, orderLineNo: 1 }] });
    expect((await t.http.post(`/v1/orders/${east.id}/transfer-orders`, { from: 'MAIN', expectedDate: '2026-11-03' })).body.code).toBe('nothing_to_source');
    // From the order's own location: not "nothing to source" but a transfer that cannot be.
    expect((await t.http.post(`/v1/orders/${east.id}/transfer-orders`, { from: 'EAST', expectedDate: '2026-11-03' })).body.code).toBe('same_location');

    await t.http.ok(200, 'POST', `/v1/transfer-orders/${transfer.id}/ship`);
    expect((await getOrder(east.id)).lines[0]).toMatchObject({ allocated: 0, backordered: 6, expectedShipDate: '2026-11-03' });
    expect(await t.http.ok(200, 'GET', '/v1/stock/W5')).toMatchObject({ onHand: 0, nextExpectedDate: '2026-11-03' });

    await t.http.ok(200, 'POST', `/v1/transfer-orders/${transfer.id}/receive`);
    expect((await getOrder(east.id)).lines[0]).toMatchObject({ allocated: 6, allocations: [{ location: 'EAST', quantity: 6, released: 0 }] });
    const noLocation = await order('BETA', 'W5', 1);
    expect((await t.http.post(`/v1/orders/${noLocation.id}/transfer-orders`, { from: 'MAIN', expectedDate: '2026-11-03' })).body.code).toBe('order_has_no_location');
  });

  it('6. raises a drop shipment: the supplier ships straight to the customer, confirming it ships the line', async () => {
    await item('W6', { replenishment: { supplier: 'Direct Ltd', leadTimeDays: 5 } });
    const waiting = await order('ACME', 'W6', 4);
    const raised = await t.http.ok(201, 'POST', `/v1/orders/${waiting.id}/purchase-orders`, { dropShip: true });
    const drop = raised.purchaseOrders[0];
    expect(drop).toMatchObject({ supplier: 'Direct Ltd', dropShip: true, location: null, expectedDate: '2026-11-06' });
    expect(drop.lines).toEqual([{ lineNo: 1, sku: 'W6', quantity: 4, received: 0, open: 4, orderId: waiting.id, orderLineNo: 1 }]);
    expect((await getOrder(waiting.id)).lines[0]!.expectedShipDate).toBe('2026-11-06');
    expect((await t.http.ok(200, 'GET', '/v1/stock/W6')).inbound).toEqual([]);

    await t.http.ok(200, 'POST', `/v1/purchase-orders/${drop.id}/receive`);
    expect(await getOrder(waiting.id)).toMatchObject({ status: 'shipped', lines: [{ shipped: 4, backordered: 0, expectedShipDate: null }] });
    expect(await t.http.ok(200, 'GET', '/v1/stock/W6')).toMatchObject({ onHand: 0, allocated: 0 });
    const history = await t.http.ok(200, 'GET', `/v1/orders/${waiting.id}/history`);
    expect(history.entries.some((e: { action: string; quantity: number }) => e.action === 'drop_shipped' && e.quantity === 4)).toBe(true);

    const noSupplier = await order('ACME', 'W5', 1);
    expect((await t.http.post(`/v1/orders/${noSupplier.id}/purchase-orders`, { dropShip: true })).body.code).toBe('no_supplier');
  });
});
