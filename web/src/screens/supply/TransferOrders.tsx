import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { allot, unwrap, type Schema } from '../../api/client.js';
import { usePagedList } from '../../api/lists.js';
import { useCan } from '../../api/session.js';
import { ActionDialog } from '../../components/ActionDialog.js';
import { DataTable, type Column } from '../../components/DataTable.js';
import { ProblemNotice } from '../../components/ProblemNotice.js';
import { formatDay, formatQuantity, words } from '../../format.js';
import { useQueryState } from '../../routing.js';
import { OrderLineLink, SkuLink, StatusFilter } from './SupplyParts.js';

type TransferOrder = Schema<'TransferOrder'>;
type Line = TransferOrder['lines'][number];
type Action = 'ship' | 'receive' | 'cancel';
const statuses = ['open', 'shipped', 'received', 'cancelled'] as const;

/** Transfer orders, newest first, paged by the API's cursor (`?status=…`); ship at the source, receive at the destination, cancel. */
export function TransferOrders({ onDone }: { onDone: (what: string) => Promise<unknown> }) {
  const [query, change] = useQueryState();
  const status = statuses.find((s) => s === query.get('status'));
  const list = usePagedList(['supply', 'transfer-orders', status ?? ''], (cursor) =>
    unwrap(allot.GET('/v1/transfer-orders', { params: { query: { ...(status ? { status } : {}), ...(cursor ? { cursor } : {}) } } })),
  );
  return (
    <section aria-labelledby="to-title">
      <div className="panel-head">
        <h2 id="to-title">Transfer orders</h2>
        <StatusFilter statuses={statuses} value={status ?? ''} onChange={(value) => change({ status: value })} />
      </div>
      <ProblemNotice error={list.error} />
      {list.isSuccess && list.items.length === 0 && <p className="muted">No transfer order{status ? ` is ${words(status)}` : ''}.</p>}
      {list.items.map((transfer) => (
        <TransferCard key={transfer.id} transfer={transfer} onDone={onDone} />
      ))}
      {list.hasNextPage && (
        <button type="button" className="secondary" disabled={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
          Older transfers
        </button>
      )}
    </section>
  );
}

const said: Record<Action, (t: TransferOrder, units: number) => string> = {
  ship: (t, units) => `The ${formatQuantity(units)} units leave ${t.from} (in transit): its free stock goes down now.`,
  receive: (t, units) => `The ${formatQuantity(units)} units arrive at ${t.to} and fill the waiting lines there, the order lines this transfer was raised for first.`,
  cancel: (t, units) => `The transfer of ${formatQuantity(units)} units from ${t.from} to ${t.to} is no longer expected.`,
};

function TransferCard({ transfer, onDone }: { transfer: TransferOrder; onDone: (what: string) => Promise<unknown> }) {
  const canWrite = useCan('supply.write');
  const queries = useQueryClient();
  const [asking, setAsking] = useState<Action | null>(null);
  const units = transfer.lines.reduce((sum, line) => sum + line.quantity, 0);
  const allowed: Action[] = transfer.status === 'open' ? ['ship', 'cancel'] : transfer.status === 'shipped' ? ['receive'] : [];
  const path = { id: String(transfer.id) };
  const columns: Column<Line>[] = [
    { id: 'line', header: 'Line', numeric: true, cell: (line) => line.lineNo },
    { id: 'sku', header: 'SKU', cell: (line) => <SkuLink sku={line.sku} /> },
    { id: 'quantity', header: 'Quantity', numeric: true, cell: (line) => formatQuantity(line.quantity) },
    { id: 'shipped', header: 'Shipped', numeric: true, cell: (line) => formatQuantity(line.shipped) },
    { id: 'received', header: 'Received', numeric: true, cell: (line) => formatQuantity(line.received) },
    { id: 'for', header: 'For order line', cell: (line) => <OrderLineLink orderId={line.orderId} lineNo={line.orderLineNo} /> },
  ];
  const command = (action: Action, dryRun: boolean) => {
    const params = { path, ...(dryRun ? { query: { dryRun: true as const } } : {}) };
    if (action === 'ship') return unwrap(allot.POST('/v1/transfer-orders/{id}/ship', { params }));
    if (action === 'receive') return unwrap(allot.POST('/v1/transfer-orders/{id}/receive', { params }));
    return unwrap(allot.POST('/v1/transfer-orders/{id}/cancel', { params, body: {} }));
  };
  return (
    <article className="panel" aria-labelledby={`to-${transfer.id}`}>
      <div className="panel-head">
        <h3 id={`to-${transfer.id}`}>
          Transfer {transfer.id} · {transfer.from} → {transfer.to}
        </h3>
        <span className={`status status-${transfer.status}`}>{words(transfer.status)}</span>
        <span className="muted">expected {formatDay(transfer.expectedDate)}{transfer.reference ? ` · ${transfer.reference}` : ''}</span>
        {canWrite && allowed.length > 0 && (
          <span className="page-actions">
            {allowed.map((action) => (
              <button key={action} type="button" className={action === 'cancel' ? 'secondary' : undefined} onClick={() => setAsking(action)}>
                {action === 'ship' ? 'Ship' : action === 'receive' ? 'Receive' : 'Cancel'} transfer {transfer.id}
              </button>
            ))}
          </span>
        )}
      </div>
      <DataTable label={`Lines of transfer ${transfer.id}`} columns={columns} rows={transfer.lines} rowKey={(line) => String(line.lineNo)} />
      {asking && (
        <ActionDialog
          title={`${words(asking)} transfer ${transfer.id}`.replace(/^./, (c) => c.toUpperCase())}
          confirmLabel={asking === 'cancel' ? 'Cancel transfer' : `${asking === 'ship' ? 'Ship' : 'Receive'} ${formatQuantity(units)} units`}
          run={() => command(asking, false)}
          preview={() => command(asking, true)}
          onDone={async () => {
            setAsking(null);
            await Promise.all([queries.invalidateQueries({ queryKey: ['supply'] }), queries.invalidateQueries({ queryKey: ['order'] }), queries.invalidateQueries({ queryKey: ['backorders'] })]);
            await onDone(`Transfer ${transfer.id}: ${asking === 'ship' ? 'shipped' : asking === 'receive' ? 'received' : 'cancelled'}.`);
          }}
          onClose={() => setAsking(null)}
        >
          <p>{said[asking](transfer, units)}</p>
        </ActionDialog>
      )}
    </article>
  );
}
