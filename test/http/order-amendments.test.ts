import { describe, expect, it } from 'vitest';
import { bearer, keyFor } from '../support/access.js';
import { databaseLabel } from '../support/test-store.js';
import { useTestApp } from '../support/use-store.js';

// Order amendments through HTTP: a line's quantity and flag, a new line, the ship date and location.
const t = useTestApp({
  invariants: { immediate: true },
  seed: async (http) => {
    await http.ok(201, 'POST', '/v1/locations', { code: 'WH1', name: 'Warehouse 1', priority: 10 });
    await http.ok(201, 'POST', '/v1/locations', { code: 'WH2', name: 'Warehouse 2', priority: 5 });
    await http.ok(201, 'POST', '/v1/customers', { code: 'ACME', name: 'Acme' });
    await http.ok(201, 'POST', '/v1/customers', { code: 'BETA', name: 'Beta' });
  },
});

let n = 0;
const sku = async () => {
  const code = `AM-${++n}`;
  await t.http.ok(201, 'POST', '/v1/items', { sku: code, name: code, unitPrice: 10 });
  return code;
};
const receive = (code: string, quantity: number, location = 'WH1') => t.http.ok(201, 'POST', '/v1/stock/receipts', { sku: code, location, quantity });
const order = (customer: string, lines: { sku: string; quantity: number }[], extra: Record<string, unknown> = {}) =>
  t.http.ok(201, 'POST', '/v1/orders', { customer, lines, ...extra });
const getOrder = (id: number) => t.http.ok(200, 'GET', `/v1/orders/${id}`);
const history = async (id: number) => (await t.http.ok(200, 'GET', `/v1/orders/${id}/history`)).entries as { action: string; reason: string }[];

