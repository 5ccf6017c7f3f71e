import { describe, expect, it } from 'vitest';
import { databaseLabel } from '../support/test-store.js';
import { useTestApp } from '../support/use-store.js';

const t = useTestApp({
  invariants: { immediate: true },
  seed: async (http) => {
    await http.ok(201, 'POST', '/v1/locations', { code: 'MAIN', name: 'Main warehouse', priority: 10 });
    await http.ok(201, 'POST', '/v1/customers', { code: 'ACME', name: 'Acme' });
    await http.ok(201, 'POST', '/v1/customers', { code: 'BETA', name: 'Beta' });
    for (const sku of ['EV-1', 'EV-2']) await http.ok(201, 'POST', '/v1/items', { sku, name: sku });
  },
});

interface FeedEvent { id: number; type: string; orderId: number | null; customer: string | null; skus: string[]; data: Record<string, unknown> }

/** Every event after `after` matching the query, following `next` page by page. */
async function follow(query = '', after?: string): Promise<{ events: FeedEvent[]; next: string }> {
  const events: FeedEvent[] = [];
  let next = after;
  for (;;) {
    const page = await t.http.ok(200, 'GET', `/v1/events?limit=3${next ? `&after=${next}` : ''}${query}`);
    events.push(...page.events);
    if (page.events.length === 0) return { events, next: page.next };
    next = page.next;
  }
}

describe(`the domain-event feed through HTTP on ${databaseLabel}`, () => {
  it('tells an order backordered, allocated, filled, released, shipped short and cancelled, each once and in order', async () => {
    await t.http.ok(201, 'POST', '/v1/stock/receipts', { sku: 'EV-1', location: 'MAIN', quantity: 2 });
    const order = await t.http.ok(201, 'POST', '/v1/orders', { customer: 'ACME', lines: [{ sku: 'EV-1', quantity: 5 }, { sku: 'EV-2', quantity: 1 }] });
    await t.http.ok(201, 'POST', '/v1/stock/receipts', { sku: 'EV-1', location: 'MAIN', quantity: 3, reference: 'DELIVERY-7' });
    await t.http.ok(200, 'POST', `/v1/orders/${order.id}/cancel`, { lines: [{ lineNo: 2 }], reason: 'customer changed mind' });
    const released = await t.http.ok(200, 'POST', `/v1/orders/${order.id}/release`);
    await t.http.ok(200, 'POST', `/v1/shipments/${released.shipments[0]}/ship`, { lines: [{ orderId: order.id, lineNo: 1, quantity: 4 }] });

    const { events } = await follow(`&order=${order.id}`);
    expect(events.map((e) => e.type)).toEqual([
      'line.allocated',
      'order.backordered',
      'line.allocated',
      'line.filled',
      'line.cancelled',
      'order.released',
      'shipment.shipped',
    ]);
    for (const e of events) expect(e).toMatchObject({ orderId: order.id, customer: 'ACME' });
    expect(events[0]).toMatchObject({ skus: ['EV-1'], data: { lineNo: 1, sku: 'EV-1', location: 'MAIN', quantity: 2 } });
    expect(events[1]).toMatchObject({ skus: ['EV-1', 'EV-2'], data: { lines: [{ lineNo: 1, sku: 'EV-1', quantity: 3 }, { lineNo: 2, sku: 'EV-2', quantity: 1 }] } });
    expect(events[3]).toMatchObject({ data: { lineNo: 1, sku: 'EV-1' } });
    expect(events[4]).toMatchObject({ data: { lineNo: 2, sku: 'EV-2', quantity: 1, reason: 'customer changed mind', by: { kind: 'key' } } });
    expect(events[5]).toMatchObject({ data: { lines: [{ lineNo: 1, sku: 'EV-1', quantity: 5 }] } });
    expect(events[6]).toMatchObject({ data: { shipmentId: released.shipments[0], lines: [{ lineNo: 1, quantity: 4 }], shortPicks: [{ lineNo: 1, quantity: 1 }] } });

    const arrivals = (await follow('&type=stock.arrived&sku=EV-1')).events;
    expect(arrivals).toMatchObject([{ type: 'stock.arrived', orderId: null, skus: ['EV-1'], data: { reference: 'DELIVERY-7', received: 3, filled: 3, orders: [{ orderId: order.id }] } }]);
    expect(new Set((await follow()).events.map((e) => e.id)).size).toBe((await follow()).events.length);
  });

  it('says when a release is refused and when a promise date moves', async () => {
    await t.http.ok(201, 'POST', '/v1/fulfillment-policies', { code: 'ALL-OR-NOTHING', backorderStrategy: 'deliver_in_full', preventPartialDelivery: true });
    const order = await t.http.ok(201, 'POST', '/v1/orders', { customer: 'BETA', fulfillmentPolicy: 'ALL-OR-NOTHING', lines: [{ sku: 'EV-2', quantity: 2 }] });
    const { next } = await follow();
    expect((await t.http.post(`/v1/orders/${order.id}/release`, {})).status).toBe(422);
    await t.http.ok(201, 'POST', '/v1/purchase-orders', { supplier: 'S', location: 'MAIN', expectedDate: '2026-11-20', lines: [{ sku: 'EV-2', quantity: 5 }] });
    const { events } = await follow('&customer=BETA', next);
    expect(events).toMatchObject([
      { type: 'release.refused', orderId: order.id, data: { rule: expect.any(String) } },
      { type: 'promise_date.changed', orderId: order.id, skus: ['EV-2'], data: { lineNo: 1, old: null, new: '2026-11-20' } },
    ]);
  });

  it('refuses an unknown type or cursor with a stable code', async () => {
    expect((await t.http.send('GET', '/v1/events?type=order.backordered,order.teleported')).body).toMatchObject({ status: 422, code: 'unknown_event_type' });
    expect((await t.http.send('GET', '/v1/events?after=12')).body.code).toBe('validation_failed');
    expect((await t.http.send('GET', '/v1/events?customer=NOBODY')).body.code).toBe('customer_not_found');
  });
});
