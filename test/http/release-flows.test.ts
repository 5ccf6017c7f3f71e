import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpApp, type Answer, type Http } from '../support/http-app.js';
import { databaseLabel } from '../support/test-store.js';
import { useTestApp } from '../support/use-store.js';

const t = useTestApp({
  invariants: { immediate: true },
  seed: async (http) => {
    await http.ok(201, 'POST', '/v1/locations', { code: 'MAIN', name: 'Main warehouse', priority: 10 });
    await http.ok(201, 'POST', '/v1/customers', { code: 'PARTIAL', name: 'Partial OK', shipType: 'partial_ok' });
    await http.ok(201, 'POST', '/v1/customers', { code: 'COMPLETE', name: 'Ship complete', shipType: 'complete' });
    await http.ok(201, 'POST', '/v1/customers', { code: 'ACME', name: 'Acme' });
    await http.ok(201, 'POST', '/v1/customers', { code: 'BETA', name: 'Beta' });
  },
});

/** A second app over the same store and clock, releasing with appendAcrossOrders. */
let across: Http;
beforeAll(async () => {
  across = await httpApp(t.store, 'immediate', t.http.clock, { appendAcrossOrders: true });
});
afterAll(async () => {
  await across?.close();
});

let n = 0;
const sku = () => `SHIP-${++n}`;

interface Line { lineNo: number; allocated: number; released: number; shipped: number; backordered: number; cancelled: number }
interface Order { id: number; status: string; summary: string; releases: number; releaseBlock: unknown; lines: Line[] }
interface Shipment { id: number; status: string; location: string; customer: string; lines: { orderId: number; lineNo: number; sku: string; quantity: number; shipped: number }[] }

const item = (s: string) => t.http.ok(201, 'POST', '/v1/items', { sku: s, name: s, unitPrice: 10 });
const receive = (s: string, quantity: number) => t.http.ok(201, 'POST', '/v1/stock/receipts', { sku: s, location: 'MAIN', quantity });
const order = (customer: string, s: string, quantity: number, extra: Record<string, unknown> = {}): Promise<Order> =>
  t.http.ok(201, 'POST', '/v1/orders', { customer, lines: [{ sku: s, quantity }], ...extra });
const getOrder = (id: number): Promise<Order> => t.http.ok(200, 'GET', `/v1/orders/${id}`);
const release = (id: number, app = t.http, headers?: Record<string, string>) => app.ok(200, 'POST', `/v1/orders/${id}/release`, undefined, headers);
const ship = (id: number, body?: unknown): Promise<Shipment> => t.http.ok(200, 'POST', `/v1/shipments/${id}/ship`, body);
const shipment = (id: number): Promise<Shipment> => t.http.ok(200, 'GET', `/v1/shipments/${id}`);
const history = async (id: number): Promise<{ action: string; reason: string | null; shipmentId: number | null }[]> =>
  (await t.http.ok(200, 'GET', `/v1/orders/${id}/history`)).entries;

function expectProblem(answer: Answer, status: number, code: string) {
  expect({ status: answer.status, code: answer.body?.code }, answer.raw).toEqual({ status, code });
  expect(answer.contentType).toMatch(/^application\/problem\+json/);
}

