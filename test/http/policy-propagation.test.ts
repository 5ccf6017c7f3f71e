import { describe, expect, it } from 'vitest';
import { databaseLabel } from '../support/test-store.js';
import { useTestApp } from '../support/use-store.js';

// A policy's strategy and preventPartialDelivery are copied onto orders; changing them reaches the
// open orders that use the policy (docs/domain.md#policy-inheritance).
const t = useTestApp({
  invariants: { immediate: true },
  seed: async (http) => {
    await http.ok(201, 'POST', '/v1/locations', { code: 'WH1', name: 'Warehouse 1' });
    await http.ok(201, 'POST', '/v1/customers', { code: 'ACME', name: 'Acme' });
    await http.ok(201, 'POST', '/v1/customers', { code: 'BETA', name: 'Beta' });
    await http.ok(201, 'POST', '/v1/customers', { code: 'SUB-SYNC', name: 'Subsidiary that syncs' });
    await http.ok(200, 'PUT', '/v1/customers/SUB-SYNC/intercompany', { syncBackorderStrategy: true });
  },
});

let n = 0;
/** A policy and an item of the test's own, so the tests do not see each other's orders. */
async function fresh(strategy = 'backorder_allowed') {
  n += 1;
  const policy = `PP-${n}`;
  const sku = `PP-ITEM-${n}`;
  await t.http.ok(201, 'POST', '/v1/fulfillment-policies', { code: policy, backorderStrategy: strategy });
  await t.http.ok(201, 'POST', '/v1/items', { sku, name: sku, unitPrice: 1 });
  return { policy, sku };
}
const enter = (customer: string, sku: string, quantity: number, extra: Record<string, unknown> = {}) =>
  t.http.ok(201, 'POST', '/v1/orders', { customer, lines: [{ sku, quantity }], ...extra });
const getOrder = (id: number) => t.http.ok(200, 'GET', `/v1/orders/${id}`);
const history = async (id: number) => (await t.http.ok(200, 'GET', `/v1/orders/${id}/history`)).entries as { action: string; reason: string }[];
const receive = (sku: string, quantity: number) => t.http.ok(201, 'POST', '/v1/stock/receipts', { sku, location: 'WH1', quantity });
const waiting = async (sku: string) => (await t.http.ok(200, 'GET', `/v1/backorders?sku=${sku}`)).items.map((l: { orderId: number }) => l.orderId);

