import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpApp, type Answer, type Http } from '../support/http-app.js';
import { databaseLabel } from '../support/test-store.js';
import { useTestApp } from '../support/use-store.js';

/**
 * The SLA ladder through HTTP: a policy's steps set and refused through the policy API, and the
 * sla-ladder job walking them day by day (once per step and line, none on a line filled meanwhile),
 * with the deployment's default ladder for policies that set none.
 */
const t = useTestApp({
  invariants: { immediate: true },
  seed: async (http) => {
    await http.ok(201, 'POST', '/v1/locations', { code: 'MAIN', name: 'Main warehouse', priority: 10 });
    await http.ok(201, 'POST', '/v1/customers', { code: 'ACME', name: 'Acme' });
  },
});

let n = 0;
const sku = () => `LAD-${++n}`;
const policyCode = () => `LADDER-${++n}`;

interface Line { lineNo: number; allocated: number; backordered: number; cancelled: number }
interface Order { id: number; status: string; lines: Line[] }
interface FeedEvent { type: string; orderId: number; customer: string; data: any }

const item = (s: string) => t.http.ok(201, 'POST', '/v1/items', { sku: s, name: s, unitPrice: 10 });
const receive = (s: string, quantity: number) => t.http.ok(201, 'POST', '/v1/stock/receipts', { sku: s, location: 'MAIN', quantity });
const order = (s: string, quantity: number, fulfillmentPolicy?: string): Promise<Order> =>
  t.http.ok(201, 'POST', '/v1/orders', { customer: 'ACME', lines: [{ sku: s, quantity }], ...(fulfillmentPolicy ? { fulfillmentPolicy } : {}) });
const getOrder = (id: number): Promise<Order> => t.http.ok(200, 'GET', `/v1/orders/${id}`);
const walk = (asOf: string, app: Http = t.http) => app.ok(200, 'POST', '/v1/jobs/sla-ladder/run', { asOf });
const customerEvents = async (orderId: number): Promise<FeedEvent[]> =>
  (await t.http.ok(200, 'GET', `/v1/events?order=${orderId}&type=customer.notified,customer.choice_requested,customer.choice_made&limit=500`)).events;

function expectProblem(answer: Answer, status: number, code: string) {
  expect({ status: answer.status, code: answer.body?.code }, answer.raw).toEqual({ status, code });
  expect(answer.contentType).toMatch(/^application\/problem\+json/);
}

/** Runs with the clock `days` ahead (job runs may name only days that have come), and back after. */
async function later<T>(days: number, run: () => Promise<T>): Promise<T> {
  t.http.clock.advanceDays(days);
  try {
    return await run();
  } finally {
    t.http.clock.advanceDays(-days);
  }
}

const ladder = [
  { afterDays: 2, from: 'entry', action: 'notify' },
  { afterDays: 4, from: 'entry', action: 'ask' },
  { afterDays: 6, from: 'entry', action: 'default_choice', choice: 'cancel' },
];

