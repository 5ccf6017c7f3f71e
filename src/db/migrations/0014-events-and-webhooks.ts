import type { Kysely } from 'kysely';
import { executeScript } from '../sql-script.js';

/**
 * Domain events in a transactional outbox, and their delivery to webhooks (docs/design.md,
 * "Events and webhooks"). Each event keeps the id of the transaction that wrote it
 * (`pg_current_xact_id()`): the feed serves only events of transactions below every running
 * one, in (xid, id) order, so a reader never skips an event that commits late.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await executeScript(
    db,
    `
    create table domain_events (
      id bigserial primary key,
      xid xid8 not null default pg_current_xact_id(),
      at timestamptz not null,
      type text not null,
      order_id bigint,
      customer_id integer,
      item_ids integer[] not null default '{}',
      data jsonb not null
    );
    create index domain_events_feed on domain_events (xid, id);
    create index domain_events_order on domain_events (order_id, xid, id) where order_id is not null;

    create table webhook_endpoints (
      id bigserial primary key,
      url text not null,
      description text not null default '',
      event_types text[] not null,
      active boolean not null default true,
      -- 'healthy', or 'failing' once a delivery gave up after its last retry
      health text not null default 'healthy' check (health in ('healthy', 'failing')),
      -- whsec_…: the newest first; a rotated-out secret keeps signing until previous_expires_at
      secret text not null,
      previous_secret text,
      previous_expires_at timestamptz,
      -- it receives the events of transactions that began writing after it was registered
      created_xid xid8 not null default pg_current_xact_id(),
      created_at timestamptz not null,
      updated_at timestamptz not null
    );

    -- The one cursor of the fan-out (events → deliveries), locked by whichever process fans out.
    create table webhook_fanout (
      id integer primary key check (id = 1),
      after_xid xid8 not null,
      after_id bigint not null
    );
    insert into webhook_fanout values (1, '0', 0);

    create table webhook_deliveries (
      id bigserial primary key,
      endpoint_id bigint not null references webhook_endpoints (id) on delete cascade,
      event_id bigint not null references domain_events (id),
      order_id bigint,
      status text not null default 'pending' check (status in ('pending', 'delivered', 'failed')),
      attempts integer not null default 0,
      next_attempt_at timestamptz not null,
      first_attempt_at timestamptz,
      delivered_at timestamptz,
      created_at timestamptz not null
    );
    create index webhook_deliveries_due on webhook_deliveries (next_attempt_at) where status = 'pending';
    create index webhook_deliveries_endpoint on webhook_deliveries (endpoint_id, id);
    create index webhook_deliveries_order on webhook_deliveries (endpoint_id, order_id, id) where status = 'pending';

    create table webhook_attempts (
      id bigserial primary key,
      delivery_id bigint not null references webhook_deliveries (id) on delete cascade,
      at timestamptz not null,
      status_code integer,
      outcome text not null,
      duration_ms integer not null,
      response_excerpt text
    );
    create index webhook_attempts_delivery on webhook_attempts (delivery_id, id);
    `,
  );
}
