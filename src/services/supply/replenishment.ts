import { addDays } from '../../domain/business-date.js';
import { quantityToBuy } from '../../domain/supply/replenishment.js';
import { bestLocation, itemPositions, type ItemPositionRow } from '../../repositories/replenishment-repository.js';
import { lockItems } from '../../repositories/stock-repository.js';
import { businessDay, type ServiceContext, type ReadContext } from '../../app/context.js';
import { itemBySku } from '../../repositories/lookup.js';
import { createPurchaseOrder } from './purchase-orders.js';
import type { PurchaseOrderView } from '../../queries/purchase-order-view.js';
import type { SuggestionFilter } from '../../contract/supply.js';

export interface Suggestion {
  readonly sku: string;
  readonly supplier: string;
  readonly location: string;
  readonly backordered: number;
  readonly available: number;
  readonly inbound: number;
  readonly minLevel: number;
  readonly reorderQuantity: number;
  /** What to buy: covers the backorders and reaches the minimum level, net of free stock and inbound. */
  readonly quantity: number;
  readonly expectedDate: string;
}

/** Per item with a supplier: what to buy now (items that need nothing are left out). */
export async function replenishmentSuggestions(ctx: ReadContext, filter: SuggestionFilter): Promise<{ suggestions: Suggestion[] }> {
  const item = filter.sku === undefined ? undefined : await itemBySku(ctx.db, filter.sku);
  const positions = await itemPositions(ctx.db, businessDay(ctx), item ? [item.id] : undefined);
  const wanted = positions.filter((p) => p.supplier !== null && (filter.supplier === undefined || p.supplier === filter.supplier));
  return { suggestions: await suggest(ctx, wanted) };
}

async function suggest(ctx: ReadContext, positions: readonly ItemPositionRow[]): Promise<Suggestion[]> {
  const today = businessDay(ctx);
  const codes = new Map((await ctx.db.selectFrom('locations').select(['id', 'code']).execute()).map((l) => [l.id, l.code]));
  const fallback = await bestLocation(ctx.db);
  return positions.flatMap((p) => {
    const quantity = quantityToBuy(p);
    const locationId = p.locationId ?? fallback;
    if (quantity === 0 || p.supplier === null || locationId === undefined) return [];
    const { backordered, available, inbound, minLevel, reorderQuantity } = p;
    return [{ sku: p.sku, supplier: p.supplier, location: codes.get(locationId)!, backordered, available, inbound, minLevel, reorderQuantity, quantity, expectedDate: addDays(today, p.leadTimeDays) }];
  });
}

/**
 * Raises draft purchase orders for today's suggestions: one per supplier and location, in one
 * transaction per group under its items' locks, with the suggestions computed again under those
 * locks. Drafts count as inbound, so a second run (or a concurrent one) finds nothing to add.
 */
export async function draftReplenishment(
  ctx: ServiceContext,
  group: { readonly supplier: string; readonly location: string; readonly itemIds: readonly number[] },
): Promise<PurchaseOrderView | undefined> {
  await lockItems(ctx.db, [...group.itemIds].sort((a, b) => a - b));
  const positions = await itemPositions(ctx.db, businessDay(ctx), group.itemIds);
  const lines = (await suggest(ctx, positions)).filter((s) => s.supplier === group.supplier && s.location === group.location);
  if (lines.length === 0) return undefined;
  const expectedDate = lines.map((l) => l.expectedDate).sort().at(-1)!;
  return createPurchaseOrder(
    ctx,
    { supplier: group.supplier, location: group.location, expectedDate, reference: 'replenishment', lines: lines.map((l) => ({ sku: l.sku, quantity: l.quantity })) },
    'draft',
  );
}

/** Today's suggestions grouped by supplier and location, as the replenishment job drafts them. */
export async function replenishmentGroups(ctx: ReadContext, supplier?: string) {
  const { suggestions } = await replenishmentSuggestions(ctx, { supplier });
  const ids = new Map((await ctx.db.selectFrom('items').select(['id', 'sku']).where('sku', 'in', suggestions.length > 0 ? suggestions.map((s) => s.sku) : ['']).execute()).map((i) => [i.sku, i.id]));
  const groups = new Map<string, { supplier: string; location: string; itemIds: number[] }>();
  for (const s of suggestions) {
    const key = `${s.supplier}\u0000${s.location}`;
    if (!groups.has(key)) groups.set(key, { supplier: s.supplier, location: s.location, itemIds: [] });
    groups.get(key)!.itemIds.push(ids.get(s.sku)!);
  }
  return [...groups.values()];
}
