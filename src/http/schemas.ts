import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { backorderStrategies, rateValueTypes, shipTypes, violationLevels } from '../domain/orders/fulfillment-policy.js';
import { shipmentStatuses } from '../domain/release/shipment-lifecycle.js';

const literals = <T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v)));
const strict = <T extends Parameters<typeof Type.Object>[0]>(properties: T) =>
  Type.Object(properties, { additionalProperties: false });

// Codes have no surrounding spaces and no control characters; text has no NUL (PostgreSQL refuses it).
export const Code = Type.String({ minLength: 1, maxLength: 64, pattern: '^[^\\s\\x00-\\x1f](?:[^\\x00-\\x1f]*[^\\s\\x00-\\x1f])?$' });
const text = (maxLength: number) => Type.String({ minLength: 1, maxLength, pattern: '^[^\\x00]*$' });
export const Name = text(200);
export const Quantity = Type.Integer({ minimum: 1, maximum: 1_000_000_000 });
export const Priority = Type.Integer({ minimum: -1_000_000, maximum: 1_000_000 });
export const Money = Type.Number({ minimum: 0, maximum: 1_000_000_000 });
export const ShipType = literals(shipTypes);

export const IsoDate = Type.String({ format: 'date', pattern: '^[12][0-9]{3}-' });
const PreorderBody = strict({ launchDate: IsoDate, cap: Type.Optional(Quantity) });
const Days = Type.Integer({ minimum: 0, maximum: 3650 });
const Units = Type.Integer({ minimum: 0, maximum: 1_000_000_000 });
const ReplenishmentBody = strict({
  supplier: Name,
  leadTimeDays: Type.Optional(Days),
  minLevel: Type.Optional(Units),
  reorderQuantity: Type.Optional(Units),
  location: Type.Optional(Code),
});
export const ItemBody = strict({
  sku: Code,
  name: Name,
  unitPrice: Type.Optional(Money),
  service: Type.Optional(Type.Boolean()),
  preorder: Type.Optional(PreorderBody),
  replenishment: Type.Optional(ReplenishmentBody),
});
export const ItemPatchBody = Type.Object(
  {
    name: Type.Optional(Name),
    unitPrice: Type.Optional(Money),
    preorder: Type.Optional(Type.Union([PreorderBody, Type.Null()])),
    replenishment: Type.Optional(Type.Union([ReplenishmentBody, Type.Null()])),
  },
  { additionalProperties: false, minProperties: 1 },
);
const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
export const Item = Type.Object({
  sku: Type.String(),
  name: Type.String(),
  unitPrice: Type.Number(),
  service: Type.Boolean(),
  preorder: Nullable(Type.Object({ launchDate: Type.String(), cap: Nullable(Type.Integer()) })),
  replenishment: Nullable(
    Type.Object({
      supplier: Type.String(),
      leadTimeDays: Type.Integer(),
      minLevel: Type.Integer(),
      reorderQuantity: Type.Integer(),
      location: Nullable(Type.String()),
    }),
  ),
});

export const LocationBody = strict({ code: Code, name: Name, priority: Type.Optional(Priority) });
export const Location = Type.Object({ code: Type.String(), name: Type.String(), priority: Type.Integer() });

export const CustomerBody = strict({
  code: Code,
  name: Name,
  priority: Type.Optional(Priority),
  shipType: Type.Optional(ShipType),
  fulfillmentPolicy: Type.Optional(Code),
});
export const Customer = Type.Object({
  code: Type.String(),
  name: Type.String(),
  priority: Type.Integer(),
  shipType: Type.String(),
  fulfillmentPolicy: Type.Union([Type.String(), Type.Null()]),
});

const FulfillmentRate = strict({
  valueType: literals(rateValueTypes),
  minPercent: Type.Number({ minimum: 0, maximum: 100 }),
});
export const PolicyBody = strict({
  code: Code,
  backorderStrategy: literals(backorderStrategies),
  preventPartialDelivery: Type.Optional(Type.Boolean()),
  fulfillmentRate: Type.Optional(FulfillmentRate),
  violation: Type.Optional(literals(violationLevels)),
  cancelAfterDays: Type.Optional(Type.Integer({ minimum: 0, maximum: 3650 })),
  crossDockPolicy: Type.Optional(Code),
  crossDockWindowDays: Type.Optional(Type.Integer({ minimum: 0, maximum: 3650 })),
});
export const Policy = Type.Object({
  code: Type.String(),
  backorderStrategy: Type.String(),
  preventPartialDelivery: Type.Boolean(),
  fulfillmentRate: Type.Object({ valueType: Type.String(), minPercent: Type.Number() }),
  violation: Type.String(),
  cancelAfterDays: Type.Union([Type.Integer(), Type.Null()]),
  crossDockPolicy: Type.Union([Type.String(), Type.Null()]),
  crossDockWindowDays: Type.Union([Type.Integer(), Type.Null()]),
});

