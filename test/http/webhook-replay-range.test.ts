import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DeliveryWorker } from '../../src/services/webhooks/delivery-worker.js';
import { httpApp, testAccessSettings, type Answer, type Http } from '../support/http-app.js';
import { databaseLabel } from '../support/test-store.js';
import { useTestStore } from '../support/use-store.js';
import { webhookReceiver } from '../support/webhook-receiver.js';

/**
 * Webhooks, the rest: a time range of events sent again to an endpoint, and an endpoint that gives
 * up a delivery marked failing with an event telling admins (once per fall) and a log line.
 */
const t = useTestStore();
const settings = { allowPrivate: true, allowHttp: true, timeoutMs: 300 };
let http: Http;
let receiver: Awaited<ReturnType<typeof webhookReceiver>>;

beforeAll(async () => {
  http = await httpApp(t.store, 'immediate', undefined, {}, testAccessSettings, true, { webhooks: settings });
  receiver = await webhookReceiver();
  await http.ok(201, 'POST', '/v1/locations', { code: 'MAIN', name: 'Main', priority: 10 });
  await http.ok(201, 'POST', '/v1/customers', { code: 'ACME', name: 'Acme' });
  await http.ok(201, 'POST', '/v1/items', { sku: 'WR-1', name: 'Replayed widget' });
});
afterAll(async () => {
  await receiver?.close();
  await http?.close();
});

const warnings: { details: object; message: string }[] = [];
const logger = { warn: (details: object, message: string) => warnings.push({ details, message }), error: () => {} };
const worker = (retryDelaysMs = [20, 20]) => new DeliveryWorker(t.store.db, { settings, retryDelaysMs, random: () => 0.5, logger });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs rounds until `done` holds and nothing is pending. On PostgreSQL the feed shows an event only
 * once every older transaction of the server has ended, so fan-out may come a few rounds later.
 */
async function until(w: DeliveryWorker, done: () => Promise<boolean> | boolean): Promise<void> {
  for (let i = 0; i < 3000; i++) {
    await w.runOnce();
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from webhook_deliveries where status = 'pending'`.execute(t.store.db);
    if (rows[0]!.n === 0 && (await done())) return;
    await sleep(10);
  }
  throw new Error('deliveries still pending, or not all there');
}

async function drain(w: DeliveryWorker): Promise<void> {
  for (let i = 0; i < 400; i++) {
    await w.runOnce();
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from webhook_deliveries where status = 'pending'`.execute(t.store.db);
    if (rows[0]!.n === 0) return;
    await sleep(10);
  }
  throw new Error('deliveries still pending');
}

const backorder = () => http.ok(201, 'POST', '/v1/orders', { customer: 'ACME', lines: [{ sku: 'WR-1', quantity: 2 }] });

function expectProblem(answer: Answer, status: number, code: string) {
  expect({ status: answer.status, code: answer.body?.code }, answer.raw).toEqual({ status, code });
}

