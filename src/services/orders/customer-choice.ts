import { raiseEvents } from '../../app/outbox.js';
import { logEntries } from '../../app/journal.js';
import type { ServiceContext } from '../../app/context.js';
import type { ChoiceInput } from '../../contract/choices.js';
import { systemActor } from '../../domain/access/actor.js';
import { cancellable } from '../../domain/allocation/line-quantities.js';
import type { CustomerChoice } from '../../domain/sla/sla-ladder.js';
import { refuse } from '../../domain/refusal.js';
import { findOrder, orderItemIds, orderLines, type OrderLineRow } from '../../repositories/order-repository.js';
import { orderCustomer, recordChoice, useChoiceLink } from '../../repositories/sla-repository.js';
import { lockItems } from '../../repositories/stock-repository.js';
import { cancelOrder, changeOrder } from './order-change.js';
import { openLink } from './choice-links.js';

const said: Record<CustomerChoice, string> = {
  keep_waiting: 'keep waiting',
  ship_available: 'ship what is there, cancel the rest',
  cancel: 'cancel',
};

/** Who decided: the customer through a link, or the SLA ladder's default choice. */
export type DecidedBy = 'customer' | 'default';

/**
 * Applies the customer's choices through a link: the link is used once (a second use is refused,
 * and a refused choice leaves it unused: nothing is written), and the record log names the
 * customer as who decided.
 */
export async function chooseByLink(ctx: ServiceContext, token: string, input: ChoiceInput) {
  const link = await openLink(ctx, token);
  if (!(await useChoiceLink(ctx.db, link.id, ctx.clock.now()))) refuse('choice_link_used', 'This choice link was used already: the choice was made.');
  const { customer } = (await orderCustomer(ctx.db, link.order_id))!;
  const asCustomer: ServiceContext = { ...ctx, actor: systemActor(`customer ${customer}`) };
  return applyChoices(asCustomer, link.order_id, input.choices, 'customer', link.id);
}

/**
 * Applies choices per waiting line by the rules of an operator's action: "cancel" cancels what is
 * open on the line; "ship what is there" cancels its backorder, and an order that ships only in
 * full (deliver_in_full, ship type complete) is switched to ship what is allocated; "keep waiting"
 * changes nothing now, and keeps the line from the ladder's default choice and from the SLA
 * cancellation. Each line must still wait (`line_not_waiting`: filled or cancelled meanwhile).
 */
export async function applyChoices(
  ctx: ServiceContext,
  orderId: number,
  choices: readonly { lineNo: number; choice: CustomerChoice }[],
  decidedBy: DecidedBy,
  linkId: number | null,
) {
  const order = (await findOrder(ctx.db, orderId)) ?? refuse('order_not_found', `No order has id ${orderId}.`, { orderId });
  await lockItems(ctx.db, await orderItemIds(ctx.db, order.id));
  const lines = await orderLines(ctx.db, order.id);
  const chosen = linesChosen(lines, choices);
  const at = ctx.clock.now();
  const why = (choice: CustomerChoice) => (decidedBy === 'customer' ? `customer's choice: ${said[choice]}` : `SLA ladder default choice: ${said[choice]}`);
  for (const { line, choice } of chosen) {
    await recordChoice(ctx.db, { lineId: line.id, orderId: order.id, choice, decidedBy, linkId, at });
  }
  logEntries(
    ctx,
    chosen.map(({ line, choice }) => ({ entity: 'line', action: 'customer_chose', orderId: order.id, itemId: line.item_id, lineNo: line.line_no, quantity: line.backordered, reason: why(choice) })),
  );
  const { customer } = (await orderCustomer(ctx.db, order.id))!;
  raiseEvents(ctx, [
    {
      type: 'customer.choice_made',
      orderId: order.id,
      itemIds: [...new Set(chosen.map((c) => c.line.item_id))],
      data: { customer, decidedBy, lines: chosen.map(({ line, choice }) => ({ lineNo: line.line_no, itemId: line.item_id, quantity: line.backordered, choice })) },
    },
  ]);
  for (const choice of ['cancel', 'ship_available'] as const) {
    const cancels = chosen
      .filter((c) => c.choice === choice)
      .map(({ line }) => ({ lineNo: line.line_no, quantity: choice === 'cancel' ? cancellable(line) : line.backordered }));
    if (cancels.length > 0) await cancelOrder(ctx, order.id, { lines: cancels, reason: why(choice) });
  }
  const inFullOnly = order.backorder_strategy === 'deliver_in_full' || order.ship_type === 'complete';
  if (inFullOnly && chosen.some((c) => c.choice === 'ship_available')) {
    await changeOrder(ctx, order.id, {
      ...(order.backorder_strategy === 'deliver_in_full' ? { backorderStrategy: 'backorder_allowed' as const } : {}),
      ...(order.ship_type === 'complete' ? { shipType: 'partial_ok' as const } : {}),
    });
  }
  return { orderId: order.id, choices: chosen.map(({ line, choice }) => ({ lineNo: line.line_no, choice })) };
}

function linesChosen(lines: readonly OrderLineRow[], choices: readonly { lineNo: number; choice: CustomerChoice }[]) {
  const seen = new Set<number>();
  return choices.map(({ lineNo, choice }) => {
    if (seen.has(lineNo)) refuse('duplicate_line', `Line ${lineNo} is named twice.`, { lineNo });
    seen.add(lineNo);
    const line = lines.find((l) => l.line_no === lineNo) ?? refuse('line_not_found', `The order has no line ${lineNo}.`, { lineNo });
    if (line.backordered === 0 || !line.may_wait) {
      refuse('line_not_waiting', `Line ${lineNo} no longer waits (it was filled or cancelled meanwhile): nothing was changed.`, { lineNo });
    }
    return { line, choice };
  });
}