describe(`the SLA ladder on a policy on ${databaseLabel}`, () => {
  it('is set, read, changed and cleared through the policy API', async () => {
    const code = policyCode();
    const created = await t.http.ok(201, 'POST', '/v1/fulfillment-policies', { code, backorderStrategy: 'backorder_allowed', cancelAfterDays: 10, slaLadder: ladder });
    expect(created).toMatchObject({ code, cancelAfterDays: 10, slaLadder: ladder });
    expect(await t.http.ok(200, 'GET', `/v1/fulfillment-policies/${code}`)).toMatchObject({ slaLadder: ladder });
    const shorter = [{ afterDays: 1, from: 'promise_date', action: 'notify' }];
    expect(await t.http.ok(200, 'PATCH', `/v1/fulfillment-policies/${code}`, { slaLadder: shorter })).toMatchObject({ slaLadder: shorter, cancelAfterDays: 10 });
    expect(await t.http.ok(200, 'PATCH', `/v1/fulfillment-policies/${code}`, { slaLadder: null })).toMatchObject({ slaLadder: null });
    const plain = await t.http.ok(201, 'POST', '/v1/fulfillment-policies', { code: policyCode(), backorderStrategy: 'backorder_allowed' });
    expect(plain.slaLadder).toBeNull();
  });

  const notify = (afterDays: number, from = 'entry') => ({ afterDays, from, action: 'notify' });
  it.each([
    ['steps out of order', [notify(5), notify(3)], undefined, 'sla_steps_out_of_order'],
    ['two steps on the same day of the same anchor', [notify(3), { afterDays: 3, from: 'entry', action: 'ask' }], undefined, 'sla_steps_out_of_order'],
    ['a step not before the cancellation', [notify(10)], 10, 'sla_steps_out_of_order'],
    ['a default-choice step without a choice', [{ afterDays: 1, from: 'entry', action: 'ask' }, { afterDays: 2, from: 'entry', action: 'default_choice' }], undefined, 'sla_default_choice_missing'],
    ['a default choice before any ask', [{ afterDays: 2, from: 'entry', action: 'default_choice', choice: 'cancel' }], undefined, 'sla_default_without_ask'],
    ['a choice on a notice', [{ ...notify(2), choice: 'cancel' }], undefined, 'sla_choice_not_allowed'],
    ['a cancel step that is not the last', [{ afterDays: 2, from: 'promise_date', action: 'cancel' }, notify(3, 'promise_date')], undefined, 'sla_cancel_not_last'],
    ['an unknown action', [{ afterDays: 2, from: 'entry', action: 'email' }], undefined, 'validation_failed'],
    ['an unknown anchor', [{ afterDays: 2, from: 'tomorrow', action: 'notify' }], undefined, 'validation_failed'],
    ['negative days', [notify(-1)], undefined, 'validation_failed'],
    ['an unknown choice', [{ afterDays: 1, from: 'entry', action: 'ask' }, { afterDays: 2, from: 'entry', action: 'default_choice', choice: 'maybe' }], undefined, 'validation_failed'],
    ['a step with an extra field', [{ ...notify(2), channel: 'sms' }], undefined, 'validation_failed'],
  ] as const)('refuses %s, on create and on change, and writes nothing', async (_name, steps, cancelAfterDays, code) => {
    const created = policyCode();
    const body = { code: created, backorderStrategy: 'backorder_allowed', slaLadder: steps, ...(cancelAfterDays ? { cancelAfterDays } : {}) };
    expectProblem(await t.http.post('/v1/fulfillment-policies', body), 422, code);
    expectProblem(await t.http.get(`/v1/fulfillment-policies/${created}`), 404, 'fulfillment_policy_not_found');

    const existing = policyCode();
    await t.http.ok(201, 'POST', '/v1/fulfillment-policies', { code: existing, backorderStrategy: 'backorder_allowed', ...(cancelAfterDays ? { cancelAfterDays } : {}) });
    expectProblem(await t.http.patch(`/v1/fulfillment-policies/${existing}`, { slaLadder: steps }), 422, code);
    expect((await t.http.ok(200, 'GET', `/v1/fulfillment-policies/${existing}`)).slaLadder).toBeNull();
  });

  it('refuses a cancellation moved before a step of the ladder', async () => {
    const code = policyCode();
    await t.http.ok(201, 'POST', '/v1/fulfillment-policies', { code, backorderStrategy: 'backorder_allowed', cancelAfterDays: 10, slaLadder: ladder });
    expectProblem(await t.http.patch(`/v1/fulfillment-policies/${code}`, { cancelAfterDays: 5 }), 422, 'sla_steps_out_of_order');
    expect(await t.http.ok(200, 'GET', `/v1/fulfillment-policies/${code}`)).toMatchObject({ cancelAfterDays: 10, slaLadder: ladder });
  });
});

