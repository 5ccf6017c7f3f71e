import { logEntries } from '../../app/journal.js';
import { putScheduleEntries, scheduleOf } from '../../repositories/supply-schedule-repository.js';
import { lockItems } from '../../repositories/stock-repository.js';
import { businessDay, type ServiceContext, type ReadContext } from '../../app/context.js';
import { itemBySku, itemsBySku, locationByCode } from '../../repositories/lookup.js';
import { stockedItems } from './supply-links.js';
import type { ScheduleUpload } from '../../contract/supply.js';

/**
 * The uploaded on-hand change schedule: units expected at a location on a date, besides purchase
 * and transfer orders. Each entry sets the quantity for its (item, location, date); 0 removes it.
 * It feeds promise dates only: nothing is allocated before it is received.
 */
export async function uploadSchedule(ctx: ServiceContext, upload: ScheduleUpload) {
  const items = await itemsBySku(ctx.db, upload.entries.map((e) => e.sku));
  stockedItems(items.values());
  const locations = new Map<string, number>();
  for (const code of new Set(upload.entries.map((e) => e.location))) locations.set(code, (await locationByCode(ctx.db, code)).id);
  const itemIds = [...new Set([...items.values()].map((i) => i.id))];
  await lockItems(ctx.db, itemIds);
  // The last entry for the same (item, location, date) wins, as in a spreadsheet upload.
  const byKey = new Map(upload.entries.map((e) => [`${e.sku}\u0000${e.location}\u0000${e.date}`, e]));
  await putScheduleEntries(
    ctx.db,
    [...byKey.values()].map((e) => ({ itemId: items.get(e.sku)!.id, locationId: locations.get(e.location)!, date: e.date, quantity: e.quantity })),
  );
  logEntries(ctx, [...byKey.values()].map((e) => ({
      entity: 'stock' as const,
      action: 'schedule_changed',
      itemId: items.get(e.sku)!.id,
      quantity: e.quantity,
      reason: `${e.quantity === 0 ? 'nothing' : e.quantity} expected at ${e.location} on ${e.date}`,
    })));
  ctx.work.supplyOrQueueChanged(itemIds);
  return { entries: await scheduleOf(ctx.db, itemIds, businessDay(ctx)) };
}

/** The schedule from today on, for one item or all. */
export async function schedule(ctx: ReadContext, sku?: string) {
  const item = sku === undefined ? undefined : await itemBySku(ctx.db, sku);
  return { entries: await scheduleOf(ctx.db, item ? [item.id] : undefined, businessDay(ctx)) };
}
