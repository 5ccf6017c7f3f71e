import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { databaseLabel } from '../support/test-store.js';
import { useTestApp } from '../support/use-store.js';

const t = useTestApp({
  seed: async (http) => {
    await http.ok(201, 'POST', '/v1/locations', { code: 'DC', name: 'DC' });
    await http.ok(201, 'POST', '/v1/customers', { code: 'WEB', name: 'Web shop' });
    await http.ok(201, 'POST', '/v1/customers', { code: 'KEY', name: 'Key account', priority: 5 });
  },
});

let skus = 0;
const sku = () => `DRY-${++skus}`;

/** Row counts (orders, lines, record log, ledger, keys, runs, events) and sums: what a dry run must leave as it found it. */
async function footprint() {
  const { rows } = await sql<{ t: string; n: string }>`
    select 'orders' as t, count(*)::text as n from orders union all
    select 'lines', count(*)::text from order_lines union all
    select 'log', count(*)::text from record_log union all
    select 'ledger', count(*)::text from stock_ledger union all
    select 'on hand', coalesce(sum(on_hand_delta), 0)::text from stock_ledger union all
    select 'allocated', coalesce(sum(allocated), 0)::text from order_lines union all
    select 'keys', count(*)::text from idempotency_keys union all
    select 'runs', count(*)::text from job_runs union all
    select 'events', count(*)::text from domain_events`.execute(t.store.db);
  return Object.fromEntries(rows.map((r) => [r.t, r.n]));
}

