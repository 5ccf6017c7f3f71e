import { promiseDates, promiseDatesAtTail, type PromiseLine } from '../../domain/promising/promise-dates.js';
import { compareRank } from '../../domain/allocation/queue-rank.js';
import { findItemsById } from '../../repositories/master-data-repository.js';
import type { OrderLineRow } from '../../repositories/order-repository.js';
import {
  clearSettledPromises,
  promiseOutlook,
  promiseOutlooks,
  promiseQueue,
  waitingFrom,
  type PromiseOutlook,
  setPromiseDates,
  type PromiseQueueLine,
} from '../../repositories/promise-repository.js';
import { owedAhead } from '../../repositories/queue-repository.js';
import { businessDay, type ServiceContext } from '../../app/context.js';
import { logEntries } from '../../app/journal.js';
import { raiseEvents } from '../../app/outbox.js';

/**
 * Recomputes the promise dates of these items' waiting lines (docs/domain.md#promise-dates), after
 * supply, the schedule, priorities or cancellations changed. The caller holds the items' locks:
 * one read of each queue, one walk, and writes only for the lines whose date moved, each of which
 * is in the record log.
 */
export async function refreshPromises(ctx: ServiceContext, itemIds: Iterable<number>): Promise<void> {
  const ids = [...new Set(itemIds)];
  if (ids.length === 0) return;
  // Two statements for all the items; only those with something to promise read their queue.
  await clearSettledPromises(ctx.db, ids);
  const outlooks = await promiseOutlooks(ctx.db, ids, businessDay(ctx));
  for (const itemId of ids) {
    const outlook = outlooks.get(itemId)!;
    if (!nothingToPromise(outlook)) await refreshItem(ctx, itemId, outlook);
  }
}

async function refreshItem(ctx: ServiceContext, itemId: number, outlook: PromiseOutlook): Promise<void> {
  const today = businessDay(ctx);
  const queue = await promiseQueue(ctx.db, itemId);
  if (queue.length === 0) return;
  const launch = await launchDate(ctx, itemId);
  const dates = promiseDates(queue.map((l) => asPromiseLine(l, launch)), outlook.free, outlook.supply, today);
  await record(ctx, itemId, queue, dates);
}

/**
 * After order entry. New orders usually wait behind everyone: then nothing ahead of them moves,
 * and their dates follow from what is owed ahead (one aggregate), not from the whole queue. When
 * they went ahead of waiting lines (a priority order), the whole queue is recomputed. Returns the
 * new lines' dates (a line not in it has none), or undefined when the whole queue was recomputed.
 * `known`: the item's outlook, read since its lines were placed (entry reads all its items' at once).
 */
export async function promiseNewLines(
  ctx: ServiceContext,
  itemId: number,
  lines: readonly OrderLineRow[],
  known?: PromiseOutlook,
): Promise<ReadonlyMap<number, string | null> | undefined> {
  const none = new Map<number, string | null>();
  const waiting = lines
    .filter((l) => l.backordered > 0)
    .sort((a, b) => compareRank(rankOf(a), rankOf(b)));
  const first = waiting[0];
  if (!first) return none;
  const today = businessDay(ctx);
  const outlook = known ?? (await promiseOutlook(ctx.db, itemId, today));
  if (nothingToPromise(outlook)) return none;
  const { supply, free } = outlook;
  const atTail = (await waitingFrom(ctx.db, itemId, rankOf(first))) === waiting.length;
  if (!atTail) {
    await clearSettledPromises(ctx.db, [itemId]);
    await refreshItem(ctx, itemId, outlook);
    return undefined;
  }
  // Nothing expected: the lines keep no date (free stock gave them all they were entitled to).
  if (supply.length === 0) return none;
  const owed = await owedAhead(ctx.db, itemId, rankOf(first));
  const launch = await launchDate(ctx, itemId);
  const queue = waiting.map((l) => ({
    lineId: l.id,
    orderId: l.order_id,
    lineNo: l.line_no,
    backordered: l.backordered,
    preorder: l.preorder,
    expectedShipDate: l.expected_ship_date,
  }));
  const dates = promiseDatesAtTail(owed, queue.map((l) => asPromiseLine(l, launch)), free, supply, today);
  await record(ctx, itemId, queue, dates);
  return new Map(queue.map((line, i) => [line.lineId, dates[i] ?? null]));
}

/**
 * No supply expected, no free stock and no dated line: every date is and stays "none", so the
 * queue need not be read (the common case of a fill or an entry without scheduled supply).
 */
function nothingToPromise(outlook: PromiseOutlook): boolean {
  return outlook.supply.length === 0 && outlook.free === 0 && !outlook.promised;
}

const rankOf = (line: OrderLineRow) => ({ priority: line.priority, entrySeq: line.entry_seq, lineNo: line.line_no });

async function record(ctx: ServiceContext, itemId: number, queue: readonly PromiseQueueLine[], dates: readonly (string | null)[]) {
  const changed = queue.flatMap((line, i) => (line.expectedShipDate === dates[i] ? [] : [{ line, date: dates[i] ?? null }]));
  if (changed.length === 0) return;
  await setPromiseDates(ctx.db, changed.map(({ line, date }) => ({ lineId: line.lineId, date })));
  raiseEvents(
    ctx,
    changed.map(({ line, date }) => ({
      type: 'promise_date.changed' as const,
      orderId: line.orderId,
      itemIds: [itemId],
      data: { lineNo: line.lineNo, itemId, backordered: line.backordered, old: line.expectedShipDate ?? null, new: date ?? null },
    })),
  );
  logEntries(
    ctx,
    changed.map(({ line, date }) => ({
      entity: 'line' as const,
      action: 'promise_date_changed',
      orderId: line.orderId,
      itemId,
      lineNo: line.lineNo,
      quantity: line.backordered,
      reason: `expected ship date ${line.expectedShipDate ?? 'none'} → ${date ?? 'none'}`,
    })),
  );
}

async function launchDate(ctx: ServiceContext, itemId: number): Promise<string | null> {
  const [item] = await findItemsById(ctx.db, [itemId]);
  return item?.preorder_launch_date ?? null;
}

function asPromiseLine(line: PromiseQueueLine, launch: string | null): PromiseLine {
  return { lineId: line.lineId, backordered: line.backordered, notBefore: line.preorder ? launch : null };
}
