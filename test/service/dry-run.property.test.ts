import fc from 'fast-check';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { ServiceContext } from '../../src/app/context.js';
import { dryRun, type DryRun } from '../../src/app/dry-run.js';
import { Refused } from '../../src/domain/refusal.js';
import { addOrderLine, amendLine } from '../../src/services/orders/order-amendment.js';
import { cancelOrder, changeOrder } from '../../src/services/orders/order-change.js';
import { enterOrder } from '../../src/services/orders/order-entry.js';
import { releaseOrder } from '../../src/services/release/order-release.js';
import { adjustStock, receiveStock } from '../../src/services/stock/stock-changes.js';
import { fixtures } from '../support/fixtures.js';
import { resetOrdersAndStock } from '../support/reset.js';
import { propertyRuns } from '../support/property-runs.js';
import { databaseLabel } from '../support/test-store.js';
import { useTestStore } from '../support/use-store.js';

// A dry run answers exactly the difference the real command then makes, and writes nothing
// (issue "Explain, simulate and ration", item 2).
const ITEMS = ['D-1', 'D-2'];
const item = fc.constantFrom(...ITEMS);
const ref = fc.nat({ max: 20 });
const command = fc.oneof(
  fc.record({ kind: fc.constant('receipt' as const), sku: item, quantity: fc.integer({ min: 1, max: 8 }) }),
  fc.record({ kind: fc.constant('adjustment' as const), sku: item, quantity: fc.integer({ min: -5, max: 5 }).filter((q) => q !== 0) }),
  fc.record({ kind: fc.constant('cancel' as const), order: ref, quantity: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }) }),
  fc.record({ kind: fc.constant('priority' as const), order: ref, priority: fc.integer({ min: -2, max: 8 }) }),
  fc.record({ kind: fc.constant('release' as const), order: ref }),
  fc.record({ kind: fc.constant('amend' as const), order: ref, quantity: fc.integer({ min: 1, max: 8 }) }),
  fc.record({ kind: fc.constant('addLine' as const), order: ref, sku: item, quantity: fc.integer({ min: 1, max: 4 }) }),
  fc.record({ kind: fc.constant('policy' as const), order: ref, policy: fc.constantFrom('D-NOBO', 'D-FULL') }),
);
const order = fc.record({
  kind: fc.constant('order' as const),
  customer: fc.constantFrom('D-C0', 'D-C5'),
  lines: fc.array(fc.record({ sku: item, quantity: fc.integer({ min: 1, max: 6 }) }), { minLength: 1, maxLength: 2 }),
});
type Command = typeof command extends fc.Arbitrary<infer T> ? T : never;

const t = useTestStore({
  seed: async (f) => {
    for (const sku of ITEMS) await f.item(sku);
    await f.location('D-HI', 10);
    await f.location('D-LO', 1);
    await f.customer('D-C0', 0);
    await f.customer('D-C5', 5);
    await f.policy({ code: 'D-NOBO', backorderStrategy: 'no_backorder', violation: 'info' });
    await f.policy({ code: 'D-FULL', backorderStrategy: 'deliver_in_full' });
  },
});

function runner(c: Command, orders: readonly number[]): ((ctx: ServiceContext) => Promise<unknown>) | undefined {
  const id = orders[(('order' in c ? c.order : 0) as number) % Math.max(orders.length, 1)];
  switch (c.kind) {
    case 'receipt':
      return (ctx) => receiveStock(ctx, 'receipt', { sku: c.sku, location: 'D-HI', quantity: c.quantity });
    case 'adjustment':
      return (ctx) => adjustStock(ctx, { sku: c.sku, location: 'D-HI', quantity: c.quantity, reason: 'count' });
  }
  if (id === undefined) return undefined;
  switch (c.kind) {
    case 'cancel':
      return (ctx) => cancelOrder(ctx, id, { lines: [{ lineNo: 1, quantity: c.quantity }] });
    case 'priority':
      return (ctx) => changeOrder(ctx, id, { priority: c.priority });
    case 'release':
      return (ctx) => releaseOrder(ctx, id, { appendAcrossOrders: false, cancelNoBackorderRemainder: false });
    case 'amend':
      return (ctx) => amendLine(ctx, id, 1, { quantity: c.quantity });
    case 'addLine':
      return (ctx) => addOrderLine(ctx, id, { sku: c.sku, quantity: c.quantity });
    case 'policy':
      return (ctx) => changeOrder(ctx, id, { fulfillmentPolicy: c.policy });
  }
}

const everything = async () => ({
  lines: (await sql`select order_id, line_no, quantity, allocated, released, shipped, cancelled, expected_ship_date, may_wait from order_lines order by 1, 2`.execute(t.store.db)).rows,
  stock: (await sql`select item_id, location_id, on_hand, allocated from stock_levels order by 1, 2`.execute(t.store.db)).rows,
  counts: (await sql`select (select count(*) from stock_ledger) as ledger, (select count(*) from record_log) as log, (select count(*) from events) as events,
                            (select count(*) from shipments) as shipments, (select count(*) from order_lines) as lines`.execute(t.store.db)).rows,
});

type Row = Record<string, unknown>;
/** The lines whose allocation, backorder, date or status the real command changed. */
function changedLines(before: Row[], after: Row[]) {
  const key = (r: Row) => `${r.order_id}:${r.line_no}`;
  const was = new Map(before.map((r) => [key(r), r]));
  return after
    .filter((r) => {
      const b = was.get(key(r));
      return !b || ['quantity', 'allocated', 'shipped', 'cancelled', 'expected_ship_date'].some((c) => b[c] !== r[c]);
    })
    .map((r) => `${r.order_id}:${r.line_no}`)
    .sort();
}

const runs = propertyRuns(15);
let compared = 0;

describe(`dry runs on ${databaseLabel}`, () => {
  it('answer the difference the real command makes, and write nothing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(order, command, command), { minLength: 2, maxLength: 20 }), async (steps) => {
        await resetOrdersAndStock(t.store.db);
        const f = fixtures(t.store, 'immediate');
        const orders: number[] = [];
        for (const step of steps) {
          if (step.kind === 'order') {
            await f.inTx((tx) => enterOrder(tx, { customer: step.customer, lines: step.lines })).then((o) => orders.push(o.id), () => undefined);
            continue;
          }
          const run = runner(step, orders);
          if (!run) continue;
          const before = await everything();
          const preview = await dryRun(f.ctx, run).catch((error: unknown) => {
            if (error instanceof Refused) return error.refusal;
            throw error;
          });
          expect(await everything()).toEqual(before);
          const real = await f.inTx(run).catch((error: unknown) => {
            if (error instanceof Refused) return error.refusal;
            throw error;
          });
          if ('kind' in (preview as object) && (preview as { kind?: string }).kind === 'refused') {
            expect(real).toMatchObject({ kind: 'refused', code: (preview as { code: string }).code });
            continue;
          }
          const after = await everything();
          const lines = (preview as DryRun<unknown>).lines;
          expect(lines.map((l) => `${l.orderId}:${l.lineNo}`).sort()).toEqual(changedLines(before.lines as Row[], after.lines as Row[]));
          for (const line of lines) {
            const row = (after.lines as Row[]).find((r) => Number(r.order_id) === line.orderId && r.line_no === line.lineNo)!;
            expect(line.after).toMatchObject({ allocated: row.allocated, expectedShipDate: row.expected_ship_date });
          }
          compared += lines.length;
        }
      }),
      { numRuns: runs.numRuns },
    );
    // The histories did change lines: the comparison was not vacuous.
    expect(compared).toBeGreaterThan(0);
  }, runs.timeout);
});
