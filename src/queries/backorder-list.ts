import { sql } from 'kysely';
import { addDays, dateOf } from '../domain/business-date.js';
import type { ReadContext } from '../app/context.js';
import type { BackorderStrategy } from '../domain/strategies/registry.js';
import { customerByCode, itemBySku, locationByCode } from '../repositories/lookup.js';
import type { BackorderQuery } from '../contract/orders.js';
import { after, decodeSortCursor, encodeSortCursor, groupOf, orderBy, orderByFields, orderByGroupFirst, sortKeys, type SortedRow } from './backorder-sort.js';

export interface BackorderEntry {
  readonly orderId: number;
  readonly lineNo: number;
  readonly sku: string;
  readonly customer: string;
  readonly priority: number;
  readonly enteredAt: string;
  readonly ageDays: number;
  readonly allocated: number;
  readonly backordered: number;
  readonly queuePosition: number;
  readonly preorder: boolean;
  readonly expectedShipDate: string | null;
  readonly strategy: BackorderStrategy;
  readonly location: string | null;
  readonly cancelOn: string | null;
}

/** How the list reads the deployment's settings. */
export interface BackorderListSettings {
  /** The cancellation deadline (days after entry) of orders whose policy sets none. */
  readonly cancelAfterDays?: number | null | undefined;
}

/** A waiting line is near its cancellation SLA when the cancellation job takes it within this many days (or already would). */
export const nearCancellationDays = 7;

const DAY_MS = 86_400_000;
const list = 'backorders';

/** The day the cancellation SLA takes a waiting line: entry day plus its policy's days (else the deployment's), or null. */
export const cancelOnSql = (defaultDays: number | null) =>
  sql`(o.entered_at at time zone 'UTC')::date + coalesce(p.cancel_after_days, ${defaultDays}::int)`;

/**
 * Waiting lines in queue order (priority, entry, line) or another sort (`backorder-sort.ts`), with
 * each line's position in its item's queue. Keyset paging: the cursor holds the sort keys of the
 * last line returned, so lines entered meanwhile never shift the next page.
 */
