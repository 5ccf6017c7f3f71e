import { Type } from '@sinclair/typebox';
import { ref } from './common.js';

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
export const OrderHistory = Type.Object({ orderId: Type.Integer(), entries }, { $id: 'OrderHistory', description: 'The record log of an order' });
export const ItemHistory = Type.Object({ sku: Type.String(), entries }, { $id: 'ItemHistory', description: 'The record log of an item' });
export const ShipmentHistory = Type.Object({ shipmentId: Type.Integer(), entries }, { $id: 'ShipmentHistory', description: 'The record log of a shipment' });
