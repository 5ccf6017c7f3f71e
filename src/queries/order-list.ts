import type { ReadContext } from '../app/context.js';
import type { OrderQuery } from '../contract/order-list.js';
import { addDays } from '../domain/business-date.js';
import type { OrderStatus } from '../domain/orders/order-status.js';
import { customerByCode, itemBySku } from '../repositories/lookup.js';
import { orderListRows, type OrderKey, type OrderListFilter, type OrderListRow, type OrderSort } from '../repositories/order-list-repository.js';
import { orderViews, type OrderView } from './order-view.js';
import { decodeCursor, defaultPageLimit, encodeCursor, keyOfKinds, likeEscaped, type Page } from './paging.js';

/** Statuses a release block may turn into `awaiting_full_allocation`: only the view tells them apart. */
const blockable: readonly OrderStatus[] = ['backordered', 'partially_allocated'];

/**
 * Orders filtered and sorted (by entry, or by priority then entry), keyset-paged. Status is
 * derived, never stored: the database filters by what the lines give; when a release block may
 * decide (awaiting_full_allocation against backordered or partially allocated), the views of the
 * rows read decide, and further rows are read until the page is full or the list ends.
 */
export async function listOrders(ctx: ReadContext, query: OrderQuery): Promise<Page<OrderView>> {
  const sort: OrderSort = query.sort ?? 'entry';
  const list = `orders by ${sort}`;
  const limit = query.limit ?? defaultPageLimit;
  let after = query.cursor === undefined ? undefined : keyFrom(sort, decodeCursor(list, query.cursor, sort === 'entry' ? keyOfKinds('integer') : keyOfKinds('integer', 'integer')));
  const statuses = query.status === undefined ? undefined : [...new Set(query.status.split(','))] as OrderStatus[];
  const byView = statuses !== undefined && statuses.some((s) => s === 'awaiting_full_allocation' || blockable.includes(s));
  const filter = await filterOf(ctx, query, statuses);

  const shown: OrderView[] = [];
  const keys: OrderListRow[] = [];
  for (;;) {
    // Reading on past rows the views leave out: a larger batch than the page still needs.
    const batch = byView ? Math.max(limit + 1 - shown.length, 100) : limit + 1;
    const rows = await orderListRows(ctx.db, filter, sort, after, batch);
    const views = new Map((await orderViews(ctx.db, rows.map((r) => r.id))).map((v) => [v.id, v]));
    for (const row of rows) {
      const view = views.get(row.id);
      if (view && (!byView || statuses!.includes(view.status))) {
        shown.push(view);
        keys.push(row);
      }
    }
    if (shown.length > limit || rows.length < batch) break;
    after = rows.at(-1);
  }
  const last = keys[limit - 1];
  const nextCursor = shown.length > limit && last ? encodeCursor(list, sort === 'entry' ? [last.entrySeq] : [last.priority, last.entrySeq]) : null;
  return { items: shown.slice(0, limit), nextCursor };
}

function keyFrom(sort: OrderSort, key: readonly (string | number | boolean | null)[]): OrderKey {
  const [a, b] = key as number[];
  return sort === 'entry' ? { priority: 0, entrySeq: a! } : { priority: a!, entrySeq: b! };
}

async function filterOf(ctx: ReadContext, query: OrderQuery, statuses: OrderStatus[] | undefined): Promise<OrderListFilter> {
  // In the database a release-blocked order shows as backordered or partially allocated.
  const lineStatuses = statuses?.flatMap((s) => (s === 'awaiting_full_allocation' ? blockable : [s]));
  return {
    statuses: lineStatuses,
    customerId: query.customer === undefined ? undefined : (await customerByCode(ctx.db, query.customer)).id,
    itemId: query.sku === undefined ? undefined : (await itemBySku(ctx.db, query.sku)).id,
    reference: query.reference,
    referencePattern: query.referencePrefix === undefined ? undefined : `${likeEscaped(query.referencePrefix)}%`,
    enteredFrom: query.enteredFrom === undefined ? undefined : new Date(`${query.enteredFrom}T00:00:00Z`),
    enteredBefore: query.enteredTo === undefined ? undefined : new Date(`${addDays(query.enteredTo, 1)}T00:00:00Z`),
    priority: query.priority,
    strategy: query.strategy,
    hasBackorder: query.hasBackorder,
  };
}
