import { sql } from 'kysely';
import type { ReadContext } from '../app/context.js';
import type { BackorderExportQuery } from '../contract/imports.js';
import { refuse } from '../domain/refusal.js';
import { customerByCode, itemBySku } from '../repositories/lookup.js';
import { findOrder } from '../repositories/order-repository.js';
import { listBackorders } from './backorder-list.js';

/**
 * The rows of each CSV export, read in keyset pages (never the whole result at once): the caller
 * writes each page out before the next is read. Codes in the filters are resolved first, so an
 * unknown one is refused before anything is sent.
 */
export const exportKinds = ['backorders', 'stock', 'orders', 'order-history', 'item-history'] as const;
export type ExportKind = (typeof exportKinds)[number];

export interface ExportFilter extends BackorderExportQuery {
  readonly orderId?: number | undefined;
}

export type ExportRow = Record<string, string | number | boolean | null>;

const PAGE = 1000;

/** The columns of each export, in order (the CSV header). */
export const exportColumns: Readonly<Record<ExportKind, readonly string[]>> = {
  backorders: ['orderId', 'lineNo', 'sku', 'customer', 'priority', 'enteredAt', 'ageDays', 'allocated', 'backordered', 'queuePosition', 'preorder', 'expectedShipDate'],
  stock: ['sku', 'location', 'onHand', 'allocated', 'available'],
  // The import's columns first, so an export can be imported again (it then writes nothing).
  orders: [
    'reference', 'customer', 'sku', 'quantity', 'unitPrice', 'preventPartialDelivery', 'priority', 'shipType', 'fulfillmentPolicy',
    'backorderStrategy', 'requestedShipDate', 'location', 'orderId', 'lineNo', 'enteredAt', 'allocated', 'released', 'shipped', 'cancelled', 'backordered',
  ],
  'order-history': ['id', 'at', 'actor', 'onBehalfOf', 'entity', 'action', 'orderId', 'lineNo', 'sku', 'quantity', 'reason', 'shipmentId'],
  'item-history': ['id', 'at', 'actor', 'onBehalfOf', 'entity', 'action', 'orderId', 'lineNo', 'sku', 'quantity', 'reason', 'shipmentId'],
};

export async function exportRows(ctx: ReadContext, kind: ExportKind, filter: ExportFilter): Promise<AsyncGenerator<ExportRow[]>> {
  switch (kind) {
    case 'backorders':
      // Resolves the codes now: listBackorders refuses unknown ones.
      return backorderPages(ctx, filter, await listBackorders(ctx, { ...filter, limit: 500 }));
    case 'stock':
      return stockPages(ctx, await optionalItem(ctx, filter.sku));
    case 'orders': {
      const item = await optionalItem(ctx, filter.sku);
      const customer = filter.customer === undefined ? undefined : (await customerByCode(ctx.db, filter.customer)).id;
      return orderPages(ctx, item, customer);
    }
    case 'order-history': {
      const orderId = filter.orderId ?? refuse('validation_failed', 'The order history needs orderId.', { field: 'querystring/orderId' });
      if (!(await findOrder(ctx.db, orderId))) refuse('order_not_found', `No order has id ${orderId}.`, { orderId });
      return historyPages(ctx, sql`r.order_id = ${orderId}`);
    }
    case 'item-history': {
      const sku = filter.sku ?? refuse('validation_failed', 'The item history needs sku.', { field: 'querystring/sku' });
      return historyPages(ctx, sql`r.item_id = ${(await itemBySku(ctx.db, sku)).id}`);
    }
  }
}

const optionalItem = async (ctx: ReadContext, sku: string | undefined) => (sku === undefined ? undefined : (await itemBySku(ctx.db, sku)).id);

async function* backorderPages(ctx: ReadContext, filter: BackorderExportQuery, first: Awaited<ReturnType<typeof listBackorders>>) {
  let page = first;
  for (;;) {
    yield page.items.map((b) => ({ ...b }));
    if (page.nextCursor === null) return;
    page = await listBackorders(ctx, { ...filter, limit: 500, cursor: page.nextCursor });
  }
}

async function* stockPages(ctx: ReadContext, itemId: number | undefined) {
  let after = { item: 0, location: 0 };
  for (;;) {
    const { rows } = await sql<ExportRow & { itemId: number; locationId: number }>`
      select s.item_id as "itemId", s.location_id as "locationId", i.sku, l.code as location, s.on_hand as "onHand",
             s.allocated, s.on_hand - s.allocated as available
      from stock_levels s join items i on i.id = s.item_id join locations l on l.id = s.location_id
      where (s.item_id, s.location_id) > (${after.item}, ${after.location}) ${itemId === undefined ? sql`` : sql`and s.item_id = ${itemId}`}
      order by s.item_id, s.location_id
      limit ${PAGE}`.execute(ctx.db);
    if (rows.length > 0) yield rows.map(({ itemId: _i, locationId: _l, ...row }) => row);
    if (rows.length < PAGE) return;
    after = { item: rows.at(-1)!.itemId, location: rows.at(-1)!.locationId };
  }
}

async function* orderPages(ctx: ReadContext, itemId: number | undefined, customerId: number | undefined) {
  let after = { order: 0, line: 0 };
  for (;;) {
    const { rows } = await sql<ExportRow & { enteredAt: Date }>`
      select o.reference, c.code as customer, i.sku, l.quantity, l.unit_price as "unitPrice",
             l.prevent_partial_delivery as "preventPartialDelivery", o.priority, o.ship_type as "shipType",
             p.code as "fulfillmentPolicy", o.backorder_strategy as "backorderStrategy",
             o.requested_ship_date as "requestedShipDate", loc.code as location, o.id as "orderId", l.line_no as "lineNo",
             o.entered_at as "enteredAt", l.allocated, l.released, l.shipped, l.cancelled, l.backordered
      from order_lines l
      join orders o on o.id = l.order_id
      join customers c on c.id = o.customer_id
      join items i on i.id = l.item_id
      left join fulfillment_policies p on p.id = o.fulfillment_policy_id
      left join locations loc on loc.id = o.location_id
      where (l.order_id, l.line_no) > (${after.order}, ${after.line})
        ${itemId === undefined ? sql`` : sql`and l.item_id = ${itemId}`}
        ${customerId === undefined ? sql`` : sql`and o.customer_id = ${customerId}`}
      order by l.order_id, l.line_no
      limit ${PAGE}`.execute(ctx.db);
    if (rows.length > 0) yield rows.map((row) => ({ ...row, enteredAt: row.enteredAt.toISOString() }));
    if (rows.length < PAGE) return;
    after = { order: Number(rows.at(-1)!.orderId), line: Number(rows.at(-1)!.lineNo) };
  }
}

/** A record log, newest first. */
async function* historyPages(ctx: ReadContext, subject: ReturnType<typeof sql>) {
  let before = Number.MAX_SAFE_INTEGER;
  for (;;) {
    const { rows } = await sql<ExportRow & { id: number; at: Date }>`
      select r.id, r.at, r.actor, r.on_behalf_of as "onBehalfOf", r.entity, r.action, r.order_id as "orderId",
             r.line_no as "lineNo", i.sku, r.quantity, r.reason, r.shipment_id as "shipmentId"
      from record_log r left join items i on i.id = r.item_id
      where ${subject} and r.id < ${before}
      order by r.id desc
      limit ${PAGE}`.execute(ctx.db);
    if (rows.length > 0) yield rows.map((row) => ({ ...row, at: row.at.toISOString() }));
    if (rows.length < PAGE) return;
    before = Number(rows.at(-1)!.id);
  }
}
