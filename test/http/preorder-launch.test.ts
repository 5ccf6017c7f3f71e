import { describe, expect, it } from 'vitest';
import { databaseLabel } from '../support/test-store.js';
import { useTestApp } from '../support/use-store.js';

const t = useTestApp({
  invariants: { immediate: true },
  seed: async (http) => {
    await http.ok(201, 'POST', '/v1/locations', { code: 'MAIN', name: 'Main warehouse', priority: 10 });
    await http.ok(201, 'POST', '/v1/fulfillment-policies', { code: 'NO-BO', backorderStrategy: 'no_backorder', violation: 'error' });
    await http.ok(201, 'POST', '/v1/customers', { code: 'FAN', name: 'Early fan', fulfillmentPolicy: 'NO-BO' });
    await http.ok(201, 'POST', '/v1/customers', { code: 'SHOP', name: 'Shop' });
  },
});

describe(`preorder launch through HTTP on ${databaseLabel}`, () => {
  it('takes preorders up to the cap, allocates early stock, and turns lines ordinary on launch day', async () => {
    const item = await t.http.ok(201, 'POST', '/v1/items', { sku: 'CONSOLE', name: 'Console', unitPrice: 499, preorder: { launchDate: '2026-11-20', cap: 10 } });
    expect(item).toEqual({
      sku: 'CONSOLE',
      name: 'Console',
      unitPrice: 499,
      service: false,
      preorder: { launchDate: '2026-11-20', cap: 10 },
      replenishment: null,
    });

    // A no_backorder customer may still preorder: nothing is on hand, nothing is refused.
    const early = await t.http.ok(201, 'POST', '/v1/orders', { customer: 'FAN', lines: [{ sku: 'CONSOLE', quantity: 4 }] });
    expect(early.lines[0]).toMatchObject({ preorder: true, allocated: 0, backordered: 4 });
    const late = await t.http.ok(201, 'POST', '/v1/orders', { customer: 'SHOP', lines: [{ sku: 'CONSOLE', quantity: 5 }] });

    const capped = await t.http.post('/v1/orders', { customer: 'SHOP', lines: [{ sku: 'CONSOLE', quantity: 2 }] });
    expect(capped.status).toBe(422);
    expect(capped.body).toMatchObject({ code: 'preorder_cap_exceeded', cap: 10, preordered: 9, requested: 2 });

    // Stock received before launch is allocated in queue order; the lines stay preorders.
    await t.http.ok(201, 'POST', '/v1/stock/receipts', { sku: 'CONSOLE', location: 'MAIN', quantity: 6 });
    expect((await t.http.ok(200, 'GET', `/v1/orders/${early.id}`)).lines[0]).toMatchObject({ preorder: true, allocated: 4, backordered: 0 });
    expect((await t.http.ok(200, 'GET', `/v1/orders/${late.id}`)).lines[0]).toMatchObject({ preorder: true, allocated: 2, backordered: 3 });

    // asOf may not name a day that has not come: the clock moves to the eve of launch, then to launch day.
    t.http.clock.advanceDays(18);
    const before = await t.http.ok(200, 'POST', '/v1/jobs/preorder-launch/run', { asOf: '2026-11-19' });
    expect(before).toMatchObject({ job: 'preorder-launch', status: 'completed', processed: 0 });

    t.http.clock.advanceDays(1);
    const launch = await t.http.ok(200, 'POST', '/v1/jobs/preorder-launch/run', { asOf: '2026-11-20' });
    expect(launch).toMatchObject({ processed: 2, detail: { items: 1, lines: 2, allocated: 1, backordered: 1 } });
    expect((await t.http.ok(200, 'GET', `/v1/orders/${early.id}`)).lines[0]).toMatchObject({ preorder: false, allocated: 4, status: 'allocated' });
    expect((await t.http.ok(200, 'GET', `/v1/orders/${late.id}`)).lines[0]).toMatchObject({ preorder: false, allocated: 2, backordered: 3 });
    const history = await t.http.ok(200, 'GET', `/v1/orders/${late.id}/history`);
    expect(history.entries.find((e: { action: string }) => e.action === 'preorder_launched').reason).toContain('ordinary backorder');

    // From launch day on (the clock is there) the item takes ordinary orders: a no_backorder customer is refused again.
    const refused = await t.http.post('/v1/orders', { customer: 'FAN', lines: [{ sku: 'CONSOLE', quantity: 1 }] });
    expect(refused.body).toMatchObject({ status: 422, code: 'backorder_not_allowed' });
  });

  it('sets, changes and ends preorder terms on an existing item', async () => {
    await t.http.ok(201, 'POST', '/v1/items', { sku: 'GAME', name: 'Game' });
    const set = await t.http.ok(200, 'PATCH', '/v1/items/GAME', { preorder: { launchDate: '2027-01-15' } });
    expect(set.preorder).toEqual({ launchDate: '2027-01-15', cap: null });
    expect((await t.http.ok(201, 'POST', '/v1/orders', { customer: 'SHOP', lines: [{ sku: 'GAME', quantity: 1 }] })).lines[0].preorder).toBe(true);
    const ended = await t.http.ok(200, 'PATCH', '/v1/items/GAME', { preorder: null, unitPrice: 59 });
    expect(ended).toMatchObject({ preorder: null, unitPrice: 59 });
    expect((await t.http.ok(201, 'POST', '/v1/orders', { customer: 'SHOP', lines: [{ sku: 'GAME', quantity: 1 }] })).lines[0].preorder).toBe(false);
  });

  it('refuses bad preorder input with stable codes', async () => {
    expect((await t.http.patch('/v1/items/NOPE', { name: 'x' })).body.code).toBe('item_not_found');
    expect((await t.http.patch('/v1/items/GAME', {})).body.code).toBe('validation_failed');
    expect((await t.http.patch('/v1/items/GAME', { preorder: { launchDate: '2027-02-30' } })).body.code).toBe('validation_failed');
    expect((await t.http.post('/v1/items', { sku: 'X', name: 'x', preorder: { launchDate: '2027-01-01', cap: 0 } })).body.code).toBe('validation_failed');
  });
});
