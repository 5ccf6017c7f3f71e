import type { EventType } from '../events/event-types.js';
import type { MailTemplate } from './mail-template.js';

/**
 * The mails Allot writes (docs/domain.md#mail): a notice to the customer for each of five events
 * (and the SLA ladder's own notice), and the operators' daily digest. Each kind names the
 * placeholders its template may use; its default template is here, an admin may replace it.
 */
export const mailKinds = ['backordered', 'date_changed', 'shipped', 'cancelled', 'choice_requested', 'customer_notified', 'digest'] as const;
export type MailKind = (typeof mailKinds)[number];

export function isMailKind(value: string): value is MailKind {
  return (mailKinds as readonly string[]).includes(value);
}

/** The event each customer notice tells. */
export const noticeOfEvent: Readonly<Partial<Record<EventType, MailKind>>> = {
  'order.backordered': 'backordered',
  'promise_date.changed': 'date_changed',
  'shipment.shipped': 'shipped',
  'line.cancelled': 'cancelled',
  'customer.choice_requested': 'choice_requested',
  'customer.notified': 'customer_notified',
};

export const noticeEventTypes = Object.keys(noticeOfEvent) as EventType[];

const order = ['customerName', 'customerCode', 'orderId', 'orderReference'] as const;
const line = ['lineNo', 'sku', 'itemName', 'quantity'] as const;

/** The placeholders each kind fills in. */
export const placeholdersOf: Readonly<Record<MailKind, readonly string[]>> = {
  backordered: [...order, 'lines', 'expectedDate'],
  date_changed: [...order, ...line, 'oldDate', 'newDate'],
  shipped: [...order, 'shipmentId', 'lines', 'shortPicks'],
  cancelled: [...order, ...line, 'reason'],
  choice_requested: [...order, 'lines', 'choiceUrl', 'expiresAt'],
  customer_notified: [...order, 'lines', 'step'],
  digest: [
    'date',
    'since',
    'newBackorderCount',
    'newBackorders',
    'pastPromiseCount',
    'pastPromise',
    'slaDays',
    'slaCancellationCount',
    'slaCancellations',
    'stuckReleaseCount',
    'stuckReleases',
  ],
};

const greeting = 'Dear {{customerName}},';
const signature = 'Your order desk';
const html = (...paragraphs: string[]) => paragraphs.map((p) => (p.startsWith('{{') && p.endsWith('}}') ? p : `<p>${p}</p>`)).join('\n');

/** The templates used until an admin changes them. */
export const defaultTemplates: Readonly<Record<MailKind, MailTemplate>> = {
  backordered: {
    subject: 'Order {{orderReference}}: some items are on backorder',
    text: `${greeting}\n\nPart of your order {{orderReference}} is not in stock yet and is on backorder:\n\n{{lines}}\n\nWe expect to ship it by {{expectedDate}} and will tell you when it ships.\n\n${signature}\n`,
    html: html(greeting, 'Part of your order <strong>{{orderReference}}</strong> is not in stock yet and is on backorder:', '{{lines}}', 'We expect to ship it by <strong>{{expectedDate}}</strong> and will tell you when it ships.', signature),
  },
  date_changed: {
    subject: 'Order {{orderReference}}: new expected date for {{sku}}',
    text: `${greeting}\n\nThe expected ship date of {{quantity}} × {{sku}} ({{itemName}}) on your order {{orderReference}} moved from {{oldDate}} to {{newDate}}.\n\n${signature}\n`,
    html: html(greeting, 'The expected ship date of {{quantity}} × {{sku}} ({{itemName}}) on your order <strong>{{orderReference}}</strong> moved from {{oldDate}} to <strong>{{newDate}}</strong>.', signature),
  },
  shipped: {
    subject: 'Order {{orderReference}} has shipped',
    text: `${greeting}\n\nShipment {{shipmentId}} of your order {{orderReference}} is on its way:\n\n{{lines}}\n\nNot in this shipment, still to come:\n{{shortPicks}}\n\n${signature}\n`,
    html: html(greeting, 'Shipment {{shipmentId}} of your order <strong>{{orderReference}}</strong> is on its way:', '{{lines}}', 'Not in this shipment, still to come:', '{{shortPicks}}', signature),
  },
  cancelled: {
    subject: 'Order {{orderReference}}: {{sku}} cancelled',
    text: `${greeting}\n\n{{quantity}} × {{sku}} ({{itemName}}) on your order {{orderReference}} was cancelled: {{reason}}.\n\n${signature}\n`,
    html: html(greeting, '{{quantity}} × {{sku}} ({{itemName}}) on your order <strong>{{orderReference}}</strong> was cancelled: {{reason}}.', signature),
  },
  choice_requested: {
    subject: 'Order {{orderReference}}: how should we go on?',
    text: `${greeting}\n\nThese items of your order {{orderReference}} are still waiting:\n\n{{lines}}\n\nTell us what you prefer (keep waiting, ship what is there, or cancel) until {{expiresAt}}:\n{{choiceUrl}}\n\n${signature}\n`,
    html: html(greeting, 'These items of your order <strong>{{orderReference}}</strong> are still waiting:', '{{lines}}', 'Tell us what you prefer (keep waiting, ship what is there, or cancel) until {{expiresAt}}:', '<a href="{{choiceUrl}}">{{choiceUrl}}</a>', signature),
  },
  customer_notified: {
    subject: 'Order {{orderReference}}: still waiting',
    text: `${greeting}\n\nThese items of your order {{orderReference}} are still waiting for stock:\n\n{{lines}}\n\nWe will tell you as soon as they ship.\n\n${signature}\n`,
    html: html(greeting, 'These items of your order <strong>{{orderReference}}</strong> are still waiting for stock:', '{{lines}}', 'We will tell you as soon as they ship.', signature),
  },
  digest: {
    subject: 'Allot digest for {{date}}',
    text:
      'Backorders on {{date}}\n\n' +
      'New backorders since {{since}}: {{newBackorderCount}}\n{{newBackorders}}\n\n' +
      'Lines past their promise date: {{pastPromiseCount}}\n{{pastPromise}}\n\n' +
      'SLA cancellations in the next {{slaDays}} days: {{slaCancellationCount}}\n{{slaCancellations}}\n\n' +
      'Stuck releases (orders holding stock their policy will not release yet): {{stuckReleaseCount}}\n{{stuckReleases}}\n',
    html: [
      '<h1>Backorders on {{date}}</h1>',
      '<h2>New backorders since {{since}}: {{newBackorderCount}}</h2>\n{{newBackorders}}',
      '<h2>Lines past their promise date: {{pastPromiseCount}}</h2>\n{{pastPromise}}',
      '<h2>SLA cancellations in the next {{slaDays}} days: {{slaCancellationCount}}</h2>\n{{slaCancellations}}',
      '<h2>Stuck releases: {{stuckReleaseCount}}</h2>\n{{stuckReleases}}',
    ].join('\n'),
  },
};
