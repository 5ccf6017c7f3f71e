import { describe, expect, it } from 'vitest';
import { databaseLabel } from '../support/test-store.js';
import { useTestApp } from '../support/use-store.js';

// Histories page like every list: oldest first by default (as before paging), newest first on request.
const t = useTestApp({
  invariants: { immediate: true },
  seed: async (http) => {
    await http.ok(201, 'POST', '/v1/locations', { code: 'WH1', name: 'Warehouse 1' });
    await http.ok(201, 'POST', '/v1/customers', { code: 'ACME', name: 'Acme' });
    await http.ok(201, 'POST', '/v1/items', { sku: 'LOG', name: 'Logged', unitPrice: 1 });
  },
});

interface Entry {
  action: string;
  reason: string | null;
  at: string;
}
interface HistoryPage {
  entries: Entry[];
  nextCursor: string | null;
}

const key = (e: Entry) => `${e.action}|${e.reason}`;

async function allPages(path: string, query: string): Promise<{ entries: Entry[]; pages: number }> {
  const entries: Entry[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const page: HistoryPage = await t.http.ok(200, 'GET', `${path}?${query}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    entries.push(...page.entries);
    cursor = page.nextCursor;
    pages += 1;
  } while (cursor !== null && pages < 100);
  return { entries, pages };
}

async function orderWithChanges(changes: number): Promise<number> {
  const order = await t.http.ok(201, 'POST', '/v1/orders', { customer: 'ACME', lines: [{ sku: 'LOG', quantity: 1 }] });
  for (let i = 0; i < changes; i += 1) await t.http.ok(200, 'PATCH', `/v1/orders/${order.id}/lines/1`, { quantity: i + 2 });
  return order.id;
}

describe(`history paging through HTTP on ${databaseLabel}`, () => {
  it('answers 50 entries oldest first by default with a cursor to the rest, and pages newest first through all of them', async () => {
    const id = await orderWithChanges(55);
    const all: HistoryPage = await t.http.ok(200, 'GET', `/v1/orders/${id}/history?limit=500`);
    expect(all.nextCursor).toBeNull();
    expect(all.entries.length).toBeGreaterThan(55);
    expect(all.entries[0]!.action).toBe('entered');
    expect(all.entries.at(-1)).toMatchObject({ action: 'quantity_changed', reason: '55 → 56' });

    const first: HistoryPage = await t.http.ok(200, 'GET', `/v1/orders/${id}/history`);
    expect(first.entries.map(key)).toEqual(all.entries.slice(0, 50).map(key));
    expect(first.nextCursor).not.toBeNull();

    const newest = await allPages(`/v1/orders/${id}/history`, 'order=newest&limit=7');
    expect(newest.entries.map(key)).toEqual([...all.entries].reverse().map(key));
    expect(newest.pages).toBe(Math.ceil(all.entries.length / 7));
    expect(newest.entries[0]).toMatchObject({ reason: '55 → 56' });
    const oldest = await allPages(`/v1/orders/${id}/history`, 'limit=9');
    expect(oldest.entries.map(key)).toEqual(all.entries.map(key));
  });

  it('pages newest first while entries are added: each entry there at the start once, nothing twice', async () => {
    const id = await orderWithChanges(12);
    const before: HistoryPage = await t.http.ok(200, 'GET', `/v1/orders/${id}/history?limit=500`);
    const seen: Entry[] = [];
    let cursor: string | null = null;
    let quantity = 100;
    do {
      const url: string = `/v1/orders/${id}/history?order=newest&limit=4${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      const [page]: [HistoryPage, unknown] = await Promise.all([
        t.http.ok(200, 'GET', url),
        t.http.ok(200, 'PATCH', `/v1/orders/${id}/lines/1`, { quantity: (quantity += 1) }),
      ]);
      seen.push(...page.entries);
      cursor = page.nextCursor;
    } while (cursor !== null);
    const seenKeys = seen.map(key);
    expect(new Set(seenKeys).size).toBe(seenKeys.length);
    expect(before.entries.map(key).filter((k) => !seenKeys.includes(k))).toEqual([]);
  });

  it('pages an item’s and a shipment’s history the same way', async () => {
    await t.http.ok(201, 'POST', '/v1/stock/receipts', { sku: 'LOG', location: 'WH1', quantity: 3 });
    await t.http.ok(201, 'POST', '/v1/stock/receipts', { sku: 'LOG', location: 'WH1', quantity: 4 });
    const item: HistoryPage & { sku: string } = await t.http.ok(200, 'GET', '/v1/items/LOG/history?order=newest&limit=1');
    expect(item.sku).toBe('LOG');
    expect(item.entries).toHaveLength(1);
    expect(item.nextCursor).not.toBeNull();
    const all = await allPages('/v1/items/LOG/history', 'order=newest&limit=2');
    const everything: HistoryPage = await t.http.ok(200, 'GET', '/v1/items/LOG/history?limit=500');
    expect(all.entries.map(key)).toEqual([...everything.entries].reverse().map(key));

    await t.http.ok(201, 'POST', '/v1/items', { sku: 'SHIP', name: 'Shipped', unitPrice: 1 });
    await t.http.ok(201, 'POST', '/v1/stock/receipts', { sku: 'SHIP', location: 'WH1', quantity: 1 });
    const order = await t.http.ok(201, 'POST', '/v1/orders', { customer: 'ACME', lines: [{ sku: 'SHIP', quantity: 1 }] });
    const release = await t.http.ok(200, 'POST', `/v1/orders/${order.id}/release`);
    const shipment = release.shipments[0];
    await t.http.ok(200, 'POST', `/v1/shipments/${shipment}/ship`);
    const log: HistoryPage & { shipmentId: number } = await t.http.ok(200, 'GET', `/v1/shipments/${shipment}/history?order=newest&limit=500`);
    expect(log).toMatchObject({ shipmentId: shipment, nextCursor: null });
    expect(log.entries.length).toBeGreaterThan(0);
  });

  it('refuses a cursor of another history or the other direction (400 invalid_cursor), and a bad order or limit', async () => {
    const a = await orderWithChanges(3);
    const b = await orderWithChanges(3);
    const { nextCursor } = await t.http.ok(200, 'GET', `/v1/orders/${a}/history?limit=1`);
    const cursor = encodeURIComponent(nextCursor);
    expect((await t.http.get(`/v1/orders/${a}/history?limit=1&cursor=${cursor}`)).status).toBe(200);
    for (const url of [`/v1/orders/${b}/history?cursor=${cursor}`, `/v1/orders/${a}/history?order=newest&cursor=${cursor}`, `/v1/items/LOG/history?cursor=${cursor}`]) {
      const answer = await t.http.get(url);
      expect(answer.status).toBe(400);
      expect(answer.body.code).toBe('invalid_cursor');
    }
    expect((await t.http.get(`/v1/orders/${a}/history?order=sideways`)).body.code).toBe('validation_failed');
    expect((await t.http.get(`/v1/orders/${a}/history?limit=501`)).body.code).toBe('validation_failed');
  });
});
