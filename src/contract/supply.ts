import { Type, type Static } from '@sinclair/typebox';
import { purchaseOrderStatuses } from '../domain/supply/purchase-order-lifecycle.js';
import { transferOrderStatuses } from '../domain/supply/transfer-order-lifecycle.js';
import { Code, IsoDate, Name, Nullable, PageQuery, pageOf, Quantity, Reference, ref, strict } from './common.js';

/** Supply with a date: purchase orders, transfer orders, the on-hand change schedule, replenishment. */

export const SupplyLineInput = strict(
  {
    sku: Code,
    quantity: Quantity,
    orderId: Type.Optional(Type.Integer({ minimum: 1 })),
    lineNo: Type.Optional(Type.Integer({ minimum: 1 })),
  },
  {
    $id: 'SupplyLineInput',
    description: 'A purchase or transfer order line; `orderId` and `lineNo` together name the order line it is raised for, which gets that stock first',
  },
);
export type SupplyLineInput = Static<typeof SupplyLineInput>;

export const PurchaseOrderInput = strict(
  {
    supplier: Name,
    location: Type.Optional({ ...Code, description: 'Where the goods arrive; none for a drop shipment, which goes straight to the customer' }),
    expectedDate: IsoDate,
    reference: Type.Optional(Reference),
    dropShip: Type.Optional(Type.Boolean()),
    lines: Type.Array(ref(SupplyLineInput), { minItems: 1, maxItems: 500 }),
  },
  { $id: 'PurchaseOrderInput' },
);
export type PurchaseOrderInput = Static<typeof PurchaseOrderInput>;
export const PurchaseOrderLine = Type.Object(
  {
    lineNo: Type.Integer(),
    sku: Type.String(),
    quantity: Type.Integer(),
    received: Type.Integer(),
    open: Type.Integer(),
    orderId: Nullable(Type.Integer()),
    orderLineNo: Nullable(Type.Integer()),
  },
  { $id: 'PurchaseOrderLine' },
);
export const PurchaseOrder = Type.Object(
  {
    id: Type.Integer(),
    supplier: Type.String(),
    location: Nullable(Type.String()),
    dropShip: Type.Boolean(),
    status: Type.String(),
    expectedDate: Type.String(),
    reference: Nullable(Type.String()),
    createdAt: Type.String(),
    lines: Type.Array(ref(PurchaseOrderLine)),
  },
  { $id: 'PurchaseOrder', description: 'A purchase order: draft, open, partially_received, received or cancelled' },
);
/** `status` of a supply-order list: any of these, comma-separated. */
const statusesOf = (statuses: readonly string[]) =>
  Type.String({
    pattern: `^(?:${statuses.join('|')})(?:,(?:${statuses.join('|')}))*$`,
    description: `Any of these statuses, comma-separated: ${statuses.join(', ')}`,
  });
const HasSku = { ...Code, description: 'Orders with a line of this item' };

export const PurchaseOrderQuery = Type.Object(
  {
    status: Type.Optional(statusesOf(purchaseOrderStatuses)),
    supplier: Type.Optional({ ...Name, description: 'The supplier, exactly' }),
    location: Type.Optional({ ...Code, description: 'Arriving at this location' }),
    sku: Type.Optional(HasSku),
    ...PageQuery,
  },
  { additionalProperties: false },
);
export type PurchaseOrderQuery = Static<typeof PurchaseOrderQuery>;
export const PurchaseOrderList = pageOf(PurchaseOrder, 'PurchaseOrderList', 'Purchase orders, newest first; `nextCursor` pages on');
export const ReceiptLine = strict({ lineNo: Type.Integer({ minimum: 1 }), quantity: Quantity }, { $id: 'ReceiptLine' });
export const ReceiptLines = strict(
  {
    lines: Type.Optional(Type.Array(ref(ReceiptLine), { minItems: 1, maxItems: 500, description: 'By default all that is open' })),
    reference: Type.Optional(Reference),
  },
  { $id: 'PurchaseOrderReceipt' },
);
export type ReceiptLines = Static<typeof ReceiptLines>;

