import { allot, ApiProblem, unwrap, type Schema } from '../api/client.js';
import { formatQuantity } from '../format.js';
import type { WaitingLine } from './BackorderWorkbench.js';

export type Action = 'release' | 'cancel' | 'priority' | 'split' | 'purchase' | 'transfer';
export type Preview = Schema<'DryRunPreview'>;

/** What the operator gives an action in its confirmation. */
export interface ActionInput {
  readonly reason: string;
  readonly priority: string;
  readonly from: string;
  readonly expectedDate: string;
}

/** What one order's request did or would do. */
export interface Outcome {
  readonly orderId: number;
  readonly ok: boolean;
  readonly text: string;
  readonly preview?: Preview;
}

/** The actions whose routes take `?dryRun=true`: their confirmation shows the difference first. */
export const previewable: ReadonlySet<Action> = new Set(['cancel', 'priority', 'split', 'purchase', 'transfer']);

export const byOrder = (lines: readonly WaitingLine[]) => {
  const orders = new Map<number, WaitingLine[]>();
  for (const line of lines) orders.set(line.orderId, [...(orders.get(line.orderId) ?? []), line]);
  return orders;
};

const units = (lines: readonly WaitingLine[]) => lines.reduce((sum, line) => sum + line.backordered, 0);

/** What is missing before an action can run (null: it can). */
export function missingInput(action: Action, input: ActionInput): string | null {
  if (action === 'priority' && !/^-?\d+$/.test(input.priority.trim())) return 'Give the new priority (a whole number).';
  if (action === 'transfer' && (!input.from.trim() || !/^\d{4}-\d{2}-\d{2}$/.test(input.expectedDate))) return 'Give the location to send from and the expected date.';
  return null;
}

/** One order's request for an action, previewed (`dryRun`) or for real; a refusal is an outcome, not an error. */
export async function runOnOrder(action: Action, orderId: number, lines: readonly WaitingLine[], input: ActionInput, dryRun: boolean): Promise<Outcome> {
  const id = String(orderId);
  const path = { id };
  const query = dryRun ? { dryRun: true } : {};
  try {
    switch (action) {
      case 'release': {
        const released = await unwrap(allot.POST('/v1/orders/{id}/release', { params: { path }, body: {} }));
        return { orderId, ok: true, text: `released ${formatQuantity(released.released.reduce((sum, line) => sum + line.quantity, 0))} units` };
      }
      case 'cancel': {
        const body = { lines: lines.map((line) => ({ lineNo: line.lineNo, quantity: line.backordered })), ...(input.reason.trim() ? { reason: input.reason.trim() } : {}) };
        const answer = await unwrap(allot.POST('/v1/orders/{id}/cancel', { params: { path, query }, body }));
        return done(orderId, answer, dryRun, `cancelled ${formatQuantity(units(lines))} backordered units`);
      }
      case 'priority': {
        const priority = Number(input.priority.trim());
        const answer = await unwrap(allot.PATCH('/v1/orders/{id}', { params: { path, query }, body: { priority } }));
        return done(orderId, answer, dryRun, `priority set to ${priority}`);
      }
      case 'split': {
        const answer = await unwrap(allot.POST('/v1/orders/{id}/split', { params: { path, query } }));
        return done(orderId, answer, dryRun, `backorder moved to order ${(answer as { newOrderId?: number }).newOrderId}`);
      }
      case 'purchase': {
        const answer = await unwrap(allot.POST('/v1/orders/{id}/purchase-orders', { params: { path, query }, body: {} }));
        const raised = (answer as { purchaseOrders?: { id: number }[] }).purchaseOrders ?? [];
        return done(orderId, answer, dryRun, `purchase order${raised.length === 1 ? '' : 's'} ${raised.map((po) => po.id).join(', ')} raised`);
      }
      case 'transfer': {
        const body = { from: input.from.trim(), expectedDate: input.expectedDate };
        const answer = await unwrap(allot.POST('/v1/orders/{id}/transfer-orders', { params: { path, query }, body }));
        return done(orderId, answer, dryRun, `transfer ${(answer as { id?: number }).id} raised`);
      }
    }
  } catch (error) {
    return { orderId, ok: false, text: error instanceof ApiProblem ? `${error.problem.title}: ${error.problem.detail}` : String(error) };
  }
}

function done(orderId: number, answer: unknown, dryRun: boolean, text: string): Outcome {
  if (!dryRun) return { orderId, ok: true, text };
  const preview = answer as Preview;
  return { orderId, ok: true, text: `${preview.lines.length} line${preview.lines.length === 1 ? '' : 's'} would change`, preview };
}
