import { sql } from 'kysely';
import { Webhook } from 'standardwebhooks';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DeliveryWorker } from '../../src/services/webhooks/delivery-worker.js';
import { httpTransport } from '../../src/services/webhooks/webhook-transport.js';
import { httpApp, testAccessSettings, type Http } from '../support/http-app.js';
import { databaseLabel } from '../support/test-store.js';
import { useTestStore } from '../support/use-store.js';
import { webhookReceiver } from '../support/webhook-receiver.js';

const t = useTestStore();
const settings = { allowPrivate: true, allowHttp: true, timeoutMs: 300 };
let http: Http;
let receiver: Awaited<ReturnType<typeof webhookReceiver>>;

beforeAll(async () => {
  http = await httpApp(t.store, 'immediate', undefined, {}, testAccessSettings, true, { webhooks: settings });
  receiver = await webhookReceiver();
  await http.ok(201, 'POST', '/v1/locations', { code: 'MAIN', name: 'Main', priority: 10 });
  await http.ok(201, 'POST', '/v1/customers', { code: 'ACME', name: 'Acme' });
  await http.ok(201, 'POST', '/v1/items', { sku: 'WH-1', name: 'Hooked widget' });
});
afterAll(async () => {
  await receiver?.close();
  await http?.close();
});
afterEach(async () => {
  // Each test listens with endpoints of its own.
  await sql`update webhook_endpoints set active = false`.execute(t.store.db);
  receiver.received.length = 0;
  receiver.answer([]);
});

