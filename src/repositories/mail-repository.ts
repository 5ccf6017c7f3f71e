import { sql } from 'kysely';
import type { Executor } from './executor.js';
import { numberArray } from './number-array.js';
import { lastFinalEvent, type FeedCursor } from './domain-event-repository.js';

/** An event of the feed as the mail fan-out reads it. */
export interface MailEventRow {
  readonly id: number;
  readonly xid: string;
  readonly type: string;
  readonly orderId: number | null;
  readonly customerId: number | null;
  readonly data: Record<string, unknown>;
}

/**
 * The mail fan-out's cursor, locked (`skip locked`): while one process fans out, the others skip
 * this step. Undefined when another process holds it.
 */
export async function lockMailCursor(db: Executor): Promise<FeedCursor | undefined> {
  const { rows } = await sql<FeedCursor>`
    select after_xid::text as xid, after_id as id from mail_fanout where id = 1 for update skip locked`.execute(db);
  return rows[0] && { xid: rows[0].xid, id: Number(rows[0].id) };
}

/** The next events of the gap-free feed after the cursor (as `eventsAfterCursor`: final, in commit order). */
export async function eventsAfterMailCursor(db: Executor, cursor: FeedCursor, limit: number): Promise<MailEventRow[]> {
  const { rows } = await sql<MailEventRow>`
    select id, xid::text as xid, type, order_id as "orderId", customer_id as "customerId", data from domain_events
    where xid < pg_snapshot_xmin(pg_current_snapshot()) and (xid, id) > (${cursor.xid}::xid8, ${cursor.id}::bigint)
    order by xid, id limit ${limit}`.execute(db);
  return rows.map((r) => ({ ...r, id: Number(r.id), orderId: r.orderId === null ? null : Number(r.orderId) }));
}

/** With mail off, the cursor (locked by the caller) moves past every final event at once, unread. */
export async function skipMailFeed(db: Executor): Promise<void> {
  await sql`
    update mail_fanout f set after_xid = e.xid, after_id = e.id
    from ${lastFinalEvent} e
    where f.id = 1 and (e.xid, e.id) > (f.after_xid, f.after_id)`.execute(db);
}

export async function moveMailCursor(db: Executor, to: FeedCursor): Promise<void> {
  await sql`update mail_fanout set after_xid = ${to.xid}::xid8, after_id = ${to.id} where id = 1`.execute(db);
}

/** Whom an order's notices go to, and how the order is called. */
export interface NoticeAddressee {
  readonly orderId: number;
  readonly reference: string | null;
  readonly customerId: number;
  readonly customerCode: string;
  readonly customerName: string;
  readonly email: string | null;
}

export async function addresseesOf(db: Executor, orderIds: readonly number[]): Promise<Map<number, NoticeAddressee>> {
  if (orderIds.length === 0) return new Map();
  const { rows } = await sql<NoticeAddressee>`
    select o.id as "orderId", o.reference, c.id as "customerId", c.code as "customerCode", c.name as "customerName", c.email
    from orders o join customers c on c.id = o.customer_id
    where o.id = any(${numberArray(orderIds)}::bigint[])`.execute(db);
  return new Map(rows.map((r) => [Number(r.orderId), { ...r, orderId: Number(r.orderId) }]));
}

/** Item names by SKU. */
export async function itemNamesBySku(db: Executor, skus: readonly string[]): Promise<Map<string, string>> {
  if (skus.length === 0) return new Map();
  const { rows } = await sql<{ sku: string; name: string }>`select sku, name from items where sku = any(${[...skus]}::text[])`.execute(db);
  return new Map(rows.map((r) => [r.sku, r.name]));
}

/** The expected ship dates of these orders' lines, keyed `orderId:lineNo` (no key: no date). */
export async function expectedDatesOf(db: Executor, orderIds: readonly number[]): Promise<Map<string, string>> {
  if (orderIds.length === 0) return new Map();
  const { rows } = await sql<{ orderId: number; lineNo: number; date: string }>`
    select order_id as "orderId", line_no as "lineNo", expected_ship_date as date from order_lines
    where order_id = any(${numberArray(orderIds)}::bigint[]) and expected_ship_date is not null`.execute(db);
  return new Map(rows.map((r) => [`${r.orderId}:${r.lineNo}`, String(r.date)]));
}

export interface NewMail {
  readonly kind: string;
  readonly recipient: string;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  readonly eventId?: number | null;
  readonly orderId?: number | null;
  readonly customerId?: number | null;
  readonly digestDate?: string | null;
}

/**
 * Mails to send, due now. One per event, one digest per address and day: a mail already written
 * for its event or day is not written again. Returns how many were written.
 */
