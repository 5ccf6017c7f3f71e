import { describe, expect, it } from 'vitest';
import { addDays, dateOf } from '../../src/domain/business-date.js';
import { seedDemoData } from '../../src/demo/demo-data.js';
import { listBackorders, type BackorderEntry } from '../../src/queries/backorder-list.js';
import { orderHistory } from '../../src/queries/history.js';
import { orderView } from '../../src/queries/order-view.js';
import { listPurchaseOrderPage } from '../../src/queries/supply-order-lists.js';
import { listShipments } from '../../src/queries/shipment-view.js';
import { listEvents } from '../../src/services/stock/arrival-alert.js';
import { replenishmentSuggestions } from '../../src/services/supply/replenishment.js';
import { schedule } from '../../src/services/supply/supply-schedule.js';
import { useTestStore } from '../support/use-store.js';

// The demo is what a newcomer sees first (`npm start` on an empty embedded database): every
// headline feature must be visible in it at once, through the same read models as the API.
const t = useTestStore({
  invariants: { immediate: true },
  seed: async (f) => {
    expect(await seedDemoData(f.ctx)).toBe(true);
  },
});

const today = () => dateOf(t.f.clock.now());
const backorders = async (customer: string): Promise<BackorderEntry[]> => (await listBackorders(t.f.ctx, { customer })).items;
const onlyOrderOf = async (customer: string) => {
  const ids = new Set((await backorders(customer)).map((b) => b.orderId));
  expect(ids.size).toBe(1);
  return [...ids][0]!;
};

describe('the demo data', () => {
  it('loads only into an empty database', async () => {
    expect(await seedDemoData(t.f.ctx)).toBe(false);
  });

  it('dates a backorder from a purchase order raised for its shortage', async () => {
    const [red] = await backorders('ACME').then((lines) => lines.filter((l) => l.sku === 'WIDGET-RED'));
    expect(red).toMatchObject({ allocated: 20, backordered: 5, preorder: false });
    const { items } = await listPurchaseOrderPage(t.f.ctx, { status: 'open', supplier: 'Widget Works' });
    const raised = items.find((po) => po.lines.some((l) => l.orderId === red!.orderId && l.orderLineNo === red!.lineNo));
    expect(raised?.lines.find((l) => l.orderId === red!.orderId)?.quantity).toBe(5);
    expect(red!.expectedShipDate).toBe(raised!.expectedDate);
    expect(raised!.expectedDate > today()).toBe(true);
  });

  it('dates a backorder from an entry of the supply schedule', async () => {
    const [blue] = await backorders('INITECH').then((lines) => lines.filter((l) => l.sku === 'WIDGET-BLUE'));
    const { entries } = await schedule(t.f.ctx, 'WIDGET-BLUE');
    expect(entries.length).toBeGreaterThan(0);
    expect(blue!.expectedShipDate).toBe(entries[0]!.date);
    const { items } = await listPurchaseOrderPage(t.f.ctx, {});
    expect(items.flatMap((po) => po.lines).some((l) => l.sku === 'WIDGET-BLUE')).toBe(false);
  });

  it('takes preorders, promised for their launch date', async () => {
    const preorders = (await listBackorders(t.f.ctx, { sku: 'GADGET-PRO' })).items;
    expect(preorders.length).toBeGreaterThanOrEqual(2);
    for (const line of preorders) {
      expect(line.preorder).toBe(true);
      expect(line.expectedShipDate).toBe(addDays(today(), 30));
    }
  });

  it('shows a priority customer who took stock from a lower-ranked order', async () => {
    const globex = await ordersOf('GLOBEX');
    expect(globex).toHaveLength(1);
    const initech = await onlyOrderOf('INITECH');
    const taken = (await orderHistory(t.f.ctx, initech)).entries.filter((e) => e.action === 'deallocated');
    expect(taken.some((e) => e.reason?.includes(`taken by order ${globex[0]} line 1, which ranks ahead`))).toBe(true);
    const view = await orderView(t.f.ctx.db, globex[0]!);
    expect(view.priority).toBeGreaterThan((await orderView(t.f.ctx.db, initech)).priority);
    expect(view.lines.find((l) => l.sku === 'WIDGET-BLUE')).toMatchObject({ allocated: 4, backordered: 0 });
  });

  it('keeps a deliver-in-full order waiting, with its release block and the refusal in its history', async () => {
    const initech = await orderView(t.f.ctx.db, await onlyOrderOf('INITECH'));
    expect(initech.status).toBe('awaiting_full_allocation');
    expect(initech.releaseBlock?.rule).toBe('deliver_in_full');
    expect(initech.releaseBlock?.waitingFor.length).toBeGreaterThan(0);
    expect(initech.lines.some((l) => l.allocated > 0)).toBe(true);
    const refused = (await orderHistory(t.f.ctx, initech.id)).entries.filter((e) => e.action === 'release_refused');
    expect(refused[0]?.reason).toMatch(/^deliver_in_full_incomplete/);
  });

  it('has a pending shipment waiting to be picked', async () => {
    const { items } = await listShipments(t.f.ctx, { status: 'pending' });
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ customer: 'ACME', location: 'MAIN', lines: [{ sku: 'WIDGET-RED', quantity: 20, shipped: 0 }] });
  });

  it('announced stock that arrived and filled a backorder', async () => {
    const { events } = await listEvents(t.f.ctx, 0, 50);
    const initech = await onlyOrderOf('INITECH');
    const arrival = events.find((e) => e.type === 'stock_arrived' && e.sku === 'WIDGET-BLUE');
    expect(arrival?.orders.map((o) => o.orderId)).toContain(initech);
    expect(arrival?.filled).toBeGreaterThan(0);
  });

  it('suggests a purchase to replenish an item', async () => {
    const { suggestions } = await replenishmentSuggestions(t.f.ctx, {});
    expect(suggestions.map((s) => s.sku)).toContain('WIDGET-BLUE');
  });
});

/** Every order of a customer, waiting or not (the API lists waiting lines, not orders). */
async function ordersOf(customer: string): Promise<number[]> {
  const rows = await t.f.ctx.db
    .selectFrom('orders as o')
    .innerJoin('customers as c', 'c.id', 'o.customer_id')
    .select('o.id')
    .where('c.code', '=', customer)
    .orderBy('o.id')
    .execute();
  return rows.map((r) => Number(r.id));
}

describe('the demo data in scheduled fill mode', () => {
  const scheduled = useTestStore({ fillMode: 'scheduled', invariants: { immediate: true } });

  it('is filled as immediate mode would: nothing left for a backorder process, the arrival announced', async () => {
    expect(await seedDemoData(scheduled.f.ctx)).toBe(true);
    const pending = await scheduled.store.db.selectFrom('pending_fills').selectAll().execute();
    expect(pending).toEqual([]);
    const { events } = await listEvents(scheduled.f.ctx, 0, 50);
    expect(events.map((e) => e.sku)).toEqual(['WIDGET-BLUE']);
  });
});
