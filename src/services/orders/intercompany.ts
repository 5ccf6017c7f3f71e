import { sql } from 'kysely';
import type { ServiceContext } from '../../app/context.js';
import { logEntries } from '../../app/journal.js';
import { closesLoop, strategySynced } from '../../domain/orders/intercompany.js';
import { refuse } from '../../domain/refusal.js';
import type { Executor } from '../../repositories/executor.js';
import { customerByCode } from '../../repositories/lookup.js';
import { findOrder, orderItemIds, setOrderTerms, type OrderRow } from '../../repositories/order-repository.js';
import { lockItems } from '../../repositories/stock-repository.js';
import { keepQueueMembership } from '../release/queue-membership.js';

/** The advisory lock key that serialises intercompany linking ("IC" in ASCII). */
const LINKING_LOCK = 0x4943;

export interface IntercompanyEnd {
  readonly orderId: number;
  readonly directDelivery: boolean;
  /** Its strategy follows the original's and cannot be changed on its own. */
  readonly synced: boolean;
}

/** Both sides of an order's intercompany links: the original it supplies, and the orders that supply it. */
export interface IntercompanyView {
  readonly orderId: number;
  readonly original: IntercompanyEnd | null;
  readonly intercompanyOrders: IntercompanyEnd[];
}

/** Makes a customer another company of the group, with its "sync backorder strategy" setting. */
export async function setIntercompanyCustomer(ctx: ServiceContext, code: string, syncBackorderStrategy: boolean) {
  const customer = await customerByCode(ctx.db, code);
  await ctx.db.updateTable('customers').set({ intercompany: true, sync_backorder_strategy: syncBackorderStrategy }).where('id', '=', customer.id).execute();
  return { customer: customer.code, intercompany: true as const, syncBackorderStrategy };
}

/**
 * Links an order of an intercompany customer to the original order it supplies. Its strategy is
 * initialised from the original's (and its lines keep or leave the queue as that strategy says);
 * both orders' record logs tell of the link.
 */
export async function linkIntercompanyOrder(ctx: ServiceContext, orderId: number, input: { originalOrderId: number; directDelivery: boolean }): Promise<IntercompanyView> {
  // Links are rare: one at a time in the cluster, so two links made at once cannot close a loop together.
  await sql`select pg_advisory_xact_lock(${LINKING_LOCK})`.execute(ctx.db);
  const order = await existing(ctx.db, orderId);
  const original = await existing(ctx.db, input.originalOrderId);
  const customer = await ctx.db.selectFrom('customers').select(['code', 'intercompany', 'sync_backorder_strategy']).where('id', '=', order.customer_id).executeTakeFirstOrThrow();
  if (!customer.intercompany) {
    refuse('customer_not_intercompany', `Order ${orderId} is for ${customer.code}, which is not a company of the group (PUT /v1/customers/${customer.code}/intercompany).`, { orderId, customer: customer.code });
  }
  if (order.intercompany_of !== null) {
    refuse('intercompany_already_linked', `Order ${orderId} already supplies order ${order.intercompany_of}.`, { orderId, originalOrderId: order.intercompany_of });
  }
  const chain = await originalsOf(ctx.db, original.id);
  if (closesLoop(orderId, original.id, (id) => chain.get(id))) {
    refuse('intercompany_cycle', `Order ${orderId} cannot supply order ${original.id}: it would supply itself through the chain of intercompany orders.`, { orderId, originalOrderId: original.id });
  }
  await lockItems(ctx.db, await orderItemIds(ctx.db, orderId));
  await ctx.db.updateTable('orders').set({ intercompany_of: original.id, direct_delivery: input.directDelivery }).where('id', '=', orderId).execute();
  const synced = strategySynced({ originalOrderId: original.id, directDelivery: input.directDelivery, customerSyncs: customer.sync_backorder_strategy });
  const how = `${input.directDelivery ? 'direct delivery' : 'not direct delivery'}${synced ? '; its backorder strategy follows the original' : ''}`;
  logEntries(ctx, [
    { entity: 'order', action: 'intercompany_linked', orderId, reason: `supplies order ${original.id} (${how})` },
    { entity: 'order', action: 'intercompany_linked', orderId: original.id, reason: `supplied by intercompany order ${orderId} (${how})` },
  ]);
  await takeStrategy(ctx, order, original.backorder_strategy, `initialised from original order ${original.id}`);
  return intercompanyView(ctx.db, orderId);
}

