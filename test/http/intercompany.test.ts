import { describe, expect, it } from 'vitest';
import { databaseLabel } from '../support/test-store.js';
import { useTestApp } from '../support/use-store.js';

const t = useTestApp({
  seed: async (http) => {
    await http.ok(201, 'POST', '/v1/locations', { code: 'WH1', name: 'Warehouse 1' });
    await http.ok(201, 'POST', '/v1/items', { sku: 'IC-1', name: 'Intercompany item' });
    await http.ok(201, 'POST', '/v1/fulfillment-policies', { code: 'IN-FULL', backorderStrategy: 'deliver_in_full' });
    await http.ok(201, 'POST', '/v1/customers', { code: 'RETAIL', name: 'Retail customer' });
    await http.ok(201, 'POST', '/v1/customers', { code: 'SUB-SYNC', name: 'Subsidiary that syncs' });
    await http.ok(201, 'POST', '/v1/customers', { code: 'SUB-FREE', name: 'Subsidiary that does not' });
    await http.ok(200, 'PUT', '/v1/customers/SUB-SYNC/intercompany', { syncBackorderStrategy: true });
    await http.ok(200, 'PUT', '/v1/customers/SUB-FREE/intercompany', { syncBackorderStrategy: false });
  },
});

const order = async (customer: string, extra: Record<string, unknown> = {}) =>
  t.http.ok(201, 'POST', '/v1/orders', { customer, lines: [{ sku: 'IC-1', quantity: 2 }], ...extra });
const strategy = async (id: number) => (await t.http.ok(200, 'GET', `/v1/orders/${id}`)).backorderStrategy;
const link = (id: number, originalOrderId: number, directDelivery: boolean) => t.http.post(`/v1/orders/${id}/intercompany`, { originalOrderId, directDelivery });
const history = async (id: number) => (await t.http.ok(200, 'GET', `/v1/orders/${id}/history`)).entries as { action: string; reason: string }[];

describe(`intercompany orders on ${databaseLabel}`, () => {
  it('initialises the strategy from the original, and both sides show the link', async () => {
    const original = await order('RETAIL', { fulfillmentPolicy: 'IN-FULL' });
    const ic = await order('SUB-FREE');
    expect(await strategy(ic.id)).toBe('backorder_allowed');
    const linked = await link(ic.id, original.id, false);
    expect(linked.status).toBe(200);
    expect(linked.body).toEqual({ orderId: ic.id, original: { orderId: original.id, directDelivery: false, synced: false }, intercompanyOrders: [] });
    expect(await strategy(ic.id)).toBe('deliver_in_full');
    expect(await t.http.ok(200, 'GET', `/v1/orders/${original.id}/intercompany`)).toEqual({
      orderId: original.id,
      original: null,
      intercompanyOrders: [{ orderId: ic.id, directDelivery: false, synced: false }],
    });
    expect((await history(ic.id)).map((e) => e.reason)).toContain(`backorder_allowed → deliver_in_full (initialised from original order ${original.id})`);
  });

  it('not direct delivery: initialised only, then each side changes on its own', async () => {
    const original = await order('RETAIL', { fulfillmentPolicy: 'IN-FULL' });
    const ic = await order('SUB-SYNC');
    await link(ic.id, original.id, false);
    await t.http.ok(200, 'PATCH', `/v1/orders/${original.id}`, { backorderStrategy: 'max_one_backorder' });
    expect(await strategy(ic.id)).toBe('deliver_in_full');
    await t.http.ok(200, 'PATCH', `/v1/orders/${ic.id}`, { backorderStrategy: 'backorder_allowed' });
    expect(await strategy(ic.id)).toBe('backorder_allowed');
  });

  it('direct delivery, customer without sync: initialised only, and may be changed', async () => {
    const original = await order('RETAIL', { fulfillmentPolicy: 'IN-FULL' });
    const ic = await order('SUB-FREE');
    await link(ic.id, original.id, true);
    await t.http.ok(200, 'PATCH', `/v1/orders/${original.id}`, { backorderStrategy: 'max_one_backorder' });
    expect(await strategy(ic.id)).toBe('deliver_in_full');
    await t.http.ok(200, 'PATCH', `/v1/orders/${ic.id}`, { backorderStrategy: 'backorder_allowed' });
    expect(await strategy(ic.id)).toBe('backorder_allowed');
  });

  it('direct delivery with sync: follows every change of the original, and cannot be changed on its own', async () => {
    const original = await order('RETAIL');
    const ic = await order('SUB-SYNC');
    expect((await link(ic.id, original.id, true)).body.original).toEqual({ orderId: original.id, directDelivery: true, synced: true });
    await t.http.ok(200, 'PATCH', `/v1/orders/${original.id}`, { backorderStrategy: 'max_one_backorder' });
    expect(await strategy(ic.id)).toBe('max_one_backorder');
    await t.http.ok(200, 'PATCH', `/v1/orders/${original.id}`, { fulfillmentPolicy: 'IN-FULL' });
    expect(await strategy(ic.id)).toBe('deliver_in_full');
    expect((await history(ic.id)).filter((e) => e.action === 'strategy_changed').map((e) => e.reason)).toEqual([
      `backorder_allowed → max_one_backorder (synchronised from original order ${original.id})`,
      `max_one_backorder → deliver_in_full (synchronised from original order ${original.id})`,
    ]);

    for (const change of [{ backorderStrategy: 'backorder_allowed' }, { fulfillmentPolicy: 'IN-FULL' }]) {
      const refused = await t.http.patch(`/v1/orders/${ic.id}`, change);
      expect([refused.status, refused.body.code]).toEqual([422, 'strategy_synced']);
    }
    expect(await strategy(ic.id)).toBe('deliver_in_full');
    // Its priority is its own.
    await t.http.ok(200, 'PATCH', `/v1/orders/${ic.id}`, { priority: 3 });
  });

  it('refuses a customer outside the group, a second link and a loop, writing nothing', async () => {
    const a = await order('RETAIL');
    const notGroup = await order('RETAIL');
    expect((await link(notGroup.id, a.id, false)).body).toMatchObject({ status: 422, code: 'customer_not_intercompany' });
    const b = await order('SUB-SYNC');
    const c = await order('SUB-FREE');
    await link(b.id, c.id, false);
    expect((await link(b.id, a.id, false)).body).toMatchObject({ status: 409, code: 'intercompany_already_linked' });
    expect((await link(c.id, b.id, false)).body).toMatchObject({ status: 422, code: 'intercompany_cycle' });
    expect((await link(c.id, c.id, false)).body).toMatchObject({ status: 422, code: 'intercompany_cycle' });
    expect((await t.http.ok(200, 'GET', `/v1/orders/${c.id}/intercompany`)).original).toBeNull();
    expect((await link(c.id, 999_999, false)).body).toMatchObject({ status: 404, code: 'order_not_found' });
    expect((await t.http.put('/v1/customers/NOBODY/intercompany', { syncBackorderStrategy: true })).body).toMatchObject({ status: 404, code: 'customer_not_found' });
  });
});
