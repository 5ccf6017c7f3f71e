import { describe, expect, it } from 'vitest';
import type { Answer } from '../support/http-app.js';
import { databaseLabel } from '../support/test-store.js';
import { useTestApp } from '../support/use-store.js';

/**
 * The customer's choice through HTTP: an operator asks, the customer answers through the link with
 * no account (JSON and the plain page), per line; the choices go through the same rules as an
 * operator's action, are in the record log and the events, and the jobs honour them. Bad links and
 * stale lines are refused with stable codes, and nothing is written.
 */
const t = useTestApp({
  invariants: { immediate: true },
  seed: async (http) => {
    await http.ok(201, 'POST', '/v1/locations', { code: 'MAIN', name: 'Main warehouse', priority: 10 });
    await http.ok(201, 'POST', '/v1/customers', { code: 'ACME', name: 'Acme' });
    await http.ok(201, 'POST', '/v1/fulfillment-policies', { code: 'IN-FULL', backorderStrategy: 'deliver_in_full' });
    await http.ok(201, 'POST', '/v1/fulfillment-policies', { code: 'SLA-2', backorderStrategy: 'backorder_allowed', cancelAfterDays: 2 });
  },
});

let n = 0;
const sku = () => `CH-${++n}`;
const anonymous = { authorization: '' };

interface Line { lineNo: number; allocated: number; released: number; backordered: number; cancelled: number }
interface Order { id: number; status: string; backorderStrategy: string; lines: Line[] }

const item = (s: string) => t.http.ok(201, 'POST', '/v1/items', { sku: s, name: `Widget ${s}`, unitPrice: 10 });
const receive = (s: string, quantity: number) => t.http.ok(201, 'POST', '/v1/stock/receipts', { sku: s, location: 'MAIN', quantity });
const getOrder = (id: number): Promise<Order> => t.http.ok(200, 'GET', `/v1/orders/${id}`);
const history = async (id: number) => (await t.http.ok(200, 'GET', `/v1/orders/${id}/history`)).entries as { action: string; actor: string; reason: string | null; lineNo: number | null }[];
const events = async (orderId: number, type: string) => (await t.http.ok(200, 'GET', `/v1/events?order=${orderId}&type=${type}&limit=500`)).events as { data: any }[];
const ask = (orderId: number) => t.http.ok(201, 'POST', `/v1/orders/${orderId}/choice-requests`);
const tokenOf = (url: string) => url.slice(url.lastIndexOf('/') + 1);
const choose = (token: string, choices: unknown) => t.http.post(`/v1/choice-links/${token}`, { choices }, anonymous);

/** Two lines: line 1 has 1 of 3 allocated, line 2 waits for all 2. */
async function twoLineOrder(extra: Record<string, unknown> = {}) {
  const [a, b] = [sku(), sku()];
  await item(a);
  await item(b);
  await receive(a, 1);
  const placed: Order = await t.http.ok(201, 'POST', '/v1/orders', { customer: 'ACME', lines: [{ sku: a, quantity: 3 }, { sku: b, quantity: 2 }], ...extra });
  return { placed, a, b };
}

function expectProblem(answer: Answer, status: number, code: string) {
  expect({ status: answer.status, code: answer.body?.code }, answer.raw).toEqual({ status, code });
  expect(answer.contentType).toMatch(/^application\/problem\+json/);
}

async function later<T>(days: number, run: () => Promise<T>): Promise<T> {
  t.http.clock.advanceDays(days);
  try {
    return await run();
  } finally {
    t.http.clock.advanceDays(-days);
  }
}

