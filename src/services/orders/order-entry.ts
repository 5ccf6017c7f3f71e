import { sql } from 'kysely';
import type { OrderInput } from '../../contract/orders.js';
import type { WaitingLine } from '../../domain/allocation/allocation-plan.js';
import { backorderAtEntry, defaultPolicy, type FulfillmentPolicy } from '../../domain/orders/fulfillment-policy.js';
import type { PreorderTerms } from '../../domain/promising/preorder.js';
import { checkPreorderCap, preorderTermsToday } from './preorder-cap.js';
import { groupBy } from '../../domain/group-by.js';
import { isRefused, orThrow, refusal, refuse, Refused, type Refusal } from '../../domain/refusal.js';
import {
  findCustomersByCode,
  lockItemsBySku,
  findLocationsByCode,
  findPolicies,
  type CustomerRow,
  type ItemRow,
  type PolicyRow,
} from '../../repositories/master-data-repository.js';
import { insertOrdersWithLineIds, insertOrdersWithLines, type NewLine, type NewOrder, type OrderLineRow } from '../../repositories/order-repository.js';
import { stockAndWorstHolders } from '../../repositories/stock-repository.js';
import { promiseOutlooks } from '../../repositories/promise-repository.js';
import { rationedItems } from '../../repositories/rationing-repository.js';
import { AllocationEngine } from '../allocation/allocation-engine.js';
import { businessDay, type ServiceContext } from '../../app/context.js';
import type { ActorLike } from '../../domain/access/actor.js';
import { logEntries } from '../../app/journal.js';
import { answerAsWritten } from './entry-answer.js';
import { orderViews, type OrderView } from '../../queries/order-view.js';
import { policyFromRow } from '../../repositories/policy-row.js';
import { promiseChangedItems } from '../../app/unit-of-work.js';
import { promiseNewLines } from '../promising/promise-refresh.js';

export type { OrderInput } from '../../contract/orders.js';

export type EntryResult = OrderView | Refusal;


/** Order entry of one order: its refusal aborts the transaction. */
export async function enterOrder(ctx: ServiceContext, input: OrderInput): Promise<OrderView> {
  const [result] = await enterOrders(ctx, [input]);
  return orThrow(result!);
}

interface Resolved {
  readonly index: number;
  readonly input: OrderInput;
  readonly customer: CustomerRow;
  readonly policyRow: PolicyRow | undefined;
  /** The customer's own policy (the 100 % exception of release reads it). */
  readonly customerPolicyRow: PolicyRow | undefined;
  readonly policy: FulfillmentPolicy;
  readonly locationId: number | null;
}

/**
 * Order entry for many orders in one transaction: one lock per item, one insert
 * per table, one walk of each item's queue. Each line takes its place in the queue and gets what
 * that place entitles it to; the rest is backordered. Answers in input order; an order that must
 * be refused (unknown codes, a policy that may not backorder) gets its refusal and writes nothing.
 */
export async function enterOrders(ctx: ServiceContext, inputs: readonly OrderInput[], actors?: readonly ActorLike[]): Promise<EntryResult[]> {
  return (await enterAll(ctx, inputs, actors, true)) as EntryResult[];
}

/**
 * Order entry for a bulk load whose caller keeps no answers (the CSV import): writes exactly what
 * `enterOrders` writes (orders, lines, allocation, dates, record log, events) but assembles no
 * order views and has the insert send back only the generated ids. Each order's refusal, or
 * undefined when it was entered.
 */
export async function enterOrdersUnanswered(ctx: ServiceContext, inputs: readonly OrderInput[]): Promise<(Refusal | undefined)[]> {
  return (await enterAll(ctx, inputs, undefined, false)).map((r) => (r !== ENTERED && isRefused(r) ? r : undefined));
}

/** What an unanswered entry records for an order it entered. */
const ENTERED = Symbol('entered');
type Outcome = EntryResult | typeof ENTERED;

