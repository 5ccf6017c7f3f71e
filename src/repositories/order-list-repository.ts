import { sql, type RawBuilder } from 'kysely';
import type { Executor } from './executor.js';

/** What the order list asks of the database (src/queries/order-list.ts resolves codes and pages). */
export interface OrderListFilter {
  /** Statuses as the lines alone give them (a release block is told by the view). */
  readonly statuses?: readonly string[] | undefined;
  readonly customerId?: number | undefined;
  readonly itemId?: number | undefined;
  readonly reference?: string | undefined;
  /** A `like` pattern, already escaped. */
  readonly referencePattern?: string | undefined;
  readonly enteredFrom?: Date | undefined;
  readonly enteredBefore?: Date | undefined;
  readonly priority?: number | undefined;
  readonly strategy?: string | undefined;
  readonly hasBackorder?: boolean | undefined;
}

export type OrderSort = 'entry' | 'priority';

/** Where a page starts: strictly after this order in the sort (`entry_seq` is unique). */
export interface OrderKey {
  readonly priority: number;
  readonly entrySeq: number;
}

export interface OrderListRow extends OrderKey {
  readonly id: number;
}

/**
 * The order's status from its lines, as `orderStatus` (domain/orders/order-status.ts) gives it
 * without a release block: cancelled, shipped (its stocked lines, or all when it has none),
 * partially shipped, allocated, partially allocated, backordered.
 */
const statusOfLines = sql`
  case when s.all_cancelled then 'cancelled'
       when coalesce(s.stocked_shipped, s.live_shipped) then 'shipped'
       when s.any_shipped then 'partially_shipped'
       when s.waiting = 0 then 'allocated'
       when s.any_allocated then 'partially_allocated'
       else 'backordered' end`;

/**
 * Orders in the sort, after `after`, filtered; keyset paging over the unique `entry_seq`,
 * `orders_by_priority` or `orders_customer` (migration 0013), each order's lines read by its key.
 */
export async function orderListRows(db: Executor, filter: OrderListFilter, sort: OrderSort, after: OrderKey | undefined, limit: number): Promise<OrderListRow[]> {
  const where: RawBuilder<unknown>[] = [];
  if (filter.customerId !== undefined) where.push(sql`o.customer_id = ${filter.customerId}`);
  if (filter.itemId !== undefined) where.push(sql`exists (select 1 from order_items x where x.item_id = ${filter.itemId} and x.order_id = o.id)`);
  if (filter.reference !== undefined) where.push(sql`o.reference = ${filter.reference}`);
  if (filter.referencePattern !== undefined) where.push(sql`o.reference like ${filter.referencePattern}`);
  if (filter.enteredFrom !== undefined) where.push(sql`o.entered_at >= ${filter.enteredFrom}`);
  if (filter.enteredBefore !== undefined) where.push(sql`o.entered_at < ${filter.enteredBefore}`);
  if (filter.priority !== undefined) where.push(sql`o.priority = ${filter.priority}`);
  if (filter.strategy !== undefined) where.push(sql`o.backorder_strategy = ${filter.strategy}`);
  if (filter.hasBackorder !== undefined) where.push(sql`s.has_backorder = ${filter.hasBackorder}`);
  if (filter.statuses !== undefined) where.push(sql`${statusOfLines} = any(${[...filter.statuses]}::text[])`);
  if (after !== undefined) {
    where.push(
      sort === 'entry'
        ? sql`o.entry_seq > ${after.entrySeq}`
        : sql`(o.priority < ${after.priority} or (o.priority = ${after.priority} and o.entry_seq > ${after.entrySeq}))`,
    );
  }
  const order = sort === 'entry' ? sql`o.entry_seq` : sql`o.priority desc, o.entry_seq`;
  // The lines are read only when a filter asks about them.
  const byLines = filter.statuses !== undefined || filter.hasBackorder !== undefined;
  const lines = sql`
    cross join lateral (
      select bool_and(l.cancelled = l.quantity) as all_cancelled,
             bool_and(l.shipped + l.cancelled = l.quantity) filter (where l.cancelled < l.quantity and not i.service) as stocked_shipped,
             bool_and(l.shipped + l.cancelled = l.quantity) filter (where l.cancelled < l.quantity) as live_shipped,
             coalesce(bool_or(l.shipped > 0) filter (where l.cancelled < l.quantity), false) as any_shipped,
             coalesce(sum(l.backordered) filter (where l.cancelled < l.quantity), 0) as waiting,
             coalesce(bool_or(l.allocated > 0) filter (where l.cancelled < l.quantity), false) as any_allocated,
             coalesce(bool_or(l.backordered > 0 and l.may_wait), false) as has_backorder
      from order_lines l join items i on i.id = l.item_id
      where l.order_id = o.id
    ) s`;
  const { rows } = await sql<OrderListRow>`
    select o.id, o.priority, o.entry_seq as "entrySeq"
    from orders o
    ${byLines ? lines : sql``}
    ${where.length > 0 ? sql`where ${sql.join(where, sql` and `)}` : sql``}
    order by ${order}
    limit ${limit}`.execute(db);
  return rows.map((r) => ({ ...r, id: Number(r.id), entrySeq: Number(r.entrySeq) }));
}