describe(`dry runs over HTTP (?dryRun=true) on ${databaseLabel}`, () => {
  it('previews a receipt: the waiting line it would fill, and writes nothing', async () => {
    const s = sku();
    await t.http.ok(201, 'POST', '/v1/items', { sku: s, name: 'Dry item' });
    const order = await t.http.ok(201, 'POST', '/v1/orders', { customer: 'WEB', lines: [{ sku: s, quantity: 5 }] });
    const before = await footprint();
    const preview = await t.http.ok(200, 'POST', '/v1/stock/receipts?dryRun=true', { sku: s, location: 'DC', quantity: 3 });
    expect(preview).toMatchObject({
      dryRun: true,
      answer: { sku: s },
      lines: [{ orderId: order.id, lineNo: 1, sku: s, before: { allocated: 0, backordered: 5, status: 'backordered' }, after: { allocated: 3, backordered: 2, status: 'partially_allocated' } }],
    });
    expect(await footprint()).toEqual(before);
    expect((await t.http.ok(200, 'GET', `/v1/orders/${order.id}`)).lines[0]).toMatchObject({ allocated: 0, backordered: 5 });
    // The real receipt then does what the preview said.
    await t.http.ok(201, 'POST', '/v1/stock/receipts', { sku: s, location: 'DC', quantity: 3 });
    expect((await t.http.ok(200, 'GET', `/v1/orders/${order.id}`)).lines[0]).toMatchObject(preview.lines[0].after);
  });

  it('previews a priority change: who would take stock from whom', async () => {
    const s = sku();
    await t.http.ok(201, 'POST', '/v1/items', { sku: s, name: 'Contested' });
    await t.http.ok(201, 'POST', '/v1/stock/receipts', { sku: s, location: 'DC', quantity: 4 });
    const first = await t.http.ok(201, 'POST', '/v1/orders', { customer: 'WEB', lines: [{ sku: s, quantity: 4 }] });
    const second = await t.http.ok(201, 'POST', '/v1/orders', { customer: 'WEB', lines: [{ sku: s, quantity: 4 }] });
    const before = await footprint();
    const preview = await t.http.ok(200, 'PATCH', `/v1/orders/${second.id}?dryRun=true`, { priority: 9 });
    expect(preview.answer).toMatchObject({ id: second.id, priority: 9 });
    expect(preview.lines.map((l: { orderId: number; after: { allocated: number } }) => [l.orderId, l.after.allocated])).toEqual([
      [first.id, 0],
      [second.id, 4],
    ]);
    expect(await footprint()).toEqual(before);
    expect((await t.http.ok(200, 'GET', `/v1/orders/${second.id}`)).priority).not.toBe(9);
  });

  it('previews an order entry without entering it', async () => {
    const s = sku();
    await t.http.ok(201, 'POST', '/v1/items', { sku: s, name: 'Preview entry' });
    await t.http.ok(201, 'POST', '/v1/stock/receipts', { sku: s, location: 'DC', quantity: 2 });
    const before = await footprint();
    const preview = await t.http.ok(200, 'POST', '/v1/orders?dryRun=true', { customer: 'KEY', lines: [{ sku: s, quantity: 3 }] });
    expect(preview.answer.lines[0]).toMatchObject({ sku: s, allocated: 2, backordered: 1 });
    expect(preview.items).toEqual([{ sku: s, before: { available: 2 }, after: { available: 0 } }]);
    expect(await footprint()).toEqual(before);
  });

  it('answers a refused dry run as the real command is refused, and keeps no idempotency key', async () => {
    const s = sku();
    await t.http.ok(201, 'POST', '/v1/items', { sku: s, name: 'Refusals' });
    const order = await t.http.ok(201, 'POST', '/v1/orders', { customer: 'WEB', lines: [{ sku: s, quantity: 2 }] });
    const body = { lines: [{ lineNo: 1, quantity: 3 }] };
    const dry = await t.http.post(`/v1/orders/${order.id}/cancel?dryRun=true`, body);
    const real = await t.http.post(`/v1/orders/${order.id}/cancel`, body);
    expect(dry.status).toBe(real.status);
    expect(dry.body.code).toBe(real.body.code);
    expect(dry.body.code).toBe('cancel_exceeds_open');

    const before = await footprint();
    await t.http.ok(200, 'POST', '/v1/stock/receipts?dryRun=true', { sku: s, location: 'DC', quantity: 1 }, { 'idempotency-key': 'dry-then-real' });
    expect(await footprint()).toEqual(before);
    const done = await t.http.post('/v1/stock/receipts', { sku: s, location: 'DC', quantity: 1 }, { 'idempotency-key': 'dry-then-real' });
    expect(done.status).toBe(201);
    expect(done.headers['idempotent-replayed']).toBeUndefined();
  });

  it('previews a job run: every step it would take, with no run recorded', async () => {
    const s = sku();
    await t.http.ok(201, 'POST', '/v1/items', { sku: s, name: 'Bulk cancel' });
    await t.http.ok(201, 'POST', '/v1/stock/receipts', { sku: s, location: 'DC', quantity: 3 });
    const orders = [];
    for (let i = 0; i < 3; i++) orders.push(await t.http.ok(201, 'POST', '/v1/orders', { customer: 'WEB', lines: [{ sku: s, quantity: 2 }] }));
    const before = await footprint();
    const preview = await t.http.ok(200, 'POST', '/v1/jobs/cancel-for-item-or-customer/run?dryRun=true', { sku: s });
    expect(preview.answer).toMatchObject({ processed: 3 });
    expect(preview.lines.map((l: { orderId: number; after: { status: string; allocated: number } }) => [l.orderId, l.after.status, l.after.allocated])).toEqual(
      orders.map((o) => [o.id, 'cancelled', 0]),
    );
    expect(preview.items).toEqual([{ sku: s, before: { available: 0 }, after: { available: 3 } }]);
    expect(await footprint()).toEqual(before);
    // The real run does what the preview said.
    await t.http.ok(200, 'POST', '/v1/jobs/cancel-for-item-or-customer/run', { sku: s });
    for (const order of orders) expect((await t.http.ok(200, 'GET', `/v1/orders/${order.id}`)).lines[0].status).toBe('cancelled');
  });

  it('refuses a dryRun that is not a boolean, and writes nothing', async () => {
    const before = await footprint();
    const answer = await t.http.post('/v1/stock/receipts?dryRun=maybe', { sku: 'X', location: 'DC', quantity: 1 });
    expect([answer.status, answer.body.code]).toEqual([422, 'validation_failed']);
    expect(await footprint()).toEqual(before);
  });
});
