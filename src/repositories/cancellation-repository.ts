import { sql, type RawBuilder } from 'kysely';
import type { Executor } from './executor.js';
import type { OrderLineRow } from './order-repository.js';

/**
 * Which open quantities a cancellation job takes (docs/domain.md#cancellation-jobs):
 * - `no_backorder`: the backorder of no_backorder orders whose planned ship date (requested, else
 *   the entry date) is at least `daysPast` days before `today`, or any date with `ignoreShipDate`;
 *   lines linked to supply are skipped;
 * - `sla`: the backorder of orders entered at least their policy's cancelAfterDays (else
 *   `defaultDays`) days before `today`, but not of lines whose customer chose to keep waiting;
 * - `item` / `customer`: every open quantity not yet with the warehouse.
 */
export type CancelScope =
  | {
      readonly kind: 'no_backorder';
      /** The strategies whose remainder may not wait (from the strategy registry). */
      readonly strategies: readonly string[];
      readonly today: string;
      readonly daysPast: number;
      readonly ignoreShipDate: boolean;
    }
  | { readonly kind: 'sla'; readonly today: string; readonly defaultDays: number | null }
  | { readonly kind: 'item'; readonly itemId: number }
  | { readonly kind: 'customer'; readonly customerId: number };

const enteredOn = sql`(o.entered_at at time zone 'UTC')::date`;
const openQuantity = sql`(l.quantity - l.shipped - l.cancelled - l.released)`;

/**
 * What each line in scope would have cancelled: its backorder, or all of its open quantity (a
 * line that may no longer wait can ship nothing more than it was released).
 */
function toCancel(scope: CancelScope): RawBuilder<number> {
  if (scope.kind === 'item' || scope.kind === 'customer') return sql<number>`${openQuantity}`;
  if (scope.kind === 'no_backorder') return sql<number>`case when l.may_wait then l.backordered else ${openQuantity} end`;
  return sql<number>`l.backordered`;
}

/**
 * The seam for supply links: `line_supply_links` is a view, empty until purchase orders,
 * transfers and drop ships exist; a later migration redefines it, and this query follows.
 */
const notLinkedToSupply = sql`not exists (select 1 from line_supply_links s where s.line_id = l.id)`;

/** A line whose customer chose to keep waiting is not cancelled by the SLA (docs/domain.md#the-sla-ladder-and-the-customers-choice). */
const notKeptWaiting = sql`not exists (select 1 from customer_choices c where c.line_id = l.id and c.choice = 'keep_waiting')`;

type NoBackorderScope = Extract<CancelScope, { kind: 'no_backorder' }>;

/**
 * A line whose remainder may not wait is due when its planned ship date lies far enough in the
 * past: the backorder of an order whose strategy cancels it (no_backorder), and what a line
 * closed to the queue after its order's last release still has open (nothing stranded).
 */
function noBackorderDue(scope: NoBackorderScope): RawBuilder<unknown> {
  const due = scope.ignoreShipDate
    ? sql`true`
    : sql`coalesce(o.requested_ship_date, ${enteredOn}) <= ${scope.today}::date - ${scope.daysPast}::int`;
  return sql`((o.backorder_strategy = any(${scope.strategies}::text[]) and l.backordered > 0)
    or (not l.may_wait and ${openQuantity} > 0)) and ${due}`;
}

function inScope(scope: CancelScope): RawBuilder<unknown> {
  switch (scope.kind) {
    case 'no_backorder':
      return sql`${noBackorderDue(scope)} and ${notLinkedToSupply}`;
    case 'sla':
      return sql`l.backordered > 0
        and coalesce(p.cancel_after_days, ${scope.defaultDays}::int) is not null
        and ${enteredOn} + coalesce(p.cancel_after_days, ${scope.defaultDays}::int) <= ${scope.today}::date
        and ${notKeptWaiting}`;
    case 'item':
      return sql`l.item_id = ${scope.itemId} and ${openQuantity} > 0`;
    case 'customer':
      return sql`o.customer_id = ${scope.customerId} and ${openQuantity} > 0`;
  }
}

const from = sql`order_lines l join orders o on o.id = l.order_id left join fulfillment_policies p on p.id = o.fulfillment_policy_id`;

/** Orders with lines in scope, in id order after `afterOrderId`. */
export async function ordersToCancel(db: Executor, scope: CancelScope, afterOrderId: number, limit: number): Promise<number[]> {
  const { rows } = await sql<{ id: number }>`
    select distinct o.id from ${from}
    where ${inScope(scope)} and o.id > ${afterOrderId}
    order by o.id limit ${limit}`.execute(db);
  return rows.map((r) => Number(r.id));
}

/** An order's lines in scope and what each would have cancelled (read under the items' locks). */
export async function linesToCancel(db: Executor, scope: CancelScope, orderId: number): Promise<{ line: OrderLineRow; quantity: number }[]> {
  const { rows } = await sql<OrderLineRow & { to_cancel: number }>`
    select l.*, ${toCancel(scope)} as to_cancel
    from ${from}
    where ${inScope(scope)} and o.id = ${orderId}
    order by l.line_no`.execute(db);
  return rows.map(({ to_cancel, ...line }) => ({ line, quantity: Number(to_cancel) }));
}

/** Items of an order's lines in scope (the locks to take before reading them again). */
export async function itemsToCancel(db: Executor, scope: CancelScope, orderId: number): Promise<number[]> {
  const { rows } = await sql<{ item_id: number }>`
    select distinct l.item_id from ${from} where ${inScope(scope)} and o.id = ${orderId} order by l.item_id`.execute(db);
  return rows.map((r) => r.item_id);
}

/** Lines of no_backorder orders that would be due but are linked to supply (what the job skips). */
export async function linkedLinesSkipped(db: Executor, scope: NoBackorderScope): Promise<number> {
  const { rows } = await sql<{ n: number }>`
    select count(*)::int as n from ${from} where ${noBackorderDue(scope)} and not ${notLinkedToSupply}`.execute(db);
  return Number(rows[0]?.n ?? 0);
}
