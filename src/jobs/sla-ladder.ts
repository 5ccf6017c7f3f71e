import { raiseEvents } from '../app/outbox.js';
import type { ServiceContext } from '../app/context.js';
import { stepKey, stepsDue, type SlaStep } from '../domain/sla/sla-ladder.js';
import { orderCustomer, ordersOnTheLadder, takeStep, waitingLines, type WaitingLine } from '../repositories/sla-repository.js';
import { requestChoice, eventLines, stepData, type ChoiceLinkSettings } from '../services/orders/choice-links.js';
import { applyChoices } from '../services/orders/customer-choice.js';
import { cancelOrder } from '../services/orders/order-change.js';
import { cancelInScope } from './cancellation-jobs.js';
import type { Job, JobContext } from './job.js';
import { JobSteps } from './job-steps.js';

const ORDERS_PER_PAGE = 200;

/** What one order's step of the walk did. */
interface Walked {
  readonly notified: number;
  readonly asked: number;
  readonly defaulted: number;
  readonly cancelled: number;
}

/**
 * The SLA ladder (docs/domain.md#the-sla-ladder-and-the-customers-choice): walks every waiting
 * line's ladder (its policy's, else the deployment's), taking each step due once (recorded per
 * line; a line filled meanwhile is no longer waiting and takes none), one order per unit of work;
 * then the last step, the cancellation SLA (cancelAfterDays), exactly as the cancellation-sla job.
 */
export function slaLadderJob(
  schedule: string | undefined,
  settings: { readonly defaultLadder: readonly SlaStep[]; readonly cancelAfterDays: number | undefined; readonly links: ChoiceLinkSettings },
): Job {
  return {
    name: 'sla-ladder',
    permission: 'jobs.cancel_in_bulk',
    description: 'Walks the SLA ladder of every backordered line (notify, ask to choose, default choice, cancel), then the cancellation SLA.',
    schedule,
    run: async (ctx: JobContext) => {
      const steps = new JobSteps(ctx);
      const totals = { orders: [] as number[], notified: 0, asked: 0, defaulted: 0, cancelled: 0 };
      let after = 0;
      for (;;) {
        const page = await ordersOnTheLadder(ctx.db, settings.defaultLadder.length > 0, after, ORDERS_PER_PAGE);
        if (page.length === 0) break;
        for (const orderId of page) {
          after = orderId;
          const walked = await steps.run({ orderId }, (tx) => walkOrder(tx, orderId, ctx.today, settings));
          if (!walked || walked.notified + walked.asked + walked.defaulted + walked.cancelled === 0) continue;
          totals.orders.push(orderId);
          totals.notified += walked.notified;
          totals.asked += walked.asked;
          totals.defaulted += walked.defaulted;
          totals.cancelled += walked.cancelled;
        }
        await ctx.progress(totals.orders.length);
      }
      const scope = { kind: 'sla', today: ctx.today, defaultDays: settings.cancelAfterDays ?? null } as const;
      const sla = await cancelInScope(ctx, scope, 'cancellation SLA: backorder not filled within cancelAfterDays of entry');
      const lines = totals.notified + totals.asked + totals.defaulted + totals.cancelled;
      return { processed: lines + sla.lines, detail: { ...totals, skipped: [...steps.skipped, ...sla.skipped], cancellationSla: { orders: sla.orders, lines: sla.lines, units: sla.units } } };
    },
  };
}

/** One order: every step due on its waiting lines, in ladder order, each taken once per line. */
async function walkOrder(
  ctx: ServiceContext,
  orderId: number,
  today: string,
  settings: { readonly defaultLadder: readonly SlaStep[]; readonly links: ChoiceLinkSettings },
): Promise<Walked> {
  const lines = await waitingLines(ctx.db, orderId);
  const byStep = new Map<string, { step: SlaStep; lines: WaitingLine[] }>();
  for (const line of lines) {
    const ladder = (line.ladder as SlaStep[] | null) ?? settings.defaultLadder;
    for (const step of stepsDue(ladder, { ...line, taken: new Set(line.taken) }, today)) {
      const key = stepKey(step);
      if (!byStep.has(key)) byStep.set(key, { step, lines: [] });
      byStep.get(key)!.lines.push(line);
    }
  }
  const walked = { notified: 0, asked: 0, defaulted: 0, cancelled: 0 };
  for (const [key, due] of byStep) {
    const taken = await takeStep(ctx.db, orderId, key, due.lines.map((l) => l.lineId), ctx.clock.now());
    const now = due.lines.filter((l) => taken.has(l.lineId));
    if (now.length === 0) continue;
    const { step } = due;
    if (step.action === 'notify') {
      const { customer } = (await orderCustomer(ctx.db, orderId))!;
      raiseEvents(ctx, [
        { type: 'customer.notified', orderId, itemIds: [...new Set(now.map((l) => l.itemId))], data: { customer, lines: eventLines(now), step: stepData(step) } },
      ]);
      walked.notified += now.length;
    } else if (step.action === 'ask') {
      await requestChoice(ctx, orderId, settings.links, { step, lines: now });
      walked.asked += now.length;
    } else if (step.action === 'default_choice') {
      await applyChoices(ctx, orderId, now.map((l) => ({ lineNo: l.lineNo, choice: step.choice! })), 'default', null);
      walked.defaulted += now.length;
    } else {
      const reason = `SLA ladder: backorder not filled ${step.afterDays} days after ${step.from === 'entry' ? 'entry' : 'its promise date'}`;
      await cancelOrder(ctx, orderId, { lines: now.map((l) => ({ lineNo: l.lineNo, quantity: l.backordered })), reason });
      walked.cancelled += now.length;
    }
  }
  return walked;
}
