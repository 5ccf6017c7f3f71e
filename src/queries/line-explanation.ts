import { sql } from 'kysely';
import { dateOf } from '../domain/business-date.js';
import { explainLine, type Inbound, type LineExplanation, type RationingFacts } from '../domain/promising/line-explanation.js';
import { capsInForce, rationingInForceOf } from '../repositories/rationing-repository.js';
import { isRationed } from '../domain/allocation/rationing.js';
import { describeShortages } from '../domain/release/release-line.js';
import { refuse } from '../domain/refusal.js';
import type { ReadContext } from '../app/context.js';
import { inboundSupply } from '../repositories/promise-repository.js';
import { orderView, type OrderView } from './order-view.js';
import { groupBy } from '../domain/group-by.js';

interface LineRow {
  lineId: number;
  lineNo: number;
  itemId: number;
  priority: number;
  entrySeq: number;
  mayWait: boolean;
  preorderLaunch: string | null;
  cancelAfterDays: number | null;
  linesAhead: number;
  unitsAhead: number;
}

/**
 * Why a line waits (docs/domain.md#why-a-line-waits): the order's view, the line's rank in its
 * item's queue, free stock, inbound and pegged supply, rationing, and the cancellation deadline,
 * explained by the domain. `defaultCancelAfterDays` is the deployment's, for orders whose policy sets none.
 */
export async function lineExplanation(ctx: ReadContext, orderId: number, lineNo: number, defaultCancelAfterDays: number | null): Promise<LineExplanation> {
  const order = await orderView(ctx.db, orderId);
  const line = order.lines.find((l) => l.lineNo === lineNo) ?? refuse('line_not_found', `Order ${orderId} has no line ${lineNo}.`, { orderId, lineNo });
  return (await explainOrderLines(ctx, order, [line.lineNo], defaultCancelAfterDays))[0]!;
}

/**
 * The order's view, each waiting line with the sentence that says why it waits (a line that does
 * not wait has none, so the order reads as in the order list): the explanations of all its
 * waiting lines in one set of queries.
 */
export async function orderViewWithReasons(ctx: ReadContext, orderId: number, defaultCancelAfterDays: number | null) {
  const order = await orderView(ctx.db, orderId);
  const waiting = order.lines.filter((l) => l.backordered > 0);
  const explained = new Map((await explainOrderLines(ctx, order, waiting.map((l) => l.lineNo), defaultCancelAfterDays)).map((e) => [e.lineNo, e]));
  return {
    ...order,
    lines: order.lines.map((l) => {
      const why = explained.get(l.lineNo);
      return why?.waiting ? { ...l, waitingBecause: why.sentence } : l;
    }),
  };
}

/**
 * Explanations of lines of one order, in the order of `lineNos`: a fixed number of queries (the
 * lines with their rank, free stock, pegged supply), plus the inbound supply of each item and the
 * rationing of each rationed item.
 */
async function explainOrderLines(
  ctx: ReadContext,
  order: OrderView,
  lineNos: readonly number[],
  defaultCancelAfterDays: number | null,
): Promise<LineExplanation[]> {
  if (lineNos.length === 0) return [];
  const { rows } = await sql<LineRow>`
    select l.id as "lineId", l.line_no as "lineNo", l.item_id as "itemId", l.priority, l.entry_seq as "entrySeq", l.may_wait as "mayWait",
           i.preorder_launch_date as "preorderLaunch", p.cancel_after_days as "cancelAfterDays",
           ahead.lines as "linesAhead", ahead.units as "unitsAhead"
    from order_lines l
    join orders o on o.id = l.order_id
    join items i on i.id = l.item_id
    left join fulfillment_policies p on p.id = o.fulfillment_policy_id
    cross join lateral (
      select count(*) as lines, coalesce(sum(w.backordered), 0) as units from order_lines w
      where w.item_id = l.item_id and w.backordered > 0 and w.may_wait
        and (w.priority > l.priority or (w.priority = l.priority and (w.entry_seq, w.line_no) < (l.entry_seq, l.line_no)))
    ) ahead
    where l.order_id = ${order.id} and l.line_no = any(${[...lineNos]}::int[])`.execute(ctx.db);
  const today = dateOf(ctx.clock.now());
  const itemIds = [...new Set(rows.map((r) => r.itemId))];
  const firstLineOf = new Map(rows.map((r) => [r.itemId, r.lineId]));
  const [freeStock, inbound, pegged, rationing] = await Promise.all([
    sql<{ itemId: number; location: string; available: number }>`
      select s.item_id as "itemId", loc.code as location, s.on_hand - s.allocated as available
      from stock_levels s join locations loc on loc.id = s.location_id
      where s.item_id = any(${itemIds}::int[]) order by loc.priority desc, loc.code`.execute(ctx.db),
    Promise.all(itemIds.map(async (itemId) => [itemId, await inboundSupply(ctx.db, itemId, today, 50)] as const)),
    peggedSupply(ctx, rows.map((r) => r.lineId)),
    // An order's lines share its customer and priority: one reading per item.
    Promise.all(itemIds.map(async (itemId) => [itemId, await rationingFacts(ctx, firstLineOf.get(itemId)!, itemId)] as const)),
  ]);
  const freeOf = groupBy(freeStock.rows, (f) => Number(f.itemId));
  const inboundOf = new Map(inbound);
  const rationingOf = new Map(rationing);
  const rowOf = new Map(rows.map((r) => [r.lineNo, r]));
  return lineNos.map((lineNo) => {
    const line = order.lines.find((l) => l.lineNo === lineNo)!;
    const row = rowOf.get(lineNo)!;
    const peggedHere = pegged.filter((p) => p.lineId === row.lineId).map(({ lineId: _lineId, ...supply }) => supply);
    return explainLine({
      today,
      lineNo,
      sku: line.sku,
      quantity: line.quantity,
      allocated: line.allocated,
      backordered: line.backordered,
      status: line.status,
      mayWait: row.mayWait,
      backorderStrategy: order.backorderStrategy,
      priority: row.priority,
      enteredOn: order.enteredAt.slice(0, 10),
      expectedShipDate: line.expectedShipDate,
      linesAhead: Number(row.linesAhead),
      unitsAhead: Number(row.unitsAhead),
      freeStock: (freeOf.get(row.itemId) ?? []).map((f) => ({ location: f.location, available: Number(f.available) })),
      inbound: (inboundOf.get(row.itemId) ?? []).filter((s) => !peggedHere.some((p) => p.reference === s.reference)),
      pegged: peggedHere,
      preorderLaunch: row.preorderLaunch,
      releaseBlock: order.releaseBlock && { rule: order.releaseBlock.rule, summary: `waiting for ${describeShortages(order.releaseBlock.waitingFor)}.` },
      cancelAfterDays: row.cancelAfterDays ?? defaultCancelAfterDays,
      rationing: rationingOf.get(row.itemId) ?? null,
    });
  });
}

