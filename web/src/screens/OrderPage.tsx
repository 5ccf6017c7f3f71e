import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { allot, unwrap, type Schema } from '../api/client.js';
import { keys } from '../api/queries.js';
import { useCan } from '../api/session.js';
import { PageHeader } from '../components/AppShell.js';
import { ConfirmDialog } from '../components/ConfirmDialog.js';
import { ProblemNotice } from '../components/ProblemNotice.js';
import { RecordLog } from '../components/RecordLog.js';
import { formatDay, formatMoment, formatQuantity, words } from '../format.js';
import { useOrderActions } from './OrderActions.js';
import { OrderLines } from './OrderLines.js';
import { OrderPriority } from './OrderPriority.js';

type Order = Schema<'Order'>;
type Line = Schema<'OrderLine'>;

/** One order: its header, its lines, the actions it allows now, and its record log. */
export function OrderPage({ orderId }: { orderId: string }) {
  const queries = useQueryClient();
  const canWrite = useCan('orders.write');
  const path = { params: { path: { id: orderId } } };
  const order = useQuery({ queryKey: keys.order(orderId), queryFn: () => unwrap(allot.GET('/v1/orders/{id}', { params: { ...path.params, query: { explain: true } } })) });
  const log = useQuery({ queryKey: keys.orderLog(orderId), queryFn: () => unwrap(allot.GET('/v1/orders/{id}/history', path)) });
  const [cancelling, setCancelling] = useState<Line | null>(null);
  const [quantity, setQuantity] = useState('');
  const [reason, setReason] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const refresh = () => Promise.all([queries.invalidateQueries({ queryKey: ['order', orderId] }), queries.invalidateQueries({ queryKey: ['backorders'] })]);
  const release = useMutation({
    mutationFn: () => unwrap(allot.POST('/v1/orders/{id}/release', { ...path, body: {} })),
    onSuccess: async (released) => {
      const units = released.released.reduce((sum, line) => sum + line.quantity, 0);
      setNotice(`Release ${released.releaseNo}: ${formatQuantity(units)} units to shipment ${released.shipments.join(', ')}.${released.warnings.length ? ` ${released.warnings.join(' ')}` : ''}`);
      await refresh();
    },
    onError: () => void refresh(),
  });
  const cancel = useMutation({
    mutationFn: (line: Line) => {
      const amount = Number(quantity);
      const body = { lines: [{ lineNo: line.lineNo, ...(quantity.trim() && Number.isInteger(amount) ? { quantity: amount } : {}) }], ...(reason.trim() ? { reason: reason.trim() } : {}) };
      return unwrap(allot.POST('/v1/orders/{id}/cancel', { ...path, body }));
    },
    onSuccess: async (_answer, line) => {
      setNotice(`Line ${line.lineNo} cancelled${quantity.trim() ? ` (${quantity.trim()} units)` : ''}.`);
      setCancelling(null);
      await refresh();
    },
  });
  const actions = useOrderActions(order.data ?? placeholder(orderId), async (what) => {
    setNotice(what);
    await refresh();
  });
  const askCancel = (line: Line) => {
    cancel.reset();
    setQuantity('');
    setReason('');
    setCancelling(line);
  };

  if (order.error) return <><PageHeader title={`Order ${orderId}`} /><ProblemNotice error={order.error} /></>;
  if (!order.data) return <p className="loading">Loading order {orderId}…</p>;
  const o = order.data;
  const releasable = o.lines.some((line) => line.allocated - line.released > 0);
  return (
    <>
      <PageHeader title={`Order ${o.id}`}>
        {actions.buttons}
        {canWrite && releasable && (
          <button type="button" onClick={() => { setNotice(null); release.mutate(); }} disabled={release.isPending}>
            {release.isPending ? 'Releasing…' : 'Release to warehouse'}
          </button>
        )}
      </PageHeader>
      {notice && <p className="notice" role="status">{notice}</p>}
      <ProblemNotice error={release.error} />
      <OrderHeader order={o} />
      {canWrite && <OrderPriority key={o.priority} orderId={orderId} priority={o.priority} />}
      <section className="panel" aria-labelledby="lines-title">
        <h2 id="lines-title">Lines</h2>
        <OrderLines lines={o.lines} onCancel={canWrite ? askCancel : undefined} lineActions={actions.lineButtons} />
      </section>
      <section className="panel" aria-labelledby="log-title">
        <h2 id="log-title">Record log</h2>
        <ProblemNotice error={log.error} />
        {log.data && <RecordLog entries={log.data.entries} />}
      </section>
      {actions.dialog}
      {cancelling && (
        <ConfirmDialog title={`Cancel line ${cancelling.lineNo} (${cancelling.sku})`} confirmLabel="Cancel units" busy={cancel.isPending} onConfirm={() => cancel.mutate(cancelling)} onClose={() => setCancelling(null)}>
          <p>
            Cancels units of line {cancelling.lineNo} that are not released or shipped: {formatQuantity(cancelling.backordered)} backordered,{' '}
            {formatQuantity(cancelling.allocated - cancelling.released)} allocated. Freed stock goes to the next waiting lines.
          </p>
          <label>
            Units to cancel (empty: all that remain)
            <input type="number" min={1} inputMode="numeric" value={quantity} onChange={(event) => setQuantity(event.target.value)} />
          </label>
          <label>
            Reason
            <input value={reason} onChange={(event) => setReason(event.target.value)} placeholder="e.g. customer asked" />
          </label>
          <ProblemNotice error={cancel.error} />
        </ConfirmDialog>
      )}
    </>
  );
}

/** An order not read yet: the actions' hook runs before the order is there (no button is shown then). */
const placeholder = (id: string): Order => ({ id: Number(id), status: 'cancelled', lines: [] }) as unknown as Order;

function OrderHeader({ order }: { order: Order }) {
  const facts: [string, string][] = [
    ['Customer', order.customer],
    ['Status', words(order.status)],
    ['Priority', formatQuantity(order.priority)],
    ['Policy', order.fulfillmentPolicy ?? '—'],
    ['Strategy', words(order.backorderStrategy)],
    ['Ship type', words(order.shipType)],
    ['Releases in force', formatQuantity(order.releases)],
    ['Entered', formatMoment(order.enteredAt)],
    ['Requested ship date', formatDay(order.requestedShipDate)],
    ['Reference', order.reference ?? '—'],
  ];
  return (
    <section className="panel" aria-label="Order header">
      <p className="order-summary">{order.summary}</p>
      {order.releaseBlock && (
        <p className="why-waiting">
          Waiting: {words(order.releaseBlock.rule)} holds the release until{' '}
          {order.releaseBlock.waitingFor.map((w) => `line ${w.lineNo} gets ${formatQuantity(w.units)} more units`).join(', ')}.
        </p>
      )}
      <dl className="facts">
        {facts.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {order.warnings.length > 0 && <p className="muted">{order.warnings.join(' ')}</p>}
    </section>
  );
}
