import { Type, type Static } from '@sinclair/typebox';
import { backorderStrategies } from '../domain/orders/fulfillment-policy.js';
import { Code, IsoDate, literals, Money, Nullable, Priority, Quantity, Reason, Reference, ShipType, strict } from './common.js';

/** Orders: entry, changes, cancellation, release to the warehouse, the backorder list. */

export const OrderLineInput = strict({
  sku: Code,
  quantity: Quantity,
  unitPrice: Type.Optional(Money),
  preventPartialDelivery: Type.Optional(Type.Boolean()),
});
export const OrderInput = strict({
  customer: Code,
  lines: Type.Array(OrderLineInput, { minItems: 1, maxItems: 500 }),
  priority: Type.Optional(Priority),
  shipType: Type.Optional(ShipType),
  fulfillmentPolicy: Type.Optional(Code),
  /** The header strategy set by hand; by default the policy's. */
  backorderStrategy: Type.Optional(literals(backorderStrategies)),
  requestedShipDate: Type.Optional(IsoDate),
  reference: Type.Optional(Reference),
  /** The order's own location: allocated from first, then the others by priority. */
  location: Type.Optional(Code),
});
export type OrderInput = Static<typeof OrderInput>;

export const OrderChange = Type.Object(
  {
    priority: Type.Optional(Priority),
    shipType: Type.Optional(ShipType),
    fulfillmentPolicy: Type.Optional(Code),
    backorderStrategy: Type.Optional(literals(backorderStrategies)),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type OrderChange = Static<typeof OrderChange>;

export const CancelInput = strict({
  lines: Type.Optional(
    Type.Array(strict({ lineNo: Type.Integer({ minimum: 1 }), quantity: Type.Optional(Quantity) }), { minItems: 1, maxItems: 500 }),
  ),
  reason: Type.Optional(Reason),
});
export type CancelInput = Static<typeof CancelInput>;

export const OrderLine = Type.Object({
  lineNo: Type.Integer(),
  sku: Type.String(),
  quantity: Type.Integer(),
  unitPrice: Type.Number(),
  preventPartialDelivery: Type.Boolean(),
  allocated: Type.Integer(),
  released: Type.Integer(),
  shipped: Type.Integer(),
  cancelled: Type.Integer(),
  backordered: Type.Integer(),
  status: Type.String(),
  preorder: Type.Boolean(),
  expectedShipDate: Nullable(Type.String()),
  allocations: Type.Array(Type.Object({ location: Type.String(), quantity: Type.Integer(), released: Type.Integer() })),
});
export const Order = Type.Object({
  id: Type.Integer(),
  customer: Type.String(),
  status: Type.String(),
  summary: Type.String(),
  priority: Type.Integer(),
  shipType: Type.String(),
  fulfillmentPolicy: Type.Union([Type.String(), Type.Null()]),
  backorderStrategy: Type.String(),
  releases: Type.Integer({ description: 'Releases to the warehouse in force (voided ones do not count)' }),
  releaseBlock: Type.Union([
    Type.Object({
      rule: Type.String({ description: 'deliver_in_full or max_one_backorder' }),
      waitingFor: Type.Array(Type.Object({ lineNo: Type.Integer(), units: Type.Integer() })),
    }),
    Type.Null(),
  ]),
  requestedShipDate: Type.Union([Type.String(), Type.Null()]),
  reference: Type.Union([Type.String(), Type.Null()]),
  enteredAt: Type.String(),
  warnings: Type.Array(Type.String()),
  location: Nullable(Type.String()),
  splitFrom: Nullable(Type.Integer()),
  lines: Type.Array(OrderLine),
});

export const BackorderQuery = Type.Object(
  {
    sku: Type.Optional(Code),
    customer: Type.Optional(Code),
    minAgeDays: Type.Optional(Type.Integer({ minimum: 0, maximum: 36500 })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })),
    cursor: Type.Optional(Type.String({ maxLength: 200 })),
  },
  { additionalProperties: false },
);
export type BackorderQuery = Static<typeof BackorderQuery>;
export const BackorderList = Type.Object({
  items: Type.Array(
    Type.Object({
      orderId: Type.Integer(),
      lineNo: Type.Integer(),
      sku: Type.String(),
      customer: Type.String(),
      priority: Type.Integer(),
      enteredAt: Type.String(),
      ageDays: Type.Integer(),
      allocated: Type.Integer(),
      backordered: Type.Integer(),
      queuePosition: Type.Integer(),
      preorder: Type.Boolean(),
      expectedShipDate: Nullable(Type.String()),
    }),
  ),
  nextCursor: Type.Union([Type.String(), Type.Null()]),
});

/** A release takes no parameters: the order's policy decides what goes. */
export const ReleaseInput = strict({});
export const ReleaseResult = Type.Object({
  orderId: Type.Integer(),
  releaseNo: Type.Integer(),
  released: Type.Array(Type.Object({ lineNo: Type.Integer(), quantity: Type.Integer() })),
  shipments: Type.Array(Type.Integer()),
  warnings: Type.Array(Type.String()),
});

export const SplitResult = Type.Object({ newOrderId: Type.Integer() });
