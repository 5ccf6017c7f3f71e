import { Type, type Static } from '@sinclair/typebox';
import { BackorderStrategy } from './catalog.js';
import { Code, IsoDate, literals, Money, Nullable, PageQuery, pageOf, Priority, Quantity, Reason, Reference, ref, ShipType, strict } from './common.js';

/** Orders: entry, changes, cancellation, release to the warehouse, the backorder list. */

export const OrderLineInput = strict(
  {
    sku: Code,
    quantity: Quantity,
    unitPrice: Type.Optional(Money),
    preventPartialDelivery: Type.Optional(Type.Boolean()),
  },
  { $id: 'OrderLineInput' },
);
export const OrderInput = strict(
  {
    customer: Code,
    lines: Type.Array(ref(OrderLineInput), { minItems: 1, maxItems: 500 }),
    priority: Type.Optional(Priority),
    shipType: Type.Optional(ref(ShipType)),
    fulfillmentPolicy: Type.Optional(Code),
    backorderStrategy: Type.Optional(ref(BackorderStrategy)),
    requestedShipDate: Type.Optional(IsoDate),
    reference: Type.Optional(Reference),
    location: Type.Optional({ ...Code, description: 'The order’s own location: allocated from first, then the others by priority' }),
  },
  {
    $id: 'OrderInput',
    description: 'Each line is allocated what its place in the queue entitles it to; the rest is backordered. `backorderStrategy` sets the header strategy by hand (by default the policy’s).',
  },
);
export type OrderInput = Static<typeof OrderInput>;

export const OrderChange = Type.Object(
  {
    priority: Type.Optional(Priority),
    shipType: Type.Optional(ref(ShipType)),
    fulfillmentPolicy: Type.Optional(Code),
    backorderStrategy: Type.Optional(ref(BackorderStrategy)),
    requestedShipDate: Type.Optional(Nullable({ ...IsoDate, description: 'The promise and cancellation rules count from it; null clears it' })),
    location: Type.Optional(Nullable({ ...Code, description: 'The order’s own location (allocated from first); null for none' })),
  },
  { $id: 'OrderChange', additionalProperties: false, minProperties: 1 },
);
export type OrderChange = Static<typeof OrderChange>;

export const LineChange = Type.Object(
  {
    quantity: Type.Optional({ ...Quantity, description: 'More units queue at the line’s place; fewer come off the backorder first, never below released + shipped + cancelled' }),
    preventPartialDelivery: Type.Optional(Type.Boolean()),
  },
  { $id: 'OrderLineChange', additionalProperties: false, minProperties: 1 },
);
export type LineChange = Static<typeof LineChange>;

export const CancelLine = strict({ lineNo: Type.Integer({ minimum: 1 }), quantity: Type.Optional(Quantity) }, { $id: 'CancelLine' });
export const CancelInput = strict(
  {
    lines: Type.Optional(Type.Array(ref(CancelLine), { minItems: 1, maxItems: 500, description: 'By default every open quantity' })),
    reason: Type.Optional(Reason),
  },
  { $id: 'OrderCancellation' },
);
export type CancelInput = Static<typeof CancelInput>;

export const LineAllocation = Type.Object(
  { location: Type.String(), quantity: Type.Integer(), released: Type.Integer() },
  { $id: 'LineAllocation', description: 'What a line holds at one location' },
);
export const OrderLine = Type.Object(
  {
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
    allocations: Type.Array(ref(LineAllocation)),
    waitingBecause: Type.Optional(
      Type.String({
        description:
          'Why the line waits, in one sentence (as its explanation says it); left out when it does not wait. In the order read with `explain=true` only',
      }),
    ),
  },
  { $id: 'OrderLine' },
);
export const ReleaseBlock = Type.Object(
  {
    rule: Type.String({ description: 'deliver_in_full or max_one_backorder' }),
    waitingFor: Type.Array(Type.Object({ lineNo: Type.Integer(), units: Type.Integer() })),
  },
  { $id: 'ReleaseBlock', description: 'What a deliver-in-full or max-one-backorder order waits for' },
);
export const Order = Type.Object(
  {
    id: Type.Integer(),
    customer: Type.String(),
    status: Type.String(),
    summary: Type.String(),
    priority: Type.Integer(),
    shipType: Type.String(),
    fulfillmentPolicy: Type.Union([Type.String(), Type.Null()]),
    backorderStrategy: Type.String(),
    releases: Type.Integer({ description: 'Releases to the warehouse in force (voided ones do not count)' }),
    releaseBlock: Type.Union([ref(ReleaseBlock), Type.Null()]),
    requestedShipDate: Type.Union([Type.String(), Type.Null()]),
    reference: Type.Union([Type.String(), Type.Null()]),
    enteredAt: Type.String(),
    warnings: Type.Array(Type.String()),
    location: Nullable(Type.String()),
    splitFrom: Nullable(Type.Integer()),
    lines: Type.Array(ref(OrderLine)),
  },
  { $id: 'Order', description: 'An order with its status, summary, release block and, per line, what is allocated, released, shipped, backordered and cancelled' },
);

