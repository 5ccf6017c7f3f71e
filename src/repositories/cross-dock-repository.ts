import { sql } from 'kysely';
import type { Executor } from './executor.js';

/** An order whose policy has a cross-dock alternative and whose waiting lines have purchase orders raised for them. */
export interface CrossDockCandidate {
  readonly orderId: number;
  readonly requestedShipDate: string | null;
  readonly policy: string;
  readonly strategy: string;
  readonly windowDays: number | null;
  readonly crossDockPolicy: string;
  /** The latest expected date among those purchase orders (the order is complete only then). */
  readonly receiptDate: string;
  readonly purchaseOrderIds: number[];
}

export async function crossDockCandidates(
  db: Executor,
  filter: { readonly afterOrderId?: number; readonly orderId?: number; readonly strategies: readonly string[] },
  limit: number,
): Promise<CrossDockCandidate[]> {
  const { rows } = await sql<CrossDockCandidate>`
    select o.id as "orderId", o.requested_ship_date as "requestedShipDate", p.code as policy, p.backorder_strategy as strategy,
           p.cross_dock_window_days as "windowDays", x.code as "crossDockPolicy", max(po.expected_date) as "receiptDate",
           array_agg(distinct po.id order by po.id) as "purchaseOrderIds"
    from purchase_order_lines pl
    join purchase_orders po on po.id = pl.purchase_order_id and po.status in ('open', 'partially_received') and not po.drop_ship
    join order_lines l on l.id = pl.order_line_id and l.backordered > 0 and l.may_wait
    join orders o on o.id = l.order_id
    join fulfillment_policies p on p.id = o.fulfillment_policy_id and p.cross_dock_policy_id is not null
    join fulfillment_policies x on x.id = p.cross_dock_policy_id
    where pl.order_line_id is not null and pl.received < pl.quantity
      and p.backorder_strategy = any(${filter.strategies}::text[])
      ${filter.afterOrderId === undefined ? sql`` : sql`and o.id > ${filter.afterOrderId}`}
      ${filter.orderId === undefined ? sql`` : sql`and o.id = ${filter.orderId}`}
    group by o.id, o.requested_ship_date, p.code, p.backorder_strategy, p.cross_dock_window_days, x.code
    order by o.id
    limit ${limit}`.execute(db);
  return rows.map((r) => ({ ...r, purchaseOrderIds: r.purchaseOrderIds.map(Number) }));
}
