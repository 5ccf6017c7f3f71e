import { useQuery } from '@tanstack/react-query';
import { allot, unwrap, type Schema } from '../api/client.js';
import { PageHeader } from '../components/AppShell.js';
import { DataTable, type Column } from '../components/DataTable.js';
import { ProblemNotice } from '../components/ProblemNotice.js';
import { RecordLog } from '../components/RecordLog.js';
import { formatDay, formatMoney, formatQuantity, words } from '../format.js';
import { Link } from '../routing.js';
import { DemandSupplyChart } from './DemandSupplyChart.js';
import { demandAndSupply } from './demand-supply.js';

type LocationStock = Schema<'LocationStock'>;
type WaitingLine = Schema<'Backorder'>;
type Inbound = Schema<'InboundSupply'>;

const stockColumns: Column<LocationStock>[] = [
  { id: 'location', header: 'Location', cell: (row) => row.location },
  { id: 'onHand', header: 'On hand', numeric: true, cell: (row) => formatQuantity(row.onHand) },
  { id: 'allocated', header: 'Allocated', numeric: true, cell: (row) => formatQuantity(row.allocated) },
  { id: 'available', header: 'Available', numeric: true, cell: (row) => formatQuantity(row.available) },
];
const queueColumns: Column<WaitingLine>[] = [
  { id: 'position', header: 'Queue', numeric: true, cell: (line) => formatQuantity(line.queuePosition) },
  { id: 'order', header: 'Order', cell: (line) => <Link href={`/orders/${line.orderId}`}>{`${line.orderId} / ${line.lineNo}`}</Link> },
  { id: 'customer', header: 'Customer', cell: (line) => line.customer },
  { id: 'priority', header: 'Priority', numeric: true, cell: (line) => formatQuantity(line.priority) },
  { id: 'backordered', header: 'Backordered', numeric: true, cell: (line) => formatQuantity(line.backordered) },
  { id: 'expected', header: 'Expected ship', cell: (line) => formatDay(line.expectedShipDate) },
];
const inboundColumns: Column<Inbound>[] = [
  { id: 'date', header: 'Date', cell: (row) => formatDay(row.date) },
  { id: 'source', header: 'Source', cell: (row) => words(row.source) },
  { id: 'reference', header: 'Reference', cell: (row) => row.reference ?? '—' },
  { id: 'location', header: 'Location', cell: (row) => row.location },
  { id: 'quantity', header: 'Quantity', numeric: true, cell: (row) => formatQuantity(row.quantity) },
];

/** One item: stock per location, the waiting queue, inbound supply, the demand and supply timeline, the record log. */
export function ItemPage({ sku }: { sku: string }) {
  const path = { params: { path: { sku } } };
  const item = useQuery({ queryKey: ['item', sku], queryFn: () => unwrap(allot.GET('/v1/items/{sku}', path)) });
  const stock = useQuery({ queryKey: ['item', sku, 'stock'], queryFn: () => unwrap(allot.GET('/v1/stock/{sku}', path)) });
  const queue = useQuery({ queryKey: ['backorders', { sku, limit: 500 }], queryFn: () => unwrap(allot.GET('/v1/backorders', { params: { query: { sku, limit: 500 } } })) });
  const log = useQuery({ queryKey: ['item', sku, 'log'], queryFn: () => unwrap(allot.GET('/v1/items/{sku}/history', path)) });
  if (item.error) return <><PageHeader title={sku} /><ProblemNotice error={item.error} /></>;
  const today = stock.data?.businessDate;
  return (
    <>
      <PageHeader title={item.data ? `${item.data.name} (${sku})` : sku} />
      {item.data && (
        <p className="muted">
          {formatMoney(item.data.unitPrice)} a unit{item.data.preorder ? ` · preorders until ${formatDay(item.data.preorder.launchDate)}` : ''}
          {item.data.service ? ' · a service: holds no stock' : ''}
        </p>
      )}
      <ProblemNotice error={stock.error ?? queue.error} />
      {stock.data && (
        <section className="panel" aria-labelledby="stock-title">
          <h2 id="stock-title">Stock per location</h2>
          <DataTable label="Stock per location" columns={stockColumns} rows={stock.data.locations} rowKey={(row) => row.location} empty="No stock anywhere." />
          <p className="muted">
            {formatQuantity(stock.data.backordered)} units backordered on {formatQuantity(stock.data.waitingLines)} waiting line{stock.data.waitingLines === 1 ? '' : 's'}; next supply {formatDay(stock.data.nextExpectedDate)}.
          </p>
        </section>
      )}
      {stock.data && queue.data && today && (
        <section className="panel" aria-labelledby="timeline-title">
          <h2 id="timeline-title">Demand and supply</h2>
          <DemandSupplyChart points={demandAndSupply(stock.data, queue.data.items, today)} />
        </section>
      )}
      {queue.data && (
        <section className="panel" aria-labelledby="queue-title">
          <h2 id="queue-title">Waiting queue</h2>
          <DataTable label="Waiting queue" columns={queueColumns} rows={queue.data.items} rowKey={(line) => `${line.orderId}:${line.lineNo}`} height={Math.min(400, 40 + queue.data.items.length * 37)} empty="No line waits for this item." />
        </section>
      )}
      {stock.data && (
        <section className="panel" aria-labelledby="inbound-title">
          <h2 id="inbound-title">Inbound supply</h2>
          <DataTable label="Inbound supply" columns={inboundColumns} rows={stock.data.inbound} rowKey={(row) => `${row.source}:${row.reference}:${row.date}:${row.location}`} empty="Nothing expected." />
        </section>
      )}
      <section className="panel" aria-labelledby="item-log-title">
        <h2 id="item-log-title">Record log</h2>
        {log.data && <RecordLog entries={log.data.entries} showOrder />}
      </section>
    </>
  );
}