async function enterAll(ctx: ServiceContext, inputs: readonly OrderInput[], actors: readonly ActorLike[] | undefined, answered: boolean): Promise<Outcome[]> {
  const results: Outcome[] = new Array(inputs.length);
  // Every item named is locked as it is read (one lock per item for the batch, in id order).
  const items = new Map((await lockItemsBySku(ctx.db, unique(inputs.flatMap((i) => i.lines.map((l) => l.sku))))).map((i) => [i.sku, i]));
  for (const item of items.values()) ctx.work.names.items.set(item.id, item.sku);
  const resolved = await resolve(ctx, inputs, items, results);

  const preorders = preorderTermsFor(ctx, items);
  // Orders that may be refused after their lines are placed (a policy that may not backorder, a
  // preorder cap) are entered one by one, each behind a savepoint.
  const mayRefuse = (r: Resolved) =>
    backorderAtEntry(r.policy) !== 'allow' || r.input.lines.some((l) => (preorders.get(items.get(l.sku)!.id)?.cap ?? null) !== null);
  const plain = resolved.filter((r) => !mayRefuse(r));
  const guarded = resolved.filter(mayRefuse);
  if (plain.length > 0) await (answered ? enter(ctx, plain, items, preorders, results, actors) : enterUnanswered(ctx, plain, items, preorders, results));
  for (const order of guarded) {
    await sql`savepoint guarded_entry`.execute(ctx.db);
    const mark = ctx.work.mark();
    try {
      await enter(ctx, [order], items, preorders, results, actors);
      await sql`release savepoint guarded_entry`.execute(ctx.db);
    } catch (error) {
      if (!(error instanceof Refused)) throw error;
      await sql`rollback to savepoint guarded_entry`.execute(ctx.db);
      ctx.work.rewind(mark);
      results[order.index] = error.refusal;
    }
  }
  return results;
}

async function resolve(
  ctx: ServiceContext,
  inputs: readonly OrderInput[],
  items: ReadonlyMap<string, ItemRow>,
  results: Outcome[],
): Promise<Resolved[]> {
  const customers = new Map((await findCustomersByCode(ctx.db, unique(inputs.map((i) => i.customer)))).map((c) => [c.code, c]));
  const policies = await findPolicies(
    ctx.db,
    unique(inputs.flatMap((i) => (i.fulfillmentPolicy ? [i.fulfillmentPolicy] : []))),
    unique([...customers.values()].flatMap((c) => (c.fulfillment_policy_id === null ? [] : [c.fulfillment_policy_id]))),
  );
  const locations = new Map(
    (await findLocationsByCode(ctx.db, unique(inputs.flatMap((i) => (i.location ? [i.location] : []))))).map((l) => [l.code, l.id]),
  );
  const resolved: Resolved[] = [];
  inputs.forEach((input, index) => {
    const customer = customers.get(input.customer);
    const missingSku = input.lines.find((l) => !items.has(l.sku))?.sku;
    const inactiveSku = input.lines.find((l) => items.get(l.sku)?.active === false)?.sku;
    const policyRow = input.fulfillmentPolicy
      ? policies.find((p) => p.code === input.fulfillmentPolicy)
      : policies.find((p) => p.id === customer?.fulfillment_policy_id);
    if (!customer) {
      results[index] = refusal('customer_not_found', `No customer has code "${input.customer}".`, { customer: input.customer });
    } else if (!customer.active) {
      results[index] = refusal('customer_inactive', `Customer "${input.customer}" is deactivated: it takes no new orders.`, { customer: input.customer });
    } else if (missingSku !== undefined) {
      results[index] = refusal('item_not_found', `No item has SKU "${missingSku}".`, { sku: missingSku });
    } else if (inactiveSku !== undefined) {
      results[index] = refusal('item_inactive', `Item "${inactiveSku}" is deactivated: it takes no new orders.`, { sku: inactiveSku });
    } else if (input.fulfillmentPolicy && !policyRow) {
      results[index] = refusal('fulfillment_policy_not_found', `No fulfillment policy has code "${input.fulfillmentPolicy}".`, {
        fulfillmentPolicy: input.fulfillmentPolicy,
      });
    } else if (input.location !== undefined && !locations.has(input.location)) {
      results[index] = refusal('location_not_found', `No location has code "${input.location}".`, { location: input.location });
    } else {
      const policy = policyRow ? policyFromRow(policyRow) : defaultPolicy;
      const backorderStrategy = input.backorderStrategy ?? policy.backorderStrategy;
      const locationId = input.location === undefined ? null : locations.get(input.location)!;
      const customerPolicyRow = policies.find((p) => p.id === customer.fulfillment_policy_id);
      resolved.push({ index, input, customer, policyRow, customerPolicyRow, policy: { ...policy, backorderStrategy }, locationId });
    }
  });
  return resolved;
}

