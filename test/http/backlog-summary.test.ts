import { describe, expect, it } from 'vitest';
import { databaseLabel } from '../support/test-store.js';
import { useTestApp } from '../support/use-store.js';
import { bearer, keyFor } from '../support/access.js';

// The app's clock says 2026-11-01 09:00.
const t = useTestApp({
  seed: async (http) => {
    await http.ok(201, 'POST', '/v1/locations', { code: 'MAIN', name: 'Main' });
    await http.ok(201, 'POST', '/v1/customers', { code: 'ACME', name: 'Acme' });
    await http.ok(201, 'POST', '/v1/items', { sku: 'BOLT', name: 'Bolt', unitPrice: 2.5 });
    await http.ok(201, 'POST', '/v1/items', { sku: 'NUT', name: 'Nut', unitPrice: 0.1 });
  },
});

describe(`the backlog summary (the workbench's overview) on ${databaseLabel}`, () => {
  it('counts nothing while nothing waits', async () => {
    expect(await t.http.ok(200, 'GET', '/v1/backorders/summary')).toEqual({
      businessDate: '2026-11-01',
      waitingLines: 0,
      unitsBackordered: 0,
      valueBackordered: 0,
      preorderLines: 0,
      oldestEnteredAt: null,
      oldestWaitDays: null,
      pastPromiseDate: 0,
      pastRequestedDate: 0,
    });
  });

  it('sums the waiting lines, their value, the oldest wait and the lines late against their dates', async () => {
    await t.http.ok(201, 'POST', '/v1/stock/receipts', { sku: 'BOLT', location: 'MAIN', quantity: 4 });
    await t.http.ok(200, 'POST', '/v1/supply-schedule', { entries: [{ sku: 'BOLT', location: 'MAIN', date: '2026-11-03', quantity: 100 }] });
    const first = await t.http.ok(201, 'POST', '/v1/orders', { customer: 'ACME', requestedShipDate: '2026-11-05', lines: [{ sku: 'BOLT', quantity: 10 }] });
    expect(first.lines[0]).toMatchObject({ allocated: 4, backordered: 6, expectedShipDate: '2026-11-03' });
    t.http.clock.advanceDays(6); // 2026-11-07: both the promise (11-03) and the requested date (11-05) are behind
    await t.http.ok(201, 'POST', '/v1/orders', { customer: 'ACME', lines: [{ sku: 'NUT', quantity: 7 }, { sku: 'BOLT', quantity: 1 }] });
    const summary = await t.http.ok(200, 'GET', '/v1/backorders/summary');
    expect(summary).toMatchObject({
      businessDate: '2026-11-07',
      waitingLines: 3,
      unitsBackordered: 6 + 7 + 1,
      valueBackordered: 6 * 2.5 + 7 * 0.1 + 1 * 2.5,
      preorderLines: 0,
      oldestEnteredAt: first.enteredAt,
      oldestWaitDays: 6,
      pastPromiseDate: 1,
      pastRequestedDate: 1,
    });
    const list = await t.http.ok(200, 'GET', '/v1/backorders');
    expect(list.items.length).toBe(summary.waitingLines);
    // The workbench's filters: the lines late against their promise, and backorders apart from preorders.
    const late = await t.http.ok(200, 'GET', '/v1/backorders?pastPromiseDate=true');
    expect(late.items.map((line: { orderId: number }) => line.orderId)).toEqual([first.id]);
    expect((await t.http.ok(200, 'GET', '/v1/backorders?preorder=false')).items.length).toBe(3);
    expect((await t.http.ok(200, 'GET', '/v1/backorders?preorder=true')).items).toEqual([]);
    expect((await t.http.get('/v1/backorders?preorder=maybe')).body.code).toBe('validation_failed');
  });

  it('is read by a viewer; a caller without credentials is refused', async () => {
    const viewer = bearer(await keyFor(t.http, 'wall screen', 'viewer'));
    expect((await t.http.get('/v1/backorders/summary', viewer)).status).toBe(200);
    const anonymous = await t.http.get('/v1/backorders/summary', { authorization: '' });
    expect(anonymous.status).toBe(401);
  });
});
