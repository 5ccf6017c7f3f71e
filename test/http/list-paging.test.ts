import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { databaseLabel } from '../support/test-store.js';
import { useTestApp } from '../support/use-store.js';

// The lists brought onto the one paging convention (limit, cursor → {items, nextCursor}): each
// pages while rows are added meanwhile, and none skips or repeats a row that was there before.
const t = useTestApp({
  invariants: { immediate: true },
  seed: async (http) => {
    await http.ok(201, 'POST', '/v1/locations', { code: 'WH1', name: 'Warehouse 1', priority: 10 });
    await http.ok(201, 'POST', '/v1/locations', { code: 'WH2', name: 'Warehouse 2', priority: 5 });
    await http.ok(201, 'POST', '/v1/customers', { code: 'ACME', name: 'Acme' });
    for (const sku of ['PG-A', 'PG-B', 'PG-C']) await http.ok(201, 'POST', '/v1/items', { sku, name: sku, unitPrice: 1 });
  },
});

type Row = Record<string, unknown>;

/**
 * Every page of `path` with `limit`, each read while `meanwhile` adds rows (in parallel with the
 * read); the keys of the items seen, in the order seen. The bound stops a list that never ends.
 */
async function pagedWhileAdding(path: string, limit: number, keyOf: (row: Row) => string, meanwhile: (round: number) => Promise<unknown>): Promise<string[]> {
  const seen: string[] = [];
  let cursor: string | null = null;
  let round = 0;
  do {
    const sep = path.includes('?') ? '&' : '?';
    const url: string = `${path}${sep}limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const [page]: [{ items: Row[]; nextCursor: string | null }, unknown] = await Promise.all([t.http.ok(200, 'GET', url), meanwhile(round)]);
    expect(page.items.length).toBeLessThanOrEqual(limit);
    seen.push(...page.items.map(keyOf));
    cursor = page.nextCursor;
    round += 1;
  } while (cursor !== null && round < 60);
  expect(cursor).toBeNull();
  return seen;
}

const once = (seen: string[]) => expect(new Set(seen).size).toBe(seen.length);
/** A newest-first list paged while rows were added: every row there before, each once, newest first. */
function newestFirst(seen: string[], before: string[]) {
  once(seen);
  expect(before.filter((id) => !seen.includes(id))).toEqual([]);
  expect(seen.map(Number)).toEqual([...seen.map(Number)].sort((x, y) => y - x));
}
const ids = (page: { items: { id: number }[] }) => page.items.map((i) => i.id);
const order = (sku: string, quantity: number, priority = 0) =>
  t.http.ok(201, 'POST', '/v1/orders', { customer: 'ACME', priority, lines: [{ sku, quantity }] });
const purchaseOrder = (supplier: string, sku: string, location = 'WH1') =>
  t.http.ok(201, 'POST', '/v1/purchase-orders', { supplier, location, expectedDate: '2026-12-20', lines: [{ sku, quantity: 5 }] });
const transfer = (from: string, to: string, sku: string) =>
  t.http.ok(201, 'POST', '/v1/transfer-orders', { from, to, expectedDate: '2026-12-20', lines: [{ sku, quantity: 1 }] });

describe(`list paging through HTTP on ${databaseLabel}`, () => {
  it('pages the backorder list in queue order while orders are entered ahead of and behind the cursor', async () => {
    const before: string[] = [];
    for (let i = 0; i < 9; i += 1) before.push(`${(await order('PG-A', 1, i % 3)).id}/1`);
    const seen = await pagedWhileAdding('/v1/backorders?sku=PG-A', 4, (r) => `${r.orderId}/${r.lineNo}`, (round) => order('PG-A', 1, round % 2 === 0 ? 9 : -1));
    once(seen);
    expect(before.filter((k) => !seen.includes(k))).toEqual([]);
    // A cursor of this list still refuses as it did (422 validation_failed), and one of another list too.
    const { nextCursor } = await t.http.ok(200, 'GET', '/v1/backorders?sku=PG-A&limit=1');
    expect(nextCursor).toMatch(/^[\w-]+\.[\w-]{16}$/);
    const orders = (await t.http.ok(200, 'GET', '/v1/orders?limit=1')).nextCursor;
    for (const cursor of [orders, `${nextCursor}x`, 'bm90LWEtY3Vyc29y']) {
      const answer = await t.http.get(`/v1/backorders?cursor=${encodeURIComponent(cursor)}`);
      expect(answer.status).toBe(422);
      expect(answer.body.code).toBe('validation_failed');
    }
  });

  it('pages the event feed by cursor, gap-free, while changes commit; after/next/events still work as before', async () => {
    const start = (await t.http.ok(200, 'GET', '/v1/events?limit=500&type=order.backordered')) as { next: string };
    const five: number[] = [];
    for (let i = 0; i < 5; i += 1) five.push((await order('PG-B', 1)).id);
    const backordered = async () => {
      const all: number[] = [];
      for (let cursor: string | null = null, first = true; first || cursor !== null; first = false) {
        const page: { items: { id: number }[]; nextCursor: string | null } = await t.http.ok(
          200,
          'GET',
          `/v1/events?type=order.backordered&limit=500${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
        );
        all.push(...ids(page));
        cursor = page.nextCursor;
      }
      return all;
    };
    const before = (await backordered()).map(String);
    const seen = await pagedWhileAdding('/v1/events?type=order.backordered', 2, (r) => String(r.id), (round) => (round < 6 ? order('PG-B', 1) : Promise.resolve()));
    once(seen);
    expect(before.filter((id) => !seen.includes(id))).toEqual([]);
    // Commit order: what a cursor served never comes before what it served earlier.
    expect(seen.slice(0, before.length)).toEqual(before);
    // The first way: after = next, events = items; next is there at the end too, nextCursor is not.
    const byAfter = await t.http.ok(200, 'GET', `/v1/events?type=order.backordered&limit=2&after=${start.next}`);
    expect(byAfter.events).toEqual(byAfter.items);
    expect(byAfter.items.map((e: { orderId: number }) => e.orderId)).toEqual(five.slice(0, 2));
    const end = await t.http.ok(200, 'GET', '/v1/events?type=order.backordered&limit=500');
    expect(end.nextCursor).toBeNull();
    expect(end.next).toMatch(/^\d+\.\d+$/);
    const tail = await t.http.ok(200, 'GET', `/v1/events?type=order.backordered&after=${end.next}`);
    expect(tail).toMatchObject({ items: [], events: [], nextCursor: null, next: end.next });
    expect((await t.http.get(`/v1/events?cursor=${encodeURIComponent(end.next)}`)).body.code).toBe('invalid_cursor');
    const { nextCursor } = await t.http.ok(200, 'GET', '/v1/events?limit=1');
    expect((await t.http.get(`/v1/events?cursor=${encodeURIComponent(nextCursor)}&after=${end.next}`)).body.code).toBe('validation_failed');
    expect((await t.http.get('/v1/events?limit=501')).body.code).toBe('validation_failed');
  });

  it('lists purchase orders newest first, filtered by status, supplier, location and sku, paged while more are raised', async () => {
    const a = await purchaseOrder('Acme Supply', 'PG-A');
    const b = await purchaseOrder('Bolt Bros', 'PG-B', 'WH2');
    const c = await purchaseOrder('Acme Supply', 'PG-C', 'WH2');
    await t.http.ok(200, 'POST', `/v1/purchase-orders/${a.id}/receive`, {});
    const list = async (query: string) => ids(await t.http.ok(200, 'GET', `/v1/purchase-orders?${query}`)).filter((id) => [a.id, b.id, c.id].includes(id));
    expect(await list('supplier=Acme%20Supply')).toEqual([c.id, a.id]);
    expect(await list('location=WH2')).toEqual([c.id, b.id]);
    expect(await list('sku=PG-B')).toEqual([b.id]);
    expect(await list('status=received')).toEqual([a.id]);
    expect(await list('status=open,received&location=WH1')).toEqual([a.id]);
    expect((await t.http.get('/v1/purchase-orders?location=NOPE')).body.code).toBe('location_not_found');
    expect((await t.http.get('/v1/purchase-orders?sku=NOPE')).body.code).toBe('item_not_found');
    expect((await t.http.get('/v1/purchase-orders?status=lost')).body.code).toBe('validation_failed');

    for (let i = 0; i < 7; i += 1) await purchaseOrder('Paging Ltd', 'PG-A');
    const before = ids(await t.http.ok(200, 'GET', '/v1/purchase-orders?limit=500')).map(String);
    const seen = await pagedWhileAdding('/v1/purchase-orders', 3, (r) => String(r.id), () => purchaseOrder('Paging Ltd', 'PG-A'));
    newestFirst(seen, before);
    const { nextCursor } = await t.http.ok(200, 'GET', '/v1/purchase-orders?limit=1');
    expect((await t.http.get(`/v1/transfer-orders?cursor=${encodeURIComponent(nextCursor)}`)).body.code).toBe('invalid_cursor');
  });

  it('lists transfer orders newest first, filtered by status, from, to, location and sku, paged while more are planned', async () => {
    const a = await transfer('WH1', 'WH2', 'PG-A');
    const b = await transfer('WH2', 'WH1', 'PG-B');
    await t.http.ok(201, 'POST', '/v1/stock/receipts', { sku: 'PG-C', location: 'WH1', quantity: 5 });
    const c = await transfer('WH1', 'WH2', 'PG-C');
    await t.http.ok(200, 'POST', `/v1/transfer-orders/${c.id}/ship`, {});
    const list = async (query: string) => ids(await t.http.ok(200, 'GET', `/v1/transfer-orders?${query}`)).filter((id) => [a.id, b.id, c.id].includes(id));
    expect(await list('')).toEqual([c.id, b.id, a.id]);
    expect(await list('from=WH1')).toEqual([c.id, a.id]);
    expect(await list('to=WH1')).toEqual([b.id]);
    expect(await list('location=WH1')).toEqual([c.id, b.id, a.id]);
    expect(await list('sku=PG-C')).toEqual([c.id]);
    expect(await list('status=shipped')).toEqual([c.id]);
    expect(await list('status=open&from=WH2')).toEqual([b.id]);
    const shown = (await t.http.ok(200, 'GET', `/v1/transfer-orders?sku=PG-C`)).items[0];
    expect(shown).toEqual(await t.http.ok(200, 'GET', `/v1/transfer-orders/${c.id}`));
    expect((await t.http.get('/v1/transfer-orders?to=NOPE')).body.code).toBe('location_not_found');
    expect((await t.http.get('/v1/transfer-orders?limit=0')).body.code).toBe('validation_failed');

    for (let i = 0; i < 6; i += 1) await transfer('WH2', 'WH1', 'PG-A');
    const before = ids(await t.http.ok(200, 'GET', '/v1/transfer-orders?limit=500')).map(String);
    const seen = await pagedWhileAdding('/v1/transfer-orders', 4, (r) => String(r.id), () => transfer('WH2', 'WH1', 'PG-A'));
    newestFirst(seen, before);
  });

  it('lists job runs newest first, by job and status, paged while more runs start', async () => {
    const run = (job: string) => t.http.ok(200, 'POST', `/v1/jobs/${job}/run`, {});
    for (let i = 0; i < 4; i += 1) await run('refresh-promise-dates');
    await run('release-to-warehouse');
    const refreshes = await t.http.ok(200, 'GET', '/v1/jobs/runs?job=refresh-promise-dates&status=completed,failed');
    expect(refreshes.items).toHaveLength(4);
    expect(refreshes.items[0]).toMatchObject({ job: 'refresh-promise-dates', status: 'completed', error: null });
    expect(refreshes.items[0]).toEqual(await t.http.ok(200, 'GET', `/v1/jobs/runs/${refreshes.items[0].id}`));
    expect((await t.http.ok(200, 'GET', '/v1/jobs/runs?status=failed,interrupted')).items).toEqual([]);
    expect((await t.http.get('/v1/jobs/runs?job=no-such-job')).body.code).toBe('job_not_found');
    expect((await t.http.get('/v1/jobs/runs?status=done')).body.code).toBe('validation_failed');

    const before = ids(await t.http.ok(200, 'GET', '/v1/jobs/runs?limit=500')).map(String);
    const seen = await pagedWhileAdding('/v1/jobs/runs', 2, (r) => String(r.id), () => run('refresh-promise-dates'));
    newestFirst(seen, before);
  });

  it('pages an endpoint’s webhook deliveries by cursor while deliveries are added; before/deliveries still work', async () => {
    const now = new Date();
    const { rows } = await sql<{ id: number }>`
      insert into webhook_endpoints (url, event_types, secret, created_at, updated_at)
      values ('https://shop.example/hook', '{order.backordered}', 'whsec_dGVzdA==', ${now}, ${now}) returning id`.execute(t.store.db);
    const endpoint = Number(rows[0]!.id);
    const event = Number((await sql<{ id: number }>`select max(id) as id from domain_events`.execute(t.store.db)).rows[0]!.id);
    const deliver = () =>
      sql`insert into webhook_deliveries (endpoint_id, event_id, next_attempt_at, created_at) values (${endpoint}, ${event}, ${now}, ${now})`.execute(t.store.db);
    for (let i = 0; i < 7; i += 1) await deliver();
    const path = `/v1/webhooks/${endpoint}/deliveries`;
    const before = ids(await t.http.ok(200, 'GET', `${path}?limit=500`)).map(String);
    expect(before).toHaveLength(7);
    const seen = await pagedWhileAdding(path, 3, (r) => String(r.id), deliver);
    newestFirst(seen, before);
    const first = await t.http.ok(200, 'GET', `${path}?limit=2`);
    expect(first.deliveries).toEqual(first.items);
    const all = ids(await t.http.ok(200, 'GET', `${path}?limit=500`));
    expect(ids(first)).toEqual(all.slice(0, 2));
    expect(ids(await t.http.ok(200, 'GET', `${path}?limit=2&before=${first.items[1].id}`))).toEqual(all.slice(2, 4));
    expect((await t.http.get(`${path}?cursor=${encodeURIComponent(first.nextCursor)}&before=1`)).body.code).toBe('validation_failed');
    expect((await t.http.get(`/v1/webhooks/${endpoint + 1000}/deliveries`)).body.code).toBe('webhook_endpoint_not_found');
  });
});