/** The items that take preorders today, with their terms. */
function preorderTermsFor(ctx: ServiceContext, items: ReadonlyMap<string, ItemRow>): Map<number, PreorderTerms> {
  const open = new Map<number, PreorderTerms>();
  for (const item of items.values()) {
    const terms = preorderTermsToday(ctx, item);
    if (terms) open.set(item.id, terms);
  }
  return open;
}

/** Refuses preordered units beyond an item's cap (counted under the item's lock). */
async function checkPreorderCaps(ctx: ServiceContext, order: Resolved, items: ReadonlyMap<string, ItemRow>, preorders: ReadonlyMap<number, PreorderTerms>) {
  for (const item of new Set(order.input.lines.map((l) => items.get(l.sku)!))) {
    const terms = preorders.get(item.id);
    if (!terms) continue;
    await checkPreorderCap(ctx, item, terms, order.input.lines.filter((l) => l.sku === item.sku).reduce((s, l) => s + l.quantity, 0));
  }
}

/** Enters resolved orders (entry sequence in the given order), places their lines, answers views. */
async function enter(
  ctx: ServiceContext,
  batch: readonly Resolved[],
  items: ReadonlyMap<string, ItemRow>,
  preorders: ReadonlyMap<number, PreorderTerms>,
  results: Outcome[],
  actors: readonly ActorLike[] | undefined,
) {
  const now = ctx.clock.now();
  const logged = ctx.work.journal.length;
  for (const order of batch) await checkPreorderCaps(ctx, order, items, preorders);
  const { orders, lines } = await insertOrdersWithLines(ctx.db, newOrders(batch), newLines(batch, items, preorders), now);
  logEntered(ctx, orders, lines, preorders);

  const { placed, granted, dates } = await placeAndPromise(ctx, lines, items);
  // When other lines moved, the new ones are read back; otherwise they are answered as written.
  const views = dates
    ? answerAsWritten(batch, orders, placed, granted, dates, items)
    : await orderViews(ctx.db, orders.map((o) => o.id));
  for (const [i, view] of views.entries()) {
    logBackordered(
      ctx,
      view.lines.map((line) => ({ orderId: view.id, itemId: items.get(line.sku)!.id, lineNo: line.lineNo, backordered: line.backordered })),
    );
    results[batch[i]!.index] = await enforceBackorderPolicy(ctx, view, batch[i]!.policy);
  }
  if (actors) attributeEntries(ctx, logged, new Map(orders.map((o, i) => [o.id, actors[batch[i]!.index]!])));
}

/**
 * `enter` without answers: the insert sends back only the generated ids (the rest of each row is
 * the input), no views are assembled, and the lines' backorders are logged from the lines as
 * placed; read back only when placing moved other lines (where `enter` reads the orders back).
 * The same statements write the same rows, entries and events in the same order.
 */
async function enterUnanswered(
  ctx: ServiceContext,
  batch: readonly Resolved[],
  items: ReadonlyMap<string, ItemRow>,
  preorders: ReadonlyMap<number, PreorderTerms>,
  results: Outcome[],
) {
  const now = ctx.clock.now();
  for (const order of batch) await checkPreorderCaps(ctx, order, items, preorders);
  const orders = newOrders(batch);
  const written = newLines(batch, items, preorders);
  const { orderIds, entrySeqs, lineIds } = await insertOrdersWithLineIds(ctx.db, orders, written, now);
  const entered = orders.map((o, i) => ({ id: orderIds[i]!, priority: o.priority, ship_type: o.shipType, backorder_strategy: o.backorderStrategy }));
  const lines: OrderLineRow[] = written.map((l, i) => ({
    id: lineIds[i]!,
    order_id: orderIds[l.order]!,
    line_no: l.lineNo,
    item_id: l.itemId,
    quantity: l.quantity,
    unit_price: l.unitPrice,
    prevent_partial_delivery: l.preventPartialDelivery,
    allocated: l.allocated,
    released: 0,
    shipped: 0,
    cancelled: 0,
    backordered: l.quantity - l.allocated,
    priority: orders[l.order]!.priority,
    entry_seq: entrySeqs[l.order]!,
    preorder: l.preorder,
    expected_ship_date: null,
    preferred_location_id: l.preferredLocationId,
    may_wait: true,
  }));
  logEntered(ctx, entered, lines, preorders);
  const { placed, dates } = await placeAndPromise(ctx, lines, items);
  const backordered = dates ? placed : await linesBackordered(ctx, lines);
  logBackordered(
    ctx,
    backordered.map((l) => ({ orderId: l.order_id, itemId: l.item_id, lineNo: l.line_no, backordered: l.backordered })),
  );
  for (const order of batch) results[order.index] = ENTERED;
}