const worker = (retryDelaysMs = [40, 40, 40]) => new DeliveryWorker(t.store.db, { settings, retryDelaysMs, random: () => 0.5 });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs rounds until no delivery is pending (waiting out backoffs), as the background loop would. */
async function drain(...workers: DeliveryWorker[]): Promise<void> {
  for (let i = 0; i < 400; i++) {
    await Promise.all(workers.map((w) => w.runOnce()));
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from webhook_deliveries where status = 'pending'`.execute(t.store.db);
    if (rows[0]!.n === 0) return;
    await sleep(10);
  }
  throw new Error('deliveries still pending');
}

const register = (eventTypes: string[], url = receiver.url) => http.ok(201, 'POST', '/v1/webhooks', { url, eventTypes, description: 'the shop' });
const backorder = (quantity = 3, sku = 'WH-1') => http.ok(201, 'POST', '/v1/orders', { customer: 'ACME', lines: [{ sku, quantity }] });
const deliveries = async (endpointId: number) => (await http.ok(200, 'GET', `/v1/webhooks/${endpointId}/deliveries`)).deliveries;

describe(`webhooks to a real receiver on ${databaseLabel}`, () => {
  it('delivers the subscribed events, signed per Standard Webhooks, and records each attempt', async () => {
    const { endpoint, secret } = await register(['order.backordered']);
    expect(secret).toMatch(/^whsec_/);
    expect(endpoint).toMatchObject({ url: receiver.url, eventTypes: ['order.backordered'], active: true, health: 'healthy' });
    expect(JSON.stringify(await http.ok(200, 'GET', `/v1/webhooks/${endpoint.id}`))).not.toContain(secret);
    const order = await backorder();
    await drain(worker());

    expect(receiver.received).toHaveLength(1);
    const [message] = receiver.received;
    const verified = new Webhook(secret).verify(message!.body, message!.headers as Record<string, string>) as { id: number; type: string; orderId: number };
    expect(verified).toMatchObject({ type: 'order.backordered', orderId: order.id, customer: 'ACME', data: { lines: [{ lineNo: 1, sku: 'WH-1', quantity: 3 }] } });
    expect(message!.id).toBe(`evt_${verified.id}`);
    expect(() => new Webhook(`whsec_${Buffer.from('not the secret at all, no').toString('base64')}`).verify(message!.body, message!.headers as Record<string, string>)).toThrow();

    const [delivery] = await deliveries(endpoint.id);
    expect(delivery).toMatchObject({ eventId: verified.id, eventType: 'order.backordered', orderId: order.id, status: 'delivered', attempts: 1 });
    const detail = await http.ok(200, 'GET', `/v1/webhook-deliveries/${delivery.id}`);
    expect(detail.attemptLog).toMatchObject([{ statusCode: 200, outcome: 'delivered', responseExcerpt: 'answered 200' }]);
    expect(detail.attemptLog[0].durationMs).toBeGreaterThanOrEqual(0);
  });

  it('retries on 500 and on a timeout with backoff, keeps order per order, and does not retry a 400', async () => {
    const { endpoint } = await register(['order.backordered', 'line.allocated']);
    await http.ok(201, 'POST', '/v1/items', { sku: 'WH-2', name: 'Another widget' });
    await http.ok(201, 'POST', '/v1/stock/receipts', { sku: 'WH-2', location: 'MAIN', quantity: 1 });
    await backorder(2, 'WH-2'); // line.allocated, then order.backordered: one order, two events
    receiver.answer([{ status: 500 }, { status: 200, delayMs: 1000 }]);
    await drain(worker());

    const ids = receiver.received.map((r) => r.id);
    expect(ids[0]).toBe(ids[1]);
    expect(ids[1]).toBe(ids[2]);
    expect(ids).toHaveLength(4); // the first event three times (500, timeout, 200), then the second once
    expect(ids[3]).not.toBe(ids[0]);
    const [second, first] = await deliveries(endpoint.id);
    expect(first).toMatchObject({ eventType: 'line.allocated', status: 'delivered', attempts: 3 });
    expect(second).toMatchObject({ eventType: 'order.backordered', status: 'delivered', attempts: 1 });
    const { attemptLog } = await http.ok(200, 'GET', `/v1/webhook-deliveries/${first.id}`);
    expect(attemptLog).toMatchObject([
      { statusCode: 500, outcome: 'retry', responseExcerpt: 'answered 500' },
      { statusCode: null, outcome: 'retry', responseExcerpt: expect.stringContaining('timed out') },
      { statusCode: 200, outcome: 'delivered' },
    ]);
    expect(Date.parse(attemptLog[1].at) - Date.parse(attemptLog[0].at)).toBeGreaterThanOrEqual(35);

    receiver.received.length = 0;
    receiver.answer([{ status: 400 }]);
    await backorder();
    await drain(worker());
    expect(receiver.received).toHaveLength(1);
    expect((await deliveries(endpoint.id))[0]).toMatchObject({ status: 'failed', attempts: 1 });
    expect((await http.ok(200, 'GET', `/v1/webhooks/${endpoint.id}`)).health).toBe('healthy');
  });

  it('gives up after the last retry and marks the endpoint failing; a replay sends the event again', async () => {
    const { endpoint } = await register(['order.backordered']);
    receiver.answer([], { status: 503 });
    await backorder();
    await drain(worker([20, 20]));
    expect(receiver.received).toHaveLength(3);
    const [delivery] = await deliveries(endpoint.id);
    expect(delivery).toMatchObject({ status: 'failed', attempts: 3 });
    expect((await http.ok(200, 'GET', `/v1/webhook-deliveries/${delivery.id}`)).attemptLog.map((a: { outcome: string }) => a.outcome)).toEqual(['retry', 'retry', 'gave_up']);
    expect((await http.ok(200, 'GET', `/v1/webhooks/${endpoint.id}`)).health).toBe('failing');

    receiver.answer([]);
    const replayed = await http.ok(201, 'POST', `/v1/webhook-deliveries/${delivery.id}/replay`);
    expect(replayed).toMatchObject({ eventId: delivery.eventId, status: 'pending', attempts: 0 });
    await drain(worker());
    expect(receiver.received.at(-1)!.id).toBe(receiver.received[0]!.id);
    expect((await http.ok(200, 'GET', `/v1/webhook-deliveries/${replayed.id}`)).status).toBe('delivered');
    expect((await http.ok(200, 'GET', `/v1/webhooks/${endpoint.id}`)).health).toBe('healthy');
  });

  it('signs with the old and the new secret while a rotation overlaps', async () => {
    const { endpoint, secret: old } = await register(['order.backordered']);
    const rotated = await http.ok(200, 'POST', `/v1/webhooks/${endpoint.id}/rotate-secret`);
    expect(rotated.secret).toMatch(/^whsec_/);
    expect(rotated.secret).not.toBe(old);
    expect(rotated.endpoint.previousSecretExpiresAt).not.toBeNull();
    await backorder();
    await drain(worker());
    const [message] = receiver.received;
    for (const secret of [old, rotated.secret]) expect(() => new Webhook(secret).verify(message!.body, message!.headers as Record<string, string>)).not.toThrow();
  });

  it('never sends one attempt twice when two workers run at once', async () => {
    await register(['order.backordered', 'line.allocated']);
    await http.ok(201, 'POST', '/v1/items', { sku: 'WH-3', name: 'Busy widget' });
    await http.ok(201, 'POST', '/v1/stock/receipts', { sku: 'WH-3', location: 'MAIN', quantity: 10 });
    await Promise.all(Array.from({ length: 12 }, () => backorder(2, 'WH-3')));
    receiver.answer([], { status: 200, delayMs: 5 });
    await drain(worker(), worker());
    const ids = receiver.received.map((r) => r.id);
    expect(ids.length).toBeGreaterThanOrEqual(12);
    expect(new Set(ids).size).toBe(ids.length);
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from webhook_attempts`.execute(t.store.db);
    const { rows: made } = await sql<{ n: number }>`select coalesce(sum(attempts), 0)::int as n from webhook_deliveries`.execute(t.store.db);
    expect(rows[0]!.n).toBe(made[0]!.n);
  });

  it('delivers after a worker died mid-delivery, at most once more, with the same webhook-id', async () => {
    const { endpoint } = await register(['order.backordered']);
    await backorder();
    const send = httpTransport(settings);
    // Sends, then dies before recording the attempt (its claim stays until the lease ends).
    const dying = new DeliveryWorker(t.store.db, { settings, leaseMs: 200, transport: async (request) => {
      await send(request);
      throw new Error('process killed');
    } });
    await expect(dying.runOnce()).rejects.toThrow('process killed');
    expect(receiver.received).toHaveLength(1);
    expect(await worker().runOnce()).toBe(0); // the claim still holds
    await sleep(250);
    await drain(worker());
    expect(receiver.received.map((r) => r.id)).toEqual([receiver.received[0]!.id, receiver.received[0]!.id]);
    expect((await deliveries(endpoint.id))[0]).toMatchObject({ status: 'delivered', attempts: 2 });
  });
});