describe(`the sla-ladder job on ${databaseLabel}`, () => {
  it('takes each step on its day, once: notify, ask, default choice, and a re-run writes nothing new', async () => {
    const code = policyCode();
    await t.http.ok(201, 'POST', '/v1/fulfillment-policies', { code, backorderStrategy: 'backorder_allowed', cancelAfterDays: 10, slaLadder: ladder });
    const s = sku();
    await item(s);
    await receive(s, 1);
    const placed = await order(s, 3, code); // entered 2026-11-01: 1 allocated, 2 backordered
    await later(10, async () => {
      expect((await walk('2026-11-02')).detail.orders).not.toContain(placed.id);
      expect(await customerEvents(placed.id)).toEqual([]);

      const day3 = await walk('2026-11-03');
      expect(day3.detail.orders).toContain(placed.id);
      const notified = await customerEvents(placed.id);
      expect(notified).toMatchObject([
        {
          type: 'customer.notified',
          customer: 'ACME',
          data: { customer: 'ACME', lines: [{ lineNo: 1, sku: s, quantity: 2, expectedShipDate: null }], step: { afterDays: 2, from: 'entry', action: 'notify' } },
        },
      ]);
      const again = await walk('2026-11-03');
      expect(again.detail.orders).not.toContain(placed.id);
      expect(await customerEvents(placed.id)).toHaveLength(1);

      await walk('2026-11-05');
      const asked = (await customerEvents(placed.id)).filter((e) => e.type === 'customer.choice_requested');
      expect(asked).toHaveLength(1);
      expect(asked[0]!.data).toMatchObject({ customer: 'ACME', lines: [{ lineNo: 1, quantity: 2 }], step: { action: 'ask', afterDays: 4 } });
      expect(asked[0]!.data.choiceUrl).toMatch(/^http:\/\/127\.0\.0\.1:3000\/choose\/[A-Za-z0-9_-]{40,}$/);
      expect(Date.parse(asked[0]!.data.expiresAt)).toBeGreaterThan(Date.parse('2026-11-11'));

      // Not answered: on day 6 the default choice applies: cancel the line (what is allocated too).
      await walk('2026-11-07');
      const after = await getOrder(placed.id);
      expect(after.lines[0]).toMatchObject({ allocated: 0, backordered: 0, cancelled: 3 });
      const made = (await customerEvents(placed.id)).filter((e) => e.type === 'customer.choice_made');
      expect(made).toMatchObject([{ data: { decidedBy: 'default', lines: [{ lineNo: 1, choice: 'cancel', quantity: 2 }] } }]);
      const history = (await t.http.ok(200, 'GET', `/v1/orders/${placed.id}/history`)).entries as { action: string; reason: string | null }[];
      expect(history.map((e) => e.action)).toEqual(expect.arrayContaining(['choice_requested', 'customer_chose', 'cancelled']));
      expect(history.find((e) => e.action === 'cancelled')?.reason).toBe('SLA ladder default choice: cancel');

      const count = (await customerEvents(placed.id)).length;
      expect((await walk('2026-11-07')).detail.orders).not.toContain(placed.id);
      expect((await walk('2026-11-09')).detail.orders).not.toContain(placed.id);
      expect(await customerEvents(placed.id)).toHaveLength(count);
    });
  });

  it('takes no step on a line filled in between', async () => {
    const code = policyCode();
    await t.http.ok(201, 'POST', '/v1/fulfillment-policies', { code, backorderStrategy: 'backorder_allowed', slaLadder: [{ afterDays: 2, from: 'entry', action: 'notify' }] });
    const s = sku();
    await item(s);
    const placed = await order(s, 2, code);
    await receive(s, 2);
    expect((await getOrder(placed.id)).lines[0]).toMatchObject({ backordered: 0 });
    await later(3, async () => {
      expect((await walk('2026-11-03')).detail.orders).not.toContain(placed.id);
    });
    expect(await customerEvents(placed.id)).toEqual([]);
  });

  it('counts promise-date steps from a missed promise date, and cancels at the ladder’s cancel step', async () => {
    const code = policyCode();
    const steps = [
      { afterDays: 1, from: 'promise_date', action: 'notify' },
      { afterDays: 3, from: 'promise_date', action: 'cancel' },
    ];
    await t.http.ok(201, 'POST', '/v1/fulfillment-policies', { code, backorderStrategy: 'backorder_allowed', slaLadder: steps });
    const s = sku();
    await item(s);
    await t.http.ok(201, 'POST', '/v1/purchase-orders', { supplier: 'Late Co', location: 'MAIN', expectedDate: '2026-11-03', lines: [{ sku: s, quantity: 5 }] });
    const placed = await order(s, 2, code);
    await later(10, async () => {
      await t.http.ok(200, 'POST', '/v1/jobs/refresh-promise-dates/run', { asOf: '2026-11-02' });
      const promised = (await t.http.ok(200, 'GET', `/v1/orders/${placed.id}`)).lines[0].expectedShipDate;
      expect(promised).toBe('2026-11-03');
      // Not missed yet on the 3rd; missed on the 4th, one day after it: the notice.
      expect((await walk('2026-11-03')).detail.orders).not.toContain(placed.id);
      expect((await walk('2026-11-04')).detail).toMatchObject({ notified: expect.any(Number) });
      expect((await customerEvents(placed.id)).map((e) => e.type)).toEqual(['customer.notified']);
      expect((await customerEvents(placed.id))[0]!.data.lines).toEqual([{ lineNo: 1, sku: s, quantity: 2, expectedShipDate: '2026-11-03' }]);
      expect((await walk('2026-11-05')).detail.orders).not.toContain(placed.id);
      expect((await walk('2026-11-06')).detail.orders).toContain(placed.id);
      expect((await getOrder(placed.id)).lines[0]).toMatchObject({ backordered: 0, cancelled: 2 });
    });
  });

  it('with only cancelAfterDays, cancels exactly as the cancellation SLA does', async () => {
    const code = policyCode();
    await t.http.ok(201, 'POST', '/v1/fulfillment-policies', { code, backorderStrategy: 'backorder_allowed', cancelAfterDays: 2 });
    const s = sku();
    await item(s);
    const placed = await order(s, 2, code);
    await later(2, async () => {
      expect((await walk('2026-11-02')).detail.cancellationSla.orders).not.toContain(placed.id);
      const due = await walk('2026-11-03');
      expect(due.detail.cancellationSla.orders).toContain(placed.id);
      expect(due.detail.orders).not.toContain(placed.id);
    });
    expect((await getOrder(placed.id)).status).toBe('cancelled');
    const cancelled = ((await t.http.ok(200, 'GET', `/v1/orders/${placed.id}/history`)).entries as { action: string; reason: string }[]).find((e) => e.action === 'cancelled');
    expect(cancelled?.reason).toBe('cancellation SLA: backorder not filled within cancelAfterDays of entry');
  });
});

describe(`the deployment's default ladder on ${databaseLabel}`, () => {
  let withDefault: Http;
  beforeAll(async () => {
    withDefault = await httpApp(t.store, 'immediate', t.http.clock, { slaLadder: [{ afterDays: 1, from: 'entry', action: 'notify' }] });
  });
  afterAll(async () => {
    await withDefault?.close();
  });

  it('walks for policies without a ladder of their own, and not for those with one', async () => {
    const own = policyCode();
    await t.http.ok(201, 'POST', '/v1/fulfillment-policies', { code: own, backorderStrategy: 'backorder_allowed', slaLadder: [] });
    const s = sku();
    await item(s);
    const byDefault = await order(s, 1);
    const byOwn = await order(s, 1, own);
    await later(1, async () => {
      const run = await walk('2026-11-02', withDefault);
      expect(run.detail.orders).toContain(byDefault.id);
      expect(run.detail.orders).not.toContain(byOwn.id);
    });
    expect((await customerEvents(byDefault.id)).map((e) => e.type)).toEqual(['customer.notified']);
    expect(await customerEvents(byOwn.id)).toEqual([]);
  });
});
