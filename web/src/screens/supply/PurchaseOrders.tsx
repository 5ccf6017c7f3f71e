import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { allot, unwrap, type Schema } from '../../api/client.js';
import { useCan } from '../../api/session.js';
import { ActionDialog } from '../../components/ActionDialog.js';
import { DataTable, type Column } from '../../components/DataTable.js';
import { ProblemNotice } from '../../components/ProblemNotice.js';
import { formatDay, formatQuantity, words } from '../../format.js';
import { useQueryState } from '../../routing.js';
import { OrderLineLink, SkuLink, StatusFilter } from './SupplyParts.js';

type PurchaseOrder = Schema<'PurchaseOrder'>;
type Line = PurchaseOrder['lines'][number];
type Action = 'receive' | 'receive-lines' | 'confirm' | 'cancel';
const statuses = ['draft', 'open', 'partially_received', 'received', 'cancelled'] as const;
type Status = (typeof statuses)[number];

/** Purchase orders, newest first (`?status=…`), each with its lines and the order lines they are for; receive, confirm, cancel. */
export function PurchaseOrders({ onDone }: { onDone: (what: string) => Promise<unknown> }) {
  const [query, change] = useQueryState();
  const status = statuses.find((s) => s === query.get('status'));
  const list = useQuery({
    queryKey: ['supply', 'purchase-orders', status ?? ''],
    queryFn: () => unwrap(allot.GET('/v1/purchase-orders', { params: { query: { limit: 200, ...(status ? { status } : {}) } } })),
  });
  return (
    <section aria-labelledby="po-title">
      <div className="panel-head">
        <h2 id="po-title">Purchase orders</h2>
        <StatusFilter statuses={statuses} value={status ?? ''} onChange={(value) => change({ status: value })} />
      </div>
      <ProblemNotice error={list.error} />
      {list.data?.items.length === 0 && <p className="muted">No purchase order{status ? ` is ${words(status)}` : ''}.</p>}
      {list.data?.items.map((po) => <PurchaseOrderCard key={po.id} po={po} onDone={onDone} />)}
    </section>
  );
}

