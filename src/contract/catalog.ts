import { Type, type Static } from '@sinclair/typebox';
import { backorderStrategies, rateValueTypes, violationLevels } from '../domain/orders/fulfillment-policy.js';
import { SlaLadder } from './choices.js';
import { allocationRules } from '../domain/allocation/rationing.js';
import { Code, Days, IsoDate, literals, Money, Name, Nullable, PageQuery, pageOf, Priority, Quantity, ref, ShipType, strict, TextSearch, Units } from './common.js';

/** Items, locations, customers and fulfillment policies: the master data. */

export const BackorderStrategy = literals(backorderStrategies, {
  $id: 'BackorderStrategy',
  description: 'What an order does with what cannot ship now',
});

export const PreorderInput = strict(
  { launchDate: IsoDate, cap: Type.Optional(Quantity) },
  { $id: 'PreorderInput', description: 'Before its launch date the item takes orders as preorder lines, at most `cap` units' },
);
export type PreorderInput = Static<typeof PreorderInput>;

export const ReplenishmentInput = strict(
  {
    supplier: Name,
    leadTimeDays: Type.Optional(Days),
    minLevel: Type.Optional(Units),
    reorderQuantity: Type.Optional(Units),
    location: Type.Optional({ ...Code, description: "Where its purchase orders deliver; by default the order's or the best location" }),
  },
  { $id: 'ReplenishmentInput', description: 'How an item is bought: from whom, how long it takes, the level to keep, the usual quantity' },
);
export type ReplenishmentInput = Static<typeof ReplenishmentInput>;

export const AllocationRule = literals(allocationRules, {
  $id: 'AllocationRule',
  description:
    '`queue`: strict priority, then entry; `fair_share`: while short, stock is shared among the customers waiting at the same priority in proportion to what they wait for',
});

// Integers without a lower bound: a zero or negative cap is refused by its own code (`customer_cap_not_positive`).
export const CustomerCapInput = strict(
  {
    units: Type.Optional(Type.Integer({ maximum: 1_000_000_000, description: 'At most this many units held by one customer while others wait' })),
    percentOfReceipts: Type.Optional(Type.Integer({ maximum: 100, description: 'At most this percent of the item’s receipts over `periodDays`' })),
    periodDays: Type.Optional(Type.Integer({ maximum: 3650, description: 'The receipts counted: those of the last N days up to the latest receipt' })),
  },
  { $id: 'CustomerCapInput', description: 'Either `units`, or `percentOfReceipts` with `periodDays`: what one customer may hold of the item while others wait' },
);
export type CustomerCapInput = Static<typeof CustomerCapInput>;

export const RationingInput = strict(
  {
    rule: Type.Optional(ref(AllocationRule)),
    customerCap: Type.Optional({
      ...Nullable(ref(CustomerCapInput)),
      description: 'Left out on an item: it inherits its group’s cap (none without a group); null: no cap on this item whatever its group’s; on a group, left out or null: none',
    }),
  },
  {
    $id: 'RationingInput',
    description:
      'How the stock of an item (or of a group’s items) is shared while it is short (docs/domain.md#rationing); `rule` left out: an item inherits its group’s (`queue` without a group), a group has `queue`',
  },
);
export type RationingInput = Static<typeof RationingInput>;

export const Rationing = Type.Object(
  {
    rule: ref(AllocationRule),
    customerCap: Nullable(
      Type.Object({
        units: Type.Optional(Type.Integer()),
        percentOfReceipts: Type.Optional(Type.Integer()),
        periodDays: Type.Optional(Type.Integer()),
      }),
    ),
  },
  { $id: 'Rationing', description: 'An item’s allocation rule and per-customer cap in force; left out of an item allocated in plain queue order without a cap' },
);

