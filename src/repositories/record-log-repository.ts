import { sql } from 'kysely';
import type { Executor } from './executor.js';

/** One entry of the append-only record log: what changed, on which order/line/item, and why. */
export interface LogEntry {
  readonly entity: 'order' | 'line' | 'item' | 'stock' | 'job';
  readonly action: string;
  readonly orderId?: number | null;
  readonly itemId?: number | null;
  readonly lineNo?: number | null;
  readonly quantity?: number | null;
  readonly reason?: string | null;
}

export interface LogRecord extends Required<LogEntry> {
  readonly id: number;
  readonly at: Date;
  readonly actor: string;
}

export async function appendLog(db: Executor, entries: readonly LogEntry[], actor: string, at: Date): Promise<void> {
  if (entries.length === 0) return;
  await sql`
    insert into record_log (at, actor, entity, action, order_id, item_id, line_no, quantity, reason)
    select ${at}, ${actor}, e.entity, e.action, e.order_id, e.item_id, e.line_no, e.quantity, e.reason
    from unnest(
      ${entries.map((e) => e.entity)}::text[], ${entries.map((e) => e.action)}::text[],
      ${entries.map((e) => e.orderId ?? null)}::bigint[], ${entries.map((e) => e.itemId ?? null)}::int[],
      ${entries.map((e) => e.lineNo ?? null)}::int[], ${entries.map((e) => e.quantity ?? null)}::int[],
      ${entries.map((e) => e.reason ?? null)}::text[]
    ) as e(entity, action, order_id, item_id, line_no, quantity, reason)`.execute(db);
}

export async function logFor(
  db: Executor,
  filter: { orderId: number } | { itemId: number },
  limit: number,
  afterId = 0,
): Promise<LogRecord[]> {
  const column = 'orderId' in filter ? sql`order_id` : sql`item_id`;
  const value = 'orderId' in filter ? filter.orderId : filter.itemId;
  const { rows } = await sql<LogRecord>`
    select id, at, actor, entity, action, order_id as "orderId", item_id as "itemId", line_no as "lineNo", quantity, reason
    from record_log where ${column} = ${value} and id > ${afterId}
    order by id limit ${limit}`.execute(db);
  return rows;
}
