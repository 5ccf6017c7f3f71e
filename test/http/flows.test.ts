import { describe, expect, it } from 'vitest';
import { httpApp } from '../support/http-app.js';
import { databaseLabel } from '../support/test-store.js';
import { useTestApp } from '../support/use-store.js';

const t = useTestApp({
  invariants: { immediate: true },
  seed: async (http) => {
    await http.ok(201, 'POST', '/v1/locations', { code: 'MAIN', name: 'Main warehouse', priority: 10 });
    await http.ok(201, 'POST', '/v1/customers', { code: 'ACME', name: 'Acme' });
    await http.ok(201, 'POST', '/v1/customers', { code: 'BETA', name: 'Beta' });
    await http.ok(201, 'POST', '/v1/customers', { code: 'VIP', name: 'Very important', priority: 10 });
  },
});

let n = 0;
/** A unique SKU per test, so tests in this file do not share queues. */
const sku = () => `FLOW-${++n}`;

interface OrderLine { lineNo: number; allocated: number; backordered: number; cancelled: number; status: string }
interface Order { id: number; status: string; priority: number; lines: OrderLine[] }
interface HistoryEntry { actor: string; action: string; lineNo: number | null; quantity: number | null; reason: string | null }

const line = (order: Order, lineNo = 1): OrderLine => order.lines.find((l) => l.lineNo === lineNo)!;

const item = (s: string) => t.http.ok(201, 'POST', '/v1/items', { sku: s, name: `Item ${s}`, unitPrice: 10 });
const receive = (s: string, quantity: number, headers?: Record<string, string>) =>
  t.http.ok(201, 'POST', '/v1/stock/receipts', { sku: s, location: 'MAIN', quantity }, headers);
const order = (customer: string, s: string, quantity: number, headers?: Record<string, string>): Promise<Order> =>
  t.http.ok(201, 'POST', '/v1/orders', { customer, lines: [{ sku: s, quantity }] }, headers);
const getOrder = (id: number): Promise<Order> => t.http.ok(200, 'GET', `/v1/orders/${id}`);
const stock = (s: string) => t.http.ok(200, 'GET', `/v1/stock/${s}`);
const history = async (id: number): Promise<HistoryEntry[]> => (await t.http.ok(200, 'GET', `/v1/orders/${id}/history`)).entries;

