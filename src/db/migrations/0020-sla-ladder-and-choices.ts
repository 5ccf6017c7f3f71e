import type { Kysely } from 'kysely';
import { executeScript } from '../sql-script.js';

/**
 * The SLA ladder and the customer's choice (docs/domain.md#the-sla-ladder-and-the-customers-choice):
 * a policy's ladder; the steps taken per line (once each: the primary key); choice links (stored as
 * the SHA-256 of their token, used once, expiring); and each line's choice. No foreign key to
 * orders or lines: entry writes those without them (0005).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await executeScript(
    db,
    `
    alter table fulfillment_policies add column sla_ladder jsonb;
    create table sla_steps_taken (
      line_id bigint not null,
      step text not null,
      order_id bigint not null,
      taken_at timestamptz not null,
      primary key (line_id, step)
    );
    create table choice_links (
      id bigserial primary key,
      token_hash text not null unique,
      order_id bigint not null,
      step text,
      created_at timestamptz not null,
      expires_at timestamptz not null,
      used_at timestamptz
    );
    create index choice_links_order on choice_links (order_id);
    create table customer_choices (
      line_id bigint primary key,
      order_id bigint not null,
      choice text not null check (choice in ('keep_waiting', 'ship_available', 'cancel')),
      decided_by text not null check (decided_by in ('customer', 'default')),
      link_id bigint references choice_links (id),
      made_at timestamptz not null
    );
    `,
  );
}
