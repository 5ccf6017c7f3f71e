import { Type } from '@sinclair/typebox';
import { Nullable, PageQuery, ref } from './common.js';
import type { Static } from '@sinclair/typebox';

/** The record log of an order, an item or a shipment. */
export const HistoryEntry = Type.Object(
  {
    at: Type.String(),
    actor: Type.String({ description: 'Who acted: the person a key acted for, else the user or key' }),
    identity: Type.Union([
      Type.Object(
        { kind: Type.String(), id: Type.Union([Type.Integer(), Type.Null()]), name: Type.String() },
        { description: 'The authenticated caller (user, key or system)' },
      ),
      Type.Null(),
    ]),
    onBehalfOf: Type.Union([Type.String({ description: 'The person a key acted for (X-Actor), when it did' }), Type.Null()]),
    entity: Type.String(),
    action: Type.String(),
    orderId: Type.Union([Type.Integer(), Type.Null()]),
    lineNo: Type.Union([Type.Integer(), Type.Null()]),
    quantity: Type.Union([Type.Integer(), Type.Null()]),
    reason: Type.Union([Type.String(), Type.Null()]),
    shipmentId: Type.Union([Type.Integer(), Type.Null()]),
  },
  { $id: 'HistoryEntry', description: 'One entry of the record log' },
);
const entries = Type.Array(ref(HistoryEntry));
const nextCursor = Nullable(Type.String({ description: 'The cursor of the next page; null at the end' }));
export const OrderHistory = Type.Object({ orderId: Type.Integer(), entries, nextCursor }, { $id: 'OrderHistory', description: 'The record log of an order' });
export const ItemHistory = Type.Object({ sku: Type.String(), entries, nextCursor }, { $id: 'ItemHistory', description: 'The record log of an item' });
export const ShipmentHistory = Type.Object(
  { shipmentId: Type.Integer(), entries, nextCursor },
  { $id: 'ShipmentHistory', description: 'The record log of a shipment' },
);

/** A history page: oldest first (the default, as before paging) or newest first. */
export const HistoryQuery = Type.Object(
  {
    order: Type.Optional(Type.Union([Type.Literal('oldest'), Type.Literal('newest')], { description: 'oldest first (the default) or newest first' })),
    ...PageQuery,
  },
  { additionalProperties: false },
);
export type HistoryQuery = Static<typeof HistoryQuery>;