describe(`HTTP flows on ${databaseLabel}`, () => {
  it('runs the aACE example end to end: 25 ordered, 20 on hand, a receipt of 10 fills the 5', async () => {
    expect(await t.http.ok(201, 'POST', '/v1/locations', { code: 'AACE-WH', name: 'aACE warehouse' })).toEqual({
      code: 'AACE-WH',
      name: 'aACE warehouse',
      priority: 0,
    });
    expect(await t.http.ok(201, 'POST', '/v1/items', { sku: 'AACE-1', name: 'Widget', unitPrice: 2.5 })).toEqual({
      sku: 'AACE-1',
      name: 'Widget',
      unitPrice: 2.5,
      service: false,
      preorder: null,
      replenishment: null,
    });
    expect(await t.http.ok(201, 'POST', '/v1/customers', { code: 'AACE-C', name: 'aACE customer', shipType: 'partial_ok' })).toEqual({
      code: 'AACE-C',
      name: 'aACE customer',
      priority: 0,
      shipType: 'partial_ok',
      fulfillmentPolicy: null,
    });
    expect(await t.http.ok(200, 'GET', '/v1/items/AACE-1')).toMatchObject({ sku: 'AACE-1', unitPrice: 2.5 });

    const received = await t.http.ok(201, 'POST', '/v1/stock/receipts', { sku: 'AACE-1', location: 'AACE-WH', quantity: 20 });
    expect(received).toMatchObject({ onHand: 20, allocated: 0, available: 20, backordered: 0, waitingLines: 0 });

    const created: Order = await t.http.ok(201, 'POST', '/v1/orders', { customer: 'AACE-C', lines: [{ sku: 'AACE-1', quantity: 25 }] });
    expect(created).toMatchObject({ customer: 'AACE-C', status: 'partially_allocated', priority: 0, shipType: 'partial_ok' });
    expect(line(created)).toMatchObject({ sku: 'AACE-1', quantity: 25, allocated: 20, backordered: 5, shipped: 0, cancelled: 0, status: 'partially_allocated' });
    expect(await stock('AACE-1')).toEqual({
      sku: 'AACE-1',
      onHand: 20,
      allocated: 20,
      available: 0,
      backordered: 5,
      waitingLines: 1,
      locations: [{ location: 'AACE-WH', onHand: 20, allocated: 20, available: 0 }],
      nextExpectedDate: null,
      inbound: [],
      businessDate: '2026-11-01',
    });

    const after = await t.http.ok(201, 'POST', '/v1/stock/receipts', { sku: 'AACE-1', location: 'AACE-WH', quantity: 10, reference: 'PO-1' });
    expect(after).toMatchObject({ onHand: 30, allocated: 25, available: 5, backordered: 0, waitingLines: 0 });
    const filled = await getOrder(created.id);
    expect(filled.status).toBe('allocated');
    expect(line(filled)).toMatchObject({ allocated: 25, backordered: 0, status: 'allocated' });
    expect(await stock('AACE-1')).toMatchObject({ onHand: 30, allocated: 25, available: 5, backordered: 0, waitingLines: 0 });
  });

  it('lets a priority customer take unreleased stock from an earlier, lower-priority order', async () => {
    const s = sku();
    await item(s);
    await receive(s, 5);
    const early = await order('ACME', s, 5);
    expect(line(early)).toMatchObject({ allocated: 5, backordered: 0 });

    const vip = await order('VIP', s, 3);
    expect(vip.priority).toBe(10);
    expect(line(vip)).toMatchObject({ allocated: 3, backordered: 0, status: 'allocated' });
    const earlyNow = await getOrder(early.id);
    expect(earlyNow.status).toBe('partially_allocated');
    expect(line(earlyNow)).toMatchObject({ allocated: 2, backordered: 3 });
    expect(await stock(s)).toMatchObject({ onHand: 5, allocated: 5, backordered: 3, waitingLines: 1 });

    const taken = (await history(early.id)).filter((e) => e.action === 'deallocated');
    expect(taken).toHaveLength(1);
    expect(taken[0]).toMatchObject({ lineNo: 1, quantity: 3 });
    expect(taken[0]!.reason).toContain(`taken by order ${vip.id}`);
  });

  it('reallocates on a PATCH of priority, both ways, and records it', async () => {
    const s = sku();
    await item(s);
    await receive(s, 4);
    const a = await order('ACME', s, 4);
    const b = await order('BETA', s, 3);
    expect(line(b).allocated).toBe(0);

    const raised: Order = await t.http.ok(200, 'PATCH', `/v1/orders/${b.id}`, { priority: 5 });
    expect(raised.priority).toBe(5);
    expect(line(raised)).toMatchObject({ allocated: 3, backordered: 0 });
    expect(line(await getOrder(a.id))).toMatchObject({ allocated: 1, backordered: 3 });

    const lowered: Order = await t.http.ok(200, 'PATCH', `/v1/orders/${b.id}`, { priority: -1 });
    expect(line(lowered)).toMatchObject({ allocated: 0, backordered: 3 });
    expect(line(await getOrder(a.id))).toMatchObject({ allocated: 4, backordered: 0 });
    const changes = (await history(b.id)).filter((e) => e.action === 'priority_changed').map((e) => e.reason);
    expect(changes).toEqual(['0 → 5', '5 → -1']);
  });

  it('cancels part of a line, then the whole order, and the freed stock fills the queue', async () => {
    const s = sku();
    await item(s);
    await receive(s, 10);
    const a = await order('ACME', s, 10);
    const b = await order('BETA', s, 4);
    expect(line(b)).toMatchObject({ allocated: 0, backordered: 4 });

    const partly: Order = await t.http.ok(200, 'POST', `/v1/orders/${a.id}/cancel`, { lines: [{ lineNo: 1, quantity: 3 }], reason: 'customer asked' });
    expect(line(partly)).toMatchObject({ allocated: 7, cancelled: 3, backordered: 0 });
    expect(line(await getOrder(b.id))).toMatchObject({ allocated: 3, backordered: 1 });

    const all: Order = await t.http.ok(200, 'POST', `/v1/orders/${a.id}/cancel`, {});
    expect(all.status).toBe('cancelled');
    expect(line(all)).toMatchObject({ allocated: 0, cancelled: 10, status: 'cancelled' });
    expect(line(await getOrder(b.id))).toMatchObject({ allocated: 4, backordered: 0, status: 'allocated' });
    expect(await stock(s)).toMatchObject({ onHand: 10, allocated: 4, available: 6, waitingLines: 0 });
    const cancelled = (await history(a.id)).filter((e) => e.action === 'cancelled');
    expect(cancelled.map((e) => [e.quantity, e.reason])).toEqual([
      [3, 'customer asked'],
      [7, null],
    ]);
  });

  it('lists backorders filtered by sku and customer, with cursor paging', async () => {
    const s = sku();
    await item(s);
    const orders = [await order('ACME', s, 2), await order('BETA', s, 2), await order('ACME', s, 2)];

    const all = await t.http.ok(200, 'GET', `/v1/backorders?sku=${s}`);
    expect(all.nextCursor).toBeNull();
    expect(all.items.map((i: { orderId: number; queuePosition: number }) => [i.orderId, i.queuePosition])).toEqual(
      orders.map((o, index) => [o.id, index + 1]),
    );
    expect(all.items[0]).toMatchObject({ lineNo: 1, sku: s, customer: 'ACME', priority: 0, ageDays: 0, allocated: 0, backordered: 2 });

    const beta = await t.http.ok(200, 'GET', `/v1/backorders?sku=${s}&customer=BETA`);
    expect(beta.items.map((i: { orderId: number; queuePosition: number }) => [i.orderId, i.queuePosition])).toEqual([[orders[1]!.id, 2]]);

    const seen: number[] = [];
    let url = `/v1/backorders?sku=${s}&limit=1`;
    for (let page = 0; page < 5; page++) {
      const answer = await t.http.ok(200, 'GET', url);
      expect(answer.items).toHaveLength(1);
      seen.push(answer.items[0].orderId);
      if (answer.nextCursor === null) break;
      expect(typeof answer.nextCursor).toBe('string');
      url = `/v1/backorders?sku=${s}&limit=1&cursor=${encodeURIComponent(answer.nextCursor)}`;
    }
    expect(seen).toEqual(orders.map((o) => o.id));

    expect((await t.http.ok(200, 'GET', `/v1/backorders?sku=${s}&minAgeDays=1`)).items).toHaveLength(0);
    t.http.clock.advanceDays(2);
    const old = await t.http.ok(200, 'GET', `/v1/backorders?sku=${s}&minAgeDays=1`);
    expect(old.items.map((i: { ageDays: number }) => i.ageDays)).toEqual([2, 2, 2]);
  });

  it('records the X-Actor header as the actor in history, and "system" without it', async () => {
    const s = sku();
    await item(s);
    const placed = await order('ACME', s, 2, { 'X-Actor': 'maria' });
    await receive(s, 2);
    const entries = await history(placed.id);
    expect(entries.filter((e) => e.action === 'entered').map((e) => e.actor)).toEqual(['maria']);
    expect(entries.find((e) => e.action === 'backordered')?.actor).toBe('maria');
    expect(entries.at(-1)).toMatchObject({ action: 'allocated', actor: 'system', quantity: 2 });

    const itemLog = await t.http.ok(200, 'GET', `/v1/items/${s}/history`);
    expect(itemLog.sku).toBe(s);
    expect(itemLog.entries.find((e: HistoryEntry) => e.action === 'receipt')).toMatchObject({ actor: 'system', quantity: 2 });
  });

  it('serves an OpenAPI 3 document that lists every /v1 path of the contract', async () => {
    const doc = await t.http.ok(200, 'GET', '/openapi.json');
    expect(doc.openapi).toMatch(/^3\./);
    const methods: Record<string, string[]> = {
      '/v1/items': ['post'],
      '/v1/items/{sku}': ['get'],
      '/v1/locations': ['post'],
      '/v1/customers': ['post'],
      '/v1/fulfillment-policies': ['post'],
      '/v1/stock/receipts': ['post'],
      '/v1/stock/returns': ['post'],
      '/v1/stock/adjustments': ['post'],
      '/v1/stock/{sku}': ['get'],
      '/v1/orders': ['post'],
      '/v1/orders/{id}': ['get', 'patch'],
      '/v1/orders/{id}/cancel': ['post'],
      '/v1/orders/{id}/history': ['get'],
      '/v1/items/{sku}/history': ['get'],
      '/v1/backorders': ['get'],
      '/v1/jobs/{name}/run': ['post'],
      '/v1/health': ['get'],
    };
    for (const [path, verbs] of Object.entries(methods)) {
      expect(doc.paths, path).toHaveProperty([path]);
      for (const verb of verbs) expect(doc.paths[path], `${verb} ${path}`).toHaveProperty([verb]);
    }
  });

  it('answers the health check', async () => {
    const health = await t.http.get('/v1/health');
    expect(health.status).toBe(200);
    expect(health.body).toMatchObject({ status: 'ok', database: 'test', fillMode: 'immediate' });
  });

  it('runs the backorder processes on demand and refuses an unknown job', async () => {
    for (const job of ['primary-backorder-process', 'secondary-backorder-process']) {
      const run = await t.http.ok(200, 'POST', `/v1/jobs/${job}/run`, {});
      expect(run).toMatchObject({ job, status: 'completed' });
      expect(Number.isInteger(run.processed)).toBe(true);
    }
    const unknown = await t.http.post('/v1/jobs/no-such-job/run', {});
    expect(unknown.status).toBe(404);
    expect(unknown.contentType).toMatch(/^application\/problem\+json/);
    expect(unknown.body).toMatchObject({ status: 404, code: 'job_not_found', job: 'no-such-job' });
  });

  it('runs a job when POSTed without a body (a bare curl -X POST)', async () => {
    const run = await t.http.post('/v1/jobs/primary-backorder-process/run');
    expect(run.status).toBe(200);
  });

  it('checks job parameters: asOf is a date, unknown parameters are refused', async () => {
    await t.http.ok(200, 'POST', '/v1/jobs/primary-backorder-process/run', { asOf: '2026-11-01' });
    for (const body of [{ asOf: 'yesterday' }, { asOf: 20261101 }, { sku: 'X' }]) {
      const refused = await t.http.post('/v1/jobs/primary-backorder-process/run', body);
      expect(refused.status).toBe(422);
      expect(refused.body).toMatchObject({ code: 'validation_failed' });
    }
  });

  it('in scheduled mode leaves a receipt for the primary process, which fills the queue once', async () => {
    const scheduled = await httpApp(t.store, 'scheduled', t.http.clock);
    try {
      const s = sku();
      await item(s);
      const waiting = await order('ACME', s, 3);
      await scheduled.ok(201, 'POST', '/v1/stock/receipts', { sku: s, location: 'MAIN', quantity: 5 });
      expect(line(await getOrder(waiting.id))).toMatchObject({ allocated: 0, backordered: 3 });

      const run = await scheduled.ok(200, 'POST', '/v1/jobs/primary-backorder-process/run', {});
      expect(run).toMatchObject({ job: 'primary-backorder-process', status: 'completed', processed: 1 }); // lines filled
      expect(line(await getOrder(waiting.id))).toMatchObject({ allocated: 3, backordered: 0 });
      const again = await scheduled.ok(200, 'POST', '/v1/jobs/primary-backorder-process/run', {});
      expect(again).toMatchObject({ status: 'completed', processed: 0 });
      expect(await stock(s)).toMatchObject({ onHand: 5, allocated: 3, available: 2 });
    } finally {
      await scheduled.close();
    }
  });
});