/** A "backordered" record-log entry for each new line that waits for part of its quantity. */
function logBackordered(ctx: ServiceContext, lines: readonly { orderId: number; itemId: number; lineNo: number; backordered: number }[]) {
  logEntries(
    ctx,
    lines
      .filter((l) => l.backordered > 0)
      .map((l) => ({
        entity: 'line' as const,
        action: 'backordered',
        orderId: l.orderId,
        itemId: l.itemId,
        lineNo: l.lineNo,
        quantity: l.backordered,
        reason: 'not enough free stock for its place in the queue',
      })),
  );
}

/** The lines as they stand now (what they hold after placing moved others), in the given order. */
async function linesBackordered(ctx: ServiceContext, lines: readonly OrderLineRow[]) {
  const { rows } = await sql<{ id: number; backordered: number }>`
    select id, backordered from order_lines where id = any(${lines.map((l) => l.id)}::bigint[])`.execute(ctx.db);
  const now = new Map(rows.map((r) => [Number(r.id), r.backordered]));
  return lines.map((l) => ({ ...l, backordered: now.get(l.id)! }));
}

function newOrders(batch: readonly Resolved[]): NewOrder[] {
  return batch.map(({ input, customer, policyRow, policy, locationId }) => ({
    customerId: customer.id,
    priority: input.priority ?? customer.priority,
    shipType: input.shipType ?? customer.ship_type,
    fulfillmentPolicyId: policyRow?.id ?? null,
    backorderStrategy: policy.backorderStrategy,
    customerPolicyId: customer.fulfillment_policy_id,
    requestedShipDate: input.requestedShipDate ?? null,
    reference: input.reference ?? null,
    locationId,
    splitFrom: null,
  }));
}

function newLines(batch: readonly Resolved[], items: ReadonlyMap<string, ItemRow>, preorders: ReadonlyMap<number, PreorderTerms>): NewLine[] {
  return batch.flatMap(({ input, policy, locationId }, order) =>
    input.lines.map((line, index) => {
      const item = items.get(line.sku)!;
      return {
        order,
        lineNo: index + 1,
        itemId: item.id,
        quantity: line.quantity,
        unitPrice: line.unitPrice ?? item.unit_price,
        preventPartialDelivery: line.preventPartialDelivery ?? policy.preventPartialDelivery,
        // A service is never backordered: there is no stock to wait for.
        allocated: item.service ? line.quantity : 0,
        preorder: preorders.has(item.id),
        preferredLocationId: locationId,
      };
    }),
  );
}

/** An "entered" entry per order, and one per preordered line. */
function logEntered(
  ctx: ServiceContext,
  orders: readonly { id: number; priority: number; ship_type: string; backorder_strategy: string }[],
  lines: readonly OrderLineRow[],
  preorders: ReadonlyMap<number, PreorderTerms>,
) {
  logEntries(ctx, [
    ...orders.map((o) => ({
      entity: 'order' as const,
      action: 'entered',
      orderId: o.id,
      reason: `priority ${o.priority}, ship type ${o.ship_type}, strategy ${o.backorder_strategy}`,
    })),
    ...lines
      .filter((l) => l.preorder)
      .map((l) => ({ entity: 'line' as const, action: 'entered', orderId: l.order_id, itemId: l.item_id, lineNo: l.line_no, quantity: l.quantity, reason: `preorder: launches ${preorders.get(l.item_id)!.launchDate}` })),
  ]);
}

/**
 * A batch enters the orders of many callers in one unit of work: each entry about one of its
 * orders names that order's caller (what the batch moved on other orders stays the batch's).
 */
function attributeEntries(ctx: ServiceContext, from: number, actorOfOrder: ReadonlyMap<number, ActorLike>): void {
  const journal = ctx.work.journal;
  for (let i = from; i < journal.length; i++) {
    const entry = journal[i]!;
    const actor = entry.orderId == null ? undefined : actorOfOrder.get(entry.orderId);
    if (actor !== undefined && entry.actor === undefined) journal[i] = { ...entry, actor };
  }
}

/**
 * Places new lines item by item (in item-id order) and promises them. Returns the lines as placed
 * (inserted, plus the free stock they got), where that stock is, and their dates; no dates when
 * placing moved other lines' stock, took stock owed to them, or recomputed a whole queue (the
 * caller reads the orders back).
 */
