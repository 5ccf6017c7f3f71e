import { Type } from '@sinclair/typebox';

/** The record log of an order, an item or a shipment. */
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
export const OrderHistory = Type.Composite([Type.Object({ orderId: Type.Integer() }), History]);
export const ItemHistory = Type.Composite([Type.Object({ sku: Type.String() }), History]);
export const ShipmentHistory = Type.Composite([Type.Object({ shipmentId: Type.Integer() }), History]);
