import { describe, expect, it } from 'vitest';
import { databaseLabel } from '../support/test-store.js';
import { useTestApp } from '../support/use-store.js';

// The shipment list pages with the cursor of every list, and still with `after` as before.
const t = useTestApp({
  invariants: { immediate: true },
  seed: async (http) => {
    await http.ok(201, 'POST', '/v1/locations', { code: 'WH1', name: 'Warehouse 1' });
    await http.ok(201, 'POST', '/v1/customers', { code: 'ACME', name: 'Acme', shipType: 'partial_ok' });
    await http.ok(201, 'POST', '/v1/items', { sku: 'BOX', name: 'Box', unitPrice: 1 });
    await http.ok(201, 'POST', '/v1/stock/receipts', { sku: 'BOX', location: 'WH1', quantity: 10 });
  },
});

describe(`shipment paging through HTTP on ${databaseLabel}`, () => {
  it('pages shipments by cursor (nothing twice, null at the end) and by after; refuses a cursor changed by hand', async () => {
    const made: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      const order = await t.http.ok(201, 'POST', '/v1/orders', { customer: 'ACME', lines: [{ sku: 'BOX', quantity: 1 }] });
      const released = await t.http.ok(200, 'POST', `/v1/orders/${order.id}/release`);
      made.push(released.shipments[0]);
      // Each its own shipment: the one before is shipped, so nothing is appended to it.
      await t.http.ok(200, 'POST', `/v1/shipments/${released.shipments[0]}/ship`);
    }
    const seen: number[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: { id: number }[]; nextCursor: string | null; nextAfter: number | null } = await t.http.ok(
        200,
        'GET',
        `/v1/shipments?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      );
      seen.push(...page.items.map((s) => s.id));
      expect(page.nextAfter).toBe(page.nextCursor === null ? null : page.items.at(-1)!.id);
      cursor = page.nextCursor;
    } while (cursor !== null);
    expect(seen).toEqual([...new Set(made)].sort((a, b) => a - b));
    const byAfter = await t.http.ok(200, 'GET', `/v1/shipments?limit=2&after=${seen[1]}`);
    expect(byAfter.items.map((s: { id: number }) => s.id)).toEqual(seen.slice(2, 4));
    const answer = await t.http.get('/v1/shipments?cursor=WzFd.AAAAAAAAAAAAAAAA');
    expect(answer.status).toBe(400);
    expect(answer.body.code).toBe('invalid_cursor');
  });
});
