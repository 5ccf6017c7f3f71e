/**
 * Replenishment (docs/domain.md#replenishment): what to buy for an item so that its
 * backorders are covered and its free stock reaches the minimum level, net of what is inbound.
 */
export interface ItemPosition {
  /** Units waiting on backorder. */
  readonly backordered: number;
  /** Free stock (on hand not allocated). */
  readonly available: number;
  /** Units already expected: open and draft purchase orders, transfers in transit, the schedule. */
  readonly inbound: number;
  readonly minLevel: number;
  /** The usual quantity bought at once: a purchase is never smaller. */
  readonly reorderQuantity: number;
}

/** Units to buy: 0 when free stock and inbound already cover backorders plus the minimum level. */
export function quantityToBuy(position: ItemPosition): number {
  const need = position.backordered + position.minLevel - position.available - position.inbound;
  return need <= 0 ? 0 : Math.max(need, position.reorderQuantity);
}

/**
 * Purchase the shortage: what an order lacks (bought for its lines) plus what the item
 * needs besides to reach its minimum level, the whole at least the reorder quantity.
 */
export function shortagePurchase(shortage: number, position: ItemPosition): { readonly forLines: number; readonly topUp: number } {
  const besides = quantityToBuy({ ...position, inbound: position.inbound + shortage, reorderQuantity: 0 });
  const topUp = Math.max(besides, position.reorderQuantity - shortage, 0);
  return { forLines: shortage, topUp };
}
