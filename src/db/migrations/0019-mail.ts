import type { Kysely } from 'kysely';
import { executeScript } from '../sql-script.js';

/**
 * Mail (docs/design.md, "Mail"): customers' contact addresses, the templates an admin changed
 * (the others are the defaults in code), the mail fan-out's cursor on the event feed, and every
 * mail written, with its sending state. The cursor starts at the feed's end: the events of the
 * past are not news, so nobody is mailed about them.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await executeScript(
    db,
    `
    alter table customers add column email text;

    create table mail_templates (
      kind text primary key,
      subject text not null,
      text_body text not null,
      html_body text not null,
      updated_at timestamptz not null,
      updated_by text not null
    );

    -- The one cursor of the mail fan-out (events → mail), locked by whichever process fans out.
    create table mail_fanout (
      id integer primary key check (id = 1),
      after_xid xid8 not null,
      after_id bigint not null
    );
    insert into mail_fanout (id, after_xid, after_id)
    select 1, coalesce((select xid from domain_events order by xid desc, id desc limit 1), '0'::xid8),
              coalesce((select id from domain_events order by xid desc, id desc limit 1), 0);

    create table mail_messages (
      id bigserial primary key,
      kind text not null,
      recipient text not null,
      subject text not null,
      text_body text not null,
      html_body text not null,
      -- the event a customer notice tells (one mail per event); null for a digest
      event_id bigint references domain_events (id),
      order_id bigint,
      customer_id integer,
      -- the business day a digest is for (one per operator address and day)
      digest_date date,
      status text not null default 'pending' check (status in ('pending', 'sent', 'failed')),
      attempts integer not null default 0,
      next_attempt_at timestamptz not null,
      last_error text,
      sent_at timestamptz,
      created_at timestamptz not null
    );
    create unique index mail_messages_event on mail_messages (event_id) where event_id is not null;
    create unique index mail_messages_digest on mail_messages (recipient, digest_date) where digest_date is not null;
    -- the digest's "new backorders since the last digest"
    create index domain_events_backordered on domain_events (at) where type = 'order.backordered';
    create index mail_messages_due on mail_messages (next_attempt_at) where status = 'pending';
    `,
  );
}