describe(`release and shipments over HTTP on ${databaseLabel}`, () => {
  it('ships 20 of 25 now and 5 later with ship type partial_ok (the aACE choice, "Yes")', async () => {
    const s = sku();
    await item(s);
    await receive(s, 20);
    const placed = await order('PARTIAL', s, 25);
    expect(placed).toMatchObject({ status: 'partially_allocated', releaseBlock: null });

    const now = await release(placed.id);
    expect(now).toEqual({ orderId: placed.id, releaseNo: 1, released: [{ lineNo: 1, quantity: 20 }], shipments: [expect.any(Number)], warnings: [] });
    expect(await ship(now.shipments[0])).toMatchObject({ status: 'shipped', customer: 'PARTIAL', lines: [{ sku: s, quantity: 20, shipped: 20 }] });
    expect((await getOrder(placed.id)).lines[0]).toMatchObject({ shipped: 20, backordered: 5 });

    await receive(s, 5);
    const later = await release(placed.id);
    expect(later).toMatchObject({ releaseNo: 2, released: [{ lineNo: 1, quantity: 5 }] });
    await ship(later.shipments[0]);
    const done = await getOrder(placed.id);
    expect(done).toMatchObject({ status: 'shipped', releases: 2 });
    expect(done.lines[0]).toMatchObject({ shipped: 25, allocated: 0, backordered: 0 });
    expect(await t.http.ok(200, 'GET', `/v1/stock/${s}`)).toMatchObject({ onHand: 0, allocated: 0 });
  });

  it('ships 25 together only after the receipt with ship type complete (the aACE choice, "No")', async () => {
    const s = sku();
    await item(s);
    await receive(s, 20);
    const placed = await order('COMPLETE', s, 25);
    expect(placed).toMatchObject({
      status: 'awaiting_full_allocation',
      summary: 'Waiting for 5 units on line 1 before the first release (ship type complete).',
      releaseBlock: { rule: 'deliver_in_full', waitingFor: [{ lineNo: 1, units: 5 }] },
    });

    const refused = await t.http.post(`/v1/orders/${placed.id}/release`);
    expectProblem(refused, 422, 'deliver_in_full_incomplete');
    expect(refused.body).toMatchObject({ orderId: placed.id, waitingFor: [{ lineNo: 1, units: 5 }], type: '/problems/deliver-in-full-incomplete' });
    expect((await getOrder(placed.id)).lines[0]).toMatchObject({ allocated: 20, released: 0 });
    expect((await history(placed.id)).filter((e) => e.action === 'release_refused')).toHaveLength(1);
    expect((await t.http.ok(200, 'GET', '/v1/shipments?customer=COMPLETE')).items).toEqual([]);

    await receive(s, 5);
    const together = await release(placed.id);
    expect(together.released).toEqual([{ lineNo: 1, quantity: 25 }]);
    expect(await ship(together.shipments[0])).toMatchObject({ lines: [{ quantity: 25, shipped: 25 }] });
    expect(await getOrder(placed.id)).toMatchObject({ status: 'shipped', releases: 1 });
    expect((await t.http.ok(200, 'GET', '/v1/shipments?customer=COMPLETE')).items).toHaveLength(1);
  });

  it('sends a short pick back to backorder and writes off the missing stock', async () => {
    const s = sku();
    await item(s);
    await receive(s, 6);
    const placed = await order('ACME', s, 6);
    const [id] = (await release(placed.id)).shipments;
    const shipped = await ship(id, { lines: [{ orderId: placed.id, lineNo: 1, quantity: 4 }] });
    expect(shipped.lines).toEqual([{ orderId: placed.id, lineNo: 1, sku: s, quantity: 6, shipped: 4 }]);
    expect((await getOrder(placed.id)).lines[0]).toMatchObject({ shipped: 4, allocated: 0, released: 0, backordered: 2 });
    expect(await t.http.ok(200, 'GET', `/v1/stock/${s}`)).toMatchObject({ onHand: 0, allocated: 0, backordered: 2 });
    const entries = await history(placed.id);
    expect(entries.find((e) => e.action === 'short_picked')).toMatchObject({ shipmentId: id });
    const itemLog = (await t.http.ok(200, 'GET', `/v1/shipments/${id}/history`)).entries.map((e: { action: string }) => e.action);
    expect(itemLog).toEqual(expect.arrayContaining(['shipped', 'short_picked']));
    expectProblem(await t.http.post(`/v1/shipments/${id}/ship`), 409, 'shipment_already_shipped');
    expectProblem(await t.http.post(`/v1/shipments/${id}/void`), 409, 'shipment_already_shipped');
  });

  it('voids a pending shipment: the quantities are allocated again, not released', async () => {
    const s = sku();
    await item(s);
    await receive(s, 3);
    const placed = await order('ACME', s, 3);
    const [id] = (await release(placed.id)).shipments;
    expect((await getOrder(placed.id)).lines[0]).toMatchObject({ allocated: 3, released: 3 });
    expect(await t.http.ok(200, 'POST', `/v1/shipments/${id}/void`, { reason: 'truck cancelled' })).toMatchObject({ status: 'voided' });
    expect(await getOrder(placed.id)).toMatchObject({ releases: 0, lines: [{ allocated: 3, released: 0 }] });
    expectProblem(await t.http.post(`/v1/shipments/${id}/void`), 409, 'shipment_already_voided');
    const again = await release(placed.id);
    expect(again).toMatchObject({ releaseNo: 2, released: [{ lineNo: 1, quantity: 3 }] });
    expect(again.shipments[0]).not.toBe(id);
  });

  it('appends to the order pending shipment, and across orders only with appendAcrossOrders', async () => {
    const s = sku();
    await item(s);
    await receive(s, 2);
    const first = await order('BETA', s, 4);
    const [pending] = (await release(first.id)).shipments;
    await receive(s, 2);
    expect((await release(first.id)).shipments).toEqual([pending]);
    expect((await shipment(pending)).lines).toEqual([{ orderId: first.id, lineNo: 1, sku: s, quantity: 4, shipped: 0 }]);

    await receive(s, 2);
    const second = await order('BETA', s, 1);
    const third = await order('BETA', s, 1);
    const [own] = (await release(second.id)).shipments;
    expect(own).not.toBe(pending);
    const [appended] = (await release(third.id, across)).shipments;
    expect(appended).toBe(pending);
    expect((await shipment(pending)).lines.map((l) => l.orderId)).toEqual([first.id, third.id]);

    const listed = await t.http.ok(200, 'GET', '/v1/shipments?status=pending&customer=BETA');
    expect(listed.items.map((x: Shipment) => x.id)).toEqual([pending, own]);
    expect(listed.nextAfter).toBeNull();
    const paged = await t.http.ok(200, 'GET', '/v1/shipments?status=pending&customer=BETA&limit=1');
    expect(paged).toMatchObject({ items: [{ id: pending }], nextAfter: pending });
  });

  it('answers a retried release with the first answer, and does not keep the key of a refused one', async () => {
    const s = sku();
    await item(s);
    await receive(s, 1);
    const placed = await order('ACME', s, 2);
    const key = { 'Idempotency-Key': `release-${s}` };
    const first = await t.http.post(`/v1/orders/${placed.id}/release`, undefined, key);
    const retry = await t.http.post(`/v1/orders/${placed.id}/release`, undefined, key);
    expect(first.status).toBe(200);
    expect(retry).toMatchObject({ status: 200, body: first.body });
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect((await getOrder(placed.id)).lines[0]).toMatchObject({ released: 1 });

    const refusedKey = { 'Idempotency-Key': `refused-${s}` };
    expectProblem(await t.http.post(`/v1/orders/${placed.id}/release`, undefined, refusedKey), 422, 'nothing_to_release');
    await receive(s, 1);
    expect((await t.http.post(`/v1/orders/${placed.id}/release`, undefined, refusedKey)).status).toBe(200);
  });

  it('changes the strategy by hand and the policy through PATCH', async () => {
    const s = sku();
    await item(s);
    await t.http.ok(201, 'POST', '/v1/fulfillment-policies', { code: 'MOB-PPD', backorderStrategy: 'max_one_backorder', preventPartialDelivery: true });
    const placed = await order('ACME', s, 2);
    const changed = await t.http.ok(200, 'PATCH', `/v1/orders/${placed.id}`, { fulfillmentPolicy: 'MOB-PPD' });
    expect(changed).toMatchObject({ fulfillmentPolicy: 'MOB-PPD', backorderStrategy: 'max_one_backorder', lines: [{ preventPartialDelivery: true }] });
    const byHand = await t.http.ok(200, 'PATCH', `/v1/orders/${placed.id}`, { backorderStrategy: 'deliver_in_full' });
    expect(byHand).toMatchObject({ backorderStrategy: 'deliver_in_full', status: 'awaiting_full_allocation' });
  });
});