export const TransferOrderInput = strict(
  {
    from: Code,
    to: Code,
    expectedDate: IsoDate,
    reference: Type.Optional(Reference),
    lines: Type.Array(ref(SupplyLineInput), { minItems: 1, maxItems: 500 }),
  },
  { $id: 'TransferOrderInput' },
);
export type TransferOrderInput = Static<typeof TransferOrderInput>;
export const TransferOrderLine = Type.Object(
  {
    lineNo: Type.Integer(),
    sku: Type.String(),
    quantity: Type.Integer(),
    shipped: Type.Integer(),
    received: Type.Integer(),
    orderId: Nullable(Type.Integer()),
    orderLineNo: Nullable(Type.Integer()),
  },
  { $id: 'TransferOrderLine' },
);
export const TransferOrder = Type.Object(
  {
    id: Type.Integer(),
    from: Type.String(),
    to: Type.String(),
    status: Type.String(),
    expectedDate: Type.String(),
    reference: Nullable(Type.String()),
    createdAt: Type.String(),
    lines: Type.Array(ref(TransferOrderLine)),
  },
  { $id: 'TransferOrder', description: 'A transfer order: open, shipped, received or cancelled' },
);
export const TransferOrderQuery = Type.Object(
  {
    status: Type.Optional(statusesOf(transferOrderStatuses)),
    from: Type.Optional({ ...Code, description: 'Shipped from this location' }),
    to: Type.Optional({ ...Code, description: 'Going to this location' }),
    location: Type.Optional({ ...Code, description: 'From or to this location' }),
    sku: Type.Optional(HasSku),
    ...PageQuery,
  },
  { additionalProperties: false },
);
export type TransferOrderQuery = Static<typeof TransferOrderQuery>;
export const TransferOrderList = pageOf(TransferOrder, 'TransferOrderList', 'Transfer orders, newest first; `nextCursor` pages on');

export const ScheduleEntryInput = strict(
  { sku: Code, location: Code, date: IsoDate, quantity: Type.Integer({ minimum: 0, maximum: 1_000_000_000, description: '0 removes the entry' }) },
  { $id: 'ScheduleEntryInput' },
);
export const ScheduleUpload = strict(
  { entries: Type.Array(ref(ScheduleEntryInput), { minItems: 1, maxItems: 5000 }) },
  { $id: 'SupplyScheduleUpload', description: 'Each entry sets the units expected for its item, location and date' },
);
export type ScheduleUpload = Static<typeof ScheduleUpload>;
export const ScheduleQuery = Type.Object({ sku: Type.Optional(Code) }, { additionalProperties: false });
export const ScheduleEntry = Type.Object(
  { sku: Type.String(), location: Type.String(), date: Type.String(), quantity: Type.Integer() },
  { $id: 'ScheduleEntry' },
);
export const Schedule = Type.Object({ entries: Type.Array(ref(ScheduleEntry)) }, { $id: 'SupplySchedule', description: 'The on-hand change schedule from today on' });

export const SuggestionFilter = Type.Object({ supplier: Type.Optional(Name), sku: Type.Optional(Code) }, { additionalProperties: false });
export type SuggestionFilter = Static<typeof SuggestionFilter>;
export const ReplenishmentSuggestion = Type.Object(
  {
    sku: Type.String(),
    supplier: Type.String(),
    location: Type.String(),
    backordered: Type.Integer(),
    available: Type.Integer(),
    inbound: Type.Integer(),
    minLevel: Type.Integer(),
    reorderQuantity: Type.Integer(),
    quantity: Type.Integer({ description: 'What to buy: covers the backorders and reaches the minimum level, net of free stock and inbound' }),
    expectedDate: Type.String(),
  },
  { $id: 'ReplenishmentSuggestion' },
);
export const ReplenishmentSuggestions = Type.Object(
  { suggestions: Type.Array(ref(ReplenishmentSuggestion)) },
  { $id: 'ReplenishmentSuggestionList', description: 'What to buy now, per item' },
);
