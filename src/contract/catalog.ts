import { Type, type Static } from '@sinclair/typebox';
import { backorderStrategies, rateValueTypes, violationLevels } from '../domain/orders/fulfillment-policy.js';
import { Code, Days, literals, Money, Name, Nullable, Priority, ShipType, strict, IsoDate, Quantity, Units } from './common.js';

/** Items, locations, customers and fulfillment policies: the master data. */

export const PreorderInput = strict({ launchDate: IsoDate, cap: Type.Optional(Quantity) });
export type PreorderInput = Static<typeof PreorderInput>;

/** How an item is bought: from whom, how long it takes, the level to keep, the usual quantity. */
export const ReplenishmentInput = strict({
  supplier: Name,
  leadTimeDays: Type.Optional(Days),
  minLevel: Type.Optional(Units),
  reorderQuantity: Type.Optional(Units),
  /** Where its purchase orders deliver; by default the order's or the best location. */
  location: Type.Optional(Code),
});
export type ReplenishmentInput = Static<typeof ReplenishmentInput>;

export const ItemInput = strict({
  sku: Code,
  name: Name,
  unitPrice: Type.Optional(Money),
  service: Type.Optional(Type.Boolean()),
  preorder: Type.Optional(PreorderInput),
  replenishment: Type.Optional(ReplenishmentInput),
});
export type ItemInput = Static<typeof ItemInput>;

/** New preorder terms or replenishment settings; null stops taking preorders or suggesting purchases. */
export const ItemChange = Type.Object(
  {
    name: Type.Optional(Name),
    unitPrice: Type.Optional(Money),
    preorder: Type.Optional(Type.Union([PreorderInput, Type.Null()])),
    replenishment: Type.Optional(Type.Union([ReplenishmentInput, Type.Null()])),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type ItemChange = Static<typeof ItemChange>;

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

export const LocationInput = strict({ code: Code, name: Name, priority: Type.Optional(Priority) });
export type LocationInput = Static<typeof LocationInput>;
export const Location = Type.Object({ code: Type.String(), name: Type.String(), priority: Type.Integer() });

export const CustomerInput = strict({
  code: Code,
  name: Name,
  priority: Type.Optional(Priority),
  shipType: Type.Optional(ShipType),
  fulfillmentPolicy: Type.Optional(Code),
});
export type CustomerInput = Static<typeof CustomerInput>;
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
export const PolicyInput = strict({
  code: Code,
  backorderStrategy: literals(backorderStrategies),
  preventPartialDelivery: Type.Optional(Type.Boolean()),
  fulfillmentRate: Type.Optional(FulfillmentRate),
  violation: Type.Optional(literals(violationLevels)),
  cancelAfterDays: Type.Optional(Days),
  /** The policy an order switches to while it waits for a purchase order raised for it. */
  crossDockPolicy: Type.Optional(Code),
  /** Only when the receipt is at most this many days before the planned ship date. */
  crossDockWindowDays: Type.Optional(Days),
});
export type PolicyInput = Static<typeof PolicyInput>;
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
