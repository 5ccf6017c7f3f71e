import type { ColumnType, Generated } from 'kysely';
import type { AccessTables } from './access-schema.js';
import type { EventTables } from './event-schema.js';
import type { MailTables } from './mail-schema.js';
import type { SettingsTables } from './settings-schema.js';
import type { SlaTables } from './sla-schema.js';

/** Kysely's view of the tables created by the migrations in ./migrations. */
export interface Database extends AccessTables, EventTables, MailTables, SettingsTables, SlaTables {
  locations: LocationTable;
  fulfillment_policies: FulfillmentPolicyTable;
  customers: CustomerTable;
  items: ItemTable;
  item_groups: ItemGroupTable;
  stock_levels: StockLevelTable;
  stock_ledger: StockLedgerTable;
  orders: OrderTable;
  order_lines: OrderLineTable;
  order_items: OrderItemTable;
  line_allocations: LineAllocationTable;
  item_demand: ItemDemandTable;
  record_log: RecordLogTable;
  idempotency_keys: IdempotencyKeyTable;
  pending_fills: PendingFillTable;
  job_runs: JobRunTable;
  shipments: ShipmentTable;
  shipment_lines: ShipmentLineTable;
  line_supply_links: LineSupplyLinkView;
  purchase_orders: PurchaseOrderTable;
  purchase_order_lines: PurchaseOrderLineTable;
  transfer_orders: TransferOrderTable;
  transfer_order_lines: TransferOrderLineTable;
  supply_schedule: SupplyScheduleTable;
  events: EventTable;
}

type CreatedAt = ColumnType<Date, Date | undefined, never>;

export interface LocationTable {
  id: Generated<number>;
  code: string;
  name: string;
  priority: number;
  active: Generated<boolean>;
  created_at: CreatedAt;
}

export interface FulfillmentPolicyTable {
  id: Generated<number>;
  code: string;
  backorder_strategy: string;
  prevent_partial_delivery: boolean;
  rate_value_type: string;
  rate_min_percent: number;
  violation: string;
  cancel_after_days: number | null;
  active: Generated<boolean>;
  created_at: CreatedAt;
  cross_dock_policy_id: ColumnType<number | null, number | null | undefined, number | null>;
  cross_dock_window_days: ColumnType<number | null, number | null | undefined, number | null>;
  /** The SLA ladder's steps before the cancellation (JSON; null: the deployment's default ladder). */
  sla_ladder: ColumnType<unknown, string | null | undefined, string | null>;
}

