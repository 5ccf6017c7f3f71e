import { describe, expect, it } from 'vitest';
import { jobCatalogue } from '../../src/jobs/catalogue.js';
import { JobRunner } from '../../src/jobs/job-runner.js';
import { orderHistory } from '../../src/queries/history.js';
import { changeOrder } from '../../src/services/orders/order-change.js';
import { orderView } from '../../src/queries/order-view.js';
import {
  cancelPurchaseOrder,
  confirmPurchaseOrder,
  createPurchaseOrder,
  receivePurchaseOrder,
  type PurchaseOrderInput,
} from '../../src/services/supply/purchase-orders.js';
import { adjustStock, stockView } from '../../src/services/stock/stock-changes.js';
import { schedule, uploadSchedule } from '../../src/services/supply/supply-schedule.js';
import { cancelTransferOrder, createTransferOrder, receiveTransferOrder, shipTransferOrder } from '../../src/services/supply/transfer-orders.js';
import { fixtures, twoLocationsThreeCustomers } from '../support/fixtures.js';
import { invariantViolations } from '../support/invariants.js';
import { databaseLabel } from '../support/test-store.js';
import { useTestStore } from '../support/use-store.js';

const t = useTestStore({ invariants: { immediate: true }, seed: twoLocationsThreeCustomers });

let n = 0;
const sku = () => `SUP-${++n}`;
const line = async (orderId: number, lineNo = 1) => (await orderView(t.store.db, orderId)).lines.find((l) => l.lineNo === lineNo)!;
const po = (input: Partial<PurchaseOrderInput> & Pick<PurchaseOrderInput, 'lines'>) =>
  t.f.inTx((tx) => createPurchaseOrder(tx, { supplier: 'ACME Supply', location: 'MAIN', expectedDate: '2026-11-10', ...input }));

