import { Type } from '@sinclair/typebox';
import { mailKinds } from '../domain/mail/mail-kinds.js';
import { literals, Nullable, ref, strict, text } from './common.js';

/** Mail: the templates an admin may change, and every mail written with its sending state. */

export const MailKind = literals(mailKinds, {
  $id: 'MailKind',
  description:
    'backordered, date_changed, shipped, cancelled, choice_requested, customer_notified: customer notices (one per event); digest: the operators’ daily digest',
});

export const MailTemplateInput = strict(
  {
    subject: text(300),
    text: { ...text(20_000), description: 'The plain-text body' },
    html: { ...text(50_000), description: 'The HTML body: every value is HTML-escaped where it is filled in' },
  },
  { $id: 'MailTemplateInput', description: 'A template: `{{placeholder}}`s are filled in when a mail is written; only those of its kind may be named' },
);

export const MailTemplate = Type.Object(
  {
    kind: ref(MailKind),
    subject: Type.String(),
    text: Type.String(),
    html: Type.String(),
    placeholders: Type.Array(Type.String(), { description: 'What this kind fills in (`{{name}}`)' }),
    changed: Type.Boolean({ description: 'false: the default template' }),
    updatedAt: Nullable(Type.String({ format: 'date-time' })),
    updatedBy: Nullable(Type.String()),
  },
  { $id: 'MailTemplate', description: 'The template in force for one kind of mail' },
);

export const MailTemplateList = Type.Object({ templates: Type.Array(ref(MailTemplate)) }, { $id: 'MailTemplateList', description: 'Every kind’s template in force' });

const MailStatus = Type.Union([Type.Literal('pending'), Type.Literal('sent'), Type.Literal('failed')]);

export const MailMessage = Type.Object(
  {
    id: Type.Integer(),
    kind: ref(MailKind),
    recipient: Type.String(),
    subject: Type.String(),
    status: MailStatus,
    attempts: Type.Integer(),
    lastError: Nullable(Type.String({ description: 'What the SMTP server (or the connection) said at the last failed attempt' })),
    eventId: Nullable(Type.Integer({ description: 'The domain event a customer notice tells' })),
    orderId: Nullable(Type.Integer()),
    customer: Nullable(Type.String()),
    digestDate: Nullable(Type.String({ format: 'date', description: 'The business day a digest is for' })),
    nextAttemptAt: Nullable(Type.String({ format: 'date-time' })),
    sentAt: Nullable(Type.String({ format: 'date-time' })),
    createdAt: Type.String({ format: 'date-time' }),
  },
  { $id: 'MailMessage', description: 'A mail written, and what came of sending it (pending: due or waiting to be tried again)' },
);

export const MailMessageList = Type.Object(
  { messages: Type.Array(ref(MailMessage)) },
  { $id: 'MailMessageList', description: 'Mails newest first; ask again with `before` = the last id' },
);

export const MailMessageQuery = Type.Object(
  {
    status: Type.Optional(MailStatus),
    kind: Type.Optional(ref(MailKind)),
    before: Type.Optional(Type.Integer({ minimum: 1 })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })),
  },
  { additionalProperties: false },
);

export const MailKindParam = Type.Object({ kind: ref(MailKind) });
