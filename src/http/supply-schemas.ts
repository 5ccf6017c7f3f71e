import { Type } from '@sinclair/typebox';
import { purchaseOrderStatuses } from '../domain/supply/purchase-order-lifecycle.js';
import { Code, IsoDate, Name, Quantity } from './schemas.js';

const strict = <T extends Parameters<typeof Type.Object>[0]>(properties: T) => Type.Object(properties, { additionalProperties: false });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);
const Reference = Type.String({ minLength: 1, maxLength: 200, pattern: '^[^\\x00]*$' });
const Reason = Type.String({ minLength: 1, maxLength: 500, pattern: '^[^\\x00]*$' });

const SupplyLineBody = strict({
  sku: Code,
  quantity: Quantity,
  orderId: Type.Optional(Type.Integer({ minimum: 1 })),
  lineNo: Type.Optional(Type.Integer({ minimum: 1 })),
});

export const PurchaseOrderBody = strict({
  supplier: Name,
  location: Type.Optional(Code),
  expectedDate: IsoDate,
  reference: Type.Optional(Reference),
  dropShip: Type.Optional(Type.Boolean()),
  lines: Type.Array(SupplyLineBody, { minItems: 1, maxItems: 500 }),
});
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
export const ReceiveBody = strict({
  lines: Type.Optional(Type.Array(strict({ lineNo: Type.Integer({ minimum: 1 }), quantity: Quantity }), { minItems: 1, maxItems: 500 })),
  reference: Type.Optional(Reference),
});
export const ReasonBody = strict({ reason: Type.Optional(Reason) });

export const TransferOrderBody = strict({
  from: Code,
  to: Code,
  expectedDate: IsoDate,
  reference: Type.Optional(Reference),
  lines: Type.Array(SupplyLineBody, { minItems: 1, maxItems: 500 }),
});
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

export const ScheduleBody = strict({
  entries: Type.Array(
    strict({ sku: Code, location: Code, date: IsoDate, quantity: Type.Integer({ minimum: 0, maximum: 1_000_000_000 }) }),
    { minItems: 1, maxItems: 5000 },
  ),
});
export const Schedule = Type.Object({
  entries: Type.Array(Type.Object({ sku: Type.String(), location: Type.String(), date: Type.String(), quantity: Type.Integer() })),
});

export const SplitAnswer = Type.Object({ newOrderId: Type.Integer() });
export const ShortagePurchaseBody = strict({
  dropShip: Type.Optional(Type.Boolean()),
  supplier: Type.Optional(Name),
  expectedDate: Type.Optional(IsoDate),
  location: Type.Optional(Code),
});
export const ShortagePurchaseAnswer = Type.Object({ purchaseOrders: Type.Array(PurchaseOrder) });
export const ShortageTransferBody = strict({ from: Code, to: Type.Optional(Code), expectedDate: IsoDate });
