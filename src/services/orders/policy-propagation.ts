import { sql } from 'kysely';
import type { ServiceContext } from '../../app/context.js';
import { logEntries } from '../../app/journal.js';
import { promiseChangedItems } from '../../app/unit-of-work.js';
import { findOrder, setOrderTerms, setPreventPartialDelivery } from '../../repositories/order-repository.js';
import type { PolicyRow } from '../../repositories/master-data-repository.js';
import type { LogEntry } from '../../repositories/record-log-repository.js';
import { lockItems } from '../../repositories/stock-repository.js';
import { keepQueueMembership } from '../release/queue-membership.js';
import { syncIntercompanyStrategies } from './intercompany.js';

/** What a policy change did to the open orders that use the policy. */
export interface PolicyPropagation {
  /** Open orders that took the policy's new strategy or preventPartialDelivery. */
  readonly ordersChanged: number;
  /** Open orders that keep a strategy of their own: set by hand, or synced from their original intercompany order. */
  readonly ordersKeepingTheirStrategy: number;
}

/**
 * The copied rules of a policy (its strategy on the order header, its preventPartialDelivery on
 * the lines) reach the open orders that use it, as when an order takes a policy
 * (docs/domain.md#policy-inheritance): each line's preventPartialDelivery, and the header strategy
 * unless the order has one of its own (set by hand, so not the policy's old one; or synced from
 * the original it supplies, which decides it). An order whose strategy changes passes it on to
 * its synced intercompany orders, and its lines leave or rejoin the queue as the new strategy
 * says. One unit of work (docs/design.md, "A policy change reaches its orders").
 */
export async function propagatePolicy(ctx: ServiceContext, before: PolicyRow, after: PolicyRow): Promise<PolicyPropagation> {
  const strategyChanged = before.backorder_strategy !== after.backorder_strategy;
  const flagChanged = before.prevent_partial_delivery !== after.prevent_partial_delivery;
  if (!strategyChanged && !flagChanged) return { ordersChanged: 0, ordersKeepingTheirStrategy: 0 };
  const orders = await openOrdersOf(ctx, after.id);
  // Every item these orders (and the intercompany orders they sync) have, locked once in id order.
  await lockItems(ctx.db, await itemsOf(ctx, orders.map((o) => o.id)));
  let changed = 0;
  let kept = 0;
  for (const { id, synced } of orders) {
    const order = (await findOrder(ctx.db, id))!;
    const log: LogEntry[] = [];
    const takesStrategy = strategyChanged && !synced && order.backorder_strategy === before.backorder_strategy;
    if (strategyChanged && !takesStrategy) kept += 1;
    if (!takesStrategy && !flagChanged) continue;
    changed += 1;
    if (flagChanged) {
      await setPreventPartialDelivery(ctx.db, id, after.prevent_partial_delivery);
      log.push({
        entity: 'order',
        action: 'policy_changed',
        orderId: id,
        reason: `fulfillment policy ${after.code} changed: preventPartialDelivery ${before.prevent_partial_delivery} → ${after.prevent_partial_delivery}`,
      });
    }
    if (takesStrategy) {
      await setOrderTerms(ctx.db, id, { backorderStrategy: after.backorder_strategy });
      log.push({
        entity: 'order',
        action: 'strategy_changed',
        orderId: id,
        reason: `${order.backorder_strategy} → ${after.backorder_strategy} (policy ${after.code} changed)`,
      });
    }
    logEntries(ctx, log);
    if (takesStrategy) await syncIntercompanyStrategies(ctx, id, after.backorder_strategy);
    await keepQueueMembership(ctx, id);
  }
  await promiseChangedItems(ctx);
  return { ordersChanged: changed, ordersKeepingTheirStrategy: kept };
}

/** The orders with something open that use the policy, by id; `synced`: its strategy follows its original intercompany order. */
async function openOrdersOf(ctx: ServiceContext, policyId: number): Promise<{ id: number; synced: boolean }[]> {
  const { rows } = await sql<{ id: number; synced: boolean }>`
    select o.id, (o.intercompany_of is not null and o.direct_delivery and c.sync_backorder_strategy) as synced
    from orders o join customers c on c.id = o.customer_id
    where o.fulfillment_policy_id = ${policyId}
      and exists (select 1 from order_lines l where l.order_id = o.id and l.quantity > l.shipped + l.cancelled)
    order by o.id`.execute(ctx.db);
  return rows.map((r) => ({ id: Number(r.id), synced: r.synced }));
}

async function itemsOf(ctx: ServiceContext, orderIds: readonly number[]): Promise<number[]> {
  if (orderIds.length === 0) return [];
  const { rows } = await sql<{ itemId: number }>`
    select distinct l.item_id as "itemId" from order_lines l
    where l.order_id = any(${[...orderIds]}::bigint[])
       or l.order_id in (select o.id from orders o where o.intercompany_of = any(${[...orderIds]}::bigint[]))`.execute(ctx.db);
  return rows.map((r) => r.itemId);
}
