import type { ReadContext } from '../../app/context.js';
import { addDays } from '../../domain/business-date.js';
import { listBlock, renderMail, type MailTemplate, type RenderedMail } from '../../domain/mail/mail-template.js';
import { backlogSummary } from '../../queries/backlog-summary.js';
import { listBackorders } from '../../queries/backorder-list.js';
import { listOrders } from '../../queries/order-list.js';
import { linesToCancel, ordersToCancel } from '../../repositories/cancellation-repository.js';
import { namesOf } from '../../repositories/domain-event-repository.js';
import { addresseesOf, backorderedSince } from '../../repositories/mail-repository.js';

/** At most this many entries per section (the counts are complete). */
const LISTED = 50;
const SLA_ORDERS_COUNTED = 5000;

export interface DigestSettings {
  /** SLA cancellations due within this many days are listed. */
  readonly slaDays: number;
  /** The deployment's cancellation SLA for policies that set none (ALLOT_CANCEL_AFTER_DAYS). */
  readonly defaultCancelAfterDays: number | null;
}

export interface Digest {
  readonly mail: RenderedMail;
  readonly counts: { newBackorders: number; pastPromise: number; slaCancellations: number; stuckReleases: number };
}

/**
 * The operators' daily digest (docs/domain.md#mail), from the read side the workbench uses: the
 * orders that went on backorder since the last digest (their events), the waiting lines past their
 * promise date (the backorder list), the orders the cancellation SLA takes within the next days
 * (the cancellation job's own scope, a few days ahead) and the orders holding stock their policy
 * will not release yet (the order list's `awaiting_full_allocation`).
 */
export async function composeDigest(ctx: ReadContext & { today: string }, since: Date, template: MailTemplate, settings: DigestSettings): Promise<Digest> {
  const fresh = await backorderedSince(ctx.db, since, LISTED);
  const freshOrders = await addresseesOf(ctx.db, [...new Set(fresh.events.map((e) => e.orderId!))]);
  const newBackorders = fresh.events.map((e) => {
    const order = freshOrders.get(e.orderId!);
    const lines = (e.data.lines as { sku: string | null; quantity: number }[]).map((l) => `${l.quantity} × ${l.sku}`).join(', ');
    return `${orderName(e.orderId!, order?.reference ?? null)} (${order?.customerCode ?? '?'}): ${lines}`;
  });

  const past = await listBackorders(ctx, { pastPromiseDate: true, limit: LISTED });
  const pastPromise = past.items.map((l) => `Order #${l.orderId} line ${l.lineNo} (${l.customer}): ${l.backordered} × ${l.sku}, promised ${l.expectedShipDate}`);
  const pastPromiseCount = (await backlogSummary(ctx)).pastPromiseDate;

  const slaBy = addDays(ctx.today, settings.slaDays);
  const scope = { kind: 'sla', today: slaBy, defaultDays: settings.defaultCancelAfterDays } as const;
  const slaOrders = await ordersToCancel(ctx.db, scope, 0, SLA_ORDERS_COUNTED);
  const slaLines = [];
  for (const orderId of slaOrders.slice(0, LISTED)) slaLines.push(...(await linesToCancel(ctx.db, scope, orderId)));
  const { items } = await namesOf(ctx.db, [...new Set(slaLines.map((l) => l.line.item_id))], []);
  const slaOrderNames = await addresseesOf(ctx.db, slaOrders.slice(0, LISTED));
  const slaCancellations = slaLines.map(({ line, quantity }) => {
    const order = slaOrderNames.get(Number(line.order_id));
    return `${orderName(Number(line.order_id), order?.reference ?? null)} line ${line.line_no} (${order?.customerCode ?? '?'}): ${quantity} × ${items.get(line.item_id) ?? '?'}`;
  });

  const blocked = await listOrders(ctx, { status: 'awaiting_full_allocation', limit: 500 });
  const stuck = blocked.items.filter((o) => o.lines.some((l) => l.allocated > l.released));
  const stuckReleases = stuck.slice(0, LISTED).map((o) => `${orderName(o.id, o.reference)} (${o.customer}): ${o.summary}`);

  const counts = { newBackorders: fresh.total, pastPromise: pastPromiseCount, slaCancellations: slaOrders.length, stuckReleases: stuck.length };
  const mail = renderMail(template, {
    date: ctx.today,
    since: since.toISOString(),
    newBackorderCount: String(counts.newBackorders),
    newBackorders: listBlock(newBackorders, 'none'),
    pastPromiseCount: String(counts.pastPromise),
    pastPromise: listBlock(pastPromise, 'none'),
    slaDays: String(settings.slaDays),
    slaCancellationCount: String(counts.slaCancellations),
    slaCancellations: listBlock(slaCancellations, 'none'),
    stuckReleaseCount: String(counts.stuckReleases),
    stuckReleases: listBlock(stuckReleases, 'none'),
  });
  return { mail, counts };
}

const orderName = (id: number, reference: string | null) => (reference ? `Order #${id} ${reference}` : `Order #${id}`);
