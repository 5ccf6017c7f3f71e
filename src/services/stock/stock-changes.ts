import { refuse } from '../../domain/refusal.js';
import { itemDemand, lockItems, stockLevels } from '../../repositories/stock-repository.js';
import { AllocationEngine } from '../allocation/allocation-engine.js';
import { inboundSupply, type InboundRow } from '../../repositories/promise-repository.js';
import { businessDay, type ServiceContext, type ReadContext } from '../../app/context.js';
import { itemBySku, locationByCode } from '../../repositories/lookup.js';
import { bookArrival } from './arrival.js';
import { postOnHand } from './on-hand-posting.js';
import type { AdjustmentInput, StockInput } from '../../contract/stock.js';

export type { AdjustmentInput, StockInput } from '../../contract/stock.js';

export interface StockView {
  readonly sku: string;
  readonly onHand: number;
  readonly allocated: number;
  readonly available: number;
  readonly backordered: number;
  readonly waitingLines: number;
  readonly locations: { location: string; onHand: number; allocated: number; available: number }[];
  /** The earliest date supply is expected at one of our locations, or null. */
  readonly nextExpectedDate: string | null;
  /** Expected supply, earliest first: open purchase orders, transfers in transit, the schedule. */
  readonly inbound: InboundRow[];
  /** The business day the view is for. */
  readonly businessDate: string;
}

/** A receipt (primary process) or a customer return (secondary process) raises on hand. */
export async function receiveStock(ctx: ServiceContext, kind: 'receipt' | 'return', input: StockInput): Promise<StockView> {
  const { item, location } = await stockPlace(ctx, input.sku, input.location);
  await lockItems(ctx.db, [item.id]);
  const reason = `${kind} of ${input.quantity} at ${location.code}${input.reference ? ` (${input.reference})` : ''}`;
  await bookArrival(ctx, { itemId: item.id, locationId: location.id, kind, quantity: input.quantity, reference: input.reference ?? null, reason });
  return stockView(ctx, input.sku);
}

/**
 * A signed adjustment. Taking stock out first uses what is free at the location, then takes back
 * unreleased allocations from the worst-ranked lines; released stock is never taken back.
 */
export async function adjustStock(ctx: ServiceContext, input: AdjustmentInput): Promise<StockView> {
  const { item, location } = await stockPlace(ctx, input.sku, input.location);
  await lockItems(ctx.db, [item.id]);
  const reason = `adjustment of ${input.quantity} at ${location.code}: ${input.reason}`;
  if (input.quantity < 0) {
    const engine = new AllocationEngine(ctx, item.id);
    const level = (await stockLevels(ctx.db, item.id)).find((l) => l.locationId === location.id);
    const onHand = level?.onHand ?? 0;
    const free = onHand - (level?.allocated ?? 0);
    const removing = -input.quantity;
    if (removing > onHand) {
      refuse('adjustment_exceeds_stock', `Cannot remove ${removing} from ${location.code}: only ${onHand} on hand.`, {
        onHand,
      });
    }
    const shortfall = removing > free ? await engine.takeBack(location.id, removing - free, reason) : 0;
    if (shortfall > 0) {
      refuse('adjustment_exceeds_stock', `Cannot remove ${removing} from ${location.code}: ${shortfall} are released to the warehouse.`, {
        shortfall,
      });
    }
    await postOnHand(ctx, item.id, location.id, 'adjustment', input.quantity, null, input.reason);
    await engine.rebalance(reason);
  } else {
    await postOnHand(ctx, item.id, location.id, 'adjustment', input.quantity, null, input.reason);
    await new AllocationEngine(ctx, item.id).supplyRaised('secondary', input.quantity, reason);
  }
  return stockView(ctx, input.sku);
}

export async function stockView(ctx: ReadContext, sku: string): Promise<StockView> {
  const item = await itemBySku(ctx.db, sku);
  const levels = await stockLevels(ctx.db, item.id);
  const demand = await itemDemand(ctx.db, item.id);
  const locations = levels.map((l) => ({
    location: l.location,
    onHand: l.onHand,
    allocated: l.allocated,
    available: l.onHand - l.allocated,
  }));
  const onHand = locations.reduce((s, l) => s + l.onHand, 0);
  const allocated = locations.reduce((s, l) => s + l.allocated, 0);
  const today = businessDay(ctx);
  const inbound = await inboundSupply(ctx.db, item.id, today, 50);
  return { sku, onHand, allocated, available: onHand - allocated, ...demand, locations, nextExpectedDate: inbound[0]?.date ?? null, inbound, businessDate: today };
}

async function stockPlace(ctx: ServiceContext, sku: string, locationCode: string) {
  const item = await itemBySku(ctx.db, sku);
  if (item.service) refuse('service_item_has_no_stock', `Item "${sku}" is a service and holds no stock.`, { sku });
  const location = await locationByCode(ctx.db, locationCode);
  return { item, location };
}
