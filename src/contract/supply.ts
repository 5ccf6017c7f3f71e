import { Type, type Static } from '@sinclair/typebox';
import { purchaseOrderStatuses } from '../domain/supply/purchase-order-lifecycle.js';
import { Code, IsoDate, Name, Nullable, Quantity, Reason, Reference, strict } from './common.js';

/** Supply with a date: purchase orders, transfer orders, the on-hand change schedule. */

/** A line of a purchase or transfer order as entered: optionally raised for one order line. */
export const SupplyLineInput = strict({
  sku: Code,
  quantity: Quantity,
  orderId: Type.Optional(Type.Integer({ minimum: 1 })),
  lineNo: Type.Optional(Type.Integer({ minimum: 1 })),
});
export type SupplyLineInput = Static<typeof SupplyLineInput>;

export const PurchaseOrderInput = strict({
  supplier: Name,
  /** Where the goods arrive; none for a drop shipment, which goes straight to the customer. */
  location: Type.Optional(Code),
  expectedDate: IsoDate,
  reference: Type.Optional(Reference),
  dropShip: Type.Optional(Type.Boolean()),
  lines: Type.Array(SupplyLineInput, { minItems: 1, maxItems: 500 }),
});
export type PurchaseOrderInput = Static<typeof PurchaseOrderInput>;
export const PurchaseOrder = Type.Object({
  id: Type.Integer(),
  supplier: Type.String(),
  location: Nullable(Type.String()),
  dropShip: Type.Boolean(),
  status: Type.String(),
  expectedDate: Type.String(),
  reference: Nullable(Type.String()),
  createdAt: Type.String(),
  lines: Type.Array(
    Type.Object({
      lineNo: Type.Integer(),
      sku: Type.String(),
      quantity: Type.Integer(),
      received: Type.Integer(),
      open: Type.Integer(),
      orderId: Nullable(Type.Integer()),
      orderLineNo: Nullable(Type.Integer()),
    }),
  ),
});
export const PurchaseOrderQuery = Type.Object(
  {
    status: Type.Optional(Type.Union(purchaseOrderStatuses.map((s) => Type.Literal(s)))),
    supplier: Type.Optional(Name),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })),
  },
  { additionalProperties: false },
);
export const PurchaseOrderList = Type.Object({ items: Type.Array(PurchaseOrder) });
export const ReceiptLines = strict({
  lines: Type.Optional(Type.Array(strict({ lineNo: Type.Integer({ minimum: 1 }), quantity: Quantity }), { minItems: 1, maxItems: 500 })),
  reference: Type.Optional(Reference),
});
export type ReceiptLines = Static<typeof ReceiptLines>;
export const ReasonInput = strict({ reason: Type.Optional(Reason) });

export const TransferOrderInput = strict({
  from: Code,
  to: Code,
  expectedDate: IsoDate,
  reference: Type.Optional(Reference),
  lines: Type.Array(SupplyLineInput, { minItems: 1, maxItems: 500 }),
});
export type TransferOrderInput = Static<typeof TransferOrderInput>;
export const TransferOrder = Type.Object({
  id: Type.Integer(),
  from: Type.String(),
  to: Type.String(),
  status: Type.String(),
  expectedDate: Type.String(),
  reference: Nullable(Type.String()),
  createdAt: Type.String(),
  lines: Type.Array(
    Type.Object({
      lineNo: Type.Integer(),
      sku: Type.String(),
      quantity: Type.Integer(),
      shipped: Type.Integer(),
      received: Type.Integer(),
      orderId: Nullable(Type.Integer()),
      orderLineNo: Nullable(Type.Integer()),
    }),
  ),
});

export const ScheduleUpload = strict({
  entries: Type.Array(
    strict({ sku: Code, location: Code, date: IsoDate, quantity: Type.Integer({ minimum: 0, maximum: 1_000_000_000 }) }),
    { minItems: 1, maxItems: 5000 },
  ),
});
export type ScheduleUpload = Static<typeof ScheduleUpload>;
export const ScheduleQuery = Type.Object({ sku: Type.Optional(Code) }, { additionalProperties: false });
export const Schedule = Type.Object({
  entries: Type.Array(Type.Object({ sku: Type.String(), location: Type.String(), date: Type.String(), quantity: Type.Integer() })),
});

export const SuggestionFilter = Type.Object({ supplier: Type.Optional(Name), sku: Type.Optional(Code) }, { additionalProperties: false });
export type SuggestionFilter = Static<typeof SuggestionFilter>;
export const ReplenishmentSuggestions = Type.Object({
  suggestions: Type.Array(
    Type.Object({
      sku: Type.String(),
      supplier: Type.String(),
      location: Type.String(),
      backordered: Type.Integer(),
      available: Type.Integer(),
      inbound: Type.Integer(),
      minLevel: Type.Integer(),
      reorderQuantity: Type.Integer(),
      quantity: Type.Integer(),
      expectedDate: Type.String(),
    }),
  ),
});
