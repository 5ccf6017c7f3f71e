import { sql } from 'kysely';
import { dateOf } from '../domain/business-date.js';
import type { ServiceContext, ReadContext } from '../app/context.js';
import { customerByCode, itemBySku } from '../repositories/lookup.js';
import type { BackorderQuery } from '../contract/orders.js';
import { decodeCursor, defaultPageLimit, keyOfKinds, pageRows } from './paging.js';

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
}

const DAY_MS = 86_400_000;
const list = 'backorders';

/**
 * Waiting lines in queue order (priority, entry, line), with each line's position in its item's
 * queue. Keyset paging (src/queries/paging.ts): the cursor is the rank of the last line returned.
 * A cursor that is not one of this list answers `validation_failed`, as it did before the paging
 * convention (every other list answers `invalid_cursor`).
 */
export async function listBackorders(ctx: ReadContext, query: BackorderQuery) {
  const limit = query.limit ?? defaultPageLimit;
  const item = query.sku === undefined ? undefined : await itemBySku(ctx.db, query.sku);
  const customer = query.customer === undefined ? undefined : await customerByCode(ctx.db, query.customer);
  const after =
    query.cursor === undefined
      ? undefined
      : decodeCursor<[number, number, number]>(list, query.cursor, keyOfKinds('integer', 'integer', 'integer'), 'validation_failed');
  const now = ctx.clock.now();
  const enteredBy = query.minAgeDays === undefined ? undefined : new Date(now.getTime() - query.minAgeDays * DAY_MS);

  const { rows } = await sql<Omit<BackorderEntry, 'ageDays' | 'enteredAt'> & { enteredAt: Date; entrySeq: number }>`
    with queue as (
      select l.order_id, l.line_no, l.item_id, l.priority, l.entry_seq, l.allocated, l.backordered, l.preorder,
             l.expected_ship_date,
             row_number() over (partition by l.item_id order by l.priority desc, l.entry_seq, l.line_no) as position
      from order_lines l
      where l.backordered > 0 and l.may_wait ${item ? sql`and l.item_id = ${item.id}` : sql``}
    )
    select q.order_id as "orderId", q.line_no as "lineNo", i.sku, c.code as customer, q.priority,
           o.entered_at as "enteredAt", q.entry_seq as "entrySeq", q.allocated, q.backordered,
           q.position as "queuePosition", q.preorder, q.expected_ship_date as "expectedShipDate"
    from queue q
    join orders o on o.id = q.order_id
    join customers c on c.id = o.customer_id
    join items i on i.id = q.item_id
    where true
      ${customer ? sql`and o.customer_id = ${customer.id}` : sql``}
      ${enteredBy ? sql`and o.entered_at <= ${enteredBy}` : sql``}
      ${query.preorder === undefined ? sql`` : sql`and q.preorder = ${query.preorder}`}
      ${query.pastPromiseDate ? sql`and q.expected_ship_date < ${dateOf(now)}` : sql``}
      ${after ? sql`and (q.priority < ${after[0]} or (q.priority = ${after[0]} and (q.entry_seq, q.line_no) > (${after[1]}, ${after[2]})))` : sql``}
    order by q.priority desc, q.entry_seq, q.line_no
    limit ${limit + 1}`.execute(ctx.db);

  const page = pageRows(list, rows, limit, (row) => [row.priority, row.entrySeq, row.lineNo]);
  const items: BackorderEntry[] = page.rows.map(({ entrySeq: _entrySeq, enteredAt, ...row }) => ({
    ...row,
    queuePosition: Number(row.queuePosition),
    enteredAt: enteredAt.toISOString(),
    ageDays: Math.floor((now.getTime() - enteredAt.getTime()) / DAY_MS),
  }));
  return { items, nextCursor: page.nextCursor };
}
