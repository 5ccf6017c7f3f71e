import { describe, expect, it } from 'vitest';
import type { Answer } from '../support/http-app.js';
import { databaseLabel } from '../support/test-store.js';
import { useTestApp } from '../support/use-store.js';

const t = useTestApp({
  invariants: { immediate: true },
  seed: async (http) => {
    await http.ok(201, 'POST', '/v1/locations', { code: 'MAIN', name: 'Main' });
    await http.ok(201, 'POST', '/v1/locations', { code: 'EAST', name: 'East' });
    await http.ok(201, 'POST', '/v1/customers', { code: 'ACME', name: 'Acme' });
    await http.ok(201, 'POST', '/v1/items', { sku: 'BOLT', name: 'Bolt' });
    await http.ok(201, 'POST', '/v1/items', { sku: 'SVC', name: 'Service', service: true });
  },
});

function expectProblem(answer: Answer, status: number, code: string) {
  expect({ status: answer.status, code: answer.body?.code }, answer.raw).toEqual({ status, code });
  expect(answer.contentType).toMatch(/^application\/problem\+json/);
}

const newPo = (body: Record<string, unknown> = {}) =>
  t.http.post('/v1/purchase-orders', { supplier: 'Bolt Co', location: 'MAIN', expectedDate: '2026-11-15', lines: [{ sku: 'BOLT', quantity: 5 }], ...body });

describe(`supply routes refuse bad input on ${databaseLabel}`, () => {
  it('validates purchase orders', async () => {
    expectProblem(await newPo({ location: 'NOWHERE' }), 404, 'location_not_found');
    expectProblem(await newPo({ lines: [{ sku: 'NOPE', quantity: 1 }] }), 404, 'item_not_found');
    expectProblem(await newPo({ lines: [{ sku: 'SVC', quantity: 1 }] }), 422, 'service_item_has_no_stock');
    expectProblem(await newPo({ lines: [{ sku: 'BOLT', quantity: 0 }] }), 422, 'validation_failed');
    expectProblem(await newPo({ expectedDate: 'soon' }), 422, 'validation_failed');
    expectProblem(await newPo({ lines: [] }), 422, 'validation_failed');
    expectProblem(await newPo({ location: undefined }), 422, 'validation_failed');
    expectProblem(await t.http.get('/v1/purchase-orders/999999'), 404, 'purchase_order_not_found');
    expectProblem(await t.http.get('/v1/purchase-orders/abc'), 404, 'purchase_order_not_found');
    expectProblem(await t.http.post('/v1/purchase-orders/999999/receive'), 404, 'purchase_order_not_found');
  });

  it('receives with no body, replays a retried receipt, and answers 409 for a closed order', async () => {
    const order = (await newPo()).body;
    const first = await t.http.post(`/v1/purchase-orders/${order.id}/receive`, undefined, { 'idempotency-key': `rcv-${order.id}` });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ status: 'received', lines: [{ received: 5, open: 0 }] });
    const retry = await t.http.post(`/v1/purchase-orders/${order.id}/receive`, undefined, { 'idempotency-key': `rcv-${order.id}` });
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect((await t.http.ok(200, 'GET', '/v1/stock/BOLT')).onHand).toBe(5);
    expectProblem(await t.http.post(`/v1/purchase-orders/${order.id}/receive`), 409, 'transition_not_allowed');
    expectProblem(await t.http.post(`/v1/purchase-orders/${order.id}/cancel`, {}), 409, 'transition_not_allowed');
    const list = await t.http.ok(200, 'GET', '/v1/purchase-orders?status=received');
    expect(list.items.map((p: { id: number }) => p.id)).toContain(order.id);
  });

  it('lists purchase orders newest first, each as its own view shows it', async () => {
    await newPo({ lines: [{ sku: 'BOLT', quantity: 2 }, { sku: 'BOLT', quantity: 3 }] });
    const list = await t.http.ok(200, 'GET', '/v1/purchase-orders');
    const ids = list.items.map((p: { id: number }) => p.id);
    expect(ids.length).toBeGreaterThan(1);
    expect(ids).toEqual([...ids].sort((a: number, b: number) => b - a));
    for (const po of list.items) expect(po).toEqual(await t.http.ok(200, 'GET', `/v1/purchase-orders/${po.id}`));
    expect(list.items[0].lines.map((l: { lineNo: number }) => l.lineNo)).toEqual([1, 2]);
  });

  it('validates transfer orders and the schedule', async () => {
    const transfer = (body: Record<string, unknown> = {}) =>
      t.http.post('/v1/transfer-orders', { from: 'EAST', to: 'MAIN', expectedDate: '2026-11-15', lines: [{ sku: 'BOLT', quantity: 1 }], ...body });
    expectProblem(await transfer({ to: 'EAST' }), 422, 'same_location');
    expectProblem(await transfer({ from: 'NOWHERE' }), 404, 'location_not_found');
    const created = await transfer();
    expect(created.status).toBe(201);
    expectProblem(await t.http.post(`/v1/transfer-orders/${created.body.id}/receive`), 409, 'transition_not_allowed');
    expectProblem(await t.http.post(`/v1/transfer-orders/${created.body.id}/ship`), 422, 'transfer_exceeds_available');
    expectProblem(await t.http.get('/v1/transfer-orders/999999'), 404, 'transfer_order_not_found');

    expectProblem(await t.http.post('/v1/supply-schedule', { entries: [] }), 422, 'validation_failed');
    expectProblem(await t.http.post('/v1/supply-schedule', { entries: [{ sku: 'BOLT', location: 'MAIN', date: '2026-11-31', quantity: 1 }] }), 422, 'validation_failed');
    expectProblem(await t.http.post('/v1/supply-schedule', { entries: [{ sku: 'BOLT', location: 'MAIN', date: '2026-11-30', quantity: -1 }] }), 422, 'validation_failed');
    const uploaded = await t.http.ok(200, 'POST', '/v1/supply-schedule', { entries: [{ sku: 'BOLT', location: 'EAST', date: '2026-11-30', quantity: 7 }] });
    expect(uploaded.entries).toEqual([{ sku: 'BOLT', location: 'EAST', date: '2026-11-30', quantity: 7 }]);
    expect((await t.http.ok(200, 'GET', '/v1/supply-schedule?sku=BOLT')).entries).toHaveLength(1);
  });

  it('lists every new route in the OpenAPI document', async () => {
    const doc = await t.http.ok(200, 'GET', '/openapi.json');
    for (const path of ['/v1/purchase-orders', '/v1/purchase-orders/{id}/receive', '/v1/transfer-orders/{id}/ship', '/v1/supply-schedule', '/v1/items/{sku}']) {
      expect(Object.keys(doc.paths)).toContain(path);
    }
  });
});
