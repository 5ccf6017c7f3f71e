import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { Answer } from '../support/http-app.js';
import { databaseLabel } from '../support/test-store.js';
import { useTestApp } from '../support/use-store.js';

let base: { id: number };
const t = useTestApp({
  invariants: { immediate: true },
  seed: async (http) => {
    await http.ok(201, 'POST', '/v1/locations', { code: 'MAIN', name: 'Main' });
    await http.ok(201, 'POST', '/v1/customers', { code: 'ACME', name: 'Acme' });
    await http.ok(201, 'POST', '/v1/fulfillment-policies', { code: 'STRICT', backorderStrategy: 'no_backorder', violation: 'error' });
    await http.ok(201, 'POST', '/v1/items', { sku: 'BAD', name: 'Bad input target', unitPrice: 1 });
    await http.ok(201, 'POST', '/v1/items', { sku: 'BAD-SVC', name: 'A service', service: true });
    await http.ok(201, 'POST', '/v1/stock/receipts', { sku: 'BAD', location: 'MAIN', quantity: 5 });
    base = await http.ok(201, 'POST', '/v1/orders', { customer: 'ACME', lines: [{ sku: 'BAD', quantity: 8 }] });
  },
});

let n = 0;
const sku = () => `IDEM-${++n}`;

const TABLES = [
  'items', 'locations', 'customers', 'fulfillment_policies', 'stock_levels', 'stock_ledger', 'orders',
  'order_lines', 'line_allocations', 'record_log', 'idempotency_keys', 'pending_fills', 'job_runs',
  'shipments', 'shipment_lines',
] as const;

