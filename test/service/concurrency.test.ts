import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { Refused } from '../../src/domain/refusal.js';
import { cancelOrder, changeOrder } from '../../src/services/orders/order-change.js';
import { adjustStock, stockView } from '../../src/services/stock/stock-changes.js';
import { invariantViolations } from '../support/invariants.js';
import { databaseLabel, onPostgres } from '../support/test-store.js';
import { useTestStore } from '../support/use-store.js';

const t = useTestStore({
  poolSize: 40,
  seed: async (f) => {
    await f.location('MAIN', 10);
    await f.location('EAST', 1);
    for (let c = 0; c < 8; c++) await f.customer(`CUST-${c}`, c % 3);
  },
});

describe(`many clients at once on ${databaseLabel}${onPostgres ? ' (one transaction per order, 40 connections)' : ''}`, () => {
  it.each([1, 2, 3])('200 orders of 1 against 50 in stock: 50 allocated to the first 50, 150 backordered (round %i)', async (round) => {
    const sku = `RUSH-${round}`;
    await t.f.item(sku);
    await t.f.receive(sku, 50);
    const orders = await Promise.all(Array.from({ length: 200 }, () => t.f.order('CUST-0', [{ sku, quantity: 1 }])));

    expect(orders.reduce((s, o) => s + o.lines[0]!.allocated, 0)).toBe(50);
    expect(await stockView(t.f.ctx, sku)).toMatchObject({ onHand: 50, allocated: 50, available: 0, backordered: 150, waitingLines: 150 });
    // Nothing twice, nothing lost: every line holds 0 or 1, and the holders are the 50 earliest entries.
    const { rows } = await sql<{ allocated: number; entry_rank: number }>`
      select l.allocated, rank() over (order by l.entry_seq) as entry_rank
      from order_lines l join items i on i.id = l.item_id where i.sku = ${sku}`.execute(t.store.db);
    expect(rows).toHaveLength(200);
    for (const row of rows) expect(row.allocated).toBe(Number(row.entry_rank) <= 50 ? 1 : 0);
    expect(await invariantViolations(t.store.db, { immediate: true })).toEqual([]);
  });

  it('keeps every invariant through a storm of orders, receipts, adjustments, cancellations and priority changes', async () => {
    const skus = ['STORM-A', 'STORM-B'];
    for (const sku of skus) await t.f.item(sku);
    const orderIds: number[] = [];
    const tolerate = (error: unknown) => {
      if (!(error instanceof Refused)) throw error;
    };
    const work: Promise<unknown>[] = [];
    for (let i = 0; i < 240; i++) {
      const sku = skus[i % 2]!;
      const other = skus[(i + 1) % 2]!;
      const kind = i % 8;
      if (kind < 4) {
        const lines = i % 3 === 0 ? [{ sku, quantity: 1 + (i % 4) }, { sku: other, quantity: 2 }] : [{ sku, quantity: 1 + (i % 5) }];
        work.push(t.f.order(`CUST-${i % 8}`, lines).then((o) => orderIds.push(o.id)));
      } else if (kind === 4) {
        work.push(t.f.receive(sku, 3 + (i % 7), i % 16 < 8 ? 'MAIN' : 'EAST'));
      } else if (kind === 5) {
        const id = orderIds[(i * 7) % Math.max(orderIds.length, 1)];
        if (id !== undefined) work.push(t.f.inTx((tx) => cancelOrder(tx, id, { lines: [{ lineNo: 1, quantity: 1 }] })).catch(tolerate));
      } else if (kind === 6) {
        const id = orderIds[(i * 5) % Math.max(orderIds.length, 1)];
        if (id !== undefined) work.push(t.f.inTx((tx) => changeOrder(tx, id, { priority: (i % 5) - 1 })).catch(tolerate));
      } else {
        work.push(t.f.inTx((tx) => adjustStock(tx, { sku, location: 'MAIN', quantity: i % 16 < 8 ? -2 : 2, reason: 'count' })).catch(tolerate));
      }
    }
    await Promise.all(work);
    expect(await invariantViolations(t.store.db, { immediate: true })).toEqual([]);
  });

  it('keeps every invariant while releases, shipments and voids race with orders, receipts and cancellations', async () => {
    const skus = ['SHIP-STORM-A', 'SHIP-STORM-B'];
    for (const sku of skus) await t.f.item(sku);
    for (const sku of skus) await t.f.receive(sku, 30);
    const settings = (i: number) => ({ appendAcrossOrders: i % 2 === 0, cancelNoBackorderRemainder: false });
    const orderIds: number[] = [];
    const tolerate = (error: unknown) => {
      if (!(error instanceof Refused)) throw error;
    };
    const pending = async () =>
      (await sql<{ id: number }>`select id from shipments where status = 'pending' order by id`.execute(t.store.db)).rows.map((r) => Number(r.id));
    const work: Promise<unknown>[] = [];
    for (let i = 0; i < 200; i++) {
      const sku = skus[i % 2]!;
      const kind = i % 8;
      if (kind < 3) {
        const lines = i % 3 === 0 ? [{ sku, quantity: 1 + (i % 3) }, { sku: skus[(i + 1) % 2]!, quantity: 1 }] : [{ sku, quantity: 1 + (i % 4) }];
        work.push(t.f.order(`CUST-${i % 4}`, lines).then((o) => orderIds.push(o.id)));
      } else if (kind < 5) {
        const id = orderIds[(i * 7) % Math.max(orderIds.length, 1)];
        if (id !== undefined) work.push(t.f.release(id, settings(i)));
      } else if (kind === 5) {
        work.push(
          pending().then((ids) => {
            const id = ids[i % Math.max(ids.length, 1)];
            return id === undefined ? undefined : t.f.ship(id).catch(tolerate);
          }),
        );
      } else if (kind === 6) {
        work.push(
          pending().then((ids) => {
            const id = ids[(i * 3) % Math.max(ids.length, 1)];
            return id === undefined ? undefined : t.f.voidShipment(id).catch(tolerate);
          }),
        );
      } else {
        const id = orderIds[(i * 5) % Math.max(orderIds.length, 1)];
        work.push(t.f.receive(sku, 2 + (i % 3), 'EAST'));
        if (id !== undefined) work.push(t.f.inTx((tx) => cancelOrder(tx, id, { lines: [{ lineNo: 1, quantity: 1 }] })).catch(tolerate));
      }
    }
    await Promise.all(work);
    expect(await invariantViolations(t.store.db, { immediate: true })).toEqual([]);
  });
});