/** The item's rationing as it bears on the line: its customer's and everyone's demand at its priority, the cap and what its customer holds. */
export async function rationingFacts(ctx: ReadContext, lineId: number, itemId: number): Promise<RationingFacts | null> {
  const inForce = (await rationingInForceOf(ctx.db, [itemId])).get(itemId);
  if (!inForce || !isRationed(inForce.rationing)) return null;
  const { rationing, ruleFrom, capFrom } = inForce;
  const group = ruleFrom === 'group' || capFrom === 'group' ? await groupCodeOfItem(ctx, itemId) : null;
  const { rows } = await sql<{ customerWaiting: number; priorityWaiting: number; held: number; cap: number | null }>`
    with me as (select l.item_id, l.priority, o.customer_id from order_lines l join orders o on o.id = l.order_id where l.id = ${lineId})
    select
      (select coalesce(sum(w.backordered), 0) from order_lines w join orders o on o.id = w.order_id, me
       where w.item_id = me.item_id and w.priority = me.priority and w.backordered > 0 and w.may_wait and o.customer_id = me.customer_id) as "customerWaiting",
      (select coalesce(sum(w.backordered), 0) from order_lines w, me
       where w.item_id = me.item_id and w.priority = me.priority and w.backordered > 0 and w.may_wait) as "priorityWaiting",
      (select coalesce(sum(h.allocated), 0) from order_lines h join orders o on o.id = h.order_id, me
       where h.item_id = me.item_id and o.customer_id = me.customer_id) as held,
      (select c.cap from (${capsInForce}) c where c.item_id = ${itemId}) as cap`.execute(ctx.db);
  const r = rows[0]!;
  return {
    rule: rationing.rule,
    customerWaiting: Number(r.customerWaiting),
    priorityWaiting: Number(r.priorityWaiting),
    cap: rationing.customerCap === null ? null : { units: Number(r.cap ?? 0), held: Number(r.held) },
    from: { rule: ruleFrom, customerCap: capFrom, group },
  };
}

/** Open purchase and transfer order lines raised for these lines (drop shipments included). */
async function peggedSupply(ctx: ReadContext, lineIds: readonly number[]): Promise<(Inbound & { lineId: number })[]> {
  const ids = [...lineIds];
  const { rows } = await sql<Inbound & { lineId: number }>`
    select l.order_line_id as "lineId", p.expected_date as date, l.quantity - l.received as quantity, coalesce(loc.code, 'the customer') as location,
           'purchase_order' as source, 'PO#' || p.id as reference
    from purchase_order_lines l join purchase_orders p on p.id = l.purchase_order_id left join locations loc on loc.id = p.location_id
    where l.order_line_id = any(${ids}::bigint[]) and l.received < l.quantity and p.status in ('open', 'partially_received')
    union all
    select l.order_line_id, t.expected_date, l.quantity - l.received, loc.code, 'transfer_order', 'TO#' || t.id
    from transfer_order_lines l join transfer_orders t on t.id = l.transfer_order_id join locations loc on loc.id = t.to_location_id
    where l.order_line_id = any(${ids}::bigint[]) and l.received < l.quantity and t.status in ('open', 'shipped')
    order by date`.execute(ctx.db);
  return rows.map((r) => ({ ...r, lineId: Number(r.lineId), quantity: Number(r.quantity) }));
}

/** The code of an item's group (null: none). */
async function groupCodeOfItem(ctx: ReadContext, itemId: number): Promise<string | null> {
  const row = await ctx.db
    .selectFrom('items')
    .innerJoin('item_groups', 'item_groups.id', 'items.group_id')
    .select('item_groups.code')
    .where('items.id', '=', itemId)
    .executeTakeFirst();
  return row?.code ?? null;
}
