import { describe, expect, it } from 'vitest';
import type { Answer } from '../support/http-app.js';
import { databaseLabel } from '../support/test-store.js';
import { useTestApp } from '../support/use-store.js';

// The lists the Supply and Shipments screens read: transfer orders (paged by cursor, by status and
// location) and shipments by location.
const t = useTestApp({
  invariants: { immediate: true },
  seed: async (http) => {
    for (const code of ['MAIN', 'EAST', 'WEST']) await http.ok(201, 'POST', '/v1/locations', { code, name: code });
    await http.ok(201, 'POST', '/v1/customers', { code: 'ACME', name: 'Acme', shipType: 'partial_ok' });
    await http.ok(201, 'POST', '/v1/items', { sku: 'BOX', name: 'Box', unitPrice: 1 });
    await http.ok(201, 'POST', '/v1/stock/receipts', { sku: 'BOX', location: 'EAST', quantity: 10 });
    await http.ok(201, 'POST', '/v1/stock/receipts', { sku: 'BOX', location: 'WEST', quantity: 10 });
  },
});

function expectProblem(answer: Answer, status: number, code: string) {
  expect({ status: answer.status, code: answer.body?.code }, answer.raw).toEqual({ status, code });
  expect(answer.contentType).toMatch(/^application\/problem\+json/);
}

const transfer = (from: string, to: string, quantity = 1) =>
  t.http.ok(201, 'POST', '/v1/transfer-orders', { from, to, expectedDate: '2026-12-20', lines: [{ sku: 'BOX', quantity }] });

describe(`supply and shipment lists through HTTP on ${databaseLabel}`, () => {
  it('pages transfer orders newest first by cursor, with their lines; filters by status and location; refuses a changed cursor', async () => {
    const made: number[] = [];
    for (let i = 1; i <= 5; i += 1) made.push((await transfer(i % 2 ? 'EAST' : 'WEST', 'MAIN', i)).id);
    await t.http.ok(200, 'POST', `/v1/transfer-orders/${made[0]}/ship`);

    const seen: { id: number; lines: { quantity: number }[] }[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: typeof seen; nextCursor: string | null } = await t.http.ok(200, 'GET', `/v1/transfer-orders?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor !== null);
    expect(seen.map((o) => o.id)).toEqual([...made].reverse());
    expect(seen.map((o) => o.lines[0]!.quantity)).toEqual([5, 4, 3, 2, 1]);
    expect(await t.http.ok(200, 'GET', `/v1/transfer-orders/${made[1]}`)).toEqual(seen[3]);

    const shipped = await t.http.ok(200, 'GET', '/v1/transfer-orders?status=shipped');
    expect(shipped.items.map((o: { id: number }) => o.id)).toEqual([made[0]]);
    expect(shipped.nextCursor).toBeNull();
    const west = await t.http.ok(200, 'GET', '/v1/transfer-orders?location=WEST');
    expect(west.items.map((o: { id: number }) => o.id)).toEqual([made[3], made[1]]);
    expect((await t.http.ok(200, 'GET', '/v1/transfer-orders?location=MAIN')).items).toHaveLength(5);

    expectProblem(await t.http.get('/v1/transfer-orders?cursor=WzFd.AAAAAAAAAAAAAAAA'), 400, 'invalid_cursor');
    expectProblem(await t.http.get('/v1/transfer-orders?location=NOWHERE'), 404, 'location_not_found');
    expectProblem(await t.http.get('/v1/transfer-orders?status=lost'), 422, 'validation_failed');
  });

  it('lists the shipments leaving one location', async () => {
    const east = await t.http.ok(201, 'POST', '/v1/orders', { customer: 'ACME', location: 'EAST', lines: [{ sku: 'BOX', quantity: 2 }] });
    const west = await t.http.ok(201, 'POST', '/v1/orders', { customer: 'ACME', location: 'WEST', lines: [{ sku: 'BOX', quantity: 3 }] });
    const fromEast = (await t.http.ok(200, 'POST', `/v1/orders/${east.id}/release`)).shipments[0];
    const fromWest = (await t.http.ok(200, 'POST', `/v1/orders/${west.id}/release`)).shipments[0];
    const pendingEast = await t.http.ok(200, 'GET', '/v1/shipments?status=pending&location=EAST');
    expect(pendingEast.items.map((s: { id: number }) => s.id)).toEqual([fromEast]);
    expect(pendingEast.items[0]).toMatchObject({ location: 'EAST', lines: [{ orderId: east.id, quantity: 2 }] });
    const pendingWest = await t.http.ok(200, 'GET', '/v1/shipments?location=WEST');
    expect(pendingWest.items.map((s: { id: number }) => s.id)).toEqual([fromWest]);
    expectProblem(await t.http.get('/v1/shipments?location=NOWHERE'), 404, 'location_not_found');
  });
});
