import { describe, expect, it } from 'vitest';
import { databaseLabel } from '../support/test-store.js';
import { useTestApp } from '../support/use-store.js';

// Holes an outside audit found around the allocation core (issue "Nothing stranded, nothing lost").
// The app's clock says 2026-11-01.
const t = useTestApp({
  invariants: { immediate: true },
  seed: async (http) => {
    await http.ok(201, 'POST', '/v1/locations', { code: 'WH1', name: 'Warehouse 1', priority: 10 });
    await http.ok(201, 'POST', '/v1/locations', { code: 'WH2', name: 'Warehouse 2', priority: 5 });
    await http.ok(201, 'POST', '/v1/customers', { code: 'ACME', name: 'Acme' });
    await http.ok(201, 'POST', '/v1/customers', { code: 'BETA', name: 'Beta' });
  },
});

const item = (sku: string, extra: Record<string, unknown> = {}) => t.http.ok(201, 'POST', '/v1/items', { sku, name: sku, unitPrice: 10, ...extra });
const receive = (sku: string, quantity: number, location = 'WH1') => t.http.ok(201, 'POST', '/v1/stock/receipts', { sku, location, quantity });
const getOrder = (id: number) => t.http.ok(200, 'GET', `/v1/orders/${id}`);

describe(`lifecycle holes through HTTP on ${databaseLabel}`, () => {
  it('a shortage transfer brings the whole line to its own location and leaves the source free', async () => {
    await item('TR');
    await receive('TR', 6, 'WH2');
    const order = await t.http.ok(201, 'POST', '/v1/orders', { customer: 'ACME', location: 'WH1', lines: [{ sku: 'TR', quantity: 4 }] });
    expect(order.lines[0].allocations).toEqual([{ location: 'WH2', quantity: 4, released: 0 }]);
    const transfer = await t.http.ok(201, 'POST', `/v1/orders/${order.id}/transfer-orders`, { from: 'WH2', expectedDate: '2026-11-03' });
    await t.http.ok(200, 'POST', `/v1/transfer-orders/${transfer.id}/ship`);
    await t.http.ok(200, 'POST', `/v1/transfer-orders/${transfer.id}/receive`);
    expect((await getOrder(order.id)).lines[0]).toMatchObject({ allocated: 4, allocations: [{ location: 'WH1', quantity: 4, released: 0 }] });
    const stock = await t.http.ok(200, 'GET', '/v1/stock/TR');
    expect(stock.locations).toEqual([
      { location: 'WH1', onHand: 4, allocated: 4, available: 0 },
      { location: 'WH2', onHand: 2, allocated: 0, available: 2 },
    ]);
  });

  it('releases reserved preorder stock on launch, and refuses an early release with preorder_not_launched', async () => {
    await item('LAUNCH', { preorder: { launchDate: '2026-11-10' } });
    await receive('LAUNCH', 3);
    const order = await t.http.ok(201, 'POST', '/v1/orders', { customer: 'ACME', lines: [{ sku: 'LAUNCH', quantity: 5 }] });
    expect(order.lines[0]).toMatchObject({ preorder: true, allocated: 3, backordered: 2 });
    const early = await t.http.post(`/v1/orders/${order.id}/release`);
    expect(early.status).toBe(422);
    expect(early.body).toMatchObject({ code: 'preorder_not_launched', launchDate: '2026-11-10' });
    expect(early.body.detail).toContain('2026-11-10');

    // asOf may not name a day that has not come: the clock moves to launch day and back.
    t.http.clock.advanceDays(9);
    let launch;
    try {
      launch = await t.http.ok(200, 'POST', '/v1/jobs/preorder-launch/run', { asOf: '2026-11-10' });
    } finally {
      t.http.clock.advanceDays(-9);
    }
    expect(launch.detail).toMatchObject({ released: 3 });
    const launched = await getOrder(order.id);
    expect(launched.lines[0]).toMatchObject({ preorder: false, allocated: 3, released: 3, backordered: 2 });
    const shipments = await t.http.ok(200, 'GET', '/v1/shipments?status=pending&customer=ACME');
    expect(shipments.items.some((s: { lines: { orderId: number }[] }) => s.lines.some((l) => l.orderId === order.id))).toBe(true);
  });

  it('numbers a split order from 1, keeping its place by rank', async () => {
    await item('SPL');
    await receive('SPL', 1);
    const order = await t.http.ok(201, 'POST', '/v1/orders', { customer: 'ACME', lines: [{ sku: 'SPL', quantity: 3 }, { sku: 'SPL', quantity: 2 }] });
    const { newOrderId } = await t.http.ok(201, 'POST', `/v1/orders/${order.id}/split`);
    const remainder = await getOrder(newOrderId);
    expect(remainder.lines.map((l: { lineNo: number; quantity: number }) => [l.lineNo, l.quantity])).toEqual([[1, 2], [2, 2]]);
    // The remainder still comes before an order entered after the original.
    const later = await t.http.ok(201, 'POST', '/v1/orders', { customer: 'BETA', lines: [{ sku: 'SPL', quantity: 1 }] });
    await receive('SPL', 4);
    expect((await getOrder(newOrderId)).lines.map((l: { allocated: number }) => l.allocated)).toEqual([2, 2]);
    expect((await getOrder(later.id)).lines[0].allocated).toBe(0);
  });

  it('shows a service line on a shipped order as shipped', async () => {
    await item('SVC', { service: true });
    await item('BOX');
    await receive('BOX', 1);
    const order = await t.http.ok(201, 'POST', '/v1/orders', { customer: 'ACME', lines: [{ sku: 'BOX', quantity: 1 }, { sku: 'SVC', quantity: 1 }] });
    const release = await t.http.ok(200, 'POST', `/v1/orders/${order.id}/release`);
    await t.http.ok(200, 'POST', `/v1/shipments/${release.shipments[0]}/ship`);
    const shipped = await getOrder(order.id);
    expect(shipped.status).toBe('shipped');
    expect(shipped.lines[1]).toMatchObject({ status: 'shipped' });
  });

  it('refuses to cancel more than is open on a released line with cancel_exceeds_open', async () => {
    await item('REL');
    await receive('REL', 3);
    const order = await t.http.ok(201, 'POST', '/v1/orders', { customer: 'ACME', lines: [{ sku: 'REL', quantity: 5 }] });
    await t.http.ok(200, 'POST', `/v1/orders/${order.id}/release`);
    const refused = await t.http.post(`/v1/orders/${order.id}/cancel`, { lines: [{ lineNo: 1, quantity: 3 }] });
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({ code: 'cancel_exceeds_open', open: 2, requested: 3 });
    // Everything released: nothing open on the line, still not "order closed".
    await t.http.ok(200, 'POST', `/v1/orders/${order.id}/cancel`, { lines: [{ lineNo: 1, quantity: 2 }] });
    const none = await t.http.post(`/v1/orders/${order.id}/cancel`, { lines: [{ lineNo: 1, quantity: 1 }] });
    expect(none.status).toBe(422);
    expect(none.body).toMatchObject({ code: 'cancel_exceeds_open', open: 0 });
  });

  it('answers a deeply nested body with an Idempotency-Key with a problem, not a 500', async () => {
    const nested = '['.repeat(5000) + ']'.repeat(5000);
    const answer = await t.http.send('POST', '/v1/orders', nested, { 'idempotency-key': 'deep-1' });
    expect([400, 422]).toContain(answer.status);
    expect(answer.contentType).toContain('application/problem+json');
  });

  it('refuses NUL bytes, lone surrogates and numbers beyond the column in the schema, naming the field', async () => {
    const nul = await t.http.post('/v1/orders', { customer: 'ACME', reference: 'PO\u0000-1', lines: [{ sku: 'BOX', quantity: 1 }] });
    expect(nul.status).toBe(422);
    expect(nul.body).toMatchObject({ code: 'validation_failed' });
    expect(nul.body.detail).toContain('reference');
    const surrogate = await t.http.send('POST', '/v1/orders', '{"customer":"ACME","reference":"\\ud800x","lines":[{"sku":"BOX","quantity":1}]}');
    expect(surrogate.status).toBe(422);
    expect(surrogate.body.detail).toContain('reference');
    const huge = await t.http.send('POST', '/v1/orders', '{"customer":"ACME","lines":[{"sku":"BOX","quantity":1,"unitPrice":1e300}]}');
    expect(huge.status).toBe(422);
    expect(huge.body.detail).toContain('unitPrice');
    const beyond = await t.http.send('POST', '/v1/stock/adjustments', '{"sku":"BOX","location":"WH1","quantity":9007199254740993,"reason":"x"}');
    expect(beyond.status).toBe(422);
    expect(beyond.body.detail).toContain('quantity');
    for (const answer of [nul, surrogate, huge, beyond]) expect(answer.raw).not.toMatch(/invalid byte sequence|out of range for type/);
  });

  it('stores a UTF-8 actor name as it was sent (Node reads the header bytes as Latin-1)', async () => {
    await item('UTF');
    const order = await t.http.ok(201, 'POST', '/v1/orders', { customer: 'ACME', lines: [{ sku: 'UTF', quantity: 1 }] }, { 'X-Actor': Buffer.from('Zoë Ångström', 'utf8').toString('latin1') });
    const history = await t.http.ok(200, 'GET', `/v1/orders/${order.id}/history`);
    expect(history.entries[0].actor).toBe('Zoë Ångström');
  });
});
