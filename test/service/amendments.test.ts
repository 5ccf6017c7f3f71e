import { describe, expect, it } from 'vitest';
import { orderHistory } from '../../src/queries/history.js';
import { orderView } from '../../src/queries/order-view.js';
import { addOrderLine, amendLine, amendOrder } from '../../src/services/orders/order-amendment.js';
import { stockView } from '../../src/services/stock/stock-changes.js';
import { twoLocationsThreeCustomers } from '../support/fixtures.js';
import { databaseLabel } from '../support/test-store.js';
import { useTestStore } from '../support/use-store.js';

const t = useTestStore({ invariants: { immediate: true }, seed: twoLocationsThreeCustomers });

let n = 0;
const sku = () => `AMD-${++n}`;
const view = (id: number) => orderView(t.store.db, id);
const history = async (id: number) => (await orderHistory(t.f.ctx, id)).entries;

describe(`order amendments on ${databaseLabel}`, () => {
  it('queues added units at the line’s place: they come before a later order', async () => {
    const s = sku();
    await t.f.item(s);
    await t.f.receive(s, 2);
    const first = await t.f.order('ACME', [{ sku: s, quantity: 2 }]);
    const later = await t.f.order('BETA', [{ sku: s, quantity: 3 }]);
    const amended = await t.f.inTx((tx) => amendLine(tx, first.id, 1, { quantity: 5 }));
    expect(amended.lines[0]).toMatchObject({ quantity: 5, allocated: 2, backordered: 3 });
    await t.f.receive(s, 3);
    expect((await view(first.id)).lines[0]).toMatchObject({ allocated: 5, backordered: 0 });
    expect((await view(later.id)).lines[0]).toMatchObject({ allocated: 0 });
    expect((await history(first.id)).find((e) => e.action === 'quantity_changed')).toMatchObject({ reason: '2 → 5', quantity: 5 });
  });

  it('takes fewer units off the backorder first, then frees allocation that fills the queue; never below what is released', async () => {
    const s = sku();
    await t.f.item(s);
    await t.f.receive(s, 4);
    const order = await t.f.order('ACME', [{ sku: s, quantity: 6 }]);
    const waiting = await t.f.order('BETA', [{ sku: s, quantity: 2 }]);
    await t.f.release(order.id);
    await t.f.receive(s, 1);
    expect((await view(order.id)).lines[0]).toMatchObject({ allocated: 5, released: 4, backordered: 1 });
    const fewer = await t.f.inTx((tx) => amendLine(tx, order.id, 1, { quantity: 4 }));
    expect(fewer.lines[0]).toMatchObject({ quantity: 4, allocated: 4, released: 4, backordered: 0 });
    expect((await view(waiting.id)).lines[0]).toMatchObject({ allocated: 1 });
    await expect(t.f.inTx((tx) => amendLine(tx, order.id, 1, { quantity: 3 }))).rejects.toMatchObject({
      refusal: { code: 'quantity_below_committed', context: { committed: 4, requested: 3 } },
    });
    expect(await stockView(t.f.ctx, s)).toMatchObject({ onHand: 5, allocated: 5 });
  });

  it('adds a line that queues by the order’s entry, after its lines, and refuses a backorder a no_backorder order may not take', async () => {
    const s = sku();
    await t.f.item(s);
    await t.f.receive(s, 1);
    const first = await t.f.order('ACME', [{ sku: s, quantity: 1 }]);
    const later = await t.f.order('BETA', [{ sku: s, quantity: 1 }]);
    const added = await t.f.inTx((tx) => addOrderLine(tx, first.id, { sku: s, quantity: 2 }));
    expect(added.lines.map((l) => [l.lineNo, l.quantity, l.allocated])).toEqual([[1, 1, 1], [2, 2, 0]]);
    await t.f.receive(s, 2);
    expect((await view(first.id)).lines[1]).toMatchObject({ allocated: 2 });
    expect((await view(later.id)).lines[0]).toMatchObject({ allocated: 0 });

    const other = sku();
    await t.f.item(other);
    await t.f.receive(other, 1);
    await t.f.policy({ code: 'STRICT-AMD', backorderStrategy: 'no_backorder', violation: 'error' });
    const strict = await t.f.order('BETA', [{ sku: other, quantity: 1 }], { fulfillmentPolicy: 'STRICT-AMD' });
    await expect(t.f.inTx((tx) => addOrderLine(tx, strict.id, { sku: other, quantity: 3 }))).rejects.toMatchObject({ refusal: { code: 'backorder_not_allowed' } });
    expect((await view(strict.id)).lines).toHaveLength(1);
  });

  it('changes preventPartialDelivery, the requested ship date and the order’s location, each with before and after', async () => {
    const s = sku();
    await t.f.item(s);
    const order = await t.f.order('ACME', [{ sku: s, quantity: 2 }]);
    await t.f.inTx((tx) => amendLine(tx, order.id, 1, { preventPartialDelivery: true }));
    const amended = await t.f.inTx((tx) => amendOrder(tx, order.id, { requestedShipDate: '2026-11-20', location: 'EAST' }));
    expect(amended).toMatchObject({ requestedShipDate: '2026-11-20', location: 'EAST', lines: [{ preventPartialDelivery: true }] });
    // The waiting line now takes its own location's stock first.
    await t.f.receive(s, 1, 'MAIN');
    await t.f.receive(s, 1, 'EAST');
    expect((await view(order.id)).lines[0]!.allocations.map((a) => a.location).sort()).toEqual(['EAST', 'MAIN']);
    const reasons = Object.fromEntries((await history(order.id)).map((e) => [e.action, e.reason]));
    expect(reasons).toMatchObject({
      prevent_partial_delivery_changed: 'false → true',
      requested_ship_date_changed: 'none → 2026-11-20',
      location_changed: 'none → EAST',
    });
    await expect(t.f.inTx((tx) => amendOrder(tx, order.id, { location: 'NOWHERE' }))).rejects.toMatchObject({ refusal: { code: 'location_not_found' } });
    await expect(t.f.inTx((tx) => amendLine(tx, order.id, 9, { quantity: 1 }))).rejects.toMatchObject({ refusal: { code: 'line_not_found' } });
  });
});
