import { Type, type Static } from '@sinclair/typebox';
import { Code, IsoDate, Name, strict } from './common.js';
import { PurchaseOrder } from './supply.js';

/** The ways to handle an order's backorder beyond waiting: purchase or transfer its shortage. */

export const ShortagePurchaseInput = strict({
  /** The supplier ships the shortage straight to the customer. */
  dropShip: Type.Optional(Type.Boolean()),
  /** Overrides the items' suppliers. */
  supplier: Type.Optional(Name),
  /** Overrides today plus the items' lead times. */
  expectedDate: Type.Optional(IsoDate),
  /** Where the goods arrive; by default the order's location, the item's, or the best one. */
  location: Type.Optional(Code),
});
export type ShortagePurchaseInput = Static<typeof ShortagePurchaseInput>;
export const ShortagePurchaseResult = Type.Object({ purchaseOrders: Type.Array(PurchaseOrder) });

export const ShortageTransferInput = strict({
  from: Code,
  /** The destination; by default the order's location. */
  to: Type.Optional(Code),
  expectedDate: IsoDate,
});
export type ShortageTransferInput = Static<typeof ShortageTransferInput>;
