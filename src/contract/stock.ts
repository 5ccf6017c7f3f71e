import { Type, type Static } from '@sinclair/typebox';
import { Code, IsoDate, Nullable, Quantity, Reason, Reference, ref, strict } from './common.js';

/** Stock: receipts, returns, adjustments, the stock view and the stock-arrival alerts. */

export const StockInput = strict(
  { sku: Code, location: Code, quantity: Quantity, reference: Type.Optional(Reference) },
  { $id: 'StockReceipt', description: 'A receipt or a customer return: raises on hand and fills the queue' },
);
export type StockInput = Static<typeof StockInput>;

export const AdjustmentInput = strict(
  {
    sku: Code,
    location: Code,
    quantity: Type.Integer({ minimum: -1_000_000_000, maximum: 1_000_000_000, not: Type.Const(0), description: 'Signed; never 0' }),
    reason: Reason,
  },
  { $id: 'StockAdjustment', description: 'A count correction; removing stock takes back unreleased allocation from the worst-ranked lines' },
);
export type AdjustmentInput = Static<typeof AdjustmentInput>;

export const LocationStock = Type.Object(
  { location: Type.String(), onHand: Type.Integer(), allocated: Type.Integer(), available: Type.Integer() },
  { $id: 'LocationStock' },
);
export const InboundSupply = Type.Object(
  {
    date: Type.String(),
    quantity: Type.Integer(),
    location: Type.String(),
    source: Type.String(),
    reference: Nullable(Type.String()),
  },
  { $id: 'InboundSupply', description: 'Expected supply: an open purchase order, a transfer in transit or a schedule entry' },
);
export const StockView = Type.Object(
  {
    sku: Type.String(),
    onHand: Type.Integer(),
    allocated: Type.Integer(),
    available: Type.Integer(),
    backordered: Type.Integer(),
    waitingLines: Type.Integer(),
    locations: Type.Array(ref(LocationStock)),
    nextExpectedDate: Nullable(Type.String()),
    inbound: Type.Array(ref(InboundSupply), { description: 'Earliest first' }),
    businessDate: { ...IsoDate, description: 'The business day: expected supply dated before it is due now (the item page draws its timeline from it)' },
  },
  { $id: 'StockView', description: 'Stock and demand of an item: on hand, allocated, available, backordered, per location, and what is expected' },
);

export const EventQuery = Type.Object(
  { after: Type.Optional(Type.Integer({ minimum: 0 })), limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })) },
  { additionalProperties: false },
);
export const StockArrival = Type.Object(
  {
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
  },
  { $id: 'StockArrival', description: 'Stock arrived and the waiting lines it filled' },
);
export const StockArrivals = Type.Object({ events: Type.Array(ref(StockArrival)), next: Type.Integer() }, { $id: 'StockArrivalList', description: 'Stock-arrival alerts, oldest first; ask again with `after` = `next`' });