describe(`order amendments through HTTP on ${databaseLabel}`, () => {
  it('raises a line’s quantity: the added units queue at the line’s place, before a later order', async () => {
    const s = await sku();
    await receive(s, 2);
    const first = await order('ACME', [{ sku: s, quantity: 2 }]);
    const later = await order('BETA', [{ sku: s, quantity: 3 }]);
    const amended = await t.http.ok(200, 'PATCH', `/v1/orders/${first.id}/lines/1`, { quantity: 5 });
    expect(amended.lines[0]).toMatchObject({ quantity: 5, allocated: 2, backordered: 3 });
    await receive(s, 3);
    expect((await getOrder(first.id)).lines[0]).toMatchObject({ allocated: 5, backordered: 0 });
    expect((await getOrder(later.id)).lines[0]).toMatchObject({ allocated: 0 });
    expect((await history(first.id)).find((e) => e.action === 'quantity_changed')).toMatchObject({ reason: '2 → 5' });
  });

  it('lowers a line’s quantity, freeing stock for the queue; refuses to go below what is released (422 quantity_below_committed, nothing written)', async () => {
    const s = await sku();
    await receive(s, 4);
    const first = await order('ACME', [{ sku: s, quantity: 4 }]);
    const waiting = await order('BETA', [{ sku: s, quantity: 2 }]);
    await t.http.ok(200, 'POST', `/v1/orders/${first.id}/release`);
    const before = await getOrder(first.id);
    const below = await t.http.patch(`/v1/orders/${first.id}/lines/1`, { quantity: 3 });
    expect(below.status).toBe(422);
    expect(below.contentType).toContain('application/problem+json');
    expect(below.body).toMatchObject({ code: 'quantity_below_committed', committed: 4, requested: 3 });
    expect(await getOrder(first.id)).toEqual(before);

    const other = await order('ACME', [{ sku: s, quantity: 3 }]);
    await receive(s, 3); // BETA takes 2, the other order 1
    expect((await getOrder(other.id)).lines[0]).toMatchObject({ allocated: 1, backordered: 2 });
    const fewer = await t.http.ok(200, 'PATCH', `/v1/orders/${waiting.id}/lines/1`, { quantity: 1 });
    expect(fewer.lines[0]).toMatchObject({ quantity: 1, allocated: 1, backordered: 0 });
    expect((await getOrder(other.id)).lines[0]).toMatchObject({ allocated: 2, backordered: 1 });
  });

  it('changes preventPartialDelivery on a line and records it', async () => {
    const s = await sku();
    const o = await order('ACME', [{ sku: s, quantity: 1 }]);
    const changed = await t.http.ok(200, 'PATCH', `/v1/orders/${o.id}/lines/1`, { preventPartialDelivery: true });
    expect(changed.lines[0].preventPartialDelivery).toBe(true);
    expect((await history(o.id)).some((e) => e.action === 'prevent_partial_delivery_changed')).toBe(true);
  });

  it('adds a line that queues by the order’s entry (201), after its existing lines', async () => {
    const s = await sku();
    await receive(s, 1);
    const first = await order('ACME', [{ sku: s, quantity: 1 }]);
    const later = await order('BETA', [{ sku: s, quantity: 1 }]);
    const added = await t.http.ok(201, 'POST', `/v1/orders/${first.id}/lines`, { sku: s, quantity: 2 });
    expect(added.lines.map((l: { lineNo: number; quantity: number }) => [l.lineNo, l.quantity])).toEqual([[1, 1], [2, 2]]);
    await receive(s, 2);
    expect((await getOrder(first.id)).lines[1]).toMatchObject({ allocated: 2 });
    expect((await getOrder(later.id)).lines[0]).toMatchObject({ allocated: 0 });
  });

  it('changes the requested ship date and the order’s location with the other terms in one PATCH, recording before and after', async () => {
    const s = await sku();
    const o = await order('ACME', [{ sku: s, quantity: 1 }], { requestedShipDate: '2026-12-01' });
    const changed = await t.http.ok(200, 'PATCH', `/v1/orders/${o.id}`, { requestedShipDate: '2026-12-15', location: 'WH2', priority: 3 });
    expect(changed).toMatchObject({ requestedShipDate: '2026-12-15', location: 'WH2', priority: 3 });
    const entries = await history(o.id);
    expect(entries.find((e) => e.action === 'requested_ship_date_changed')?.reason).toBe('2026-12-01 → 2026-12-15');
    expect(entries.find((e) => e.action === 'location_changed')?.reason).toBe('none → WH2');
    const cleared = await t.http.ok(200, 'PATCH', `/v1/orders/${o.id}`, { requestedShipDate: null, location: null });
    expect(cleared).toMatchObject({ requestedShipDate: null, location: null, priority: 3 });
  });

  it.each([
    ['an unknown field on a line', 'lines/1', { quantity: 2, colour: 'red' }, 422, 'validation_failed'],
    ['an empty line change', 'lines/1', {}, 422, 'validation_failed'],
    ['a quantity of 0', 'lines/1', { quantity: 0 }, 422, 'validation_failed'],
    ['a quantity "5.5"', 'lines/1', { quantity: '5.5' }, 422, 'validation_failed'],
    ['a line that does not exist', 'lines/9', { quantity: 2 }, 404, 'line_not_found'],
    ['a line number that is not one', 'lines/x', { quantity: 2 }, 404, 'line_not_found'],
    ['an unknown field on the order', '', { priority: 2, colour: 'red' }, 422, 'validation_failed'],
    ['an unknown location', '', { location: 'NOWHERE', priority: 7 }, 404, 'location_not_found'],
  ])('refuses %s with a problem and writes nothing', async (_name, path, body, status, code) => {
    const s = await sku();
    const o = await order('ACME', [{ sku: s, quantity: 1 }]);
    const before = await getOrder(o.id);
    const logBefore = await history(o.id);
    const answer = await t.http.patch(`/v1/orders/${o.id}${path ? `/${path}` : ''}`, body);
    expect(answer.status).toBe(status);
    expect(answer.contentType).toContain('application/problem+json');
    expect(answer.body.code).toBe(code);
    expect(await getOrder(o.id)).toEqual(before);
    expect(await history(o.id)).toEqual(logBefore);
  });

  it('refuses a line of an unknown item and an order that does not exist', async () => {
    const s = await sku();
    const o = await order('ACME', [{ sku: s, quantity: 1 }]);
    expect((await t.http.post(`/v1/orders/${o.id}/lines`, { sku: 'NOPE', quantity: 1 })).body.code).toBe('item_not_found');
    expect((await t.http.post(`/v1/orders/${o.id}/lines`, { sku: s, quantity: 1, extra: 1 })).body.code).toBe('validation_failed');
    expect((await t.http.patch('/v1/orders/999999/lines/1', { quantity: 1 })).body.code).toBe('order_not_found');
    expect((await getOrder(o.id)).lines).toHaveLength(1);
  });

  it('needs orders.write: a viewer may not amend', async () => {
    const s = await sku();
    const o = await order('ACME', [{ sku: s, quantity: 1 }]);
    const viewer = bearer(await keyFor(t.http, 'amend viewer', 'viewer'));
    const answer = await t.http.patch(`/v1/orders/${o.id}/lines/1`, { quantity: 2 }, viewer);
    expect(answer.status).toBe(403);
    expect((await getOrder(o.id)).lines[0].quantity).toBe(1);
  });
});