const RationingSource = Type.Union([Type.Literal('item'), Type.Literal('group'), Type.Literal('default')]);
export const RationingFrom = Type.Object(
  { rule: RationingSource, customerCap: RationingSource },
  { $id: 'RationingFrom', description: 'Where the rule and the cap in force come from: set on the item, its group’s, or the default (`queue`, no cap)' },
);
export const OwnRationing = Type.Object(
  {
    rule: { ...Nullable(ref(AllocationRule)), description: 'Null: inherited' },
    customerCap: {
      ...Nullable(Type.Object({ units: Type.Optional(Type.Integer()), percentOfReceipts: Type.Optional(Type.Integer()), periodDays: Type.Optional(Type.Integer()) })),
      description: 'Null: inherited, or none when `noCustomerCap`',
    },
    noCustomerCap: Type.Boolean({ description: 'No cap on this item, whatever its group’s' }),
  },
  { $id: 'OwnRationing', description: 'What is set on the item itself; what is left unset is inherited from its group' },
);

export const ItemInput = strict(
  {
    sku: Code,
    name: Name,
    unitPrice: Type.Optional(Money),
    service: Type.Optional(Type.Boolean({ description: 'A service holds no stock and is never backordered' })),
    preorder: Type.Optional(ref(PreorderInput)),
    replenishment: Type.Optional(ref(ReplenishmentInput)),
    rationing: Type.Optional(ref(RationingInput)),
    group: Type.Optional({ ...Code, description: 'The item group it belongs to: it inherits the group’s rule and cap where it sets none' }),
  },
  { $id: 'ItemInput' },
);
export type ItemInput = Static<typeof ItemInput>;

export const ItemChange = Type.Object(
  {
    name: Type.Optional(Name),
    unitPrice: Type.Optional(Money),
    preorder: Type.Optional(Type.Union([ref(PreorderInput), Type.Null()], { description: 'New preorder terms; null stops taking preorders' })),
    replenishment: Type.Optional(
      Type.Union([ref(ReplenishmentInput), Type.Null()], { description: 'New replenishment settings; null stops suggesting purchases' }),
    ),
    rationing: Type.Optional(
      Type.Union([ref(RationingInput), Type.Null()], { description: 'New rationing of its own; null: it sets none and inherits its group’s (plain queue order, no cap without a group)' }),
    ),
    group: Type.Optional(Nullable({ ...Code, description: 'Its item group; null: none' })),
    active: Type.Optional(Type.Boolean({ description: 'False: deactivated (kept for history); an inactive item or customer takes no new orders' })),
  },
  { $id: 'ItemChange', additionalProperties: false, minProperties: 1 },
);
export type ItemChange = Static<typeof ItemChange>;

export const PreorderTerms = Type.Object({ launchDate: Type.String(), cap: Nullable(Type.Integer()) }, { $id: 'PreorderTerms' });
export const ReplenishmentTerms = Type.Object(
  {
    supplier: Type.String(),
    leadTimeDays: Type.Integer(),
    minLevel: Type.Integer(),
    reorderQuantity: Type.Integer(),
    location: Nullable(Type.String()),
  },
  { $id: 'ReplenishmentTerms' },
);
export const Item = Type.Object(
  {
    sku: Type.String(),
    name: Type.String(),
    unitPrice: Type.Number(),
    service: Type.Boolean(),
    preorder: Nullable(ref(PreorderTerms)),
    replenishment: Nullable(ref(ReplenishmentTerms)),
    rationing: Type.Optional(ref(Rationing)),
    rationingFrom: Type.Optional(ref(RationingFrom)),
    ownRationing: Type.Optional(ref(OwnRationing)),
    group: Type.Optional(Type.String({ description: 'Its item group; left out when it has none' })),
    active: Type.Optional(Type.Boolean({ description: 'False once deactivated; left out of the answer to a create (always active)' })),
  },
  { $id: 'Item', description: 'An item, with its preorder, replenishment and rationing terms' },
);

export const ItemGroupInput = strict(
  { code: Code, name: Name, rationing: Type.Optional(ref(RationingInput)) },
  { $id: 'ItemGroupInput', description: 'An item group: the rule and cap its items inherit where they set none' },
);
export type ItemGroupInput = Static<typeof ItemGroupInput>;
export const ItemGroup = Type.Object(
  {
    code: Type.String(),
    name: Type.String(),
    rationing: ref(Rationing),
    active: Type.Optional(Type.Boolean({ description: 'False once deactivated; left out of the answer to a create (always active)' })),
  },
  { $id: 'ItemGroup', description: 'An item group and the rationing its items inherit' },
);
export const ItemGroupChange = Type.Object(
  {
    name: Type.Optional(Name),
    rationing: Type.Optional(
      Type.Union([ref(RationingInput), Type.Null()], {
        description: 'New rationing for the items that inherit it: applies to stock allocated from then on; null: plain queue order, no cap',
      }),
    ),
    active: Type.Optional(Type.Boolean({ description: 'False: deactivated (kept; its items keep inheriting from it, no item joins it)' })),
  },
  { $id: 'ItemGroupChange', additionalProperties: false, minProperties: 1 },
);
export type ItemGroupChange = Static<typeof ItemGroupChange>;

