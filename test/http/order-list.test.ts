import { describe, expect, it } from 'vitest';
import type { Http } from '../support/http-app.js';
import { databaseLabel } from '../support/test-store.js';
import { useTestApp } from '../support/use-store.js';

// The order list: every filter, both sorts, paging (also while orders are entered), bad input.
// The app's clock says 2026-11-01; the last seeded order is entered a day later.
const ids: Record<string, number> = {};
const t = useTestApp({
  invariants: { immediate: true },
  seed: async (http: Http) => {
    await http.ok(201, 'POST', '/v1/locations', { code: 'WH1', name: 'Warehouse 1', priority: 10 });
    await http.ok(201, 'POST', '/v1/fulfillment-policies', { code: 'FULL', backorderStrategy: 'deliver_in_full' });
    await http.ok(201, 'POST', '/v1/customers', { code: 'ACME', name: 'Acme' });
    await http.ok(201, 'POST', '/v1/customers', { code: 'BETA', name: 'Beta' });
    await http.ok(201, 'POST', '/v1/customers', { code: 'CONC', name: 'Concurrent' });
    await http.ok(201, 'POST', '/v1/items', { sku: 'A', name: 'In stock', unitPrice: 1 });
    await http.ok(201, 'POST', '/v1/items', { sku: 'B', name: 'Out of stock', unitPrice: 1 });
    await http.ok(201, 'POST', '/v1/stock/receipts', { sku: 'A', location: 'WH1', quantity: 10 });
    const enter = async (name: string, body: Record<string, unknown>) => {
      ids[name] = (await http.ok(201, 'POST', '/v1/orders', body)).id;
    };
    await enter('allocated', { customer: 'ACME', reference: 'PO-100', lines: [{ sku: 'A', quantity: 2 }] });
    await enter('backordered', { customer: 'BETA', reference: 'PO-101', priority: 5, lines: [{ sku: 'B', quantity: 3 }] });
    await enter('partial', { customer: 'ACME', reference: 'X-7', priority: 2, lines: [{ sku: 'A', quantity: 1 }, { sku: 'B', quantity: 1 }] });
    await enter('awaiting', { customer: 'BETA', fulfillmentPolicy: 'FULL', lines: [{ sku: 'A', quantity: 1 }, { sku: 'B', quantity: 1 }] });
    http.clock.advanceDays(1);
    await enter('cancelled', { customer: 'ACME', reference: 'P%', lines: [{ sku: 'A', quantity: 1 }] });
    await http.ok(200, 'POST', `/v1/orders/${ids.cancelled}/cancel`, {});
  },
});

const list = async (query: string): Promise<string[]> => {
  const page = await t.http.ok(200, 'GET', `/v1/orders?${query}`);
  const names = new Map(Object.entries(ids).map(([name, id]) => [id, name]));
  return page.items.map((o: { id: number }) => names.get(o.id) ?? `other ${o.id}`);
};

