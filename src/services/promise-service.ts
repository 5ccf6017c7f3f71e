import { promiseDates, promiseDatesAtTail, type PromiseLine } from '../domain/promise-dates.js';
import { compareRank } from '../domain/queue-rank.js';
import { findItemsById } from '../repositories/master-data-repository.js';
import type { OrderLineRow } from '../repositories/order-repository.js';
import {
  clearSettledPromises,
  expectedSupply,
  freeStock,
  lastWaitingLine,
  promiseQueue,
  setPromiseDates,
  type PromiseQueueLine,
} from '../repositories/promise-repository.js';
import { owedAhead } from '../repositories/queue-repository.js';
import { appendLog } from '../repositories/record-log-repository.js';
import { businessDay, type ServiceContext } from './context.js';

/**
 * Recomputes the promise dates of these items' waiting lines (DOMAIN.md, "Promise dates"), after
 * supply, the schedule, priorities or cancellations changed. The caller holds the items' locks:
 * one read of each queue, one walk, and writes only for the lines whose date moved, each of which
 * is in the record log.
 */
export async function refreshPromises(ctx: ServiceContext, itemIds: Iterable<number>): Promise<void> {
  for (const itemId of new Set(itemIds)) await refreshItem(ctx, itemId);
}

async function refreshItem(ctx: ServiceContext, itemId: number): Promise<void> {
  await clearSettledPromises(ctx.db, itemId);
  const queue = await promiseQueue(ctx.db, itemId);
  if (queue.length === 0) return;
  const today = businessDay(ctx);
  const launch = await launchDate(ctx, itemId);
  const supply = await expectedSupply(ctx.db, itemId, today);
  const dates = promiseDates(queue.map((l) => asPromiseLine(l, launch)), await freeStock(ctx.db, itemId), supply, today);
  await record(ctx, itemId, queue, dates);
}

/**
 * After order entry. A new order usually waits behind everyone: then nothing ahead of it moves,
 * and its own dates follow from what is owed ahead (one aggregate), not from the whole queue.
 * When it went ahead of waiting lines (a priority order), the whole queue is recomputed: it may
 * have taken free stock they were promised.
 */
export async function promiseNewLines(ctx: ServiceContext, itemId: number, lines: readonly OrderLineRow[]): Promise<void> {
  const own = lines[0];
  if (!own) return;
  const last = await lastWaitingLine(ctx.db, itemId);
  const rank = { priority: own.priority, entrySeq: own.entry_seq, lineNo: own.line_no };
  if (last && last.orderId !== own.order_id && compareRank(last, rank) > 0) return refreshItem(ctx, itemId);
  const waiting = lines.filter((l) => l.backordered > 0);
  const first = waiting[0];
  if (!first) return;
  const today = businessDay(ctx);
  const supply = await expectedSupply(ctx.db, itemId, today);
  // Nothing expected: the lines keep no date (free stock gave them all they were entitled to).
  if (supply.length === 0) return;
  const owed = await owedAhead(ctx.db, itemId, { priority: first.priority, entrySeq: first.entry_seq, lineNo: first.line_no });
  const launch = await launchDate(ctx, itemId);
  const queue = waiting.map((l) => ({
    lineId: l.id,
    orderId: l.order_id,
    lineNo: l.line_no,
    backordered: l.backordered,
    preorder: l.preorder,
    expectedShipDate: l.expected_ship_date,
  }));
  const dates = promiseDatesAtTail(owed, queue.map((l) => asPromiseLine(l, launch)), await freeStock(ctx.db, itemId), supply, today);
  await record(ctx, itemId, queue, dates);
}

async function record(ctx: ServiceContext, itemId: number, queue: readonly PromiseQueueLine[], dates: readonly (string | null)[]) {
  const changed = queue.flatMap((line, i) => (line.expectedShipDate === dates[i] ? [] : [{ line, date: dates[i] ?? null }]));
  if (changed.length === 0) return;
  await setPromiseDates(ctx.db, changed.map(({ line, date }) => ({ lineId: line.lineId, date })));
  await appendLog(
    ctx.db,
    changed.map(({ line, date }) => ({
      entity: 'line' as const,
      action: 'promise_date_changed',
      orderId: line.orderId,
      itemId,
      lineNo: line.lineNo,
      quantity: line.backordered,
      reason: `expected ship date ${line.expectedShipDate ?? 'none'} → ${date ?? 'none'}`,
    })),
    ctx.actor,
    ctx.clock.now(),
  );
}

async function launchDate(ctx: ServiceContext, itemId: number): Promise<string | null> {
  const [item] = await findItemsById(ctx.db, [itemId]);
  return item?.preorder_launch_date ?? null;
}

function asPromiseLine(line: PromiseQueueLine, launch: string | null): PromiseLine {
  return { lineId: line.lineId, backordered: line.backordered, notBefore: line.preorder ? launch : null };
}