/** A synced intercompany order's strategy is the original's: changed only from there. */
export async function refuseIfStrategySynced(db: Executor, order: OrderRow): Promise<void> {
  if (order.intercompany_of === null || !order.direct_delivery) return;
  const syncs = await db.selectFrom('customers').select('sync_backorder_strategy').where('id', '=', order.customer_id).executeTakeFirstOrThrow();
  if (!syncs.sync_backorder_strategy) return;
  refuse('strategy_synced', `Order ${order.id}'s backorder strategy follows its original order ${order.intercompany_of}: change it there.`, {
    orderId: order.id,
    originalOrderId: order.intercompany_of,
  });
}

/** After the original's strategy changed: every synced intercompany order of it takes the new one. */
export async function syncIntercompanyStrategies(ctx: ServiceContext, originalId: number, strategy: string): Promise<void> {
  const linked = await ctx.db
    .selectFrom('orders as o')
    .innerJoin('customers as c', 'c.id', 'o.customer_id')
    .selectAll('o')
    .where('o.intercompany_of', '=', originalId)
    .where('o.direct_delivery', '=', true)
    .where('c.sync_backorder_strategy', '=', true)
    .orderBy('o.id')
    .execute();
  for (const order of linked) {
    await lockItems(ctx.db, await orderItemIds(ctx.db, order.id));
    await takeStrategy(ctx, order, strategy, `synchronised from original order ${originalId}`);
  }
}

async function takeStrategy(ctx: ServiceContext, order: OrderRow, strategy: string, why: string): Promise<void> {
  if (order.backorder_strategy === strategy) return;
  await setOrderTerms(ctx.db, order.id, { backorderStrategy: strategy });
  logEntries(ctx, [{ entity: 'order', action: 'strategy_changed', orderId: order.id, reason: `${order.backorder_strategy} → ${strategy} (${why})` }]);
  await keepQueueMembership(ctx, order.id);
}

export async function intercompanyView(db: Executor, orderId: number): Promise<IntercompanyView> {
  const order = await existing(db, orderId);
  const { rows } = await sql<{ id: number; intercompanyOf: number | null; directDelivery: boolean; syncs: boolean }>`
    select o.id, o.intercompany_of as "intercompanyOf", o.direct_delivery as "directDelivery", c.sync_backorder_strategy as syncs
    from orders o join customers c on c.id = o.customer_id
    where o.id = ${orderId} or o.intercompany_of = ${orderId}
    order by o.id`.execute(db);
  const end = (r: (typeof rows)[number], id: number): IntercompanyEnd => ({ orderId: id, directDelivery: r.directDelivery, synced: r.directDelivery && r.syncs });
  const self = rows.find((r) => Number(r.id) === orderId)!;
  return {
    orderId: order.id,
    original: self.intercompanyOf === null ? null : end(self, Number(self.intercompanyOf)),
    intercompanyOrders: rows.filter((r) => Number(r.intercompanyOf) === orderId).map((r) => end(r, Number(r.id))),
  };
}

async function existing(db: Executor, orderId: number): Promise<OrderRow> {
  return (await findOrder(db, orderId)) ?? refuse('order_not_found', `No order has id ${orderId}.`, { orderId });
}

/** Each order up the chain from `orderId` to the original it supplies (the chain never loops: linking refuses a loop). */
async function originalsOf(db: Executor, orderId: number): Promise<Map<number, number>> {
  const { rows } = await sql<{ id: string; intercompanyOf: string }>`
    with recursive chain (id, intercompany_of, depth) as (
      select id, intercompany_of, 0 from orders where id = ${orderId}
      union all
      select o.id, o.intercompany_of, c.depth + 1 from orders o join chain c on o.id = c.intercompany_of where c.depth < 1000
    )
    select id, intercompany_of as "intercompanyOf" from chain where intercompany_of is not null`.execute(db);
  return new Map(rows.map((r) => [Number(r.id), Number(r.intercompanyOf)]));
}
