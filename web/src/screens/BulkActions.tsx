import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { allot, ApiProblem, unwrap } from '../api/client.js';
import { ConfirmDialog } from '../components/ConfirmDialog.js';
import { formatQuantity } from '../format.js';
import type { WaitingLine } from './BackorderWorkbench.js';

type Action = 'release' | 'cancel';
interface Outcome {
  readonly orderId: number;
  readonly ok: boolean;
  readonly text: string;
}

const byOrder = (lines: readonly WaitingLine[]) => {
  const orders = new Map<number, WaitingLine[]>();
  for (const line of lines) orders.set(line.orderId, [...(orders.get(line.orderId) ?? []), line]);
  return orders;
};

/** Bulk actions on the selected lines, each confirmed first with what will happen; one request per order. */
export function BulkActions({ lines, onDone }: { lines: readonly WaitingLine[]; onDone: () => void }) {
  const queries = useQueryClient();
  const [asking, setAsking] = useState<Action | null>(null);
  const [reason, setReason] = useState('');
  const [outcomes, setOutcomes] = useState<readonly Outcome[]>([]);
  const orders = byOrder(lines);
  const units = lines.reduce((sum, line) => sum + line.backordered, 0);
  const run = useMutation({
    mutationFn: async (action: Action) => {
      const results: Outcome[] = [];
      for (const [orderId, orderLines] of orders) {
        const id = String(orderId);
        try {
          if (action === 'release') {
            const released = await unwrap(allot.POST('/v1/orders/{id}/release', { params: { path: { id } }, body: {} }));
            const sent = released.released.reduce((sum, line) => sum + line.quantity, 0);
            results.push({ orderId, ok: true, text: `released ${formatQuantity(sent)} units` });
          } else {
            const body = { lines: orderLines.map((line) => ({ lineNo: line.lineNo, quantity: line.backordered })), ...(reason.trim() ? { reason: reason.trim() } : {}) };
            await unwrap(allot.POST('/v1/orders/{id}/cancel', { params: { path: { id } }, body }));
            results.push({ orderId, ok: true, text: `cancelled ${formatQuantity(orderLines.reduce((s, l) => s + l.backordered, 0))} backordered units` });
          }
        } catch (error) {
          const text = error instanceof ApiProblem ? `${error.problem.title}: ${error.problem.detail}` : String(error);
          results.push({ orderId, ok: false, text });
        }
      }
      return results;
    },
    onSuccess: async (results) => {
      setOutcomes(results);
      setAsking(null);
      onDone();
      await queries.invalidateQueries({ queryKey: ['backorders'] });
    },
  });
  return (
    <div className="bulk-actions">
      <button type="button" disabled={lines.length === 0} onClick={() => setAsking('release')}>
        Release orders
      </button>
      <button type="button" className="danger" disabled={lines.length === 0} onClick={() => setAsking('cancel')}>
        Cancel backorders
      </button>
      {asking === 'release' && (
        <ConfirmDialog title="Release to the warehouse" confirmLabel={`Release ${orders.size} order${orders.size === 1 ? '' : 's'}`} busy={run.isPending} onConfirm={() => run.mutate('release')} onClose={() => setAsking(null)}>
          <p>
            Each of the {formatQuantity(orders.size)} orders of the selected lines ({[...orders.keys()].join(', ')}) is released as far as its policy allows: what
            is allocated goes to a pending shipment. An order whose policy refuses says why.
          </p>
        </ConfirmDialog>
      )}
      {asking === 'cancel' && (
        <ConfirmDialog title="Cancel the backordered units" confirmLabel={`Cancel ${formatQuantity(units)} units`} busy={run.isPending} onConfirm={() => run.mutate('cancel')} onClose={() => setAsking(null)}>
          <p>
            The {formatQuantity(units)} backordered units of {formatQuantity(lines.length)} selected line{lines.length === 1 ? '' : 's'} are cancelled; what they hold
            stays allocated. The record log keeps the reason.
          </p>
          <label>
            Reason
            <input value={reason} onChange={(event) => setReason(event.target.value)} placeholder="e.g. customer asked" />
          </label>
        </ConfirmDialog>
      )}
      {outcomes.length > 0 && (
        <ul className="outcomes" aria-label="What the bulk action did" aria-live="polite">
          {outcomes.map((outcome) => (
            <li key={outcome.orderId} className={outcome.ok ? 'ok' : 'refused'}>
              Order {outcome.orderId}: {outcome.text}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