describe(`webhook replay of a time range on ${databaseLabel}`, () => {
  it('sends again, in order, the events of the range the endpoint had been sent, with their webhook-ids', async () => {
    const { endpoint } = await http.ok(201, 'POST', '/v1/webhooks', { url: receiver.url, eventTypes: ['order.backordered'] });
    const first = await backorder(); // 2026-11-01T09:00Z
    const second = await backorder();
    http.clock.advanceDays(1);
    try {
      await backorder(); // 2026-11-02: outside the range
    } finally {
      http.clock.advanceDays(-1);
    }
    await until(worker(), () => receiver.received.length >= 3);
    const sent = receiver.received.map((r) => JSON.parse(r.body) as { orderId: number });
    expect(sent).toHaveLength(3);
    const ids = receiver.received.map((r) => r.id);
    receiver.received.length = 0;

    const replayed = await http.ok(200, 'POST', `/v1/webhooks/${endpoint.id}/replay`, { from: '2026-11-01T00:00:00Z', to: '2026-11-02T00:00:00Z' });
    expect(replayed).toMatchObject({ endpointId: endpoint.id, replayed: 2 });
    await drain(worker());
    expect(receiver.received.map((r) => r.id)).toEqual(ids.slice(0, 2));
    expect(receiver.received.map((r) => (JSON.parse(r.body) as { orderId: number }).orderId)).toEqual([first.id, second.id]);
    for (const id of replayed.deliveries) expect((await http.ok(200, 'GET', `/v1/webhook-deliveries/${id}`)).status).toBe('delivered');

    const empty = await http.ok(200, 'POST', `/v1/webhooks/${endpoint.id}/replay`, { from: '2025-01-01T00:00:00Z', to: '2025-02-01T00:00:00Z' });
    expect(empty).toEqual({ endpointId: endpoint.id, replayed: 0, deliveries: [] });
    await http.ok(200, 'PATCH', `/v1/webhooks/${endpoint.id}`, { active: false });
  });

  it.each([
    ['a range that ends before it starts', { from: '2026-11-02T00:00:00Z', to: '2026-11-01T00:00:00Z' }, 422, 'validation_failed'],
    ['an empty range', { from: '2026-11-01T00:00:00Z', to: '2026-11-01T00:00:00Z' }, 422, 'validation_failed'],
    ['a time that is not one', { from: 'yesterday', to: '2026-11-01T00:00:00Z' }, 422, 'validation_failed'],
    ['a missing end', { from: '2026-11-01T00:00:00Z' }, 422, 'validation_failed'],
  ])('refuses %s and writes nothing', async (_name, body, status, code) => {
    const { endpoint } = await http.ok(201, 'POST', '/v1/webhooks', { url: receiver.url, eventTypes: ['order.backordered'], active: false });
    const before = await sql<{ n: number }>`select count(*)::int as n from webhook_deliveries`.execute(t.store.db);
    expectProblem(await http.post(`/v1/webhooks/${endpoint.id}/replay`, body), status, code);
    const after = await sql<{ n: number }>`select count(*)::int as n from webhook_deliveries`.execute(t.store.db);
    expect(after.rows[0]!.n).toBe(before.rows[0]!.n);
  });

  it('refuses an unknown endpoint', async () => {
    expectProblem(await http.post('/v1/webhooks/999999/replay', { from: '2026-11-01T00:00:00Z', to: '2026-11-02T00:00:00Z' }), 404, 'webhook_endpoint_not_found');
  });
});

describe(`an endpoint that fails on ${databaseLabel}`, () => {
  it('is marked failing once it gives up, and admins are told by webhook_endpoint.failing and the log, once per fall', async () => {
    const { endpoint } = await http.ok(201, 'POST', '/v1/webhooks', { url: receiver.url, eventTypes: ['order.backordered'] });
    receiver.answer([], { status: 503 });
    await backorder();
    await backorder();
    const gaveUp = async () => (await sql<{ n: number }>`select count(*)::int as n from webhook_deliveries where endpoint_id = ${endpoint.id} and status = 'failed'`.execute(t.store.db)).rows[0]!.n === 2;
    await until(worker(), gaveUp);
    expect((await http.ok(200, 'GET', `/v1/webhooks/${endpoint.id}`)).health).toBe('failing');
    type Told = { orderId: number | null; data: any };
    const toldOf = async () =>
      ((await http.ok(200, 'GET', '/v1/events?type=webhook_endpoint.failing&limit=500')).events as Told[]).filter((e) => e.data.endpointId === endpoint.id);
    await expect.poll(async () => (await toldOf()).length, { timeout: 30_000 }).toBe(1);
    const mine = await toldOf();
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ orderId: null, data: { endpointId: endpoint.id, url: receiver.url, eventType: 'order.backordered' } });
    const logged = warnings.filter((w) => (w.details as { endpointId?: number }).endpointId === endpoint.id);
    expect(logged.map((w) => w.message)).toEqual(Array(2).fill('webhook endpoint failing: a delivery gave up after its last retry'));
    expect(logged.map((w) => (w.details as { told: boolean }).told).sort()).toEqual([false, true]);
    receiver.answer([]);
    await http.ok(200, 'PATCH', `/v1/webhooks/${endpoint.id}`, { active: false });
  });
});