describe(`the order list through HTTP on ${databaseLabel}`, () => {
  it('lists by entry by default and by priority (highest first, then entry), answering whole orders', async () => {
    expect(await list('')).toEqual(['allocated', 'backordered', 'partial', 'awaiting', 'cancelled']);
    expect(await list('sort=priority')).toEqual(['backordered', 'partial', 'allocated', 'awaiting', 'cancelled']);
    const page = await t.http.ok(200, 'GET', '/v1/orders?limit=1');
    expect(page.items[0]).toEqual(await t.http.ok(200, 'GET', `/v1/orders/${ids.allocated}`));
  });

  it('filters by status, any of, including the release block only the view tells apart', async () => {
    expect(await list('status=backordered')).toEqual(['backordered']);
    expect(await list('status=partially_allocated')).toEqual(['partial']);
    expect(await list('status=awaiting_full_allocation')).toEqual(['awaiting']);
    expect(await list('status=allocated,cancelled')).toEqual(['allocated', 'cancelled']);
    expect(await list('status=shipped')).toEqual([]);
    expect(await list('status=backordered,awaiting_full_allocation&sort=priority')).toEqual(['backordered', 'awaiting']);
  });

  it('filters by customer, SKU, reference (exact and prefix), entry days, priority, strategy and backorder', async () => {
    expect(await list('customer=ACME')).toEqual(['allocated', 'partial', 'cancelled']);
    expect(await list('sku=B')).toEqual(['backordered', 'partial', 'awaiting']);
    expect(await list('reference=PO-100')).toEqual(['allocated']);
    expect(await list('reference=PO-10')).toEqual([]);
    expect(await list('referencePrefix=PO-10')).toEqual(['allocated', 'backordered']);
    expect(await list(`referencePrefix=${encodeURIComponent('P%')}`)).toEqual(['cancelled']);
    expect(await list('enteredFrom=2026-11-02')).toEqual(['cancelled']);
    expect(await list('enteredTo=2026-11-01')).toEqual(['allocated', 'backordered', 'partial', 'awaiting']);
    expect(await list('enteredFrom=2026-11-03')).toEqual([]);
    expect(await list('priority=5')).toEqual(['backordered']);
    expect(await list('strategy=deliver_in_full')).toEqual(['awaiting']);
    expect(await list('hasBackorder=true')).toEqual(['backordered', 'partial', 'awaiting']);
    expect(await list('hasBackorder=false')).toEqual(['allocated', 'cancelled']);
    expect(await list('customer=ACME&hasBackorder=true&sku=A')).toEqual(['partial']);
  });

  it('finds an order by a SKU on a line added after entry', async () => {
    await t.http.ok(201, 'POST', '/v1/items', { sku: 'LATE', name: 'Added later', unitPrice: 1 });
    expect(await list('sku=LATE')).toEqual([]);
    await t.http.ok(201, 'POST', `/v1/orders/${ids.allocated}/lines`, { sku: 'LATE', quantity: 1 });
    await t.http.ok(201, 'POST', `/v1/orders/${ids.allocated}/lines`, { sku: 'LATE', quantity: 2 });
    expect(await list('sku=LATE')).toEqual(['allocated']);
    await t.http.ok(200, 'POST', `/v1/orders/${ids.allocated}/cancel`, { lines: [{ lineNo: 2 }, { lineNo: 3 }] });
  });

  it('pages with limit and cursor, also where the views decide the status; nextCursor is null at the end', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: { items: { id: number }[]; nextCursor: string | null } = await t.http.ok(
        200,
        'GET',
        `/v1/orders?status=backordered,partially_allocated,awaiting_full_allocation&limit=1${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      );
      seen.push(...page.items.map((o) => Object.entries(ids).find(([, id]) => id === o.id)![0]));
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor !== null);
    expect(seen).toEqual(['backordered', 'partial', 'awaiting']);
    expect(pages).toBe(3);
    expect((await t.http.ok(200, 'GET', '/v1/orders?limit=500')).nextCursor).toBeNull();
  });

  it.each([
    ['an unknown status', 'status=lost', 422, 'validation_failed'],
    ['an empty status in the list', 'status=allocated,', 422, 'validation_failed'],
    ['a limit over 500', 'limit=501', 422, 'validation_failed'],
    ['an unknown parameter', 'colour=red', 422, 'validation_failed'],
    ['a sort that does not exist', 'sort=name', 422, 'validation_failed'],
    ['a day that is not one', 'enteredFrom=yesterday', 422, 'validation_failed'],
    ['an unknown customer', 'customer=NOPE', 404, 'customer_not_found'],
    ['an unknown SKU', 'sku=NOPE', 404, 'item_not_found'],
    ['a cursor that is not one', 'cursor=abc', 400, 'invalid_cursor'],
  ])('refuses %s', async (_name, query, status, code) => {
    const answer = await t.http.get(`/v1/orders?${query}`);
    expect(answer.status).toBe(status);
    expect(answer.contentType).toContain('application/problem+json');
    expect(answer.body.code).toBe(code);
  });

  it('refuses a cursor changed by hand or taken from the other sort (400 invalid_cursor)', async () => {
    const { nextCursor } = await t.http.ok(200, 'GET', '/v1/orders?limit=1');
    const [payload, seal] = (nextCursor as string).split('.');
    const [entrySeq] = JSON.parse(Buffer.from(payload!, 'base64url').toString()) as [number];
    const edited = `${Buffer.from(JSON.stringify([entrySeq + 1])).toString('base64url')}.${seal}`;
    expect((await t.http.get(`/v1/orders?cursor=${encodeURIComponent(edited)}`)).body.code).toBe('invalid_cursor');
    expect((await t.http.get(`/v1/orders?sort=priority&cursor=${encodeURIComponent(nextCursor)}`)).body.code).toBe('invalid_cursor');
    expect((await t.http.get(`/v1/orders?cursor=${encodeURIComponent(nextCursor)}`)).status).toBe(200);
  });

  it.each(['entry', 'priority'])('pages by %s while orders are entered meanwhile: nothing skipped, nothing twice', async (sort) => {
    const enter = (priority: number) =>
      t.http.ok(201, 'POST', '/v1/orders', { customer: 'CONC', priority, reference: `C-${sort}`, lines: [{ sku: 'B', quantity: 1 }] });
    const before: number[] = [];
    for (let i = 0; i < 12; i += 1) before.push((await enter(i % 4)).id);
    const seen: number[] = [];
    let cursor: string | null = null;
    let round = 0;
    do {
      const url: string = `/v1/orders?customer=CONC&referencePrefix=C-${sort}&sort=${sort}&limit=5${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      // A page read while two orders are entered, one ahead of the cursor and one behind it.
      const [page]: [{ items: { id: number }[]; nextCursor: string | null }, unknown, unknown] = await Promise.all([t.http.ok(200, 'GET', url), enter(round % 2 === 0 ? 9 : -1), enter(1)]);
      seen.push(...page.items.map((o: { id: number }) => o.id));
      cursor = page.nextCursor;
      round += 1;
    } while (cursor !== null && round < 50);
    expect(new Set(seen).size).toBe(seen.length);
    expect(before.filter((id) => !seen.includes(id))).toEqual([]);
  });
});
