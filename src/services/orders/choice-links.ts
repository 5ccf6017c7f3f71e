import { raiseEvents } from '../../app/outbox.js';
import { logEntries } from '../../app/journal.js';
import type { ReadContext, ServiceContext } from '../../app/context.js';
import { stepKey, type SlaStep } from '../../domain/sla/sla-ladder.js';
import { refuse } from '../../domain/refusal.js';
import { findOrder } from '../../repositories/order-repository.js';
import { choiceLinkByHash, insertChoiceLink, orderCustomer, waitingLines, type WaitingLine } from '../../repositories/sla-repository.js';
import { randomTokens, sha256, type TokenSource } from '../access/secrets.js';

/** Where choice links point and how long they live (ALLOT_PUBLIC_URL, ALLOT_CHOICE_LINK_DAYS). */
export interface ChoiceLinkSettings {
  /** The service as customers reach it, without a trailing slash. */
  readonly baseUrl: string;
  readonly days: number;
  readonly tokens?: TokenSource | undefined;
}

export const defaultChoiceLinkSettings: ChoiceLinkSettings = { baseUrl: 'http://127.0.0.1:3000', days: 7 };

/** The path of the page a link opens. */
export const choicePagePath = (token: string) => `/choose/${token}`;

/** Lines as the customer events tell them (the item's id becomes its SKU in the outbox). */
export const eventLines = (lines: readonly WaitingLine[]) =>
  lines.map((l) => ({ lineNo: l.lineNo, itemId: l.itemId, quantity: l.backordered, expectedShipDate: l.expectedShipDate }));

export const stepData = (step: SlaStep) => ({ afterDays: step.afterDays, from: step.from, action: step.action });

/**
 * Asks the customer to choose for waiting lines (all of the order's, when none are named): a
 * link with a random token (stored as its SHA-256, like a sign-in link), for this order only,
 * used once, expiring; `customer.choice_requested` carries it to whoever tells the customer.
 */
export async function requestChoice(
  ctx: ServiceContext,
  orderId: number,
  settings: ChoiceLinkSettings,
  asked: { step: SlaStep | null; lines?: readonly WaitingLine[] } = { step: null },
) {
  const order = (await findOrder(ctx.db, orderId)) ?? refuse('order_not_found', `No order has id ${orderId}.`, { orderId });
  const lines = asked.lines ?? (await waitingLines(ctx.db, order.id));
  if (lines.length === 0) refuse('nothing_waiting', `Order ${order.id} has no backordered line to choose for.`, { orderId });
  const token = (settings.tokens ?? randomTokens).token(32);
  const at = ctx.clock.now();
  const expiresAt = new Date(at.getTime() + settings.days * 86_400_000);
  const step = asked.step === null ? null : stepKey(asked.step);
  await insertChoiceLink(ctx.db, { tokenHash: sha256(token), orderId: order.id, step, at, expiresAt });
  const choiceUrl = `${settings.baseUrl}${choicePagePath(token)}`;
  const { customer } = (await orderCustomer(ctx.db, order.id))!;
  logEntries(ctx, [{ entity: 'order', action: 'choice_requested', orderId: order.id, reason: `lines ${lines.map((l) => l.lineNo).join(', ')}${step ? ` (SLA ladder: ${step})` : ''}` }]);
  raiseEvents(ctx, [
    {
      type: 'customer.choice_requested',
      orderId: order.id,
      itemIds: [...new Set(lines.map((l) => l.itemId))],
      data: { customer, lines: eventLines(lines), choiceUrl, expiresAt: expiresAt.toISOString(), step: asked.step === null ? null : stepData(asked.step) },
    },
  ]);
  return {
    orderId: order.id,
    choiceUrl,
    expiresAt: expiresAt.toISOString(),
    lines: lines.map((l) => ({ lineNo: l.lineNo, sku: l.sku, backordered: l.backordered })),
  };
}

/** A link that may still be used: refused when tampered with (or unknown), used, or expired. */
export async function openLink(ctx: ReadContext, token: string) {
  const link = /^[A-Za-z0-9_-]{20,100}$/.test(token) ? await choiceLinkByHash(ctx.db, sha256(token)) : undefined;
  if (!link) refuse('choice_link_invalid', 'This choice link is not valid: check that it was copied whole.');
  if (link.used_at !== null) refuse('choice_link_used', 'This choice link was used already: the choice was made.', { usedAt: link.used_at.toISOString() });
  if (link.expires_at <= ctx.clock.now()) {
    refuse('choice_link_expired', 'This choice link has expired: ask for a new one.', { expiredAt: link.expires_at.toISOString() });
  }
  return { ...link, id: Number(link.id), order_id: Number(link.order_id) };
}

/** What a link shows: the order's waiting lines and the choice made for each so far. */
export async function choicePage(ctx: ReadContext, token: string) {
  const link = await openLink(ctx, token);
  const order = (await orderCustomer(ctx.db, link.order_id))!;
  const lines = await waitingLines(ctx.db, link.order_id);
  return {
    orderId: link.order_id,
    reference: order.reference,
    customer: order.customer,
    expiresAt: link.expires_at.toISOString(),
    lines: lines.map((l) => ({
      lineNo: l.lineNo,
      sku: l.sku,
      name: l.name,
      quantity: l.quantity,
      available: l.available,
      backordered: l.backordered,
      expectedShipDate: l.expectedShipDate,
      choice: l.choice,
    })),
  };
}
