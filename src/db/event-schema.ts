import type { ColumnType, Generated } from 'kysely';

/** Kysely's view of the outbox and webhook tables (migration 0014). */
export interface EventTables {
  domain_events: DomainEventTable;
  webhook_endpoints: WebhookEndpointTable;
  webhook_fanout: WebhookFanoutTable;
  webhook_deliveries: WebhookDeliveryTable;
  webhook_attempts: WebhookAttemptTable;
}

export interface DomainEventTable {
  id: Generated<number>;
  /** xid8, read as text. */
  xid: Generated<string>;
  at: Date;
  type: string;
  order_id: number | null;
  customer_id: number | null;
  item_ids: ColumnType<number[], number[] | undefined, never>;
  data: ColumnType<unknown, string, never>;
}

export interface WebhookEndpointTable {
  id: Generated<number>;
  url: string;
  description: Generated<string>;
  event_types: string[];
  active: Generated<boolean>;
  health: Generated<string>;
  secret: string;
  previous_secret: string | null;
  previous_expires_at: Date | null;
  created_xid: Generated<string>;
  created_at: Date;
  updated_at: Date;
}

export interface WebhookFanoutTable {
  id: number;
  after_xid: string;
  after_id: string;
}

export interface WebhookDeliveryTable {
  id: Generated<number>;
  endpoint_id: number;
  event_id: number;
  order_id: number | null;
  status: Generated<string>;
  attempts: Generated<number>;
  next_attempt_at: Date;
  first_attempt_at: Date | null;
  delivered_at: Date | null;
  created_at: Date;
}

export interface WebhookAttemptTable {
  id: Generated<number>;
  delivery_id: number;
  at: Date;
  status_code: number | null;
  outcome: string;
  duration_ms: number;
  response_excerpt: string | null;
}