export async function listBackorders(ctx: ReadContext, query: BackorderQuery, settings: BackorderListSettings = {}) {
  const limit = query.limit ?? 50;
  const sort = query.sort ?? 'queue';
  const item = query.sku === undefined ? undefined : await itemBySku(ctx.db, query.sku);
  const customer = query.customer === undefined ? undefined : await customerByCode(ctx.db, query.customer);
  const keys = sortKeys(sort, customer !== undefined && item === undefined);
  const location = query.location === undefined ? undefined : await locationByCode(ctx.db, query.location);
  const cursor = query.cursor === undefined ? undefined : decodeSortCursor(sort, query.cursor);
  const now = ctx.clock.now();
  const today = dateOf(now);
  const enteredBy = query.minAgeDays === undefined ? undefined : new Date(now.getTime() - query.minAgeDays * DAY_MS);
  const enteredSince = query.maxAgeDays === undefined ? undefined : new Date(now.getTime() - (query.maxAgeDays + 1) * DAY_MS);
  const cancelOn = cancelOnSql(settings.cancelAfterDays ?? null);

  const columns = sql`
    q.order_id as "orderId", q.line_no as "lineNo", q.item_id as "itemId", i.sku, c.code as customer, q.priority,
    o.entered_at as "enteredAt", q.entry_seq as "entrySeq", q.allocated, q.backordered, q.preorder,
    q.expected_ship_date as "expectedShipDate", o.backorder_strategy as strategy, o.location_id as "locationId",
    to_char(${cancelOn}, 'YYYY-MM-DD') as "cancelOn"`;
  const waiting = sql`
    q.backordered > 0 and q.may_wait
    ${item ? sql`and q.item_id = ${item.id}` : sql``}
    ${customer ? sql`and o.customer_id = ${customer.id}` : sql``}
    ${location ? sql`and o.location_id = ${location.id}` : sql``}
    ${query.strategy === undefined ? sql`` : sql`and o.backorder_strategy = ${query.strategy}`}
    ${enteredBy ? sql`and o.entered_at <= ${enteredBy}` : sql``}
    ${enteredSince ? sql`and o.entered_at > ${enteredSince}` : sql``}
    ${query.preorder === undefined ? sql`` : sql`and q.preorder = ${query.preorder}`}
    ${query.pastPromiseDate ? sql`and q.expected_ship_date < ${today}` : sql``}
    ${query.nearCancellation ? sql`and ${cancelOn} <= ${addDays(today, nearCancellationDays)}::date` : sql``}
    ${cursor ? sql`and ${after(keys, cursor)}` : sql``}`;
  const policy = sql`left join fulfillment_policies p on p.id = o.fulfillment_policy_id`;
  // (Not when the other is filtered on: one item's or one customer's lines are few to sort.)
  const group = groupOf(sort, { sku: item !== undefined, customer: customer !== undefined });
  // Sorted by SKU or customer first: each item's (customer's) first lines in the sort, taken in
  // SKU (code) order until the page is full, instead of sorting every waiting line.
  const pageSql =
    group === 'sku'
      ? sql`
        select x.* from items i cross join lateral (
          select ${columns} from order_lines q join orders o on o.id = q.order_id join customers c on c.id = o.customer_id ${policy}
          where q.item_id = i.id and ${waiting} order by ${orderBy(keys)} limit ${limit + 1}
        ) x
        order by ${orderByGroupFirst(keys, 'x')} limit ${limit + 1}`
      : group === 'customer'
        ? sql`
        select x.* from customers c cross join lateral (
          select ${columns} from orders o join order_lines q on q.order_id = o.id join items i on i.id = q.item_id ${policy}
          where o.customer_id = c.id and ${waiting} order by ${orderBy(keys)} limit ${limit + 1}
        ) x
        order by ${orderByGroupFirst(keys, 'x')} limit ${limit + 1}`
        : sql`
        select ${columns}
        from order_lines q join orders o on o.id = q.order_id join customers c on c.id = o.customer_id join items i on i.id = q.item_id ${policy}
        where ${waiting} order by ${orderBy(keys)} limit ${limit + 1}`;

  const { rows } = await sql<Omit<BackorderEntry, 'ageDays' | 'enteredAt' | 'cancelOn'> & SortedRow & { cancelOn: string | Date | null; itemId: number; locationId: number | null }>`
    with page as (${pageSql}),
    deepest as materialized (
      select d.*, (select count(*) from order_lines a
                   where a.item_id = d.item_id and a.backordered > 0 and a.may_wait and a.priority > d.priority) as ahead
      from (
        select distinct on ("itemId", priority) "itemId" as item_id, priority, "entrySeq" as entry_seq, "lineNo" as line_no
        from page
        order by "itemId", priority, "entrySeq" desc, "lineNo" desc
      ) d
    ),
    positions as materialized (
      select d.item_id, w.entry_seq, w.line_no, d.ahead + w.n as position
      from deepest d
      cross join lateral (
        select l.entry_seq, l.line_no, row_number() over (order by l.entry_seq, l.line_no) as n
        from order_lines l
        where l.item_id = d.item_id and l.backordered > 0 and l.may_wait and l.priority = d.priority
          and (l.entry_seq, l.line_no) <= (d.entry_seq, d.line_no)
      ) w
      -- kept a filter, not a join ("is true" keeps the planner from turning it into one): a hash of
      -- the page's lines that each ranked line probes, so the ranking runs once per item and priority
      where ((w.entry_seq, w.line_no) in (select "entrySeq", "lineNo" from page)) is true
    )
    select q.*, w.position as "queuePosition", loc.code as location
    from page q
    join positions w on w.item_id = q."itemId" and w.entry_seq = q."entrySeq" and w.line_no = q."lineNo"
    left join locations loc on loc.id = q."locationId"
    order by ${orderByFields(keys, 'q')}`.execute(ctx.db);

  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const items: BackorderEntry[] = page.map(({ entrySeq: _entrySeq, itemId: _itemId, locationId: _locationId, enteredAt, cancelOn: cancelDay, ...row }) => ({
    ...row,
    queuePosition: Number(row.queuePosition),
    enteredAt: new Date(enteredAt).toISOString(),
    ageDays: Math.floor((now.getTime() - new Date(enteredAt).getTime()) / DAY_MS),
    cancelOn: cancelDay === null ? null : String(cancelDay),
  }));
  const nextCursor = rows.length > limit && last ? encodeSortCursor(sort, { ...last, enteredAt: new Date(last.enteredAt) }) : null;
  return { items, nextCursor };
}
