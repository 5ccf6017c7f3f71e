import { sql } from 'kysely';
import type { CustomerChoice } from '../domain/sla/sla-ladder.js';
import type { Executor } from './executor.js';

/** A waiting line as the SLA ladder and the choice page see it. */
export interface WaitingLine {
  readonly lineId: number;
  readonly orderId: number;
  readonly lineNo: number;
  readonly itemId: number;
  readonly sku: string;
  readonly name: string;
  readonly quantity: number;
  /** Allocated, not yet released or shipped: what "ship what is there" would send. */
  readonly available: number;
  readonly backordered: number;
  readonly expectedShipDate: string | null;
  readonly enteredOn: string;
  /** The policy's own ladder (JSON), null: the deployment's default. */
  readonly ladder: unknown;
  readonly choice: CustomerChoice | null;
  readonly taken: string[];
}

/** Orders (after `afterOrderId`, in id order) with a waiting line that may have a ladder to walk. */
export async function ordersOnTheLadder(db: Executor, withDefaultLadder: boolean, afterOrderId: number, limit: number): Promise<number[]> {
  const { rows } = await sql<{ id: number }>`
    select distinct o.id from order_lines l join orders o on o.id = l.order_id
    left join fulfillment_policies p on p.id = o.fulfillment_policy_id
    where l.backordered > 0 and l.may_wait and o.id > ${afterOrderId}
      and (p.sla_ladder is not null or ${withDefaultLadder})
    order by o.id limit ${limit}`.execute(db);
  return rows.map((r) => Number(r.id));
}

/** An order's waiting lines (backordered, may still wait), with their ladder, choice and steps taken. */
export async function waitingLines(db: Executor, orderId: number): Promise<WaitingLine[]> {
  const { rows } = await sql<WaitingLine>`
    select l.id as "lineId", l.order_id as "orderId", l.line_no as "lineNo", l.item_id as "itemId", i.sku, i.name,
           l.quantity, l.allocated - l.released as available, l.backordered,
           l.expected_ship_date::text as "expectedShipDate", ((o.entered_at at time zone 'UTC')::date)::text as "enteredOn",
           p.sla_ladder as ladder, c.choice,
           coalesce((select array_agg(t.step order by t.step) from sla_steps_taken t where t.line_id = l.id), '{}') as taken
    from order_lines l join orders o on o.id = l.order_id join items i on i.id = l.item_id
    left join fulfillment_policies p on p.id = o.fulfillment_policy_id
    left join customer_choices c on c.line_id = l.id
    where l.order_id = ${orderId} and l.backordered > 0 and l.may_wait
    order by l.line_no`.execute(db);
  return rows.map((r) => ({
    ...r,
    lineId: Number(r.lineId),
    orderId: Number(r.orderId),
    quantity: Number(r.quantity),
    available: Number(r.available),
    backordered: Number(r.backordered),
    ladder: typeof r.ladder === 'string' ? JSON.parse(r.ladder) : r.ladder,
  }));
}

/** Records a step as taken on lines; answers the lines it was not yet taken on (a concurrent run gets the rest). */
export async function takeStep(db: Executor, orderId: number, step: string, lineIds: readonly number[], at: Date): Promise<Set<number>> {
  if (lineIds.length === 0) return new Set();
  const rows = await db
    .insertInto('sla_steps_taken')
    .values(lineIds.map((lineId) => ({ line_id: lineId, step, order_id: orderId, taken_at: at })))
    .onConflict((oc) => oc.columns(['line_id', 'step']).doNothing())
    .returning('line_id')
    .execute();
  return new Set(rows.map((r) => Number(r.line_id)));
}

export async function insertChoiceLink(
  db: Executor,
  link: { tokenHash: string; orderId: number; step: string | null; at: Date; expiresAt: Date },
): Promise<void> {
  await db
    .insertInto('choice_links')
    .values({ token_hash: link.tokenHash, order_id: link.orderId, step: link.step, created_at: link.at, expires_at: link.expiresAt })
    .execute();
}

export function choiceLinkByHash(db: Executor, tokenHash: string) {
  return db.selectFrom('choice_links').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
}

/** Uses a link once: true for the first caller, false for any later one. */
export async function useChoiceLink(db: Executor, linkId: number, at: Date): Promise<boolean> {
  const row = await db.updateTable('choice_links').set({ used_at: at }).where('id', '=', linkId).where('used_at', 'is', null).returning('id').executeTakeFirst();
  return row !== undefined;
}

/** Records a line's choice (a later choice replaces an earlier one). */
export async function recordChoice(
  db: Executor,
  choice: { lineId: number; orderId: number; choice: CustomerChoice; decidedBy: 'customer' | 'default'; linkId: number | null; at: Date },
): Promise<void> {
  await db
    .insertInto('customer_choices')
    .values({ line_id: choice.lineId, order_id: choice.orderId, choice: choice.choice, decided_by: choice.decidedBy, link_id: choice.linkId, made_at: choice.at })
    .onConflict((oc) =>
      oc.column('line_id').doUpdateSet({ choice: choice.choice, decided_by: choice.decidedBy, link_id: choice.linkId, made_at: choice.at }),
    )
    .execute();
}

/** The customer's code and the order's reference. */
export async function orderCustomer(db: Executor, orderId: number): Promise<{ customer: string; reference: string | null } | undefined> {
  return db
    .selectFrom('orders as o')
    .innerJoin('customers as c', 'c.id', 'o.customer_id')
    .select(['c.code as customer', 'o.reference'])
    .where('o.id', '=', orderId)
    .executeTakeFirst();
}
