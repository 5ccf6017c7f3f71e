/**
 * Intercompany orders (docs/domain.md#intercompany-orders): an order of another company of the
 * group, linked to the original order it supplies. Its backorder strategy is always initialised
 * from the original's; it follows the original's every change, and cannot be changed on its own,
 * only when it delivers directly to the original's customer and its customer syncs the strategy.
 */
export interface IntercompanyLink {
  readonly originalOrderId: number;
  readonly directDelivery: boolean;
  /** The intercompany customer's "sync backorder strategy" setting. */
  readonly customerSyncs: boolean;
}

export function strategySynced(link: IntercompanyLink): boolean {
  return link.directDelivery && link.customerSyncs;
}

/**
 * Whether linking `orderId` as the intercompany order of `originalId` would close a loop:
 * `originalOf` walks each order to the original it supplies (undefined at the end of a chain).
 */
export function closesLoop(orderId: number, originalId: number, originalOf: (id: number) => number | undefined): boolean {
  const seen = new Set<number>();
  for (let at: number | undefined = originalId; at !== undefined; at = originalOf(at)) {
    if (at === orderId) return true;
    if (seen.has(at)) return false;
    seen.add(at);
  }
  return false;
}