describe(`the customer's choice on ${databaseLabel}`, () => {
  it('asks for a choice: a link that expires, shown without an account, told by customer.choice_requested', async () => {
    const { placed, a, b } = await twoLineOrder({ reference: 'PO-77' });
    const asked = await ask(placed.id);
    expect(asked).toMatchObject({ orderId: placed.id, lines: [{ lineNo: 1, sku: a, backordered: 2 }, { lineNo: 2, sku: b, backordered: 2 }] });
    expect(asked.expiresAt).toBe(new Date(t.http.clock.now().getTime() + 7 * 86_400_000).toISOString());
    const [told] = await events(placed.id, 'customer.choice_requested');
    expect(told!.data).toMatchObject({ customer: 'ACME', choiceUrl: asked.choiceUrl, expiresAt: asked.expiresAt, step: null, lines: [{ lineNo: 1, sku: a, quantity: 2 }, { lineNo: 2, sku: b, quantity: 2 }] });

    const shown = await t.http.ok(200, 'GET', `/v1/choice-links/${tokenOf(asked.choiceUrl)}`, undefined, anonymous);
    expect(shown).toMatchObject({
      orderId: placed.id,
      reference: 'PO-77',
      customer: 'ACME',
      lines: [
        { lineNo: 1, sku: a, name: `Widget ${a}`, quantity: 3, available: 1, backordered: 2, choice: null },
        { lineNo: 2, sku: b, quantity: 2, available: 0, backordered: 2, choice: null },
      ],
    });
    expect((await history(placed.id)).map((e) => e.action)).toContain('choice_requested');
  });

  it('applies a choice per line once, as the customer’s decision, with customer.choice_made; a reused link changes nothing', async () => {
    const { placed } = await twoLineOrder();
    const token = tokenOf((await ask(placed.id)).choiceUrl);
    const made = await choose(token, [{ lineNo: 1, choice: 'keep_waiting' }, { lineNo: 2, choice: 'cancel' }]);
    expect(made.status, made.raw).toBe(200);
    expect(made.body).toEqual({ orderId: placed.id, choices: [{ lineNo: 1, choice: 'keep_waiting' }, { lineNo: 2, choice: 'cancel' }] });
    const after = await getOrder(placed.id);
    expect(after.lines).toMatchObject([{ allocated: 1, backordered: 2, cancelled: 0 }, { backordered: 0, cancelled: 2 }]);

    const log = await history(placed.id);
    const chose = log.filter((e) => e.action === 'customer_chose');
    expect(chose).toMatchObject([
      { lineNo: 1, actor: 'customer ACME', reason: "customer's choice: keep waiting" },
      { lineNo: 2, actor: 'customer ACME', reason: "customer's choice: cancel" },
    ]);
    expect(log.find((e) => e.action === 'cancelled')).toMatchObject({ lineNo: 2, actor: 'customer ACME', reason: "customer's choice: cancel" });
    const [told] = await events(placed.id, 'customer.choice_made');
    expect(told!.data).toMatchObject({ customer: 'ACME', decidedBy: 'customer', lines: [{ lineNo: 1, choice: 'keep_waiting', quantity: 2 }, { lineNo: 2, choice: 'cancel', quantity: 2 }] });
    const [cancelled] = await events(placed.id, 'line.cancelled');
    expect(cancelled!.data).toMatchObject({ lineNo: 2, quantity: 2, by: { name: 'customer ACME' } });

    const before = await history(placed.id);
    expectProblem(await choose(token, [{ lineNo: 1, choice: 'cancel' }]), 409, 'choice_link_used');
    expectProblem(await t.http.get(`/v1/choice-links/${token}`, anonymous), 409, 'choice_link_used');
    expect(await getOrder(placed.id)).toEqual(after);
    expect(await history(placed.id)).toEqual(before);
  });

  it('“ship what is there” on a deliver-in-full order cancels the rest and switches the order to ship what is allocated; release follows', async () => {
    const { placed } = await twoLineOrder({ fulfillmentPolicy: 'IN-FULL' });
    expect(placed).toMatchObject({ backorderStrategy: 'deliver_in_full' });
    const token = tokenOf((await ask(placed.id)).choiceUrl);
    expect((await choose(token, [{ lineNo: 1, choice: 'ship_available' }])).status).toBe(200);
    const after = await getOrder(placed.id);
    expect(after).toMatchObject({ backorderStrategy: 'backorder_allowed', lines: [{ allocated: 1, backordered: 0, cancelled: 2 }, { backordered: 2 }] });
    const log = await history(placed.id);
    expect(log.find((e) => e.action === 'strategy_changed')).toMatchObject({ actor: 'customer ACME', reason: expect.stringContaining('deliver_in_full → backorder_allowed') });

    const released = await t.http.ok(200, 'POST', '/v1/jobs/release-to-warehouse/run', {});
    expect(released.detail.orders).toContain(placed.id);
    expect((await getOrder(placed.id)).lines[0]).toMatchObject({ released: 1 });
  });

  it('keeps a line the customer keeps waiting from the cancellation SLA', async () => {
    const { placed } = await twoLineOrder({ fulfillmentPolicy: 'SLA-2' });
    const token = tokenOf((await ask(placed.id)).choiceUrl);
    expect((await choose(token, [{ lineNo: 2, choice: 'keep_waiting' }])).status).toBe(200);
    await later(2, async () => {
      const run = await t.http.ok(200, 'POST', '/v1/jobs/cancellation-sla/run', { asOf: '2026-11-03' });
      expect(run.detail.orders).toContain(placed.id);
    });
    // Line 1 had no answer: its backorder is cancelled; line 2 keeps waiting.
    expect((await getOrder(placed.id)).lines).toMatchObject([{ backordered: 0, cancelled: 2 }, { backordered: 2, cancelled: 0 }]);
  });

  it('serves the choice page without a session and takes the form', async () => {
    const { placed, a } = await twoLineOrder();
    const token = tokenOf((await ask(placed.id)).choiceUrl);
    const page = await t.http.get(`/choose/${token}`, anonymous);
    expect(page.status).toBe(200);
    expect(page.contentType).toMatch(/^text\/html/);
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    expect(page.raw).toContain(`Widget ${a}`);
    expect(page.raw).toContain('name="line-2" value="cancel"');
    const response = await t.http.app.inject({ method: 'POST', url: `/choose/${token}`, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'line-1=keep_waiting&line-2=cancel' });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.body).toContain('your choice is recorded');
    expect((await getOrder(placed.id)).lines[1]).toMatchObject({ cancelled: 2 });
    const again = await t.http.get(`/choose/${token}`, anonymous);
    expect(again.status).toBe(409);
    expect(again.raw).toContain('choice_link_used');
  });
});

