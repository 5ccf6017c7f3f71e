import type { Updateable } from 'kysely';
import type { Database } from '../db/schema.js';
import { updateItemRow } from '../repositories/master-data-repository.js';
import { appendLog } from '../repositories/record-log-repository.js';
import { lockItems } from '../repositories/stock-repository.js';
import type { ServiceContext } from './context.js';
import { itemBySku } from './lookup.js';
import { itemView, type PreorderInput } from './master-data-service.js';
import { refreshPromises } from './promise-service.js';

export interface ItemChange {
  readonly name?: string | undefined;
  readonly unitPrice?: number | undefined;
  /** New preorder terms, or null to stop taking preorders. */
  readonly preorder?: PreorderInput | null | undefined;
}

/**
 * Changes an existing item. Under the item's lock, because preorder terms decide how its orders
 * are taken and when its lines may be promised.
 */
export async function changeItem(ctx: ServiceContext, sku: string, change: ItemChange) {
  const item = await itemBySku(ctx.db, sku);
  await lockItems(ctx.db, [item.id]);
  const set: Updateable<Database['items']> = {};
  const reasons: string[] = [];
  if (change.name !== undefined) set.name = change.name;
  if (change.unitPrice !== undefined) set.unit_price = change.unitPrice;
  if (change.preorder !== undefined) {
    set.preorder_launch_date = change.preorder?.launchDate ?? null;
    set.preorder_cap = change.preorder?.cap ?? null;
    reasons.push(
      change.preorder === null
        ? 'takes no more preorders'
        : `preorders until ${change.preorder.launchDate}${change.preorder.cap === undefined ? '' : `, at most ${change.preorder.cap} units`}`,
    );
  }
  const row = await updateItemRow(ctx.db, item.id, set);
  await appendLog(
    ctx.db,
    [{ entity: 'item', action: 'changed', itemId: item.id, reason: [...Object.keys(set).filter((k) => !k.startsWith('preorder')), ...reasons].join('; ') }],
    ctx.actor,
    ctx.clock.now(),
  );
  if (change.preorder !== undefined) await refreshPromises(ctx, [item.id]);
  return itemView(row);
}
