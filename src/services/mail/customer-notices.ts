import { daysBetween } from '../../domain/business-date.js';
import { noticeOfEvent, type MailKind } from '../../domain/mail/mail-kinds.js';
import { listBlock, renderMail, type MailTemplate, type Placeholders } from '../../domain/mail/mail-template.js';
import type { EventType } from '../../domain/events/event-types.js';
import type { Executor } from '../../repositories/executor.js';
import { addresseesOf, expectedDatesOf, itemNamesBySku, type MailEventRow, type NewMail, type NoticeAddressee } from '../../repositories/mail-repository.js';

interface EventLine {
  readonly lineNo: number;
  readonly sku: string | null;
  readonly quantity: number;
  readonly expectedShipDate?: string | null;
}

export interface NoticeSettings {
  /** A promise date that moves by more than this many days is told to the customer. */
  readonly dateShiftDays: number;
}

/**
 * The customer notices of these events (docs/domain.md#mail): one mail per event that tells a
 * customer something, to the order's customer's contact address; none when the customer has no
 * address, and none for a promise date that moved by no more than the threshold (a first date
 * comes with the backorder notice, a lost one with nothing: neither is a "change").
 */
export async function customerNotices(
  db: Executor,
  events: readonly MailEventRow[],
  templates: ReadonlyMap<MailKind, MailTemplate>,
  settings: NoticeSettings,
): Promise<NewMail[]> {
  const told = events.filter((e) => e.orderId !== null && noticeOfEvent[e.type as EventType] !== undefined && tellsCustomer(e, settings));
  const addressees = await addresseesOf(db, [...new Set(told.map((e) => e.orderId!))]);
  const addressed = told.filter((e) => addressees.get(e.orderId!)?.email);
  if (addressed.length === 0) return [];
  const skus = addressed.flatMap((e) => [...linesOf(e.data, 'lines'), ...linesOf(e.data, 'shortPicks')].map((l) => l.sku).concat(stringOf(e.data.sku) ?? []));
  const names = await itemNamesBySku(db, [...new Set(skus.filter((s): s is string => s !== null))]);
  const dates = await expectedDatesOf(db, [...new Set(addressed.filter((e) => e.type === 'order.backordered').map((e) => e.orderId!))]);
  return addressed.map((event) => {
    const to = addressees.get(event.orderId!)!;
    const kind = noticeOfEvent[event.type as EventType]!;
    const mail = renderMail(templates.get(kind)!, { ...orderValues(to), ...valuesOf(event, names, dates) });
    return { kind, recipient: to.email!, ...mail, eventId: event.id, orderId: to.orderId, customerId: to.customerId };
  });
}

function tellsCustomer(event: MailEventRow, settings: NoticeSettings): boolean {
  if (event.type !== 'promise_date.changed') return true;
  const from = stringOf(event.data.old);
  const to = stringOf(event.data.new);
  return from !== null && to !== null && Math.abs(daysBetween(from, to)) > settings.dateShiftDays;
}

function orderValues(to: NoticeAddressee): Placeholders {
  return {
    customerName: to.customerName,
    customerCode: to.customerCode,
    orderId: String(to.orderId),
    orderReference: to.reference ?? `#${to.orderId}`,
  };
}

const NO_DATE = 'a date not known yet';

function valuesOf(event: MailEventRow, names: ReadonlyMap<string, string>, dates: ReadonlyMap<string, string>): Placeholders {
  const data = event.data;
  const item = (sku: string | null) => `${sku ?? '?'} (${(sku && names.get(sku)) ?? 'an item no longer known'})`;
  const entries = (lines: readonly EventLine[]) => lines.map((l) => `${l.quantity} × ${item(l.sku)}`);
  const lines = linesOf(data, 'lines');
  switch (event.type as EventType) {
    case 'order.backordered': {
      const expected = lines.map((l) => dates.get(`${event.orderId}:${l.lineNo}`) ?? null);
      const latest = expected.every((d) => d !== null) ? expected.reduce<string | null>((a, d) => (a === null || d! > a ? d : a), null) : null;
      return {
        lines: listBlock(lines.map((l, i) => `${l.quantity} × ${item(l.sku)}, expected ${expected[i] ?? NO_DATE}`), 'nothing'),
        expectedDate: latest ?? NO_DATE,
      };
    }
    case 'promise_date.changed':
      return { ...lineValues(data, names, Number(data.backordered)), oldDate: stringOf(data.old) ?? NO_DATE, newDate: stringOf(data.new) ?? NO_DATE };
    case 'shipment.shipped':
      return { shipmentId: String(data.shipmentId), lines: listBlock(entries(lines), 'nothing'), shortPicks: listBlock(entries(linesOf(data, 'shortPicks')), 'nothing') };
    case 'line.cancelled':
      return { ...lineValues(data, names, Number(data.quantity)), reason: stringOf(data.reason) ?? 'no reason given' };
    case 'customer.choice_requested':
      return { lines: listBlock(entries(lines), 'nothing'), choiceUrl: stringOf(data.choiceUrl) ?? '', expiresAt: stringOf(data.expiresAt) ?? '' };
    case 'customer.notified':
      return {
        lines: listBlock(lines.map((l) => `${l.quantity} × ${item(l.sku)}, expected ${stringOf(l.expectedShipDate) ?? NO_DATE}`), 'nothing'),
        step: stepOf(data.step),
      };
    default:
      return {};
  }
}

function lineValues(data: Record<string, unknown>, names: ReadonlyMap<string, string>, quantity: number): Placeholders {
  const sku = stringOf(data.sku);
  return { lineNo: String(data.lineNo), sku: sku ?? '?', itemName: (sku && names.get(sku)) ?? 'an item no longer known', quantity: String(quantity) };
}

function linesOf(data: Record<string, unknown>, key: string): EventLine[] {
  const value = data[key];
  return Array.isArray(value) ? (value as EventLine[]) : [];
}

const stringOf = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** The SLA ladder's step in words: "5 days after the order was entered". */
function stepOf(value: unknown): string {
  if (typeof value === 'string') return value;
  const step = (value ?? {}) as { afterDays?: unknown; from?: unknown };
  if (typeof step.afterDays !== 'number') return '';
  return `${step.afterDays} days after ${step.from === 'promise_date' ? 'the promised date' : 'the order was entered'}`;
}