export const LocationInput = strict(
  { code: Code, name: Name, priority: Type.Optional({ ...Priority, description: 'Higher priority is allocated from first' }) },
  { $id: 'LocationInput' },
);
export type LocationInput = Static<typeof LocationInput>;
export const Location = Type.Object(
  { code: Type.String(), name: Type.String(), priority: Type.Integer(), active: Type.Optional(Type.Boolean({ description: 'False once deactivated; left out of the answer to a create (always active)' })) },
  { $id: 'Location', description: 'A warehouse or store' },
);
export const LocationChange = Type.Object(
  {
    name: Type.Optional(Name),
    priority: Type.Optional({ ...Priority, description: 'Higher priority is allocated from first; what is allocated stays where it is' }),
    active: Type.Optional(Type.Boolean({ description: 'False: deactivated (kept for history)' })),
  },
  { $id: 'LocationChange', additionalProperties: false, minProperties: 1 },
);
export type LocationChange = Static<typeof LocationChange>;

const Email = Type.String({ format: 'email', minLength: 3, maxLength: 254, description: 'The contact address customer notices go to (none: no notices)' });

export const CustomerInput = strict(
  {
    code: Code,
    name: Name,
    priority: Type.Optional(Priority),
    shipType: Type.Optional(ref(ShipType)),
    fulfillmentPolicy: Type.Optional(Code),
    email: Type.Optional(Email),
  },
  { $id: 'CustomerInput', description: 'Customer defaults, inherited by their orders' },
);
export type CustomerInput = Static<typeof CustomerInput>;
export const Customer = Type.Object(
  {
    code: Type.String(),
    name: Type.String(),
    priority: Type.Integer(),
    shipType: Type.String(),
    fulfillmentPolicy: Type.Union([Type.String(), Type.Null()]),
    email: Type.Optional(Type.String({ description: 'The contact address customer notices go to; left out when it has none (no notices)' })),
    active: Type.Optional(Type.Boolean({ description: 'False once deactivated; left out of the answer to a create (always active)' })),
  },
  { $id: 'Customer', description: 'A customer and the defaults their orders inherit' },
);

export const CustomerChange = Type.Object(
  {
    name: Type.Optional(Name),
    priority: Type.Optional(Priority),
    shipType: Type.Optional(ref(ShipType)),
    fulfillmentPolicy: Type.Optional(Nullable({ ...Code, description: 'The default policy; null for none' })),
    email: Type.Optional(Nullable(Email)),
    active: Type.Optional(Type.Boolean({ description: 'False: deactivated (kept for history); an inactive item or customer takes no new orders' })),
  },
  {
    $id: 'CustomerChange',
    additionalProperties: false,
    minProperties: 1,
    description: 'Priority, ship type and default policy are defaults: they apply to new orders only, the orders already entered keep theirs',
  },
);
export type CustomerChange = Static<typeof CustomerChange>;

