import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { allot, unwrap, type Schema } from '../../api/client.js';
import { useLocations, usePagedList } from '../../api/lists.js';
import { useCan } from '../../api/session.js';
import { PageHeader } from '../../components/AppShell.js';
import { DataTable, type Column } from '../../components/DataTable.js';
import { ProblemNotice } from '../../components/ProblemNotice.js';
import { formatMoment, formatQuantity } from '../../format.js';
import { Link, useQueryState } from '../../routing.js';
import { PendingShipment } from './PendingShipment.js';

export type Shipment = Schema<'Shipment'>;

/** Shipments: the pending ones of a location (ship, with short picks, or void) and the shipped history; `?location=…&view=shipped` in the URL. */
export function ShipmentsScreen() {
  const [query, change] = useQueryState();
  const location = query.get('location') ?? '';
  const view = query.get('view') === 'shipped' ? 'shipped' : 'pending';
  const locations = useLocations();
  return (
    <>
      <PageHeader title="Shipments" />
      <form className="filters" aria-label="Which shipments" onSubmit={(event) => event.preventDefault()}>
        <label>
          Location
          <select value={location} onChange={(event) => change({ location: event.target.value })}>
            <option value="">every location</option>
            {locations.data?.items.map((l) => (
              <option key={l.code} value={l.code}>
                {l.code} — {l.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Show
          <select value={view} onChange={(event) => change({ view: event.target.value === 'shipped' ? 'shipped' : undefined })}>
            <option value="pending">pending shipments</option>
            <option value="shipped">shipped history</option>
          </select>
        </label>
      </form>
      {view === 'pending' ? <PendingShipments location={location} /> : <ShippedHistory location={location} />}
    </>
  );
}

const listOf = (status: 'pending' | 'shipped', location: string) => (cursor: string | undefined) =>
  unwrap(allot.GET('/v1/shipments', { params: { query: { status, ...(location ? { location } : {}), ...(cursor ? { cursor } : {}) } } }));

function PendingShipments({ location }: { location: string }) {
  const canWrite = useCan('shipments.write');
  const queries = useQueryClient();
  const list = usePagedList(['shipments', 'pending', location], listOf('pending', location));
  const [notice, setNotice] = useState<string | null>(null);
  const done = (what: string) => {
    setNotice(what);
    return Promise.all([queries.invalidateQueries({ queryKey: ['shipments'] }), queries.invalidateQueries({ queryKey: ['order'] }), queries.invalidateQueries({ queryKey: ['backorders'] })]);
  };
  return (
    <section aria-labelledby="pending-title">
      <h2 id="pending-title" className="visually-hidden">
        Pending shipments
      </h2>
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      <ProblemNotice error={list.error} />
      {list.isSuccess && list.items.length === 0 && <p className="muted">No shipment is waiting to ship{location ? ` from ${location}` : ''}.</p>}
      {list.items.map((shipment) => (
        <PendingShipment key={shipment.id} shipment={shipment} canWrite={canWrite} onDone={done} />
      ))}
      {list.hasNextPage && (
        <button type="button" className="secondary" disabled={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
          More shipments
        </button>
      )}
    </section>
  );
}

function ShippedHistory({ location }: { location: string }) {
  const list = usePagedList(['shipments', 'shipped', location], listOf('shipped', location));
  const units = (s: Shipment) => s.lines.reduce((sum, line) => sum + line.shipped, 0);
  const columns: Column<Shipment>[] = [
    { id: 'id', header: 'Shipment', numeric: true, cell: (s) => s.id },
    { id: 'customer', header: 'Customer', cell: (s) => s.customer },
    { id: 'location', header: 'From', cell: (s) => s.location },
    { id: 'shipped', header: 'Shipped at', cell: (s) => formatMoment(s.closedAt) },
    {
      id: 'orders',
      header: 'Order lines',
      wrap: true,
      cell: (s) =>
        s.lines.map((line, i) => (
          <span key={`${line.orderId}/${line.lineNo}`}>
            {i > 0 && ', '}
            <Link href={`/orders/${line.orderId}`}>{`${line.orderId} / ${line.lineNo}`}</Link> {line.sku} {formatQuantity(line.shipped)}
            {line.shipped < line.quantity ? ` of ${formatQuantity(line.quantity)}` : ''}
          </span>
        )),
    },
    { id: 'units', header: 'Units', numeric: true, cell: (s) => formatQuantity(units(s)) },
  ];
  return (
    <section className="panel" aria-labelledby="history-title">
      <h2 id="history-title">Shipped</h2>
      <ProblemNotice error={list.error} />
      <DataTable label="Shipped history" columns={columns} rows={list.items} rowKey={(s) => String(s.id)} empty={list.isPending ? 'Loading…' : 'Nothing shipped yet.'} />
      {list.hasNextPage && (
        <button type="button" className="secondary" disabled={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
          Older shipments
        </button>
      )}
    </section>
  );
}