function PurchaseOrderCard({ po, onDone }: { po: PurchaseOrder; onDone: (what: string) => Promise<unknown> }) {
  const canWrite = useCan('supply.write');
  const queries = useQueryClient();
  const [asking, setAsking] = useState<Action | null>(null);
  const [quantities, setQuantities] = useState<Record<number, string>>({});
  const status = po.status as Status;
  const open = po.lines.reduce((sum, line) => sum + line.open, 0);
  const receivable = (status === 'open' || status === 'partially_received') && open > 0;
  const path = { id: String(po.id) };
  const chosen = po.lines
    .map((line) => ({ lineNo: line.lineNo, quantity: Number(quantities[line.lineNo] ?? '0') }))
    .filter((line) => Number.isFinite(line.quantity) && line.quantity !== 0);
  const receiveBody = asking === 'receive-lines' ? { lines: chosen } : {};
  const finish = async (what: string) => {
    setAsking(null);
    await Promise.all([queries.invalidateQueries({ queryKey: ['supply'] }), queries.invalidateQueries({ queryKey: ['order'] }), queries.invalidateQueries({ queryKey: ['backorders'] })]);
    await onDone(what);
  };
  const ask = (action: Action) => {
    setQuantities({});
    setAsking(action);
  };
  const columns: Column<Line>[] = [
    { id: 'line', header: 'Line', numeric: true, cell: (line) => line.lineNo },
    { id: 'sku', header: 'SKU', cell: (line) => <SkuLink sku={line.sku} /> },
    { id: 'quantity', header: 'Ordered', numeric: true, cell: (line) => formatQuantity(line.quantity) },
    { id: 'received', header: 'Received', numeric: true, cell: (line) => formatQuantity(line.received) },
    { id: 'open', header: 'Open', numeric: true, cell: (line) => formatQuantity(line.open) },
    { id: 'for', header: 'For order line', cell: (line) => <OrderLineLink orderId={line.orderId} lineNo={line.orderLineNo} /> },
  ];
  return (
    <article className="panel" aria-labelledby={`po-${po.id}`}>
      <div className="panel-head">
        <h3 id={`po-${po.id}`}>
          Purchase order {po.id} · {po.supplier} · {po.dropShip ? 'drop ship to the customer' : `to ${po.location ?? '—'}`}
        </h3>
        <span className={`status status-${po.status}`}>{words(po.status)}</span>
        <span className="muted">expected {formatDay(po.expectedDate)}{po.reference ? ` · ${po.reference}` : ''}</span>
        {canWrite && (
          <span className="page-actions">
            {receivable && (
              <>
                <button type="button" onClick={() => ask('receive')}>
                  Receive all of {po.id}
                </button>
                <button type="button" className="secondary" onClick={() => ask('receive-lines')}>
                  Receive lines of {po.id}
                </button>
              </>
            )}
            {status === 'draft' && (
              <button type="button" onClick={() => ask('confirm')}>
                Confirm {po.id}
              </button>
            )}
            {(status === 'draft' || status === 'open' || status === 'partially_received') && (
              <button type="button" className="secondary" onClick={() => ask('cancel')}>
                Cancel {po.id}
              </button>
            )}
          </span>
        )}
      </div>
      <DataTable label={`Lines of purchase order ${po.id}`} columns={columns} rows={po.lines} rowKey={(line) => String(line.lineNo)} />
      {(asking === 'receive' || asking === 'receive-lines') && (
        <ActionDialog
          title={`Receive purchase order ${po.id}`}
          confirmLabel={asking === 'receive' ? `Receive ${formatQuantity(open)} units` : 'Receive these lines'}
          run={() => unwrap(allot.POST('/v1/purchase-orders/{id}/receive', { params: { path }, body: receiveBody }))}
          preview={asking === 'receive' || chosen.length > 0 ? () => unwrap(allot.POST('/v1/purchase-orders/{id}/receive', { params: { path, query: { dryRun: true } }, body: receiveBody })) : undefined}
          previewKey={JSON.stringify(receiveBody)}
          onDone={() => finish(`Purchase order ${po.id} received.`)}
          onClose={() => setAsking(null)}
        >
          <p>
            {po.dropShip
              ? 'The supplier has shipped to the customer: the linked order lines ship.'
              : `The units arrive at ${po.location ?? 'the location'} and fill the waiting lines, the order lines this order was raised for first.`}
          </p>
          {asking === 'receive-lines' &&
            po.lines
              .filter((line) => line.open > 0)
              .map((line) => (
                <label key={line.lineNo}>
                  Receive, line {line.lineNo} ({line.sku}, {formatQuantity(line.open)} open)
                  <input
                    type="number"
                    min={0}
                    max={line.open}
                    inputMode="numeric"
                    value={quantities[line.lineNo] ?? ''}
                    onChange={(event) => setQuantities({ ...quantities, [line.lineNo]: event.target.value })}
                  />
                </label>
              ))}
        </ActionDialog>
      )}
      {asking === 'confirm' && (
        <ActionDialog
          title={`Confirm purchase order ${po.id}`}
          confirmLabel="Confirm"
          run={() => unwrap(allot.POST('/v1/purchase-orders/{id}/confirm', { params: { path } }))}
          preview={() => unwrap(allot.POST('/v1/purchase-orders/{id}/confirm', { params: { path, query: { dryRun: true } } }))}
          onDone={() => finish(`Purchase order ${po.id} confirmed.`)}
          onClose={() => setAsking(null)}
        >
          <p>The draft becomes an open order: its {formatQuantity(open)} units count as expected supply, and the waiting lines get promise dates from it.</p>
        </ActionDialog>
      )}
      {asking === 'cancel' && (
        <ActionDialog
          title={`Cancel purchase order ${po.id}`}
          confirmLabel="Cancel the open units"
          run={() => unwrap(allot.POST('/v1/purchase-orders/{id}/cancel', { params: { path }, body: {} }))}
          preview={() => unwrap(allot.POST('/v1/purchase-orders/{id}/cancel', { params: { path, query: { dryRun: true } }, body: {} }))}
          onDone={() => finish(`Purchase order ${po.id} cancelled.`)}
          onClose={() => setAsking(null)}
        >
          <p>The {formatQuantity(open)} units still open are no longer expected; what was received stays. The lines waiting for them lose that promise date.</p>
        </ActionDialog>
      )}
    </article>
  );
}
