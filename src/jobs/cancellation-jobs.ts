import { Type } from '@sinclair/typebox';
import { refuse } from '../domain/refusal.js';
import { strategiesWhere } from '../domain/strategies/registry.js';
import { linkedLinesSkipped, ordersToCancel, type CancelScope } from '../repositories/cancellation-repository.js';
import { cancelOrderInScope } from '../services/orders/bulk-cancellation.js';
import { customerByCode, itemBySku } from '../repositories/lookup.js';
import type { Job, JobContext } from './job.js';
import { JobSteps, type SkippedStep } from './job-steps.js';
import { cancelAfterDaysInForce } from '../services/settings/settings-in-force.js';

const Code = Type.String({ minLength: 1, maxLength: 64 });

/**
 * Cancel backorders (docs/domain.md#cancellation-jobs): the backorder of no_backorder orders whose
 * planned ship date is at least `daysPastShipDate` days past (0 = today), or regardless with
 * `ignoreShipDate`. Lines linked to supply are skipped.
 */
export function cancelBackordersJob(schedule: string | undefined): Job {
  return {
    name: 'cancel-backorders',
    permission: 'jobs.cancel_in_bulk',
    description: 'Cancels the backorders of no_backorder orders past their planned ship date.',
    schedule,
    params: Type.Object({
      daysPastShipDate: Type.Optional(Type.Integer({ minimum: 0, maximum: 3650 })),
      ignoreShipDate: Type.Optional(Type.Boolean()),
    }),
    run: async (ctx) => {
      const params = ctx.params as { daysPastShipDate?: number; ignoreShipDate?: boolean };
      const scope = {
        kind: 'no_backorder',
        strategies: strategiesWhere((s) => s.remainderCancelled),
        today: ctx.today,
        daysPast: params.daysPastShipDate ?? 1,
        ignoreShipDate: params.ignoreShipDate ?? false,
      } as const;
      const reason = scope.ignoreShipDate
        ? 'cancel-backorders: no backorder allowed'
        : `cancel-backorders: no backorder allowed, planned ship date ${scope.daysPast}+ days past`;
      const run = await cancelInScope(ctx, scope, reason);
      return { processed: run.lines, detail: { ...run, skippedLinkedToSupply: await linkedLinesSkipped(ctx.db, scope) } };
    },
  };
}

/** Cancel for item or customer: every open quantity of exactly one customer or exactly one item. */
export function cancelForItemOrCustomerJob(): Job {
  return {
    name: 'cancel-for-item-or-customer',
    permission: 'jobs.cancel_in_bulk',
    byHandOnly: true,
    description: 'Cancels every open quantity of one customer (e.g. bankrupt) or one item (e.g. discontinued).',
    params: Type.Object({ sku: Type.Optional(Code), customer: Type.Optional(Code) }),
    check: async (db, params) => {
      const { sku, customer } = params as { sku?: string; customer?: string };
      if ((sku === undefined) === (customer === undefined)) {
        refuse('exactly_one_customer_or_item', 'Name exactly one of `sku` or `customer`: one run cancels for one customer or one item.', {
          sku: sku ?? null,
          customer: customer ?? null,
        });
      }
      if (sku !== undefined) await itemBySku(db, sku);
      if (customer !== undefined) await customerByCode(db, customer);
    },
    run: async (ctx) => {
      const { sku, customer } = ctx.params as { sku?: string; customer?: string };
      const run =
        sku !== undefined
          ? await cancelInScope(ctx, { kind: 'item', itemId: (await itemBySku(ctx.db, sku)).id }, `cancelled for item ${sku}`)
          : await cancelInScope(ctx, { kind: 'customer', customerId: (await customerByCode(ctx.db, customer!)).id }, `cancelled for customer ${customer}`);
      return { processed: run.lines, detail: { ...run, ...(sku !== undefined ? { sku } : { customer }) } };
    },
  };
}

/**
 * Cancellation SLA: a backorder not filled within the policy's cancelAfterDays of order entry
 * (or the deployment default: the settings' in force, `defaultDays` until they are first saved) is cancelled.
 */
export function cancellationSlaJob(schedule: string | undefined, defaultDays: number | undefined): Job {
  return {
    name: 'cancellation-sla',
    permission: 'jobs.cancel_in_bulk',
    description: 'Cancels backorders not filled within cancelAfterDays of order entry (policy, else deployment default).',
    schedule,
    run: async (ctx: JobContext) => {
      const scope = { kind: 'sla', today: ctx.today, defaultDays: await cancelAfterDaysInForce(ctx.db, defaultDays) } as const;
      const run = await cancelInScope(ctx, scope, 'cancellation SLA: backorder not filled within cancelAfterDays of entry');
      return { processed: run.lines, detail: { ...run } };
    },
  };
}

const ORDERS_PER_PAGE = 200;

export interface CancellationRun {
  /** Orders that had something cancelled, in id order. */
  readonly orders: number[];
  readonly lines: number;
  readonly units: number;
  /** Orders whose cancellation was refused because they changed after the run listed them. */
  readonly skipped: SkippedStep[];
}

/** Every order in scope, one step (one short unit of work) each; a refused order is skipped and reported. */
export async function cancelInScope(ctx: JobContext, scope: CancelScope, reason: string): Promise<CancellationRun> {
  const steps = new JobSteps(ctx);
  const orders: number[] = [];
  let lines = 0;
  let units = 0;
  let after = 0;
  for (;;) {
    const page = await ordersToCancel(ctx.db, scope, after, ORDERS_PER_PAGE);
    if (page.length === 0) break;
    for (const orderId of page) {
      const cancelled = await steps.run({ orderId }, (tx) => cancelOrderInScope(tx, scope, orderId, reason));
      after = orderId;
      if (!cancelled || cancelled.lines === 0) continue;
      orders.push(orderId);
      lines += cancelled.lines;
      units += cancelled.units;
    }
    await ctx.progress(lines);
  }
  return { orders, lines, units, skipped: steps.skipped };
}
