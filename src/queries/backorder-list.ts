import { sql } from 'kysely';
import { addDays, dateOf } from '../domain/business-date.js';
import type { ReadContext } from '../app/context.js';
import type { BackorderStrategy } from '../domain/strategies/registry.js';
import { customerByCode, itemBySku, locationByCode } from '../repositories/lookup.js';
import type { BackorderQuery } from '../contract/orders.js';
import { after, decodeSortCursor, encodeSortCursor, orderBy, sortKeys, type SortedRow } from './backorder-sort.js';

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
  const keys = sortKeys(sort);
  const item = query.sku === undefined ? undefined : await itemBySku(ctx.db, query.sku);
  const customer = query.customer === undefined ? undefined : await customerByCode(ctx.db, query.customer);
  const location = query.location === undefined ? undefined : await locationByCode(ctx.db, query.location);
  const cursor = query.cursor === undefined ? undefined : decodeSortCursor(sort, query.cursor);
  const now = ctx.clock.now();
  const today = dateOf(now);
  const enteredBy = query.minAgeDays === undefined ? undefined : new Date(now.getTime() - query.minAgeDays * DAY_MS);
  const enteredSince = query.maxAgeDays === undefined ? undefined : new Date(now.getTime() - (query.maxAgeDays + 1) * DAY_MS);
  const cancelOn = cancelOnSql(settings.cancelAfterDays ?? null);

  const { rows } = await sql<Omit<BackorderEntry, 'ageDays' | 'enteredAt' | 'cancelOn'> & SortedRow & { cancelOn: string | Date | null }>`
    with queue as (
      select l.order_id, l.line_no, l.item_id, l.priority, l.entry_seq, l.allocated, l.backordered, l.preorder,
             l.expected_ship_date,
             row_number() over (partition by l.item_id order by l.priority desc, l.entry_seq, l.line_no) as position
      from order_lines l
      where l.backordered > 0 and l.may_wait ${item ? sql`and l.item_id = ${item.id}` : sql``}
    )
    select q.order_id as "orderId", q.line_no as "lineNo", i.sku, c.code as customer, q.priority,
           o.entered_at as "enteredAt", q.entry_seq as "entrySeq", q.allocated, q.backordered,
           q.position as "queuePosition", q.preorder, q.expected_ship_date as "expectedShipDate",
           o.backorder_strategy as strategy, loc.code as location, to_char(${cancelOn}, 'YYYY-MM-DD') as "cancelOn"
    from queue q
    join orders o on o.id = q.order_id
    join customers c on c.id = o.customer_id
    join items i on i.id = q.item_id
    left join locations loc on loc.id = o.location_id
    left join fulfillment_policies p on p.id = o.fulfillment_policy_id
    where true
      ${customer ? sql`and o.customer_id = ${customer.id}` : sql``}
      ${location ? sql`and o.location_id = ${location.id}` : sql``}
      ${query.strategy === undefined ? sql`` : sql`and o.backorder_strategy = ${query.strategy}`}
      ${enteredBy ? sql`and o.entered_at <= ${enteredBy}` : sql``}
      ${enteredSince ? sql`and o.entered_at > ${enteredSince}` : sql``}
      ${query.preorder === undefined ? sql`` : sql`and q.preorder = ${query.preorder}`}
      ${query.pastPromiseDate ? sql`and q.expected_ship_date < ${today}` : sql``}
      ${query.nearCancellation ? sql`and ${cancelOn} <= ${addDays(today, nearCancellationDays)}::date` : sql``}
      ${cursor ? sql`and ${after(keys, cursor)}` : sql``}
    order by ${orderBy(keys)}
    limit ${limit + 1}`.execute(ctx.db);

  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const items: BackorderEntry[] = page.map(({ entrySeq: _entrySeq, enteredAt, cancelOn: cancelDay, ...row }) => ({
    ...row,
    queuePosition: Number(row.queuePosition),
    enteredAt: new Date(enteredAt).toISOString(),
    ageDays: Math.floor((now.getTime() - new Date(enteredAt).getTime()) / DAY_MS),
    cancelOn: cancelDay === null ? null : String(cancelDay),
  }));
  const nextCursor = rows.length > limit && last ? encodeSortCursor(sort, { ...last, enteredAt: new Date(last.enteredAt) }) : null;
  return { items, nextCursor };
}
