import { sql } from 'kysely';
import { dateOf } from '../domain/business-date.js';
import { refuse } from '../domain/refusal.js';
import type { ServiceContext, ReadContext } from '../app/context.js';
import { customerByCode, itemBySku } from '../repositories/lookup.js';
import type { BackorderQuery } from '../contract/orders.js';

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

interface Cursor {
  readonly priority: number;
  readonly entrySeq: number;
  readonly lineNo: number;
}

const DAY_MS = 86_400_000;

/**
 * Waiting lines in queue order (priority, entry, line), with each line's position in its item's
 * queue. Keyset paging: the cursor is the rank of the last line returned.
 */
export async function listBackorders(ctx: ReadContext, query: BackorderQuery) {
  const limit = query.limit ?? 50;
  const item = query.sku === undefined ? undefined : await itemBySku(ctx.db, query.sku);
  const customer = query.customer === undefined ? undefined : await customerByCode(ctx.db, query.customer);
  const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor);
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
      ${after ? sql`and (q.priority < ${after.priority} or (q.priority = ${after.priority} and (q.entry_seq, q.line_no) > (${after.entrySeq}, ${after.lineNo})))` : sql``}
    order by q.priority desc, q.entry_seq, q.line_no
    limit ${limit + 1}`.execute(ctx.db);

  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const items: BackorderEntry[] = page.map(({ entrySeq: _entrySeq, enteredAt, ...row }) => ({
    ...row,
    queuePosition: Number(row.queuePosition),
    enteredAt: enteredAt.toISOString(),
    ageDays: Math.floor((now.getTime() - enteredAt.getTime()) / DAY_MS),
  }));
  const nextCursor =
    rows.length > limit && last ? encodeCursor({ priority: last.priority, entrySeq: last.entrySeq, lineNo: last.lineNo }) : null;
  return { items, nextCursor };
}

function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.priority, cursor.entrySeq, cursor.lineNo])).toString('base64url');
}

function decodeCursor(raw: string): Cursor {
  try {
    const value: unknown = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 3 && value.every((v) => Number.isSafeInteger(v) && Math.abs(v) < 1e15)) {
      const [priority, entrySeq, lineNo] = value as [number, number, number];
      return { priority, entrySeq, lineNo };
    }
  } catch {
    // fall through to the refusal below
  }
  return refuse('validation_failed', 'The cursor is not one this list returned.', { cursor: raw });
}
