import { Type, type Static } from '@sinclair/typebox';
import { Code, Nullable, Quantity, Reason, Reference, strict } from './common.js';

/** Stock: receipts, returns, adjustments, the stock view and the stock-arrival alerts. */

export const StockInput = strict({ sku: Code, location: Code, quantity: Quantity, reference: Type.Optional(Reference) });
export type StockInput = Static<typeof StockInput>;

export const AdjustmentInput = strict({
  sku: Code,
  location: Code,
  quantity: Type.Integer({ minimum: -1_000_000_000, maximum: 1_000_000_000, not: Type.Const(0) }),
  reason: Reason,
});
export type AdjustmentInput = Static<typeof AdjustmentInput>;

const LocationStock = Type.Object({
  location: Type.String(),
  onHand: Type.Integer(),
  allocated: Type.Integer(),
  available: Type.Integer(),
});
export const StockView = Type.Object({
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

export const EventQuery = Type.Object(
  { after: Type.Optional(Type.Integer({ minimum: 0 })), limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })) },
  { additionalProperties: false },
);
export const StockArrivals = Type.Object({
  events: Type.Array(
    Type.Object({
      id: Type.Integer(),
      at: Type.String(),
      type: Type.String(),
      sku: Nullable(Type.String()),
      location: Nullable(Type.String()),
      reference: Nullable(Type.String()),
      received: Nullable(Type.Integer()),
      filled: Type.Integer(),
      orders: Type.Array(
        Type.Object({ orderId: Type.Integer(), lines: Type.Array(Type.Object({ lineNo: Type.Integer(), quantity: Type.Integer() })) }),
      ),
    }),
  ),
  next: Type.Integer(),
});