describe(`a fulfillment policy change reaching its orders on ${databaseLabel}`, () => {
  it('carries a new strategy to the open orders using the policy; a strategy set by hand, a closed order and other policies stay', async () => {
    const { policy, sku } = await fresh();
    await receive(sku, 2);
    const released = await enter('ACME', sku, 5, { fulfillmentPolicy: policy });
    await t.http.ok(200, 'POST', `/v1/orders/${released.id}/release`);
    const byHand = await enter('BETA', sku, 2, { fulfillmentPolicy: policy });
    await t.http.ok(200, 'PATCH', `/v1/orders/${byHand.id}`, { backorderStrategy: 'max_one_backorder' });
    const closed = await enter('BETA', sku, 1, { fulfillmentPolicy: policy });
    await t.http.ok(200, 'POST', `/v1/orders/${closed.id}/cancel`, { reason: 'not wanted' });
    const other = await enter('BETA', sku, 1);
    expect(await waiting(sku)).toEqual([released.id, byHand.id, other.id]);

    const answer = await t.http.ok(200, 'PATCH', `/v1/fulfillment-policies/${policy}`, { backorderStrategy: 'no_backorder' });
    expect(answer).toMatchObject({ code: policy, backorderStrategy: 'no_backorder', orders: { ordersChanged: 1, ordersKeepingTheirStrategy: 1 } });

    expect(await getOrder(released.id)).toMatchObject({ fulfillmentPolicy: policy, backorderStrategy: 'no_backorder' });
    expect(await getOrder(byHand.id)).toMatchObject({ backorderStrategy: 'max_one_backorder' });
    expect(await getOrder(closed.id)).toMatchObject({ backorderStrategy: 'backorder_allowed' });
    expect(await getOrder(other.id)).toMatchObject({ backorderStrategy: 'backorder_allowed' });
    expect((await history(released.id)).map((e) => `${e.action}: ${e.reason}`)).toContain(`strategy_changed: backorder_allowed → no_backorder (policy ${policy} changed)`);
    expect((await history(byHand.id)).filter((e) => e.reason.includes(`policy ${policy} changed`))).toEqual([]);
    // Released once under no_backorder: nothing more may ship, so its remainder leaves the queue
    // (re-evaluated as an order's own strategy change is) and the next receipt fills the others.
    expect(await waiting(sku)).toEqual([byHand.id, other.id]);
    await receive(sku, 3);
    expect((await getOrder(byHand.id)).lines[0]).toMatchObject({ allocated: 2, backordered: 0 });
    expect((await getOrder(other.id)).lines[0]).toMatchObject({ allocated: 1, backordered: 0 });
    expect((await getOrder(released.id)).lines[0]).toMatchObject({ allocated: 2, backordered: 3 }); // only what it had released
    // New orders take the policy as it now is.
    expect(await enter('ACME', sku, 1, { fulfillmentPolicy: policy })).toMatchObject({ backorderStrategy: 'no_backorder' });
  });

  it('carries preventPartialDelivery to every line of the open orders using the policy, each in its record log', async () => {
    const { policy, sku } = await fresh();
    const open = await enter('ACME', sku, 3, { fulfillmentPolicy: policy });
    const other = await enter('ACME', sku, 3);
    const answer = await t.http.ok(200, 'PATCH', `/v1/fulfillment-policies/${policy}`, { preventPartialDelivery: true });
    expect(answer).toMatchObject({ preventPartialDelivery: true, orders: { ordersChanged: 1, ordersKeepingTheirStrategy: 0 } });
    expect((await getOrder(open.id)).lines[0].preventPartialDelivery).toBe(true);
    expect((await getOrder(other.id)).lines[0].preventPartialDelivery).toBe(false);
    expect((await history(open.id)).map((e) => e.reason)).toContain(`fulfillment policy ${policy} changed: preventPartialDelivery false → true`);
    // The rule now holds at release: 2 of 3 there, the line may not ship in part.
    await receive(sku, 2);
    expect((await t.http.post(`/v1/orders/${open.id}/release`, {})).body.code).toBe('prevent_partial_delivery');
    // Nothing to carry: the same value again changes no order.
    expect((await t.http.ok(200, 'PATCH', `/v1/fulfillment-policies/${policy}`, { preventPartialDelivery: true })).orders).toEqual({ ordersChanged: 0, ordersKeepingTheirStrategy: 0 });
  });

  it('syncs the new strategy on to the intercompany orders that follow an original; a synced order using the policy keeps following its original', async () => {
    const { policy, sku } = await fresh();
    const original = await enter('ACME', sku, 2, { fulfillmentPolicy: policy });
    const follower = await enter('SUB-SYNC', sku, 2);
    await t.http.ok(200, 'POST', `/v1/orders/${follower.id}/intercompany`, { originalOrderId: original.id, directDelivery: true });
    const otherOriginal = await enter('BETA', sku, 1, { backorderStrategy: 'max_one_backorder' });
    const syncedOnPolicy = await enter('SUB-SYNC', sku, 1, { fulfillmentPolicy: policy });
    await t.http.ok(200, 'POST', `/v1/orders/${syncedOnPolicy.id}/intercompany`, { originalOrderId: otherOriginal.id, directDelivery: true });
    expect(await getOrder(syncedOnPolicy.id)).toMatchObject({ backorderStrategy: 'max_one_backorder' });

    const answer = await t.http.ok(200, 'PATCH', `/v1/fulfillment-policies/${policy}`, { backorderStrategy: 'deliver_in_full' });
    expect(answer.orders).toEqual({ ordersChanged: 1, ordersKeepingTheirStrategy: 1 });
    expect(await getOrder(original.id)).toMatchObject({ backorderStrategy: 'deliver_in_full' });
    expect(await getOrder(follower.id)).toMatchObject({ backorderStrategy: 'deliver_in_full' });
    expect((await history(follower.id)).map((e) => e.reason)).toContain(`backorder_allowed → deliver_in_full (synchronised from original order ${original.id})`);
    expect(await getOrder(syncedOnPolicy.id)).toMatchObject({ backorderStrategy: 'max_one_backorder' });
  });

  it('previews the change with ?dryRun=true: what would follow, and nothing written', async () => {
    const { policy, sku } = await fresh();
    const open = await enter('ACME', sku, 2, { fulfillmentPolicy: policy });
    const logBefore = await history(open.id);
    const preview = await t.http.ok(200, 'PATCH', `/v1/fulfillment-policies/${policy}?dryRun=true`, { backorderStrategy: 'deliver_in_full', preventPartialDelivery: true });
    expect(preview.answer).toMatchObject({ backorderStrategy: 'deliver_in_full', orders: { ordersChanged: 1 } });
    expect(await t.http.ok(200, 'GET', `/v1/fulfillment-policies/${policy}`)).toMatchObject({ backorderStrategy: 'backorder_allowed', preventPartialDelivery: false });
    expect(await getOrder(open.id)).toMatchObject({ backorderStrategy: 'backorder_allowed' });
    expect((await getOrder(open.id)).lines[0].preventPartialDelivery).toBe(false);
    expect(await history(open.id)).toEqual(logBefore);
  });

  it('refuses an unknown strategy and writes nothing', async () => {
    const { policy } = await fresh();
    const answer = await t.http.patch(`/v1/fulfillment-policies/${policy}`, { backorderStrategy: 'someday' });
    expect(answer.status).toBe(422);
    expect(answer.body.code).toBe('validation_failed');
    expect(await t.http.ok(200, 'GET', `/v1/fulfillment-policies/${policy}`)).toMatchObject({ backorderStrategy: 'backorder_allowed' });
  });
});