export const OrderReadQuery = Type.Object(
  { explain: Type.Optional(Type.Boolean({ description: 'true: each waiting line also says why it waits (`waitingBecause`), as its explanation does' })) },
  { additionalProperties: false },
);

/** The orders the backorder list can be read in (src/queries/backorder-sort.ts); a leading `-` reverses one. */
export const backorderSorts = ['queue', '-queue', 'age', '-age', 'priority', '-priority', 'sku', '-sku', 'customer', '-customer'] as const;
export type BackorderSort = (typeof backorderSorts)[number];

export const BackorderQuery = Type.Object(
  {
    sku: Type.Optional(Code),
    customer: Type.Optional(Code),
    location: Type.Optional({ ...Code, description: 'Only lines of orders whose own location this is' }),
    strategy: Type.Optional(ref(BackorderStrategy)),
    minAgeDays: Type.Optional(Type.Integer({ minimum: 0, maximum: 36500 })),
    maxAgeDays: Type.Optional(Type.Integer({ minimum: 0, maximum: 36500, description: 'Only lines of orders entered at most this many whole days ago' })),
    preorder: Type.Optional(Type.Boolean({ description: 'true: preorder lines only; false: backorders only' })),
    pastPromiseDate: Type.Optional(Type.Boolean({ description: 'true: only lines whose expected ship date is before the business day' })),
    nearCancellation: Type.Optional(
      Type.Boolean({ description: 'true: only lines the cancellation SLA takes within 7 days (their policy’s days after entry, else the deployment’s), or already would' }),
    ),
    sort: Type.Optional(
      literals(backorderSorts, {
        description: 'queue (default: priority, then entry), age (longest wait first), priority (highest first), sku, customer (A to Z); a leading - reverses',
      }),
    ),
    ...PageQuery,
  },
  { additionalProperties: false },
);
export type BackorderQuery = Static<typeof BackorderQuery>;
export const Backorder = Type.Object(
  {
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
    strategy: ref(BackorderStrategy),
    location: Nullable(Type.String({ description: 'The order’s own location' })),
    cancelOn: Nullable({ ...IsoDate, description: 'The day the cancellation SLA takes the line; null when no SLA applies' }),
  },
  { $id: 'Backorder', description: 'A waiting line' },
);
export const BackorderList = pageOf(Backorder, 'BackorderList', 'Waiting lines in queue order (or `sort`); `nextCursor` pages on');

export const ReleaseInput = strict({}, { $id: 'ReleaseInput', description: 'A release takes no parameters: the order’s policy decides what goes' });
export const ReleaseResult = Type.Object(
  {
    orderId: Type.Integer(),
    releaseNo: Type.Integer(),
    released: Type.Array(Type.Object({ lineNo: Type.Integer(), quantity: Type.Integer() })),
    shipments: Type.Array(Type.Integer()),
    warnings: Type.Array(Type.String()),
  },
  { $id: 'Release', description: 'What a release sent to the warehouse, on which shipments' },
);

export const SplitResult = Type.Object({ newOrderId: Type.Integer() }, { $id: 'OrderSplit', description: 'The new order holding the backordered remainder' });

export const BacklogSummary = Type.Object(
  {
    businessDate: { ...IsoDate, description: 'The business day the figures are for' },
    waitingLines: Type.Integer(),
    unitsBackordered: Type.Integer(),
    valueBackordered: Type.Number({ description: 'Units backordered at their lines’ prices' }),
    preorderLines: Type.Integer({ description: 'Waiting lines that are preorders' }),
    oldestEnteredAt: Nullable(Type.String({ format: 'date-time', description: 'Entry of the oldest waiting order' })),
    oldestWaitDays: Nullable(Type.Integer()),
    pastPromiseDate: Type.Integer({ description: 'Waiting lines whose expected ship date is before the business day' }),
    pastRequestedDate: Type.Integer({ description: 'Waiting lines whose order’s requested ship date is before the business day' }),
  },
  { $id: 'BacklogSummary', description: 'The backlog at a glance: waiting lines, units and value, oldest wait, lines late against their dates' },
);
