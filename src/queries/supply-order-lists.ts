import type { ReadContext } from '../app/context.js';
import type { PurchaseOrderQuery, TransferOrderQuery } from '../contract/supply.js';
import { itemBySku, locationByCode } from '../repositories/lookup.js';
import { listPurchaseOrders, type SupplyOrderFilter } from '../repositories/purchase-order-repository.js';
import { listTransferOrders } from '../repositories/transfer-order-repository.js';
import { decodeCursor, defaultPageLimit, keyOfKinds, pageRows, type Page } from './paging.js';
import { purchaseOrderViews, type PurchaseOrderView } from './purchase-order-view.js';
import { transferOrderViews, type TransferOrderView } from './transfer-order-view.js';

/**
 * The purchase- and transfer-order lists: newest first, keyset-paged on the id (an order raised
 * while a reader pages has a higher id, so it never shifts the pages after the cursor).
 */

async function commonFilter(ctx: ReadContext, list: string, query: { status?: string; sku?: string; limit?: number; cursor?: string }): Promise<SupplyOrderFilter> {
  return {
    statuses: query.status?.split(','),
    itemId: query.sku === undefined ? undefined : (await itemBySku(ctx.db, query.sku)).id,
    before: query.cursor === undefined ? undefined : decodeCursor<[number]>(list, query.cursor, keyOfKinds('integer'))[0],
    limit: (query.limit ?? defaultPageLimit) + 1,
  };
}

const locationId = async (ctx: ReadContext, code: string | undefined) => (code === undefined ? undefined : (await locationByCode(ctx.db, code)).id);

export async function listPurchaseOrderPage(ctx: ReadContext, query: PurchaseOrderQuery): Promise<Page<PurchaseOrderView>> {
  const list = 'purchase-orders';
  const filter = { ...(await commonFilter(ctx, list, query)), supplier: query.supplier, locationId: await locationId(ctx, query.location) };
  const page = pageRows(list, await listPurchaseOrders(ctx.db, filter), query.limit ?? defaultPageLimit, (id) => [id]);
  return { items: await purchaseOrderViews(ctx.db, page.rows), nextCursor: page.nextCursor };
}

export async function listTransferOrderPage(ctx: ReadContext, query: TransferOrderQuery): Promise<Page<TransferOrderView>> {
  const list = 'transfer-orders';
  const filter = {
    ...(await commonFilter(ctx, list, query)),
    fromId: await locationId(ctx, query.from),
    toId: await locationId(ctx, query.to),
    locationId: await locationId(ctx, query.location),
  };
  const page = pageRows(list, await listTransferOrders(ctx.db, filter), query.limit ?? defaultPageLimit, (id) => [id]);
  return { items: await transferOrderViews(ctx.db, page.rows), nextCursor: page.nextCursor };
}