describe(`webhook endpoints refused on ${databaseLabel}`, () => {
  let strict: Http;
  beforeAll(async () => {
    const resolveHost = async (host: string) => (host === 'inside.example.com' ? ['192.168.1.5'] : ['93.184.215.14']);
    strict = await httpApp(t.store, 'immediate', undefined, {}, testAccessSettings, true, { resolveHost });
  });
  afterAll(() => strict?.close());

  it.each([
    ['http://shop.example.com/hooks', ['order.backordered'], 'webhook_url_not_https'],
    ['https://127.0.0.1/hooks', ['order.backordered'], 'webhook_url_private_address'],
    ['https://[::1]/hooks', ['order.backordered'], 'webhook_url_private_address'],
    ['https://169.254.169.254/latest', ['order.backordered'], 'webhook_url_private_address'],
    ['https://inside.example.com/hooks', ['order.backordered'], 'webhook_url_private_address'],
    ['https://shop.example.com/hooks', ['order.teleported'], 'unknown_event_type'],
  ])('%s for %j: %s, nothing written', async (url, eventTypes, code) => {
    const before = (await strict.ok(200, 'GET', '/v1/webhooks')).endpoints.length;
    const answer = await strict.post('/v1/webhooks', { url, eventTypes });
    expect(answer.status).toBe(422);
    expect(answer.body.code).toBe(code);
    expect((await strict.ok(200, 'GET', '/v1/webhooks')).endpoints).toHaveLength(before);
  });

  it('accepts a public https endpoint, and refuses a change to a private one', async () => {
    const { endpoint } = await strict.ok(201, 'POST', '/v1/webhooks', { url: 'https://shop.example.com/hooks', eventTypes: ['line.filled'] });
    expect((await strict.patch(`/v1/webhooks/${endpoint.id}`, { url: 'https://10.0.0.8/x' })).body.code).toBe('webhook_url_private_address');
    expect((await strict.ok(200, 'GET', `/v1/webhooks/${endpoint.id}`)).url).toBe('https://shop.example.com/hooks');
    expect((await strict.send('GET', '/v1/webhooks/999999')).body.code).toBe('webhook_endpoint_not_found');
  });
});
