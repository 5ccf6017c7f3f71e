import { sql } from 'kysely';
import type { CustomerLine, RationingState } from '../domain/allocation/fair-share-plan.js';
import { isRationed, type CustomerCap, type Rationing } from '../domain/allocation/rationing.js';
import type { Executor } from './executor.js';

/** Rationing columns, as an item or a group holds them (docs/domain.md#rationing). */
export interface RationingColumns {
  readonly allocation_rule: 'queue' | 'fair_share' | null;
  readonly customer_cap_units: number | null;
  readonly customer_cap_percent: number | null;
  readonly customer_cap_period_days: number | null;
}

/** Where an item's rule or cap in force comes from: its own, its group's, or the default (queue, no cap). */
export type RationingSource = 'item' | 'group' | 'default';

export function capOf(row: RationingColumns): CustomerCap | null {
  return row.customer_cap_units !== null
    ? { units: row.customer_cap_units }
    : row.customer_cap_percent !== null
      ? { percentOfReceipts: row.customer_cap_percent, periodDays: row.customer_cap_period_days! }
      : null;
}

export function rationingOf(row: RationingColumns): Rationing {
  return { rule: row.allocation_rule ?? 'queue', customerCap: capOf(row) };
}

/**
 * Each item's rationing in force: its own rule if set, else its group's, else `queue`; its own cap
 * if set (or "no cap" said on it), else its group's. A service item is never rationed. With the
 * source of each, so an answer can say where a rule came from.
 */
export const rationingInForce = sql<RationingColumns & { item_id: number; rule_from: RationingSource; cap_from: RationingSource }>`
  select i.id as item_id,
         case when i.service then 'queue' else coalesce(i.allocation_rule, g.allocation_rule, 'queue') end as allocation_rule,
         case when i.allocation_rule is not null then 'item' when g.id is not null then 'group' else 'default' end as rule_from,
         case when o.own then i.customer_cap_units else g.customer_cap_units end as customer_cap_units,
         case when o.own then i.customer_cap_percent else g.customer_cap_percent end as customer_cap_percent,
         case when o.own then i.customer_cap_period_days else g.customer_cap_period_days end as customer_cap_period_days,
         case when o.own and not i.no_customer_cap then 'item'
              when not o.own and (g.customer_cap_units is not null or g.customer_cap_percent is not null) then 'group'
              else 'default' end as cap_from
  from items i
  left join item_groups g on g.id = i.group_id and not i.service
  cross join lateral (select i.no_customer_cap or i.customer_cap_units is not null or i.customer_cap_percent is not null as own) o`;

/** The rationing in force of items, with where each part comes from (every item asked for). */
export async function rationingInForceOf(
  db: Executor,
  itemIds: readonly number[],
): Promise<Map<number, { rationing: Rationing; ruleFrom: RationingSource; capFrom: RationingSource }>> {
  if (itemIds.length === 0) return new Map();
  const { rows } = await sql<RationingColumns & { item_id: number; rule_from: RationingSource; cap_from: RationingSource }>`
    select * from (${rationingInForce}) r where r.item_id = any(${[...new Set(itemIds)]}::int[])`.execute(db);
  return new Map(rows.map((r) => [Number(r.item_id), { rationing: rationingOf(r), ruleFrom: r.rule_from, capFrom: r.cap_from }]));
}

/** The rationed items among `itemIds`, with their rationing in force (one probe per item of the primary key). */
export async function rationedItems(db: Executor, itemIds: readonly number[]): Promise<Map<number, Rationing>> {
  const all = await rationingInForceOf(db, itemIds);
  return new Map([...all].map(([id, r]) => [id, r.rationing] as const).filter(([, r]) => isRationed(r)));
}

/**
 * Each capped item's cap in units: a units cap as set, a percent cap as that share (rounded down)
 * of the item's receipts over its period, counted back from its latest receipt, so the cap depends
 * on the ledger alone. The cap in force (the item's or its group's). The engine and the invariant
 * check read the same figure.
 */
export const capsInForce = sql<{ item_id: number; cap: number }>`
  select i.item_id,
         coalesce(i.customer_cap_units, floor(i.customer_cap_percent * coalesce(r.received, 0) / 100.0)::int) as cap
  from (${rationingInForce}) i
  left join lateral (
    select sum(g.on_hand_delta) as received from stock_ledger g
    where g.item_id = i.item_id and g.kind = 'receipt'
      and g.at > (select max(m.at) from stock_ledger m where m.item_id = i.item_id and m.kind = 'receipt') - make_interval(days => i.customer_cap_period_days)
  ) r on i.customer_cap_percent is not null
  where i.customer_cap_units is not null or i.customer_cap_percent is not null`;

/** What each customer holds of an item (allocated, not yet shipped). */
export const heldByCustomer = (itemId: number) => sql<{ customer_id: number; held: number }>`
  select o.customer_id, sum(l.allocated) as held
  from order_lines l join orders o on o.id = l.order_id
  where l.item_id = ${itemId} and l.allocated > 0
  group by o.customer_id`;

/** An item's rationing as it stands under its lock: its rule, its cap in units, what each customer holds. */
export async function rationingState(db: Executor, itemId: number, rationing: Rationing): Promise<RationingState> {
  const [caps, held] = await Promise.all([
    rationing.customerCap === null ? Promise.resolve(null) : sql<{ cap: number }>`select cap from (${capsInForce}) c where c.item_id = ${itemId}`.execute(db),
    heldByCustomer(itemId).execute(db),
  ]);
  return {
    rule: rationing.rule,
    capUnits: caps === null ? null : Number(caps.rows[0]?.cap ?? 0),
    held: new Map(held.rows.map((r) => [Number(r.customer_id), Number(r.held)])),
  };
}

/** Every waiting line of an item with its customer, best first: a fair share needs the whole priority. */
export async function rationQueue(db: Executor, itemId: number): Promise<CustomerLine[]> {
  const { rows } = await sql<CustomerLine>`
    select l.id as "lineId", l.order_id as "orderId", l.line_no as "lineNo", l.priority, l.entry_seq as "entrySeq", l.backordered,
           l.preferred_location_id as "preferredLocationId", o.customer_id as "customerId"
    from order_lines l join orders o on o.id = l.order_id
    where l.item_id = ${itemId} and l.backordered > 0 and l.may_wait
    order by l.priority desc, l.entry_seq, l.line_no`.execute(db);
  return rows.map((r) => ({ ...r, customerId: Number(r.customerId) }));
}

/** The customers of some lines. */
export async function customersOfLines(db: Executor, lineIds: readonly number[]): Promise<Map<number, number>> {
  if (lineIds.length === 0) return new Map();
  const { rows } = await sql<{ lineId: number; customerId: number }>`
    select l.id as "lineId", o.customer_id as "customerId" from order_lines l join orders o on o.id = l.order_id
    where l.id = any(${[...lineIds]}::bigint[])`.execute(db);
  return new Map(rows.map((r) => [Number(r.lineId), Number(r.customerId)]));
}