describe(`cancellation and release jobs over HTTP on ${databaseLabel}`, () => {
  it('lists the jobs and refuses a cancel run naming both a customer and an item', async () => {
    const jobs = (await t.http.ok(200, 'GET', '/v1/jobs')).jobs.map((j: { name: string }) => j.name);
    expect(jobs).toEqual(expect.arrayContaining(['release-to-warehouse', 'cancel-backorders', 'cancel-for-item-or-customer', 'cancellation-sla']));
    const both = await t.http.post('/v1/jobs/cancel-for-item-or-customer/run', { customer: 'ACME', sku: 'X' });
    expectProblem(both, 422, 'exactly_one_customer_or_item');
    expectProblem(await t.http.post('/v1/jobs/cancel-for-item-or-customer/run', {}), 422, 'exactly_one_customer_or_item');
    expectProblem(await t.http.post('/v1/jobs/cancel-backorders/run', { daysPastShipDate: -1 }), 422, 'validation_failed');
    expectProblem(await t.http.post('/v1/jobs/cancel-backorders/run', { ignoreShipDate: 'yes' }), 422, 'validation_failed');
  });

  it('cancels for a customer and fills the queue of the next in line', async () => {
    const s = sku();
    await item(s);
    await receive(s, 4);
    await t.http.ok(201, 'POST', '/v1/customers', { code: 'GONE', name: 'Going bankrupt' });
    const gone = await order('GONE', s, 4);
    const next = await order('ACME', s, 3);
    const run = await t.http.ok(200, 'POST', '/v1/jobs/cancel-for-item-or-customer/run', { customer: 'GONE' });
    expect(run).toMatchObject({ job: 'cancel-for-item-or-customer', status: 'completed', processed: 1, detail: { orders: [gone.id], lines: 1, units: 4 } });
    expect((await getOrder(next.id)).lines[0]).toMatchObject({ allocated: 3, backordered: 0 });
    const cancelled = (await history(gone.id)).find((e) => e.action === 'cancelled');
    expect(cancelled?.reason).toBe('cancelled for customer GONE');
  });

  it('cancels no_backorder backorders and SLA backorders, and releases every order that may go', async () => {
    const s = sku();
    await item(s);
    await t.http.ok(201, 'POST', '/v1/fulfillment-policies', { code: 'NB-INFO', backorderStrategy: 'no_backorder', violation: 'info' });
    await t.http.ok(201, 'POST', '/v1/fulfillment-policies', { code: 'SLA-2', backorderStrategy: 'backorder_allowed', cancelAfterDays: 2 });
    await receive(s, 2);
    const nb = await order('ACME', s, 3, { fulfillmentPolicy: 'NB-INFO', requestedShipDate: '2026-10-15' });
    const sla = await order('BETA', s, 2, { fulfillmentPolicy: 'SLA-2' });
    const cancelled = await t.http.ok(200, 'POST', '/v1/jobs/cancel-backorders/run', {});
    expect(cancelled).toMatchObject({ detail: { orders: [nb.id], units: 1 } });
    // asOf may not name a day that has not come: the clock moves on two days and back afterwards.
    t.http.clock.advanceDays(2);
    try {
      const early = await t.http.ok(200, 'POST', '/v1/jobs/cancellation-sla/run', { asOf: '2026-11-02' });
      expect(early.detail.orders).not.toContain(sla.id);
      const due = await t.http.ok(200, 'POST', '/v1/jobs/cancellation-sla/run', { asOf: '2026-11-03' });
      expect(due.detail.orders).toContain(sla.id);
    } finally {
      t.http.clock.advanceDays(-2);
    }
    expect((await getOrder(sla.id)).status).toBe('cancelled');

    const released = await t.http.ok(200, 'POST', '/v1/jobs/release-to-warehouse/run', {});
    expect(released.detail.orders).toContain(nb.id);
    expect(await getOrder(nb.id)).toMatchObject({ releases: 1, lines: [{ released: 2, cancelled: 1 }] });
  });
});