describe(`people and API keys paged on ${databaseLabel}`, () => {
  it('pages users and keys by id while more are added; users/keys still hold the page', async () => {
    const addUser = (i: number | string) => t.http.ok(201, 'POST', '/v1/users', { login: `pager-${i}`, name: `Pager ${i}`, role: 'viewer' });
    const addKey = (i: number | string) => t.http.ok(201, 'POST', '/v1/keys', { name: `pager key ${i}`, role: 'viewer' });
    for (let i = 0; i < 5; i += 1) {
      await addUser(i);
      await addKey(i);
    }
    for (const [path, add, alias] of [['/v1/users', addUser, 'users'], ['/v1/keys', addKey, 'keys']] as const) {
      const before = ids(await t.http.ok(200, 'GET', `${path}?limit=500`)).map(String);
      let added = 0;
      const seen = await pagedWhileAdding(path, 2, (r) => String(r.id), () => add(`${path.length}-${(added += 1)}`));
      once(seen);
      expect(before.filter((id) => !seen.includes(id))).toEqual([]);
      expect(seen.map(Number)).toEqual([...seen.map(Number)].sort((x, y) => x - y));
      const first = await t.http.ok(200, 'GET', `${path}?limit=2`);
      expect(first[alias]).toEqual(first.items);
      expect((await t.http.get(`${path}?cursor=garbage`)).body.code).toBe('invalid_cursor');
    }
  });
});
