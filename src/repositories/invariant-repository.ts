import { sql, type RawBuilder } from 'kysely';
import type { FillMode } from '../config.js';
import { strategiesWhere, strategyRules } from '../domain/strategies/registry.js';
import type { Executor } from './executor.js';
import { capsInForce, rationingInForce } from './rationing-repository.js';

/** One invariant of docs/domain.md#invariants: a set-based query that returns the rows breaking it. */
export interface Invariant {
  readonly code: string;
  readonly rule: string;
  /** Holds only in this fill mode (immediate mode promises that nothing waits beside free stock). */
  readonly fillMode?: FillMode;
  readonly query: RawBuilder<Record<string, unknown>>;
}

// Strategies with a last release: their lines may stop waiting after it (nothing stranded).
const strategies = strategiesWhere((s) => s.lastRelease !== null).map((code) => ({ code, lastRelease: strategyRules(code).lastRelease! }));

/**
 * Every invariant Allot keeps, checked against the whole database in one statement each (no
 * reads per row), so the check-invariants job scales with the tables, and the tests run the same
 * queries after every step. Orders, lines and per-location allocations carry no foreign keys
 * (docs/design.md): every reference they hold is checked here instead.
 */
export const invariants: readonly Invariant[] = [
  // Orders, lines and per-location allocations carry no foreign keys (docs/design.md): every
  // reference they hold is checked here instead.
  {
    code: 'order_references',
    rule: 'orders name existing customers, policies, locations and split-from orders',
    query: sql`
    select o.id from orders o
    where not exists (select 1 from customers c where c.id = o.customer_id)
       or (o.fulfillment_policy_id is not null and not exists (select 1 from fulfillment_policies p where p.id = o.fulfillment_policy_id))
       or (o.customer_policy_id is not null and not exists (select 1 from fulfillment_policies p where p.id = o.customer_policy_id))
       or (o.location_id is not null and not exists (select 1 from locations l where l.id = o.location_id))
       or (o.split_from is not null and not exists (select 1 from orders s where s.id = o.split_from))`,
  },
  {
    code: 'line_references',
    rule: 'lines name existing orders, items and locations',
    query: sql`
    select l.id from order_lines l
    where not exists (select 1 from orders o where o.id = l.order_id)
       or not exists (select 1 from items i where i.id = l.item_id)
       or (l.preferred_location_id is not null and not exists (select 1 from locations c where c.id = l.preferred_location_id))`,
  },
  {
    code: 'allocation_references',
    rule: 'per-location allocations name existing lines and locations',
    query: sql`
    select a.line_id, a.location_id from line_allocations a
    where not exists (select 1 from order_lines l where l.id = a.line_id)
       or not exists (select 1 from locations c where c.id = a.location_id)`,
  },
  {
    code: 'allocated_within_on_hand',
    rule: 'allocated ≤ on hand and available ≥ 0',
    query: sql`
    select item_id, location_id, on_hand, allocated from stock_levels where allocated > on_hand or allocated < 0 or on_hand < 0`,
  },
  {
    code: 'counters_equal_ledger',
    rule: 'counters equal the ledger',
    query: sql`
    select s.item_id, s.location_id, s.on_hand, s.allocated, l.on_hand as ledger_on_hand, l.allocated as ledger_allocated
    from stock_levels s
    full join (select item_id, location_id, sum(on_hand_delta) as on_hand, sum(allocated_delta) as allocated
               from stock_ledger group by item_id, location_id) l
      on l.item_id = s.item_id and l.location_id = s.location_id
    where coalesce(s.on_hand, 0) <> coalesce(l.on_hand, 0) or coalesce(s.allocated, 0) <> coalesce(l.allocated, 0)`,
  },
  {
    code: 'line_quantities_add_up',
    rule: 'ordered = allocated + shipped + cancelled + backordered, each ≥ 0',
    query: sql`
    select id, quantity, allocated, shipped, cancelled, backordered from order_lines
    where quantity <> allocated + shipped + cancelled + backordered
       or allocated < 0 or shipped < 0 or cancelled < 0 or backordered < 0 or released > allocated`,
  },
  {
    code: 'line_allocations_add_up',
    rule: 'a line holds exactly its per-location allocations',
    query: sql`
    select l.id, l.allocated, coalesce(sum(a.quantity), 0) as at_locations
    from order_lines l join items i on i.id = l.item_id and not i.service
    left join line_allocations a on a.line_id = l.id
    group by l.id, l.allocated having l.allocated <> coalesce(sum(a.quantity), 0)`,
  },
  {
    code: 'no_unit_allocated_twice',
    rule: 'no unit allocated twice (lines add up to the counter)',
    query: sql`
    select s.item_id, s.location_id, s.allocated, coalesce(a.total, 0) as on_lines
    from stock_levels s
    left join (select l.item_id, a.location_id, sum(a.quantity) as total
               from line_allocations a join order_lines l on l.id = a.line_id group by l.item_id, a.location_id) a
      on a.item_id = s.item_id and a.location_id = s.location_id
    where s.allocated <> coalesce(a.total, 0)`,
  },
  {
    code: 'demand_counters_equal_lines',
    rule: 'item demand counters equal the lines',
    query: sql`
    select coalesce(d.item_id, l.item_id) as item_id, d.backordered, d.waiting_lines, l.backordered as on_lines, l.waiting as waiting_on_lines
    from item_demand d
    full join (select item_id, sum(backordered) filter (where may_wait) as backordered,
                      count(*) filter (where backordered > 0 and may_wait) as waiting
               from order_lines group by item_id) l on l.item_id = d.item_id
    where coalesce(d.backordered, 0) <> coalesce(l.backordered, 0) or coalesce(d.waiting_lines, 0) <> coalesce(l.waiting, 0)`,
  },
  // A waiting line W may see a later-ranked line hold unreleased stock only while the free stock
  // of the item still covers W and every line waiting ahead of it. Pegged units (from supply
  // raised for the holder) are the holder's own and do not count. Rationed items
  // (docs/domain.md#rationing): under fair share, lines of the same priority share, so only a
  // lower priority counts as behind; a line whose customer holds its cap may be passed.
  {
    code: 'queue_order_kept',
    rule: 'no line ranks behind a later line that holds stock it could have had (fair share: a lower priority; a customer at its cap excepted)',
    query: sql`
    with free as (
      select item_id, sum(on_hand - allocated) as available from stock_levels group by item_id
    ), waiting as (
      select l.*, sum(l.backordered) over (partition by l.item_id order by l.priority desc, l.entry_seq, l.line_no) as owed_through
      from order_lines l where l.backordered > 0 and l.may_wait
    ), caps as (${capsInForce}),
    held as (
      select l.item_id, o.customer_id, sum(l.allocated) as held
      from order_lines l join orders o on o.id = l.order_id join caps c on c.item_id = l.item_id
      where l.allocated > 0 group by l.item_id, o.customer_id
    )
    select w.id as waiting_line, h.id as holding_line, w.owed_through, coalesce(f.available, 0) as available
    from waiting w
    join items i on i.id = w.item_id and not i.service
    join (${rationingInForce}) r on r.item_id = w.item_id
    join order_lines h on h.item_id = w.item_id and h.allocated > h.released
      and exists (select 1 from line_allocations a where a.line_id = h.id and a.quantity > greatest(a.released, a.pegged))
      and (h.priority < w.priority
        or (r.allocation_rule = 'queue' and h.priority = w.priority and (h.entry_seq, h.line_no) > (w.entry_seq, w.line_no)))
    left join free f on f.item_id = w.item_id
    left join caps c on c.item_id = w.item_id
    where w.owed_through > coalesce(f.available, 0)
      and (c.cap is null or coalesce((select d.held from held d join orders o on o.id = w.order_id
                                      where d.item_id = w.item_id and d.customer_id = o.customer_id), 0) < c.cap)`,
  },
  // Release and shipments (docs/domain.md#shipments).
  {
    code: 'released_on_pending_shipments',
    rule: 'a line released = its quantities on pending shipments',
    query: sql`
    select l.id, l.released, coalesce(p.on_pending, 0) as on_pending
    from order_lines l
    left join (select sl.line_id, sum(sl.quantity) as on_pending
               from shipment_lines sl join shipments s on s.id = sl.shipment_id and s.status = 'pending'
               group by sl.line_id) p on p.line_id = l.id
    where l.released <> coalesce(p.on_pending, 0)`,
  },
  {
    code: 'released_per_location',
    rule: 'released per location = pending shipment quantities at that location',
    query: sql`
    select coalesce(a.line_id, p.line_id) as line_id, coalesce(a.location_id, p.location_id) as location_id,
           a.released, p.on_pending
    from line_allocations a
    full join (select sl.line_id, s.location_id, sum(sl.quantity) as on_pending
               from shipment_lines sl join shipments s on s.id = sl.shipment_id and s.status = 'pending'
               group by sl.line_id, s.location_id) p on p.line_id = a.line_id and p.location_id = a.location_id
    where coalesce(a.released, 0) <> coalesce(p.on_pending, 0)`,
  },
  // Drop shipments ship straight from the supplier: on the line, not on our shipments or ledger.
  {
    code: 'shipped_equals_issues',
    rule: 'a line shipped = its shipped shipment quantities (+ drop shipped) = its ledger issues',
    query: sql`
    select l.id, l.shipped, coalesce(s.on_shipments, 0) as on_shipments, coalesce(g.issued, 0) as issued,
           coalesce(d.dropped, 0) as drop_shipped
    from order_lines l
    join items i on i.id = l.item_id and not i.service
    left join (select sl.line_id, sum(sl.shipped) as on_shipments
               from shipment_lines sl join shipments s on s.id = sl.shipment_id and s.status = 'shipped'
               group by sl.line_id) s on s.line_id = l.id
    left join (select line_id, -sum(on_hand_delta) as issued from stock_ledger where kind = 'issue' group by line_id) g
      on g.line_id = l.id
    left join (select pl.order_line_id as line_id, sum(pl.received) as dropped
               from purchase_order_lines pl join purchase_orders p on p.id = pl.purchase_order_id
               where p.drop_ship group by pl.order_line_id) d on d.line_id = l.id
    where l.shipped <> coalesce(s.on_shipments, 0) + coalesce(d.dropped, 0)
       or l.shipped - coalesce(d.dropped, 0) <> coalesce(g.issued, 0)`,
  },
  {
    code: 'shipment_lines_belong',
    rule: 'shipment lines belong to orders of the shipment customer, and only shipped ones ship',
    query: sql`
    select sl.id, sl.shipment_id, s.status, sl.shipped
    from shipment_lines sl
    join shipments s on s.id = sl.shipment_id
    join order_lines l on l.id = sl.line_id
    join orders o on o.id = l.order_id
    where sl.order_id <> l.order_id or o.customer_id <> s.customer_id or (s.status <> 'shipped' and sl.shipped <> 0)`,
  },
  {
    code: 'pegged_within_allocation',
    rule: 'pegged units are part of the allocation they peg',
    query: sql`
    select line_id, location_id, quantity, pegged from line_allocations where pegged < 0 or pegged > quantity`,
  },
  {
    code: 'purchase_order_receipts',
    rule: 'a purchase order receives at most what it ordered, and is received when every line is',
    query: sql`
    select p.id, p.status, l.line_no, l.quantity, l.received
    from purchase_orders p join purchase_order_lines l on l.purchase_order_id = p.id
    where l.received > l.quantity or l.received < 0
       or (p.status = 'received' and l.received <> l.quantity)
       or (p.status in ('draft', 'open') and l.received <> 0)
       or (p.drop_ship and l.order_line_id is null)`,
  },
  {
    code: 'purchase_receipts_in_ledger',
    rule: 'stock received on a purchase order is in the ledger as receipts',
    query: sql`
    select p.id, r.received, coalesce(g.booked, 0) as booked
    from purchase_orders p
    join (select purchase_order_id, sum(received) as received from purchase_order_lines group by purchase_order_id) r on r.purchase_order_id = p.id
    left join (select reference, sum(on_hand_delta) as booked from stock_ledger where kind = 'receipt' and reference like 'PO#%' group by reference) g
      on split_part(g.reference, ' ', 1) = 'PO#' || p.id
    where not p.drop_ship and r.received <> coalesce(g.booked, 0)`,
  },
  {
    code: 'transfer_quantities',
    rule: 'a transfer receives at most what it shipped, ships all at once, and the ledger agrees',
    query: sql`
    select t.id, t.status, s.quantity, s.shipped, s.received, coalesce(g.moved_out, 0) as moved_out, coalesce(g.moved_in, 0) as moved_in
    from transfer_orders t
    join (select transfer_order_id, sum(quantity) as quantity, sum(shipped) as shipped, sum(received) as received,
                 bool_or(received > shipped or shipped > quantity) as broken
          from transfer_order_lines group by transfer_order_id) s on s.transfer_order_id = t.id
    left join (select reference, -sum(on_hand_delta) filter (where kind = 'adjustment') as moved_out,
                      sum(on_hand_delta) filter (where kind = 'receipt') as moved_in
               from stock_ledger where reference like 'TO#%' group by reference) g on g.reference = 'TO#' || t.id
    where s.broken
       or (t.status in ('shipped', 'received') and s.shipped <> s.quantity)
       or (t.status in ('open', 'cancelled') and s.shipped <> 0)
       or (t.status = 'received' and s.received <> s.shipped)
       or coalesce(g.moved_out, 0) <> s.shipped or coalesce(g.moved_in, 0) <> s.received`,
  },
  // Nothing stranded (docs/domain.md#nothing-stranded).
  {
    code: 'nothing_stranded',
    rule: 'no stock is allocated to a quantity that can never be released',
    query: sql`
    select l.id, l.allocated, l.released from order_lines l where not l.may_wait and l.allocated > l.released`,
  },
  {
    code: 'closed_only_after_last_release',
    rule: 'a line may no longer wait only when its order may not release again',
    query: sql`
    select l.id, o.backorder_strategy, o.ship_type, r.releases
    from order_lines l join orders o on o.id = l.order_id
    left join unnest(${strategies.map((s) => s.code)}::text[], ${strategies.map((s) => s.lastRelease)}::int[]) as s(code, last_release)
      on s.code = o.backorder_strategy
    left join (select sl.order_id, count(distinct sl.release_no) as releases
               from shipment_lines sl join shipments s on s.id = sl.shipment_id and s.status <> 'voided'
               group by sl.order_id) r on r.order_id = o.id
    where not l.may_wait
      and not (o.ship_type <> 'complete' and s.last_release is not null and coalesce(r.releases, 0) >= s.last_release)`,
  },
  {
    code: 'promise_dates_on_waiting_lines',
    rule: 'only a waiting line has a promise date, and a preorder is never promised before launch',
    query: sql`
    select l.id, l.backordered, l.expected_ship_date, l.preorder, i.preorder_launch_date
    from order_lines l join items i on i.id = l.item_id
    where l.expected_ship_date is not null
      and (l.backordered = 0 or not l.may_wait or (l.preorder and l.expected_ship_date < i.preorder_launch_date))`,
  },
  {
    code: 'immediate_nothing_waits_beside_free_stock',
    rule: 'immediate mode: nothing waits while its item has free stock',
    fillMode: 'immediate',
    query: sql`
      select l.item_id, sum(l.backordered) as waiting, f.available
      from order_lines l
      join (select item_id, sum(on_hand - allocated) as available from stock_levels group by item_id) f on f.item_id = l.item_id
      where l.backordered > 0 and l.may_wait and f.available > 0
      group by l.item_id, f.available`,
  },
];

/** The rows that break one invariant (empty when it holds), at most `limit` of them. */
export async function breaches(db: Executor, invariant: Invariant, limit = 100): Promise<Record<string, unknown>[]> {
  const { rows } = await sql<Record<string, unknown>>`select * from (${invariant.query}) breach limit ${limit}`.execute(db);
  return rows;
}