describe(`purchase orders on ${databaseLabel}`, () => {
  it('receives part, then the rest: each receipt fills the queue', async () => {
    const s = sku();
    await t.f.item(s);
    const a = await t.f.order('ACME', [{ sku: s, quantity: 5 }]);
    const order = await po({ lines: [{ sku: s, quantity: 8 }] });
    expect(order).toMatchObject({ status: 'open', location: 'MAIN', dropShip: false, lines: [{ lineNo: 1, quantity: 8, received: 0, open: 8 }] });

    const part = await t.f.inTx((tx) => receivePurchaseOrder(tx, order.id, { lines: [{ lineNo: 1, quantity: 3 }] }));
    expect(part).toMatchObject({ status: 'partially_received', lines: [{ received: 3, open: 5 }] });
    expect((await line(a.id)).allocated).toBe(3);

    const rest = await t.f.inTx((tx) => receivePurchaseOrder(tx, order.id, {}));
    expect(rest).toMatchObject({ status: 'received', lines: [{ received: 8, open: 0 }] });
    expect((await line(a.id)).allocated).toBe(5);
    expect(await stockView(t.f.ctx, s)).toMatchObject({ onHand: 8, allocated: 5, available: 3 });
  });

  it('refuses to receive more than is open, a draft, or a cancelled order, and writes nothing', async () => {
    const s = sku();
    await t.f.item(s);
    const order = await po({ lines: [{ sku: s, quantity: 4 }] });
    await expect(t.f.inTx((tx) => receivePurchaseOrder(tx, order.id, { lines: [{ lineNo: 1, quantity: 5 }] }))).rejects.toMatchObject({
      refusal: { code: 'receipt_exceeds_open', context: { open: 4, requested: 5 } },
    });
    await expect(t.f.inTx((tx) => receivePurchaseOrder(tx, order.id, { lines: [{ lineNo: 2, quantity: 1 }] }))).rejects.toMatchObject({
      refusal: { code: 'line_not_found' },
    });
    const cancelled = await t.f.inTx((tx) => cancelPurchaseOrder(tx, order.id, 'supplier out of stock'));
    expect(cancelled).toMatchObject({ status: 'cancelled', lines: [{ open: 0 }] });
    await expect(t.f.inTx((tx) => receivePurchaseOrder(tx, order.id, {}))).rejects.toMatchObject({ refusal: { code: 'transition_not_allowed' } });

    const draft = await t.f.inTx((tx) => createPurchaseOrder(tx, { supplier: 'S', location: 'MAIN', expectedDate: '2026-11-10', lines: [{ sku: s, quantity: 1 }] }, 'draft'));
    await expect(t.f.inTx((tx) => receivePurchaseOrder(tx, draft.id, {}))).rejects.toMatchObject({ refusal: { code: 'transition_not_allowed' } });
    expect((await t.f.inTx((tx) => confirmPurchaseOrder(tx, draft.id))).status).toBe('open');
    expect(await stockView(t.f.ctx, s)).toMatchObject({ onHand: 0 });
  });

  it('gives a linked line its stock first, and the line keeps it when others outrank it', async () => {
    const s = sku();
    await t.f.item(s);
    const first = await t.f.order('ACME', [{ sku: s, quantity: 4 }]);
    const linked = await t.f.order('BETA', [{ sku: s, quantity: 3 }]);
    const order = await po({ lines: [{ sku: s, quantity: 5, orderId: linked.id, lineNo: 1 }] });
    expect(order.lines[0]).toMatchObject({ orderId: linked.id, orderLineNo: 1 });

    await t.f.inTx((tx) => receivePurchaseOrder(tx, order.id, {}));
    expect((await line(linked.id)).allocated).toBe(3);
    expect((await line(first.id)).allocated).toBe(2);
    const log = (await orderHistory(t.f.ctx, linked.id)).entries.find((e) => e.action === 'allocated');
    expect(log?.reason).toContain('raised for this line');

    // A priority customer takes the unpegged units, never the pegged ones.
    const vip = await t.f.order('VIP', [{ sku: s, quantity: 5 }]);
    expect((await line(vip.id)).allocated).toBe(2);
    expect((await line(first.id)).allocated).toBe(0);
    expect((await line(linked.id)).allocated).toBe(3);
    await t.f.inTx((tx) => changeOrder(tx, first.id, { priority: 20 }));
    expect((await line(linked.id)).allocated).toBe(3);

    // Stock physically lost goes, pegged last.
    await t.f.inTx((tx) => adjustStock(tx, { sku: s, location: 'MAIN', quantity: -4, reason: 'water damage' }));
    expect((await line(linked.id)).allocated).toBe(1);
  });

  it('in scheduled mode pegs linked stock at once and leaves the rest for the primary process', async () => {
    const s = sku();
    const scheduled = fixtures(t.store, 'scheduled', t.f.clock);
    const runner = new JobRunner(t.store.db, t.f.clock, 'scheduled', jobCatalogue({ fillMode: 'scheduled', primarySchedule: '* * * * *', secondarySchedule: '* * * * *' }));
    await t.f.item(s);
    const first = await scheduled.order('ACME', [{ sku: s, quantity: 2 }]);
    const linked = await scheduled.order('BETA', [{ sku: s, quantity: 2 }]);
    const order = await scheduled.inTx((tx) =>
      createPurchaseOrder(tx, { supplier: 'S', location: 'MAIN', expectedDate: '2026-11-10', lines: [{ sku: s, quantity: 3, orderId: linked.id, lineNo: 1 }] }),
    );
    await scheduled.inTx((tx) => receivePurchaseOrder(tx, order.id, {}));
    expect([(await line(first.id)).allocated, (await line(linked.id)).allocated]).toEqual([0, 2]);
    expect(await invariantViolations(t.store.db, { immediate: false })).toEqual([]);
    await runner.run('primary-backorder-process', 'test');
    expect((await line(first.id)).allocated).toBe(1);
  });

  it('confirms a drop shipment: the linked line ships, no stock moves here, allocation it no longer needs is freed', async () => {
    const s = sku();
    await t.f.item(s);
    await t.f.receive(s, 2);
    const a = await t.f.order('ACME', [{ sku: s, quantity: 5 }]);
    const b = await t.f.order('BETA', [{ sku: s, quantity: 2 }]);
    await expect(po({ location: undefined, dropShip: true, lines: [{ sku: s, quantity: 1 }] })).rejects.toMatchObject({
      refusal: { code: 'validation_failed' },
    });
    const drop = await po({ location: undefined, dropShip: true, lines: [{ sku: s, quantity: 5, orderId: a.id, lineNo: 1 }] });
    expect(drop).toMatchObject({ dropShip: true, location: null, status: 'open' });

    await t.f.inTx((tx) => receivePurchaseOrder(tx, drop.id, {}));
    expect(await line(a.id)).toMatchObject({ shipped: 5, allocated: 0, backordered: 0, status: 'shipped' });
    expect((await line(b.id)).allocated).toBe(2);
    expect(await stockView(t.f.ctx, s)).toMatchObject({ onHand: 2, allocated: 2 });
    expect((await orderHistory(t.f.ctx, a.id)).entries.some((e) => e.action === 'drop_shipped' && e.quantity === 5)).toBe(true);
  });

  it('refuses a drop shipment beyond what the line has open', async () => {
    const s = sku();
    await t.f.item(s);
    const a = await t.f.order('ACME', [{ sku: s, quantity: 2 }]);
    const drop = await po({ location: undefined, dropShip: true, lines: [{ sku: s, quantity: 3, orderId: a.id, lineNo: 1 }] });
    await expect(t.f.inTx((tx) => receivePurchaseOrder(tx, drop.id, {}))).rejects.toMatchObject({ refusal: { code: 'drop_ship_exceeds_open' } });
  });

  it('refuses links to unknown orders, lines or another item', async () => {
    const s = sku();
    const other = sku();
    await t.f.item(s);
    await t.f.item(other);
    const a = await t.f.order('ACME', [{ sku: s, quantity: 2 }]);
    await expect(po({ lines: [{ sku: s, quantity: 1, orderId: 999_999, lineNo: 1 }] })).rejects.toMatchObject({ refusal: { code: 'order_not_found' } });
    await expect(po({ lines: [{ sku: s, quantity: 1, orderId: a.id, lineNo: 7 }] })).rejects.toMatchObject({ refusal: { code: 'line_not_found' } });
    await expect(po({ lines: [{ sku: other, quantity: 1, orderId: a.id, lineNo: 1 }] })).rejects.toMatchObject({
      refusal: { code: 'linked_line_item_mismatch' },
    });
    await expect(po({ lines: [{ sku: s, quantity: 1, orderId: a.id }] })).rejects.toMatchObject({ refusal: { code: 'validation_failed' } });
  });
});

