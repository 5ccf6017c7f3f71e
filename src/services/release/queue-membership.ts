import { logEntries } from '../../app/journal.js';
import type { ServiceContext } from '../../app/context.js';
import { groupBy } from '../../domain/group-by.js';
import { effectiveStrategy } from '../../domain/release/release-terms.js';
import { strategyRules } from '../../domain/strategies/registry.js';
import { findOrder, orderLines, setMayWait, type OrderLineRow } from '../../repositories/order-repository.js';
import { lineHoldings } from '../../repositories/queue-repository.js';
import { releasesInForce } from '../../repositories/shipment-repository.js';
import { releaseTermsOf } from '../../queries/release-state.js';
import { AllocationEngine } from '../allocation/allocation-engine.js';
import { toWaiting } from '../orders/order-entry.js';

/**
 * Nothing stranded (docs/domain.md#nothing-stranded): an order whose strategy allows no further
 * release (no_backorder after its release, max_one_backorder after its second) can never ship
 * what its lines still lack, so those lines leave the queue and give back the unreleased stock
 * they hold; the cancel-backorders job cancels what is left. Should a release be voided or the
 * strategy change so that another release is allowed, the lines take their place again. Called
 * after every change of an order's releases or terms, under its items' locks. Answers whether the
 * order's lines may wait.
 */
export async function keepQueueMembership(ctx: ServiceContext, orderId: number): Promise<{ readonly mayWait: boolean }> {
  const order = (await findOrder(ctx.db, orderId))!;
  const rules = strategyRules(effectiveStrategy(await releaseTermsOf(ctx.db, order)));
  const releases = await releasesInForce(ctx.db, orderId);
  const mayWait = rules.lastRelease === null || releases < rules.lastRelease;
  const changed = (await orderLines(ctx.db, orderId)).filter((l) => l.may_wait !== mayWait);
  if (changed.length === 0) return { mayWait };
  // Every line says what its order allows, closed ones too; only open ones leave or rejoin the queue.
  await setMayWait(ctx.db, changed.map((l) => l.id), mayWait);
  const changing = changed.filter((l) => l.quantity > l.shipped + l.cancelled);
  if (changing.length === 0) return { mayWait };
  if (mayWait) await reopen(ctx, changing, `order ${orderId} may release again (${rules.label})`);
  else await close(ctx, changing, `${rules.label}: no further release is allowed after release ${releases}`);
  return { mayWait };
}

/** The lines leave the queue: what they hold unreleased goes back to it, what they lack will not ship. */
async function close(ctx: ServiceContext, lines: readonly OrderLineRow[], why: string): Promise<void> {
  for (const line of lines) {
    const holdings = await lineHoldings(ctx.db, line.id);
    const freed = holdings.reduce((sum, h) => sum + h.quantity, 0);
    const engine = new AllocationEngine(ctx, line.item_id);
    if (freed > 0) {
      const grants = holdings.map((h) => ({ lineId: line.id, locationId: h.locationId, quantity: h.quantity }));
      await engine.deallocate(grants, new Map([[line.id, { lineId: line.id, orderId: line.order_id, lineNo: line.line_no }]]), `${why}: stock it cannot ship goes back to the queue`);
    }
    logEntries(ctx, [
      {
        entity: 'line',
        action: 'backorder_closed',
        orderId: line.order_id,
        itemId: line.item_id,
        lineNo: line.line_no,
        quantity: line.backordered + freed,
        reason: `${why}: the remainder will not ship and is to be cancelled`,
      },
    ]);
    await engine.supplyRaised('secondary', freed, `${why} (stock freed)`);
  }
  ctx.work.supplyOrQueueChanged(lines.map((l) => l.item_id));
}

/** The lines wait again: each takes its place in its item's queue. */
async function reopen(ctx: ServiceContext, lines: readonly OrderLineRow[], why: string): Promise<void> {
  logEntries(
    ctx,
    lines.map((line) => ({ entity: 'line' as const, action: 'backorder_reopened', orderId: line.order_id, itemId: line.item_id, lineNo: line.line_no, quantity: line.backordered, reason: why })),
  );
  for (const [itemId, waiting] of groupBy(lines.filter((l) => l.backordered > 0), (l) => l.item_id, toWaiting)) {
    await new AllocationEngine(ctx, itemId).place(waiting, why);
  }
  ctx.work.supplyOrQueueChanged(lines.map((l) => l.item_id));
}