export const FulfillmentRate = strict(
  { valueType: literals(rateValueTypes), minPercent: Type.Number({ minimum: 0, maximum: 100 }) },
  { $id: 'FulfillmentRate', description: 'The share of the order (by quantity or by price) a release must reach' },
);
export const ViolationLevel = literals(violationLevels, { $id: 'ViolationLevel', description: 'What a release below the fulfillment rate does' });
export const PolicyInput = strict(
  {
    code: Code,
    backorderStrategy: ref(BackorderStrategy),
    preventPartialDelivery: Type.Optional(Type.Boolean()),
    fulfillmentRate: Type.Optional(ref(FulfillmentRate)),
    violation: Type.Optional(ref(ViolationLevel)),
    cancelAfterDays: Type.Optional(Days),
    slaLadder: Type.Optional(ref(SlaLadder)),
    crossDockPolicy: Type.Optional({ ...Code, description: 'The policy an order switches to while it waits for a purchase order raised for it' }),
    crossDockWindowDays: Type.Optional({ ...Days, description: 'Only when the receipt is at most this many days before the planned ship date' }),
  },
  { $id: 'FulfillmentPolicyInput' },
);
export type PolicyInput = Static<typeof PolicyInput>;
export const Policy = Type.Object(
  {
    code: Type.String(),
    backorderStrategy: Type.String(),
    preventPartialDelivery: Type.Boolean(),
    fulfillmentRate: Type.Object({ valueType: Type.String(), minPercent: Type.Number() }),
    violation: Type.String(),
    cancelAfterDays: Type.Union([Type.Integer(), Type.Null()]),
    slaLadder: { ...Nullable(ref(SlaLadder)), description: 'Null: the deployment’s default ladder (ALLOT_SLA_LADDER)' },
    crossDockPolicy: Type.Union([Type.String(), Type.Null()]),
    crossDockWindowDays: Type.Union([Type.Integer(), Type.Null()]),
    active: Type.Optional(Type.Boolean({ description: 'False once deactivated; left out of the answer to a create (always active)' })),
  },
  { $id: 'FulfillmentPolicy', description: 'A named fulfillment policy' },
);

export const PolicyChange = Type.Object(
  {
    backorderStrategy: Type.Optional(ref(BackorderStrategy)),
    preventPartialDelivery: Type.Optional(Type.Boolean({ description: 'Every line of the open orders using the policy takes it' })),
    fulfillmentRate: Type.Optional(ref(FulfillmentRate)),
    violation: Type.Optional(ref(ViolationLevel)),
    cancelAfterDays: Type.Optional(Nullable(Days)),
    slaLadder: Type.Optional(Nullable(ref(SlaLadder))),
    crossDockPolicy: Type.Optional(Nullable(Code)),
    crossDockWindowDays: Type.Optional(Nullable(Days)),
    active: Type.Optional(Type.Boolean({ description: 'False: deactivated (kept for history)' })),
  },
  {
    $id: 'FulfillmentPolicyChange',
    additionalProperties: false,
    minProperties: 1,
    description:
      'The rules read at release and by the cancellation and cross-dock jobs apply at once to every order that uses the policy; ' +
      'the strategy and preventPartialDelivery, copied onto orders, are carried to its open orders (each in its record log)',
  },
);
export type PolicyChange = Static<typeof PolicyChange>;
export const PolicyChanged = Type.Object(
  {
    ...Policy.properties,
    orders: Type.Object(
      {
        ordersChanged: Type.Integer({ description: 'Open orders that took the new strategy or preventPartialDelivery' }),
        ordersKeepingTheirStrategy: Type.Integer({ description: 'Open orders that keep a strategy of their own (set by hand, or synced from their intercompany original)' }),
      },
      { description: 'What the change did to the open orders that use the policy' },
    ),
  },
  { $id: 'FulfillmentPolicyChanged', description: 'The policy as changed, and what followed on its open orders' },
);

/** The query of every master-data list: a text search, active or not, and the page. */
export const MasterDataQuery = Type.Object(
  { q: Type.Optional(TextSearch), active: Type.Optional(Type.Boolean()), ...PageQuery },
  { additionalProperties: false },
);
export type MasterDataQuery = Static<typeof MasterDataQuery>;
export const ItemList = pageOf(Item, 'ItemList', 'Items by SKU; `nextCursor` pages on');
export const ItemGroupList = pageOf(ItemGroup, 'ItemGroupList', 'Item groups by code; `nextCursor` pages on');
export const LocationList = pageOf(Location, 'LocationList', 'Locations by code; `nextCursor` pages on');
export const CustomerList = pageOf(Customer, 'CustomerList', 'Customers by code; `nextCursor` pages on');
export const PolicyList = pageOf(Policy, 'FulfillmentPolicyList', 'Fulfillment policies by code; `nextCursor` pages on');