describe(`transfer orders on ${databaseLabel}`, () => {
  it('ships free stock off the source and receives it at the destination as a receipt', async () => {
    const s = sku();
    await t.f.item(s);
    await t.f.receive(s, 10, 'EAST');
    const transfer = await t.f.inTx((tx) => createTransferOrder(tx, { from: 'EAST', to: 'MAIN', expectedDate: '2026-11-05', lines: [{ sku: s, quantity: 6 }] }));
    expect(transfer).toMatchObject({ from: 'EAST', to: 'MAIN', status: 'open', lines: [{ quantity: 6, shipped: 0, received: 0 }] });
    const shipped = await t.f.inTx((tx) => shipTransferOrder(tx, transfer.id));
    expect(shipped).toMatchObject({ status: 'shipped', lines: [{ shipped: 6 }] });
    expect(await stockView(t.f.ctx, s)).toMatchObject({ onHand: 4 });
    await expect(t.f.inTx((tx) => cancelTransferOrder(tx, transfer.id))).rejects.toMatchObject({ refusal: { code: 'transition_not_allowed' } });
    const a = await t.f.order('ACME', [{ sku: s, quantity: 7 }]);
    expect((await line(a.id)).allocated).toBe(4);
    const received = await t.f.inTx((tx) => receiveTransferOrder(tx, transfer.id));
    expect(received).toMatchObject({ status: 'received', lines: [{ received: 6 }] });
    expect((await line(a.id)).allocated).toBe(7);
    expect((await stockView(t.f.ctx, s)).locations).toEqual([
      { location: 'MAIN', onHand: 6, allocated: 3, available: 3 },
      { location: 'EAST', onHand: 4, allocated: 4, available: 0 },
    ]);
  });

  it('moves a linked line’s own allocation with the transfer, and gives it back at the destination', async () => {
    const s = sku();
    await t.f.item(s);
    await t.f.receive(s, 3, 'EAST');
    const a = await t.f.order('ACME', [{ sku: s, quantity: 3 }]);
    const transfer = await t.f.inTx((tx) =>
      createTransferOrder(tx, { from: 'EAST', to: 'MAIN', expectedDate: '2026-11-05', lines: [{ sku: s, quantity: 3, orderId: a.id, lineNo: 1 }] }),
    );
    await t.f.inTx((tx) => shipTransferOrder(tx, transfer.id));
    expect(await line(a.id)).toMatchObject({ allocated: 0, backordered: 3 });
    await t.f.order('BETA', [{ sku: s, quantity: 2 }]);
    await t.f.receive(s, 2, 'EAST');
    await t.f.inTx((tx) => receiveTransferOrder(tx, transfer.id));
    expect(await line(a.id)).toMatchObject({ allocated: 3, backordered: 0 });
  });

  it('refuses to ship what the source does not have free, or a transfer within one location', async () => {
    const s = sku();
    await t.f.item(s);
    await t.f.receive(s, 2, 'EAST');
    await t.f.order('ACME', [{ sku: s, quantity: 1 }]);
    const transfer = await t.f.inTx((tx) => createTransferOrder(tx, { from: 'EAST', to: 'MAIN', expectedDate: '2026-11-05', lines: [{ sku: s, quantity: 2 }] }));
    await expect(t.f.inTx((tx) => shipTransferOrder(tx, transfer.id))).rejects.toMatchObject({
      refusal: { code: 'transfer_exceeds_available', context: { available: 1, requested: 2 } },
    });
    await expect(
      t.f.inTx((tx) => createTransferOrder(tx, { from: 'EAST', to: 'EAST', expectedDate: '2026-11-05', lines: [{ sku: s, quantity: 1 }] })),
    ).rejects.toMatchObject({ refusal: { code: 'same_location' } });
    expect((await t.f.inTx((tx) => cancelTransferOrder(tx, transfer.id, 'not needed'))).status).toBe('cancelled');
  });
});

describe(`the on-hand change schedule on ${databaseLabel}`, () => {
  it('sets, replaces and removes entries per item, location and date', async () => {
    const s = sku();
    await t.f.item(s);
    await t.f.inTx((tx) =>
      uploadSchedule(tx, {
        entries: [
          { sku: s, location: 'MAIN', date: '2026-11-20', quantity: 10 },
          { sku: s, location: 'EAST', date: '2026-11-25', quantity: 5 },
          { sku: s, location: 'MAIN', date: '2026-10-01', quantity: 5 },
        ],
      }),
    );
    const replaced = await t.f.inTx((tx) =>
      uploadSchedule(tx, {
        entries: [
          { sku: s, location: 'MAIN', date: '2026-11-20', quantity: 12 },
          { sku: s, location: 'EAST', date: '2026-11-25', quantity: 0 },
        ],
      }),
    );
    // Entries before today are history: not shown, not promised.
    expect(replaced.entries).toEqual([{ sku: s, location: 'MAIN', date: '2026-11-20', quantity: 12 }]);
    expect((await schedule(t.f.ctx, s)).entries).toHaveLength(1);
  });
});
