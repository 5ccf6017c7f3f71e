import { Type, type Static } from '@sinclair/typebox';
import { Code, IsoDate, Name, ref, strict } from './common.js';
import { PurchaseOrder } from './supply.js';

/** The ways to handle an order's backorder beyond waiting: purchase or transfer its shortage. */

export const ShortagePurchaseInput = strict(
  {
    dropShip: Type.Optional(Type.Boolean({ description: 'The supplier ships the shortage straight to the customer' })),
    supplier: Type.Optional({ ...Name, description: 'Overrides the items’ suppliers' }),
    expectedDate: Type.Optional({ ...IsoDate, description: 'Overrides today plus the items’ lead times' }),
    location: Type.Optional({ ...Code, description: 'Where the goods arrive; by default the order’s location, the item’s, or the best one' }),
  },
  { $id: 'ShortagePurchaseInput' },
);
export type ShortagePurchaseInput = Static<typeof ShortagePurchaseInput>;
export const ShortagePurchaseResult = Type.Object({ purchaseOrders: Type.Array(ref(PurchaseOrder)) }, { $id: 'ShortagePurchases', description: 'The purchase orders raised' });

export const ShortageTransferInput = strict(
  {
    from: Code,
    to: Type.Optional({ ...Code, description: 'The destination; by default the order’s location' }),
    expectedDate: IsoDate,
  },
  { $id: 'ShortageTransferInput' },
);
export type ShortageTransferInput = Static<typeof ShortageTransferInput>;
