import { Type, type Static } from '@sinclair/typebox';
import { shipmentStatuses } from '../domain/release/shipment-lifecycle.js';
import { Code, literals, Nullable, PageQuery, ref, strict } from './common.js';

/** Shipments: what a release sends to the warehouse, shipped or voided there. */

export const ShipmentStatus = literals(shipmentStatuses, { $id: 'ShipmentStatus' });
export const ShipmentLine = Type.Object(
  {
    orderId: Type.Integer(),
    lineNo: Type.Integer(),
    sku: Type.String(),
    quantity: Type.Integer({ description: 'Released onto this shipment' }),
    shipped: Type.Integer(),
  },
  { $id: 'ShipmentLine' },
);
export const Shipment = Type.Object(
  {
    id: Type.Integer(),
    status: Type.String(),
    location: Type.String(),
    customer: Type.String(),
    createdAt: Type.String(),
    closedAt: Type.Union([Type.String(), Type.Null()]),
    lines: Type.Array(ref(ShipmentLine)),
  },
  { $id: 'Shipment', description: 'A shipment: pending, shipped or voided' },
);

export const ShipmentQuery = Type.Object(
  {
    status: Type.Optional(ref(ShipmentStatus)),
    customer: Type.Optional(Code),
    location: Type.Optional({ ...Code, description: 'Shipments leaving this location' }),
    limit: PageQuery.limit,
    cursor: PageQuery.cursor,
    after: Type.Optional(Type.Integer({ minimum: 0, maximum: 1e15, description: 'Shipments after this id (the nextAfter of a page); `cursor` is the way every list pages' })),
  },
  { additionalProperties: false },
);
export type ShipmentQuery = Static<typeof ShipmentQuery>;
export const ShipmentList = Type.Object(
  { items: Type.Array(ref(Shipment)), nextCursor: Nullable(Type.String()), nextAfter: Type.Union([Type.Integer(), Type.Null()]) },
  { $id: 'ShipmentList', description: 'Shipments in id order; `nextCursor` pages on (`nextAfter` too, as `after`)' },
);

export const PickReport = strict(
  {
    orderId: Type.Integer({ minimum: 1, maximum: 1e15 }),
    lineNo: Type.Integer({ minimum: 1, maximum: 1_000_000 }),
    quantity: Type.Integer({ minimum: 0, maximum: 1_000_000_000, description: 'Picked; less than on the shipment is a short pick' }),
  },
  { $id: 'PickReport' },
);
export const ShipInput = strict(
  {
    lines: Type.Optional(
      Type.Array(ref(PickReport), { minItems: 1, maxItems: 500, description: 'Lines picked short; lines not named ship in full' }),
    ),
  },
  { $id: 'ShipInput' },
);
export type ShipInput = Static<typeof ShipInput>;

