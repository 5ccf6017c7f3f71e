import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { ConfirmDialog } from '../components/ConfirmDialog.js';
import { formatDay, formatQuantity } from '../format.js';
import type { WaitingLine } from './BackorderWorkbench.js';
import { BulkPreview } from './BulkPreview.js';
import { byOrder, missingInput, previewable, runOnOrder, type Action, type ActionInput, type Outcome } from './bulk-commands.js';

const plural = (n: number, word: string) => `${formatQuantity(n)} ${word}${n === 1 ? '' : 's'}`;

/**
 * Bulk actions on the selected lines, one request per order. Each is confirmed first with what will
 * happen; where the route can preview (`?dryRun=true`), the confirmation shows each line's change.
 */
export function BulkActions({ lines, onDone }: { lines: readonly WaitingLine[]; onDone: () => void }) {
  const queries = useQueryClient();
  const [asking, setAsking] = useState<Action | null>(null);
  const [input, setInput] = useState<ActionInput>({ reason: '', priority: '', from: '', expectedDate: '' });
  const [outcomes, setOutcomes] = useState<readonly Outcome[]>([]);
  const orders = byOrder(lines);
  const orderIds = [...orders.keys()];
  const units = lines.reduce((sum, line) => sum + line.backordered, 0);
  const missing = asking ? missingInput(asking, input) : null;
  const runAll = async (action: Action, dryRun: boolean) => {
    const results: Outcome[] = [];
    for (const [orderId, orderLines] of orders) results.push(await runOnOrder(action, orderId, orderLines, input, dryRun));
    return results;
  };
  const preview = useQuery({
    queryKey: ['bulk-preview', asking, orderIds, input],
    enabled: asking !== null && previewable.has(asking) && missing === null,
    queryFn: () => runAll(asking!, true),
    gcTime: 0,
    staleTime: Infinity,
    retry: false,
  });
  const run = useMutation({
    mutationFn: (action: Action) => runAll(action, false),
    onSuccess: async (results) => {
      setOutcomes(results);
      setAsking(null);
      onDone();
      await queries.invalidateQueries({ queryKey: ['backorders'] });
    },
  });
  const set = (name: keyof ActionInput) => (event: { target: { value: string } }) => setInput((before) => ({ ...before, [name]: event.target.value }));
  const open = (action: Action) => () => {
    setOutcomes([]);
    setAsking(action);
  };
  const listOfOrders = `${plural(orders.size, 'order')} (${orderIds.join(', ')})`;
  const dialogs: Record<Action, { title: string; confirm: string; says: ReactNode; fields?: ReactNode }> = {
    release: {
      title: 'Release to the warehouse',
      confirm: `Release ${plural(orders.size, 'order')}`,
      says: `Each of the ${listOfOrders} is released as far as its policy allows: what is allocated goes to a pending shipment. An order whose policy refuses says why.`,
    },
    cancel: {
      title: 'Cancel the backordered units',
      confirm: `Cancel ${formatQuantity(units)} units`,
      says: `The ${formatQuantity(units)} backordered units of ${plural(lines.length, 'selected line')} are cancelled; what they hold stays allocated. The record log keeps the reason.`,
      fields: (
        <label>
          Reason
          <input value={input.reason} onChange={set('reason')} placeholder="e.g. customer asked" />
        </label>
      ),
    },
    priority: {
      title: 'Change priority',
      confirm: `Set the priority of ${plural(orders.size, 'order')}`,
      says: `Every line of the ${listOfOrders} takes the new priority and its place for it in its item's queue: stock moves to a line that now ranks ahead, from lines that now rank behind it.`,
      fields: (
        <label>
          New priority
          <input name="priority" type="number" inputMode="numeric" value={input.priority} onChange={set('priority')} />
        </label>
      ),
    },
    split: {
      title: 'Split off the backorder',
      confirm: `Split ${plural(orders.size, 'order')}`,
      says: `Each of the ${listOfOrders} is closed after what it can ship now; its backordered remainder moves to a new order that keeps its place in the queue.`,
    },
    purchase: {
      title: 'Raise purchase orders',
      confirm: `Raise purchase orders for ${plural(orders.size, 'order')}`,
      says: `For each of the ${listOfOrders}, purchase orders are raised with each item's supplier for its shortage (linked to its lines, so the stock is theirs on receipt), plus what brings the item to its minimum level.`,
    },
    transfer: {
      title: 'Raise transfers',
      confirm: `Raise transfers for ${plural(orders.size, 'order')}`,
      says: `For each of the ${listOfOrders}, a transfer of what its lines lack at the order's location is raised from ${input.from.trim() || 'the location below'}${
        input.expectedDate ? `, expected on ${formatDay(input.expectedDate)}` : ''
      }.`,
      fields: (
        <>
          <label>
            From location
            <input name="from" value={input.from} onChange={set('from')} placeholder="e.g. EAST" />
          </label>
          <label>
            Expected on
            <input name="expectedDate" type="date" value={input.expectedDate} onChange={set('expectedDate')} />
          </label>
        </>
      ),
    },
  };
  const dialog = asking ? dialogs[asking] : null;
  const buttons: [Action, string, string?][] = [
    ['release', 'Release orders'],
    ['priority', 'Change priority'],
    ['split', 'Split'],
    ['purchase', 'Raise purchase order'],
    ['transfer', 'Raise transfer'],
    ['cancel', 'Cancel backorders', 'danger'],
  ];
  return (
    <div className="bulk-actions">
      {buttons.map(([action, label, tone]) => (
        <button key={action} type="button" className={tone} disabled={lines.length === 0} onClick={open(action)}>
          {label}
        </button>
      ))}
      {asking && dialog && (
        <ConfirmDialog title={dialog.title} confirmLabel={dialog.confirm} busy={run.isPending} disabled={missing !== null || preview.isFetching} onConfirm={() => run.mutate(asking)} onClose={() => setAsking(null)}>
          <p>{dialog.says}</p>
          {dialog.fields}
          {missing && <p className="hint">{missing}</p>}
          {previewable.has(asking) && missing === null && (
            <section aria-label="What will change">
              <h3>What will change</h3>
              {preview.isFetching ? <p>Working out what would change…</p> : preview.data && <BulkPreview outcomes={preview.data} />}
            </section>
          )}
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