const Reference = text(200);
export const ReceiptBody = strict({ sku: Code, location: Code, quantity: Quantity, reference: Type.Optional(Reference) });
export const AdjustmentBody = strict({
  sku: Code,
  location: Code,
  quantity: Type.Integer({ minimum: -1_000_000_000, maximum: 1_000_000_000, not: Type.Const(0) }),
  reason: text(500),
});
const LocationStock = Type.Object({
  location: Type.String(),
  onHand: Type.Integer(),
  allocated: Type.Integer(),
  available: Type.Integer(),
});
export const Stock = Type.Object({
  sku: Type.String(),
  onHand: Type.Integer(),
  allocated: Type.Integer(),
  available: Type.Integer(),
  backordered: Type.Integer(),
  waitingLines: Type.Integer(),
  locations: Type.Array(LocationStock),
  nextExpectedDate: Nullable(Type.String()),
  inbound: Type.Array(
    Type.Object({
      date: Type.String(),
      quantity: Type.Integer(),
      location: Type.String(),
      source: Type.String(),
      reference: Nullable(Type.String()),
    }),
  ),
});

export const OrderBody = strict({
  customer: Code,
  lines: Type.Array(
    strict({
      sku: Code,
      quantity: Quantity,
      unitPrice: Type.Optional(Money),
      preventPartialDelivery: Type.Optional(Type.Boolean()),
    }),
    { minItems: 1, maxItems: 500 },
  ),
  priority: Type.Optional(Priority),
  shipType: Type.Optional(ShipType),
  fulfillmentPolicy: Type.Optional(Code),
  backorderStrategy: Type.Optional(literals(backorderStrategies)),
  requestedShipDate: Type.Optional(IsoDate),
  reference: Type.Optional(Reference),
  location: Type.Optional(Code),
});
export const OrderPatchBody = Type.Object(
  {
    priority: Type.Optional(Priority),
    shipType: Type.Optional(ShipType),
    fulfillmentPolicy: Type.Optional(Code),
    backorderStrategy: Type.Optional(literals(backorderStrategies)),
  },
  { additionalProperties: false, minProperties: 1 },
);
export const CancelBody = strict({
  lines: Type.Optional(
    Type.Array(strict({ lineNo: Type.Integer({ minimum: 1 }), quantity: Type.Optional(Quantity) }), { minItems: 1, maxItems: 500 }),
  ),
  reason: Type.Optional(text(500)),
});
const OrderLine = Type.Object({
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

export const History = Type.Object({
  entries: Type.Array(
    Type.Object({
      at: Type.String(),
      actor: Type.String(),
      entity: Type.String(),
      action: Type.String(),
      orderId: Type.Union([Type.Integer(), Type.Null()]),
      lineNo: Type.Union([Type.Integer(), Type.Null()]),
      quantity: Type.Union([Type.Integer(), Type.Null()]),
      reason: Type.Union([Type.String(), Type.Null()]),
      shipmentId: Type.Union([Type.Integer(), Type.Null()]),
    }),
  ),
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

export const ReleaseBody = strict({});
export const ReleaseResult = Type.Object({
  orderId: Type.Integer(),
  releaseNo: Type.Integer(),
  released: Type.Array(Type.Object({ lineNo: Type.Integer(), quantity: Type.Integer() })),
  shipments: Type.Array(Type.Integer()),
  warnings: Type.Array(Type.String()),
});

export const ShipmentStatus = literals(shipmentStatuses);
export const Shipment = Type.Object({
  id: Type.Integer(),
  status: Type.String(),
  location: Type.String(),
  customer: Type.String(),
  createdAt: Type.String(),
  closedAt: Type.Union([Type.String(), Type.Null()]),
  lines: Type.Array(
    Type.Object({
      orderId: Type.Integer(),
      lineNo: Type.Integer(),
      sku: Type.String(),
      quantity: Type.Integer({ description: 'Released onto this shipment' }),
      shipped: Type.Integer(),
    }),
  ),
});
export const ShipmentQuery = Type.Object(
  {
    status: Type.Optional(ShipmentStatus),
    customer: Type.Optional(Code),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })),
    after: Type.Optional(Type.Integer({ minimum: 0, maximum: 1e15, description: 'Shipments after this id (the nextAfter of a page)' })),
  },
  { additionalProperties: false },
);
export const ShipmentList = Type.Object({ items: Type.Array(Shipment), nextAfter: Type.Union([Type.Integer(), Type.Null()]) });
export const ShipBody = strict({
  lines: Type.Optional(
    Type.Array(
      strict({
        orderId: Type.Integer({ minimum: 1, maximum: 1e15 }),
        lineNo: Type.Integer({ minimum: 1, maximum: 1_000_000 }),
        quantity: Type.Integer({ minimum: 0, maximum: 1_000_000_000, description: 'Picked; less than on the shipment is a short pick' }),
      }),
      { minItems: 1, maxItems: 500, description: 'Lines picked short; lines not named ship in full' },
    ),
  ),
});
export const VoidBody = strict({ reason: Type.Optional(text(500)) });

export const JobResult = Type.Object({
  runId: Type.Optional(Type.Integer()),
  job: Type.String(),
  status: Type.String(),
  processed: Type.Integer(),
  detail: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
});

export const Problem = Type.Object(
  {
    type: Type.String(),
    title: Type.String(),
    status: Type.Integer(),
    code: Type.String(),
    detail: Type.String(),
  },
  { additionalProperties: true },
);

export type Body<T extends TSchema> = Static<T>;