export async function insertMail(db: Executor, mails: readonly NewMail[], at: Date): Promise<number> {
  if (mails.length === 0) return 0;
  const rows = mails.map((m) => ({ ...m, eventId: m.eventId ?? null, orderId: m.orderId ?? null, customerId: m.customerId ?? null, digestDate: m.digestDate ?? null }));
  const { rows: written } = await sql<{ id: number }>`
    insert into mail_messages (kind, recipient, subject, text_body, html_body, event_id, order_id, customer_id, digest_date, next_attempt_at, created_at)
    select m.kind, m.recipient, m.subject, m.text, m.html, m."eventId", m."orderId", m."customerId", m."digestDate", now(), ${at}
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
      as m(kind text, recipient text, subject text, text text, html text, "eventId" bigint, "orderId" bigint, "customerId" integer, "digestDate" date)
    on conflict do nothing
    returning id`.execute(db);
  return written.length;
}

export interface ClaimedMail {
  readonly id: number;
  readonly recipient: string;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  readonly attempts: number;
}

/**
 * Claims due mails for one attempt each, as webhook deliveries are claimed: locked rows are
 * skipped (another process has them) and the claim moves the next attempt past the lease, so no
 * other process sends a mail while this one does.
 */
export async function claimDueMail(db: Executor, limit: number, leaseMs: number): Promise<ClaimedMail[]> {
  const { rows } = await sql<ClaimedMail>`
    with due as (
      select id from mail_messages where status = 'pending' and next_attempt_at <= now()
      order by id limit ${limit}
      for update skip locked
    )
    update mail_messages m
    set attempts = m.attempts + 1, next_attempt_at = now() + ${leaseMs} * interval '1 millisecond'
    from due where m.id = due.id
    returning m.id, m.recipient, m.subject, m.text_body as text, m.html_body as html, m.attempts`.execute(db);
  return rows.map((r) => ({ ...r, id: Number(r.id) })).sort((a, b) => a.id - b.id);
}

/** What an attempt came to: sent, failed for good, or another try after `retryInMs`. */
export async function recordMailAttempt(
  db: Executor,
  id: number,
  next: { status: 'sent' } | { status: 'failed'; error: string } | { retryInMs: number; error: string },
): Promise<void> {
  if ('retryInMs' in next) {
    await sql`update mail_messages set next_attempt_at = now() + ${next.retryInMs} * interval '1 millisecond', last_error = ${next.error} where id = ${id}`.execute(db);
  } else if (next.status === 'sent') {
    await sql`update mail_messages set status = 'sent', sent_at = now() where id = ${id}`.execute(db);
  } else {
    await sql`update mail_messages set status = 'failed', last_error = ${next.error} where id = ${id}`.execute(db);
  }
}

export interface MailMessageRow {
  readonly id: number;
  readonly kind: string;
  readonly recipient: string;
  readonly subject: string;
  readonly status: string;
  readonly attempts: number;
  readonly lastError: string | null;
  readonly eventId: number | null;
  readonly orderId: number | null;
  readonly customer: string | null;
  readonly digestDate: string | null;
  readonly nextAttemptAt: Date | null;
  readonly sentAt: Date | null;
  readonly createdAt: Date;
}

/** Mails newest first, before `beforeId` when given. */
export async function listMail(
  db: Executor,
  filter: { status?: string | undefined; kind?: string | undefined; beforeId?: number | undefined },
  limit: number,
): Promise<MailMessageRow[]> {
  const { rows } = await sql<MailMessageRow>`
    select m.id, m.kind, m.recipient, m.subject, m.status, m.attempts, m.last_error as "lastError", m.event_id as "eventId",
           m.order_id as "orderId", c.code as customer, m.digest_date::text as "digestDate",
           case when m.status = 'pending' then m.next_attempt_at end as "nextAttemptAt", m.sent_at as "sentAt", m.created_at as "createdAt"
    from mail_messages m left join customers c on c.id = m.customer_id
    where true
      ${filter.status ? sql`and m.status = ${filter.status}` : sql``}
      ${filter.kind ? sql`and m.kind = ${filter.kind}` : sql``}
      ${filter.beforeId ? sql`and m.id < ${filter.beforeId}` : sql``}
    order by m.id desc limit ${limit}`.execute(db);
  return rows.map((r) => ({ ...r, id: Number(r.id), eventId: r.eventId === null ? null : Number(r.eventId), orderId: r.orderId === null ? null : Number(r.orderId) }));
}

/** When the last digest was written (undefined: never). */
export async function lastDigestAt(db: Executor): Promise<Date | undefined> {
  const { rows } = await sql<{ at: Date | null }>`select max(created_at) as at from mail_messages where kind = 'digest'`.execute(db);
  return rows[0]?.at ?? undefined;
}

/** Orders that went on backorder since `since`: their `order.backordered` events, oldest first. */
export async function backorderedSince(db: Executor, since: Date, limit: number): Promise<{ total: number; events: MailEventRow[] }> {
  const { rows } = await sql<MailEventRow & { total: string }>`
    select id, xid::text as xid, type, order_id as "orderId", customer_id as "customerId", data, count(*) over () as total
    from domain_events where type = 'order.backordered' and at > ${since}
    order by id limit ${limit}`.execute(db);
  return { total: Number(rows[0]?.total ?? 0), events: rows.map(({ total: _total, ...r }) => ({ ...r, id: Number(r.id), orderId: r.orderId === null ? null : Number(r.orderId) })) };
}