async function placeAndPromise(ctx: ServiceContext, lines: readonly OrderLineRow[], items: ReadonlyMap<string, ItemRow>) {
  const serviceItems = new Set([...items.values()].filter((i) => i.service).map((i) => i.id));
  const byItem = groupBy(lines.filter((l) => !serviceItems.has(l.item_id)), (l) => l.item_id, toWaiting);
  const orderIds = [...new Set(lines.map((l) => l.order_id))];
  const reason = orderIds.length === 1 ? `order ${orderIds[0]} entered` : `orders ${orderIds[0]}–${orderIds.at(-1)} entered`;
  const requeued = new Set<number>();
  const granted = new Map<number, readonly { location: string; quantity: number }[]>();
  // Placing an item's lines moves only that item's stock: every standing can be read up front.
  const standings = await stockAndWorstHolders(ctx.db, [...byItem.keys()]);
  for (const standing of standings.values()) for (const level of standing.levels) ctx.work.names.locations.set(level.locationId, level.location);
  // And so can every item's rationing (the items are locked): one statement, not one per item.
  const rationed = await rationedItems(ctx.db, [...byItem.keys()]);
  for (const itemId of [...byItem.keys()].sort((a, b) => a - b)) {
    const engine = new AllocationEngine(ctx, itemId, rationed.get(itemId) ?? null);
    const placement = await engine.place(byItem.get(itemId)!, reason, standings.get(itemId));
    if (placement.taken > 0 || placement.tookOwedStock) requeued.add(itemId);
    for (const [lineId, got] of placement.granted) granted.set(lineId, got);
  }
  // Nothing moved but free stock onto the new lines: they are as inserted, plus what they got.
  const placed = lines.map((l) => {
    const units = (granted.get(l.id) ?? []).reduce((sum, g) => sum + g.quantity, 0);
    return { ...l, allocated: l.allocated + units, backordered: l.backordered - units };
  });

  // Lines that lost stock, or stock owed to them, to these orders: their item's whole queue is promised anew.
  ctx.work.supplyOrQueueChanged(requeued);
  // Their orders are read back for the answer: the dates must be current now.
  if (requeued.size > 0) await promiseChangedItems(ctx);
  let dates: Map<number, string | null> | undefined = requeued.size === 0 ? new Map() : undefined;
  const placedByItem = groupBy(placed, (l) => l.item_id);
  const promising = [...byItem.keys()].filter((id) => !requeued.has(id) && placedByItem.get(id)!.some((l) => l.backordered > 0));
  const outlooks = await promiseOutlooks(ctx.db, promising, businessDay(ctx));
  for (const itemId of byItem.keys()) {
    if (requeued.has(itemId)) continue;
    const promised = await promiseNewLines(ctx, itemId, placedByItem.get(itemId)!, outlooks.get(itemId));
    if (!promised) dates = undefined;
    else for (const [lineId, date] of promised) dates?.set(lineId, date);
  }
  return { placed, granted, dates };
}

/** A policy that may not backorder refuses the order (throws), flags it, or only notes it. */
async function enforceBackorderPolicy(ctx: ServiceContext, view: OrderView, policy: FulfillmentPolicy): Promise<OrderView> {
  // Preorders are taken whatever the strategy: they wait for their launch, not for a backorder.
  const short = view.lines.filter((l) => l.backordered > 0 && !l.preorder);
  const verdict = backorderAtEntry(policy);
  if (short.length === 0 || verdict === 'allow') return view;
  const units = short.reduce((s, l) => s + l.backordered, 0);
  const message = `Policy "${policy.code}" does not allow backorders: ${units} unit(s) on ${short.length} line(s) cannot be filled now.`;
  if (verdict === 'refuse') {
    refuse('backorder_not_allowed', message, { lines: short.map((l) => ({ lineNo: l.lineNo, backordered: l.backordered })) });
  }
  logEntries(ctx, [{ entity: 'order', action: `policy_${verdict}`, orderId: view.id, reason: message }]);
  if (verdict === 'note') return view;
  await ctx.db.updateTable('orders').set({ warnings: JSON.stringify([message]) }).where('id', '=', view.id).execute();
  return { ...view, warnings: [message] };
}

export function toWaiting(line: OrderLineRow): WaitingLine {
  return {
    lineId: line.id,
    orderId: line.order_id,
    lineNo: line.line_no,
    priority: line.priority,
    entrySeq: line.entry_seq,
    backordered: line.backordered,
    preferredLocationId: line.preferred_location_id,
  };
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