describe(`bad choices on ${databaseLabel}`, () => {
  it('refuses a tampered, unknown or expired link, and writes nothing', async () => {
    const { placed } = await twoLineOrder();
    const token = tokenOf((await ask(placed.id)).choiceUrl);
    const tampered = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
    expectProblem(await t.http.get(`/v1/choice-links/${tampered}`, anonymous), 404, 'choice_link_invalid');
    expectProblem(await choose(tampered, [{ lineNo: 1, choice: 'cancel' }]), 404, 'choice_link_invalid');
    expectProblem(await choose('short', [{ lineNo: 1, choice: 'cancel' }]), 404, 'choice_link_invalid');
    expect((await t.http.get(`/choose/${tampered}`, anonymous)).status).toBe(404);
    await later(8, async () => {
      expectProblem(await t.http.get(`/v1/choice-links/${token}`, anonymous), 409, 'choice_link_expired');
      expectProblem(await choose(token, [{ lineNo: 1, choice: 'cancel' }]), 409, 'choice_link_expired');
    });
    expect((await getOrder(placed.id)).lines).toMatchObject([{ cancelled: 0 }, { cancelled: 0 }]);
    expect((await history(placed.id)).map((e) => e.action)).not.toContain('customer_chose');
  });

  it('refuses a choice for a line filled meanwhile, and leaves the link usable', async () => {
    const { placed, b } = await twoLineOrder();
    const token = tokenOf((await ask(placed.id)).choiceUrl);
    await receive(b, 2);
    expectProblem(await choose(token, [{ lineNo: 1, choice: 'keep_waiting' }, { lineNo: 2, choice: 'cancel' }]), 409, 'line_not_waiting');
    expect((await getOrder(placed.id)).lines).toMatchObject([{ cancelled: 0 }, { allocated: 2, cancelled: 0 }]);
    expect((await history(placed.id)).map((e) => e.action)).not.toContain('customer_chose');
    expect((await choose(token, [{ lineNo: 1, choice: 'keep_waiting' }])).status).toBe(200);
  });

  it('refuses a choice for a line cancelled meanwhile', async () => {
    const { placed } = await twoLineOrder();
    const token = tokenOf((await ask(placed.id)).choiceUrl);
    await t.http.ok(200, 'POST', `/v1/orders/${placed.id}/cancel`, { lines: [{ lineNo: 2 }] });
    expectProblem(await choose(token, [{ lineNo: 2, choice: 'keep_waiting' }]), 409, 'line_not_waiting');
  });

  it.each([
    ['an unknown line', [{ lineNo: 9, choice: 'cancel' }], 404, 'line_not_found'],
    ['a line named twice', [{ lineNo: 1, choice: 'cancel' }, { lineNo: 1, choice: 'keep_waiting' }], 422, 'duplicate_line'],
    ['an unknown choice', [{ lineNo: 1, choice: 'later' }], 422, 'validation_failed'],
    ['no choice at all', [], 422, 'validation_failed'],
    ['a line number as text', [{ lineNo: 'one', choice: 'cancel' }], 422, 'validation_failed'],
  ] as const)('refuses %s and leaves the link usable', async (_name, choices, status, code) => {
    const { placed } = await twoLineOrder();
    const token = tokenOf((await ask(placed.id)).choiceUrl);
    expectProblem(await choose(token, choices), status, code);
    expect((await getOrder(placed.id)).lines).toMatchObject([{ cancelled: 0 }, { cancelled: 0 }]);
    expect((await t.http.get(`/v1/choice-links/${token}`, anonymous)).status).toBe(200);
  });

  it('refuses a choice form with nothing chosen', async () => {
    const { placed } = await twoLineOrder();
    const token = tokenOf((await ask(placed.id)).choiceUrl);
    const response = await t.http.app.inject({ method: 'POST', url: `/choose/${token}`, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'line-1=later' });
    expect(response.statusCode).toBe(422);
    expect(response.body).toContain('validation_failed');
    expect((await t.http.get(`/v1/choice-links/${token}`, anonymous)).status).toBe(200);
  });

  it('refuses asking for an order with nothing waiting, an unknown order, and an anonymous caller', async () => {
    const s = sku();
    await item(s);
    await receive(s, 1);
    const filled: Order = await t.http.ok(201, 'POST', '/v1/orders', { customer: 'ACME', lines: [{ sku: s, quantity: 1 }] });
    expectProblem(await t.http.post(`/v1/orders/${filled.id}/choice-requests`), 422, 'nothing_waiting');
    expectProblem(await t.http.post('/v1/orders/999999/choice-requests'), 404, 'order_not_found');
    expectProblem(await t.http.post('/v1/orders/abc/choice-requests'), 404, 'order_not_found');
    expectProblem(await t.http.post(`/v1/orders/${filled.id}/choice-requests`, undefined, anonymous), 401, 'unauthenticated');
    expect(await events(filled.id, 'customer.choice_requested')).toEqual([]);
  });
});
