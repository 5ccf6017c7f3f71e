import type { Generated } from 'kysely';

/** Kysely's view of the mail tables (migration 0019). */
export interface MailTables {
  mail_templates: MailTemplateTable;
  mail_fanout: MailFanoutTable;
  mail_messages: MailMessageTable;
}

export interface MailTemplateTable {
  kind: string;
  subject: string;
  text_body: string;
  html_body: string;
  updated_at: Date;
  updated_by: string;
}

export interface MailFanoutTable {
  id: number;
  after_xid: string;
  after_id: string;
}

export interface MailMessageTable {
  id: Generated<number>;
  kind: string;
  recipient: string;
  subject: string;
  text_body: string;
  html_body: string;
  event_id: number | null;
  order_id: number | null;
  customer_id: number | null;
  digest_date: string | null;
  status: Generated<string>;
  attempts: Generated<number>;
  next_attempt_at: Date;
  last_error: string | null;
  sent_at: Date | null;
  created_at: Date;
}