describe(`bad input on release and shipments on ${databaseLabel}`, () => {
  it.each([
    ['an unknown shipment', 'GET', '/v1/shipments/999999', undefined, 404, 'shipment_not_found'],
    ['a shipment id that is not a number', 'GET', '/v1/shipments/abc', undefined, 404, 'shipment_not_found'],
    ['shipping an unknown shipment', 'POST', '/v1/shipments/999999/ship', {}, 404, 'shipment_not_found'],
    ['voiding an unknown shipment', 'POST', '/v1/shipments/999999/void', {}, 404, 'shipment_not_found'],
    ['a shipment list by an unknown status', 'GET', '/v1/shipments?status=lost', undefined, 422, 'validation_failed'],
    ['a shipment list by an unknown customer', 'GET', '/v1/shipments?customer=NOPE', undefined, 404, 'customer_not_found'],
    ['releasing an unknown order', 'POST', '/v1/orders/999999/release', undefined, 404, 'order_not_found'],
    ['a release with a body it does not take', 'POST', '/v1/orders/1/release', { all: true }, 422, 'validation_failed'],
    ['an unknown strategy on a change', 'PATCH', '/v1/orders/1', { backorderStrategy: 'sometimes' }, 422, 'validation_failed'],
  ] as const)('refuses %s', async (_name, method, url, body, status, code) => {
    expectProblem(await t.http.send(method, url, body), status, code);
  });

  it('refuses a pick of more than released, a quantity as text, and a line not on the shipment', async () => {
    const s = sku();
    await item(s);
    await receive(s, 2);
    const placed = await order('ACME', s, 2);
    const [id] = (await release(placed.id)).shipments;
    expectProblem(await t.http.post(`/v1/shipments/${id}/ship`, { lines: [{ orderId: placed.id, lineNo: 1, quantity: 3 }] }), 422, 'ship_exceeds_released');
    expectProblem(await t.http.post(`/v1/shipments/${id}/ship`, { lines: [{ orderId: placed.id, lineNo: 1, quantity: '1' }] }), 422, 'validation_failed');
    expectProblem(await t.http.post(`/v1/shipments/${id}/ship`, { lines: [{ orderId: placed.id, lineNo: 2, quantity: 1 }] }), 404, 'shipment_line_not_found');
    expect(await shipment(id)).toMatchObject({ status: 'pending', lines: [{ quantity: 2, shipped: 0 }] });
  });

  it('lists the new routes in the OpenAPI document', async () => {
    const doc = await t.http.ok(200, 'GET', '/openapi.json');
    for (const [path, verb] of [
      ['/v1/orders/{id}/release', 'post'],
      ['/v1/shipments', 'get'],
      ['/v1/shipments/{id}', 'get'],
      ['/v1/shipments/{id}/ship', 'post'],
      ['/v1/shipments/{id}/void', 'post'],
      ['/v1/shipments/{id}/history', 'get'],
    ] as const) {
      expect(doc.paths[path], path).toHaveProperty([verb]);
    }
  });
});