export interface CustomerTable {
  id: Generated<number>;
  code: string;
  name: string;
  priority: number;
  ship_type: string;
  fulfillment_policy_id: number | null;
  active: Generated<boolean>;
  created_at: CreatedAt;
  /** Another company of the group; with sync, a direct-delivery order of it follows its original's strategy. */
  intercompany: Generated<boolean>;
  sync_backorder_strategy: Generated<boolean>;
  /** Where customer notices go; null: the customer gets none. */
  email: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface ItemTable {
  id: Generated<number>;
  sku: string;
  name: string;
  unit_price: number;
  service: boolean;
  active: Generated<boolean>;
  created_at: CreatedAt;
  preorder_launch_date: ColumnType<string | null, string | null | undefined, string | null>;
  preorder_cap: ColumnType<number | null, number | null | undefined, number | null>;
  supplier: ColumnType<string | null, string | null | undefined, string | null>;
  lead_time_days: Generated<number>;
  min_level: Generated<number>;
  reorder_quantity: Generated<number>;
  replenish_location_id: ColumnType<number | null, number | null | undefined, number | null>;
  /** The item's own rule; null inherits its group's (else `queue`). */
  allocation_rule: ColumnType<'queue' | 'fair_share' | null, 'queue' | 'fair_share' | null | undefined, 'queue' | 'fair_share' | null>;
  /** The item's own cap; all null (and no_customer_cap false) inherits its group's. */
  customer_cap_units: ColumnType<number | null, number | null | undefined, number | null>;
  customer_cap_percent: ColumnType<number | null, number | null | undefined, number | null>;
  customer_cap_period_days: ColumnType<number | null, number | null | undefined, number | null>;
  /** No cap on this item, whatever its group's. */
  no_customer_cap: Generated<boolean>;
  group_id: ColumnType<number | null, number | null | undefined, number | null>;
}

export interface ItemGroupTable {
  id: Generated<number>;
  code: string;
  name: string;
  active: Generated<boolean>;
  created_at: CreatedAt;
  allocation_rule: ColumnType<'queue' | 'fair_share', 'queue' | 'fair_share' | undefined, 'queue' | 'fair_share'>;
  customer_cap_units: ColumnType<number | null, number | null | undefined, number | null>;
  customer_cap_percent: ColumnType<number | null, number | null | undefined, number | null>;
  customer_cap_period_days: ColumnType<number | null, number | null | undefined, number | null>;
}

export interface StockLevelTable {
  item_id: number;
  location_id: number;
  on_hand: number;
  allocated: number;
}

export interface StockLedgerTable {
  id: Generated<number>;
  item_id: number;
  location_id: number;
  kind: string;
  on_hand_delta: number;
  allocated_delta: number;
  line_id: number | null;
  reference: string | null;
  reason: string | null;
  actor: string;
  at: Date;
}

export interface OrderTable {
  id: Generated<number>;
  customer_id: number;
  priority: number;
  ship_type: string;
  fulfillment_policy_id: number | null;
  requested_ship_date: string | null;
  reference: string | null;
  entry_seq: number;
  entered_at: Date;
  warnings: ColumnType<string[], string, string>;
  /** The header strategy: from the order's policy, or set by hand. */
  backorder_strategy: string;
  /** The customer's policy when the order was entered (for the 100 % exception). */
  customer_policy_id: number | null;
  location_id: ColumnType<number | null, number | null | undefined, number | null>;
  split_from: ColumnType<number | null, number | null | undefined, number | null>;
  /** The original order this intercompany order supplies, and whether it delivers to its customer directly. */
  intercompany_of: ColumnType<number | null, number | null | undefined, number | null>;
  direct_delivery: Generated<boolean>;
}

export interface OrderLineTable {
  id: Generated<number>;
  order_id: number;
  line_no: number;
  item_id: number;
  quantity: number;
  unit_price: number;
  prevent_partial_delivery: boolean;
  allocated: Generated<number>;
  released: Generated<number>;
  shipped: Generated<number>;
  cancelled: Generated<number>;
  backordered: ColumnType<number, never, never>;
  priority: number;
  entry_seq: number;
  preorder: Generated<boolean>;
  expected_ship_date: ColumnType<string | null, string | null | undefined, string | null>;
  preferred_location_id: ColumnType<number | null, number | null | undefined, number | null>;
  /** False once the order may not release again: the line then takes no stock (nothing stranded). */
  may_wait: Generated<boolean>;
}

/** Which orders have a line of which item (migration 0013: kept by a trigger on line inserts). */
export interface OrderItemTable {
  item_id: number;
  order_id: number;
}

export interface ItemDemandTable {
  item_id: number;
  backordered: number;
  waiting_lines: number;
}

export interface LineAllocationTable {
  line_id: number;
  location_id: number;
  quantity: number;
  released: Generated<number>;
  pegged: Generated<number>;
}

export interface RecordLogTable {
  id: Generated<number>;
  at: Date;
  actor: string;
  entity: string;
  order_id: number | null;
  item_id: number | null;
  line_no: number | null;
  action: string;
  quantity: number | null;
  reason: string | null;
  shipment_id: number | null;
  actor_kind: string | null;
  actor_id: number | null;
  actor_name: string | null;
  on_behalf_of: string | null;
}

export interface IdempotencyKeyTable {
  key: string;
  fingerprint: string;
  status: number | null;
  body: ColumnType<unknown, string | null, string | null>;
  created_at: CreatedAt;
}

export interface PendingFillTable {
  item_id: number;
  process: string;
  quantity: number;
}

export interface JobRunTable {
  id: Generated<number>;
  job: string;
  started_at: Date;
  finished_at: Date | null;
  status: string;
  processed: number;
  actor: string;
  heartbeat_at: Generated<Date>;
  scheduled_for: ColumnType<Date | null, Date | null | undefined, never>;
  detail: ColumnType<unknown, string | null | undefined, string | null>;
  error_code: ColumnType<string | null, string | null | undefined, string | null>;
  error_message: ColumnType<string | null, string | null | undefined, string | null>;
  idempotency_key: ColumnType<string | null, string | null | undefined, string | null>;
  fingerprint: ColumnType<string | null, string | null | undefined, never>;
}

export interface ShipmentTable {
  id: Generated<number>;
  location_id: number;
  customer_id: number;
  status: string;
  created_at: Date;
  closed_at: Date | null;
}

export interface ShipmentLineTable {
  id: Generated<number>;
  shipment_id: number;
  order_id: number;
  line_id: number;
  release_no: number;
  quantity: number;
  shipped: Generated<number>;
}

export interface LineSupplyLinkView {
  line_id: number;
  kind: string;
}

export interface PurchaseOrderTable {
  id: Generated<number>;
  supplier: string;
  location_id: number | null;
  drop_ship: Generated<boolean>;
  status: string;
  expected_date: string;
  reference: string | null;
  created_at: Date;
}

export interface PurchaseOrderLineTable {
  id: Generated<number>;
  purchase_order_id: number;
  line_no: number;
  item_id: number;
  quantity: number;
  received: Generated<number>;
  order_line_id: number | null;
}

export interface TransferOrderTable {
  id: Generated<number>;
  from_location_id: number;
  to_location_id: number;
  status: string;
  expected_date: string;
  reference: string | null;
  created_at: Date;
}

export interface TransferOrderLineTable {
  id: Generated<number>;
  transfer_order_id: number;
  line_no: number;
  item_id: number;
  quantity: number;
  shipped: Generated<number>;
  received: Generated<number>;
  order_line_id: number | null;
}

export interface SupplyScheduleTable {
  item_id: number;
  location_id: number;
  date: string;
  quantity: number;
}

export interface EventTable {
  id: Generated<number>;
  at: Date;
  type: string;
  item_id: number | null;
  location_id: number | null;
  reference: string | null;
  payload: ColumnType<unknown, string, never>;
}