/** Everything a bad request could have touched: row counts, and the base item and order as the API shows them. */
async function snapshot() {
  const counts: Record<string, number> = {};
  for (const table of TABLES) {
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}`.execute(t.store.db);
    counts[table] = Number(rows[0]!.n);
  }
  return {
    counts,
    stock: (await t.http.get('/v1/stock/BAD')).body,
    order: (await t.http.get(`/v1/orders/${base.id}`)).body,
    history: (await t.http.get(`/v1/orders/${base.id}/history`)).body,
    backorders: (await t.http.get('/v1/backorders?sku=BAD')).body,
  };
}

function expectProblem(answer: Answer, status: number, code: string) {
  expect({ status: answer.status, code: answer.body?.code }, answer.raw).toEqual({ status, code });
  expect(answer.contentType).toMatch(/^application\/problem\+json/);
  expect(answer.body).toMatchObject({ type: `/problems/${code.replaceAll('_', '-')}`, status, code });
  expect(typeof answer.body.title).toBe('string');
  expect(typeof answer.body.detail).toBe('string');
}

type Case = [name: string, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string | (() => string), body: unknown, status: number, code: string, headers?: Record<string, string>];

const receipt = (patch: Record<string, unknown>) => ({ sku: 'BAD', location: 'MAIN', quantity: 1, ...patch });
const order = (patch: Record<string, unknown> = {}, line: Record<string, unknown> = {}) => ({
  customer: 'ACME',
  lines: [{ sku: 'BAD', quantity: 1, ...line }],
  ...patch,
});
const baseOrder = (suffix = '') => () => `/v1/orders/${base.id}${suffix}`;

const cases: Case[] = [
  ['malformed JSON', 'POST', '/v1/orders', '{"customer": "ACME", "lines": [', 400, 'malformed_json'],
  ['an empty JSON body where one is needed', 'POST', '/v1/stock/receipts', '', 422, 'validation_failed'],
  ['a body in an unsupported media type', 'POST', '/v1/stock/receipts', '<sku/>', 415, 'unsupported_media_type', { 'content-type': 'application/xml' }],
  ['a plain-text body', 'POST', '/v1/stock/receipts', 'sku=BAD', 422, 'validation_failed', { 'content-type': 'text/plain' }],
  ['a quantity sent as a string (receipt)', 'POST', '/v1/stock/receipts', receipt({ quantity: '5' }), 422, 'validation_failed'],
  ['a quantity sent as a string (order)', 'POST', '/v1/orders', order({}, { quantity: '5' }), 422, 'validation_failed'],
  ['quantity 0 (receipt)', 'POST', '/v1/stock/receipts', receipt({ quantity: 0 }), 422, 'validation_failed'],
  ['quantity -1 (receipt)', 'POST', '/v1/stock/receipts', receipt({ quantity: -1 }), 422, 'validation_failed'],
  ['quantity 1.5 (receipt)', 'POST', '/v1/stock/receipts', receipt({ quantity: 1.5 }), 422, 'validation_failed'],
  ['quantity 0 (order)', 'POST', '/v1/orders', order({}, { quantity: 0 }), 422, 'validation_failed'],
  ['quantity -1 (order)', 'POST', '/v1/orders', order({}, { quantity: -1 }), 422, 'validation_failed'],
  ['quantity 1.5 (order)', 'POST', '/v1/orders', order({}, { quantity: 1.5 }), 422, 'validation_failed'],
  ['quantity 0 (return)', 'POST', '/v1/stock/returns', receipt({ quantity: 0 }), 422, 'validation_failed'],
  ['an unknown property on an order', 'POST', '/v1/orders', order({ colour: 'red' }), 422, 'validation_failed'],
  ['an unknown property on an order line', 'POST', '/v1/orders', order({}, { colour: 'red' }), 422, 'validation_failed'],
  ['an unknown property on a receipt', 'POST', '/v1/stock/receipts', receipt({ extra: 1 }), 422, 'validation_failed'],
  ['an order without a customer', 'POST', '/v1/orders', { lines: [{ sku: 'BAD', quantity: 1 }] }, 422, 'validation_failed'],
  ['an order without lines', 'POST', '/v1/orders', { customer: 'ACME', lines: [] }, 422, 'validation_failed'],
  ['a receipt without a location', 'POST', '/v1/stock/receipts', { sku: 'BAD', quantity: 1 }, 422, 'validation_failed'],
  ['an item without a name', 'POST', '/v1/items', { sku: 'NEW-1' }, 422, 'validation_failed'],
  ['a price sent as a string', 'POST', '/v1/items', { sku: 'NEW-2', name: 'x', unitPrice: '10' }, 422, 'validation_failed'],
  ['an unknown backorder strategy', 'POST', '/v1/fulfillment-policies', { code: 'P-X', backorderStrategy: 'maybe' }, 422, 'validation_failed'],
  ['an impossible requested ship date', 'POST', '/v1/orders', order({ requestedShipDate: '2026-13-45' }), 422, 'validation_failed'],
  ['an adjustment of 0', 'POST', '/v1/stock/adjustments', { sku: 'BAD', location: 'MAIN', quantity: 0, reason: 'x' }, 422, 'validation_failed'],
  ['an adjustment without a reason', 'POST', '/v1/stock/adjustments', { sku: 'BAD', location: 'MAIN', quantity: 1 }, 422, 'validation_failed'],
  ['a priority sent as a string', 'PATCH', baseOrder(), { priority: '5' }, 422, 'validation_failed'],
  ['an empty change', 'PATCH', baseOrder(), {}, 422, 'validation_failed'],
  ['a cancel of quantity 0', 'POST', baseOrder('/cancel'), { lines: [{ lineNo: 1, quantity: 0 }] }, 422, 'validation_failed'],
  ['a backorder page of 0', 'GET', '/v1/backorders?limit=0', undefined, 422, 'validation_failed'],
  ['a backorder limit that is not a number', 'GET', '/v1/backorders?limit=abc', undefined, 422, 'validation_failed'],
  ['a forged cursor', 'GET', '/v1/backorders?cursor=bm90LWEtY3Vyc29y', undefined, 422, 'validation_failed'],
  ['an unknown sku on an order', 'POST', '/v1/orders', order({}, { sku: 'NOPE' }), 404, 'item_not_found'],
  ['an unknown sku on a receipt', 'POST', '/v1/stock/receipts', receipt({ sku: 'NOPE' }), 404, 'item_not_found'],
  ['an unknown location on a receipt', 'POST', '/v1/stock/receipts', receipt({ location: 'NOPE' }), 404, 'location_not_found'],
  ['an unknown location on an adjustment', 'POST', '/v1/stock/adjustments', { sku: 'BAD', location: 'NOPE', quantity: 1, reason: 'x' }, 404, 'location_not_found'],
  ['an unknown customer', 'POST', '/v1/orders', order({ customer: 'NOPE' }), 404, 'customer_not_found'],
  ['an unknown policy on an order', 'POST', '/v1/orders', order({ fulfillmentPolicy: 'NOPE' }), 404, 'fulfillment_policy_not_found'],
  ['an unknown policy on a customer', 'POST', '/v1/customers', { code: 'NEW-C', name: 'x', fulfillmentPolicy: 'NOPE' }, 404, 'fulfillment_policy_not_found'],
  ['an unknown policy on a change', 'PATCH', baseOrder(), { fulfillmentPolicy: 'NOPE' }, 404, 'fulfillment_policy_not_found'],
  ['an unknown order', 'GET', '/v1/orders/999999', undefined, 404, 'order_not_found'],
  ['an order id that is not a number', 'GET', '/v1/orders/abc', undefined, 404, 'order_not_found'],
  ['order id 0', 'GET', '/v1/orders/0', undefined, 404, 'order_not_found'],
  ['the history of an unknown order', 'GET', '/v1/orders/999999/history', undefined, 404, 'order_not_found'],
  ['a change to an unknown order', 'PATCH', '/v1/orders/999999', { priority: 1 }, 404, 'order_not_found'],
  ['a cancel of an unknown order', 'POST', '/v1/orders/999999/cancel', {}, 404, 'order_not_found'],
  ['a cancel of an unknown line', 'POST', baseOrder('/cancel'), { lines: [{ lineNo: 9 }] }, 404, 'line_not_found'],
  ['the stock of an unknown sku', 'GET', '/v1/stock/NOPE', undefined, 404, 'item_not_found'],
  ['an unknown item', 'GET', '/v1/items/NOPE', undefined, 404, 'item_not_found'],
  ['the history of an unknown item', 'GET', '/v1/items/NOPE/history', undefined, 404, 'item_not_found'],
  ['backorders of an unknown sku', 'GET', '/v1/backorders?sku=NOPE', undefined, 404, 'item_not_found'],
  ['backorders of an unknown customer', 'GET', '/v1/backorders?customer=NOPE', undefined, 404, 'customer_not_found'],
  ['an unknown route', 'GET', '/v1/nowhere', undefined, 404, 'route_not_found'],
  ['an unknown method', 'DELETE', baseOrder(), undefined, 404, 'route_not_found'],
  ['a duplicate sku', 'POST', '/v1/items', { sku: 'BAD', name: 'again' }, 409, 'item_exists'],
  ['a cancel of more than is open', 'POST', baseOrder('/cancel'), { lines: [{ lineNo: 1, quantity: 9 }] }, 422, 'cancel_exceeds_open'],
  ['a line named twice in a cancel', 'POST', baseOrder('/cancel'), { lines: [{ lineNo: 1, quantity: 1 }, { lineNo: 1 }] }, 422, 'duplicate_line'],
  ['an adjustment beyond on hand', 'POST', '/v1/stock/adjustments', { sku: 'BAD', location: 'MAIN', quantity: -6, reason: 'x' }, 422, 'adjustment_exceeds_stock'],
  ['stock for a service item', 'POST', '/v1/stock/receipts', receipt({ sku: 'BAD-SVC' }), 422, 'service_item_has_no_stock'],
  ['a backorder that the policy forbids', 'POST', '/v1/orders', order({ fulfillmentPolicy: 'STRICT' }), 422, 'backorder_not_allowed'],
];

describe(`bad input over HTTP on ${databaseLabel}`, () => {
  it.each(cases)('refuses %s and writes nothing', async (_name, method, url, body, status, code, headers) => {
    const before = await snapshot();
    const answer = await t.http.send(method, typeof url === 'function' ? url() : url, body, headers);
    expectProblem(answer, status, code);
    expect(await snapshot()).toEqual(before);
  });

  // Bug: src/http/problem.ts spreads `refusal.context` after `code`, and the *_exists refusals of
  // src/services/catalog/master-data.ts carry `{ code: input.code }`, so `code` becomes "MAIN".
  const duplicates: [string, string, Record<string, unknown>, string][] = [
    ['location', '/v1/locations', { code: 'MAIN', name: 'again' }, 'location_exists'],
    ['customer', '/v1/customers', { code: 'ACME', name: 'again' }, 'customer_exists'],
    ['policy', '/v1/fulfillment-policies', { code: 'STRICT', backorderStrategy: 'backorder_allowed' }, 'fulfillment_policy_exists'],
  ];
  it.each(duplicates)('refuses a duplicate %s with 409 and writes nothing', async (_name, url, body, code) => {
    const before = await snapshot();
    const answer = await t.http.post(url, body);
    expect(answer.status).toBe(409);
    expect(answer.contentType).toMatch(/^application\/problem\+json/);
    expect(answer.body.type).toBe(`/problems/${code.replaceAll('_', '-')}`);
    expect(await snapshot()).toEqual(before);
  });
  it.each(duplicates)('gives a duplicate %s its stable code', async (_name, url, body, code) => {
    expectProblem(await t.http.post(url, body), 409, code);
  });

  // Bugs: input the schemas accept but PostgreSQL refuses ends in 500 internal_error, not a 422.
  // Money allows 1e10, the columns are numeric(14, 4); format "date" allows year 0; Code allows NUL;
  // decodeCursor accepts any integer, so a priority of 1e20 overflows in SQL.
  const cursor = Buffer.from(JSON.stringify([1e20, 1, 1])).toString('base64url');
  const unchecked: [string, 'GET' | 'POST', string, unknown][] = [
    ['a unit price of 1e10', 'POST', '/v1/items', { sku: 'NEW-3', name: 'x', unitPrice: 1e10 }],
    ['a line price of 1e10', 'POST', '/v1/orders', order({}, { unitPrice: 1e10 })],
    ['a requested ship date in year 0', 'POST', '/v1/orders', order({ requestedShipDate: '0000-01-01' })],
    ['a NUL character in a sku', 'POST', '/v1/items', { sku: 'a\u0000b', name: 'x' }],
    ['a cursor with a priority out of range', 'GET', `/v1/backorders?cursor=${cursor}`, undefined],
  ];
  it.each(unchecked)('refuses %s with 422', async (_name, method, url, body) => {
    const before = await snapshot();
    expectProblem(await t.http.send(method, url, body), 422, 'validation_failed');
    expect(await snapshot()).toEqual(before);
  });

  it('names the offending field and does not coerce "5" into a number', async () => {
    const answer = await t.http.post('/v1/stock/receipts', receipt({ quantity: '5' }));
    expectProblem(answer, 422, 'validation_failed');
    expect(answer.body.errors).toEqual([expect.objectContaining({ field: 'body/quantity' })]);
    expect(answer.body.instance).toBe('/v1/stock/receipts');
    const missing = await t.http.post('/v1/orders', { lines: [{ sku: 'BAD', quantity: 1 }] });
    expect(missing.body.errors).toEqual([expect.objectContaining({ field: 'body/customer' })]);
    const extra = await t.http.post('/v1/orders', order({}, { colour: 'red' }));
    expect(extra.body.errors).toEqual([expect.objectContaining({ field: 'body/lines/0/colour' })]);
  });

  it('refuses a no_backorder/error order and leaves the backorder list and stock as they were', async () => {
    const s = sku();
    await t.http.ok(201, 'POST', '/v1/items', { sku: s, name: s });
    await t.http.ok(201, 'POST', '/v1/stock/receipts', { sku: s, location: 'MAIN', quantity: 2 });
    const refused = await t.http.post('/v1/orders', { customer: 'ACME', fulfillmentPolicy: 'STRICT', lines: [{ sku: s, quantity: 3 }] });
    expectProblem(refused, 422, 'backorder_not_allowed');
    expect(refused.body.lines).toEqual([{ lineNo: 1, backordered: 1 }]);
    expect(await t.http.ok(200, 'GET', `/v1/stock/${s}`)).toMatchObject({ onHand: 2, allocated: 0, available: 2, backordered: 0, waitingLines: 0 });
    expect((await t.http.ok(200, 'GET', `/v1/backorders?sku=${s}`)).items).toEqual([]);
    const fits = await t.http.ok(201, 'POST', '/v1/orders', { customer: 'ACME', fulfillmentPolicy: 'STRICT', lines: [{ sku: s, quantity: 2 }] });
    expect(fits.lines[0]).toMatchObject({ allocated: 2, backordered: 0 });
  });
});

describe(`Idempotency-Key on ${databaseLabel}`, () => {
  it('answers a retry with the first answer and writes only one order', async () => {
    const s = sku();
    await t.http.ok(201, 'POST', '/v1/items', { sku: s, name: s });
    const body = { customer: 'ACME', lines: [{ sku: s, quantity: 4 }] };
    const first = await t.http.post('/v1/orders', body, { 'Idempotency-Key': `order-${s}` });
    const again = await t.http.post('/v1/orders', body, { 'Idempotency-Key': `order-${s}` });
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect((await t.http.ok(200, 'GET', `/v1/backorders?sku=${s}`)).items).toHaveLength(1);
    expect(await t.http.ok(200, 'GET', `/v1/stock/${s}`)).toMatchObject({ backordered: 4, waitingLines: 1 });

    const receipt = { sku: s, location: 'MAIN', quantity: 3 };
    const r1 = await t.http.post('/v1/stock/receipts', receipt, { 'Idempotency-Key': `receipt-${s}` });
    const r2 = await t.http.post('/v1/stock/receipts', receipt, { 'Idempotency-Key': `receipt-${s}` });
    expect([r1.status, r2.status]).toEqual([201, 201]);
    expect(r2.body).toEqual(r1.body);
    expect(await t.http.ok(200, 'GET', `/v1/stock/${s}`)).toMatchObject({ onHand: 3, allocated: 3, backordered: 1 });
  });

  it('refuses the same key with another body or on another route, writing nothing', async () => {
    const s = sku();
    await t.http.ok(201, 'POST', '/v1/items', { sku: s, name: s });
    const key = { 'Idempotency-Key': `reuse-${s}` };
    await t.http.ok(201, 'POST', '/v1/orders', { customer: 'ACME', lines: [{ sku: s, quantity: 1 }] }, key);
    const before = await snapshot();
    expectProblem(await t.http.post('/v1/orders', { customer: 'ACME', lines: [{ sku: s, quantity: 2 }] }, key), 409, 'idempotency_key_reused');
    expectProblem(await t.http.post('/v1/stock/receipts', { sku: s, location: 'MAIN', quantity: 1 }, key), 409, 'idempotency_key_reused');
    expect(await snapshot()).toEqual(before);
    expect((await t.http.ok(200, 'GET', `/v1/backorders?sku=${s}`)).items.map((i: { backordered: number }) => i.backordered)).toEqual([1]);
  });

  it('gives a refused request the same refusal on retry, and does not burn the key', async () => {
    const s = sku();
    await t.http.ok(201, 'POST', '/v1/items', { sku: s, name: s });
    const key = { 'Idempotency-Key': `refused-${s}` };
    const unknown = { customer: 'NOBODY', lines: [{ sku: s, quantity: 1 }] };
    const before = await snapshot();
    const first = await t.http.post('/v1/orders', unknown, key);
    const retry = await t.http.post('/v1/orders', unknown, key);
    expectProblem(first, 404, 'customer_not_found');
    expect({ status: retry.status, body: retry.body }).toEqual({ status: first.status, body: first.body });

    const strict = { customer: 'ACME', fulfillmentPolicy: 'STRICT', lines: [{ sku: s, quantity: 1 }] };
    const rule = { 'Idempotency-Key': `rule-${s}` };
    const ruleFirst = await t.http.post('/v1/orders', strict, rule);
    const ruleRetry = await t.http.post('/v1/orders', strict, rule);
    expectProblem(ruleFirst, 422, 'backorder_not_allowed');
    expect({ status: ruleRetry.status, body: ruleRetry.body }).toEqual({ status: 422, body: ruleFirst.body });
    expect(await snapshot()).toEqual(before);

    const fixed = await t.http.post('/v1/orders', { ...unknown, customer: 'ACME' }, key);
    expect(fixed.status).toBe(201);
  });

  it('lets only one of several concurrent requests with the same key write', async () => {
    const s = sku();
    await t.http.ok(201, 'POST', '/v1/items', { sku: s, name: s });
    const body = { customer: 'ACME', lines: [{ sku: s, quantity: 2 }] };
    const answers = await Promise.all(Array.from({ length: 5 }, () => t.http.post('/v1/orders', body, { 'Idempotency-Key': `race-${s}` })));
    expect(answers.map((a) => a.status)).toEqual([201, 201, 201, 201, 201]);
    for (const answer of answers) expect(answer.body).toEqual(answers[0]!.body);
    expect(await t.http.ok(200, 'GET', `/v1/stock/${s}`)).toMatchObject({ backordered: 2, waitingLines: 1 });
  });

  it('refuses a key longer than 200 characters', async () => {
    const before = await snapshot();
    expectProblem(await t.http.post('/v1/stock/receipts', receipt({}), { 'Idempotency-Key': 'k'.repeat(201) }), 422, 'validation_failed');
    expect(await snapshot()).toEqual(before);
  });
});
