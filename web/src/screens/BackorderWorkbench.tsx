import { useInfiniteQuery } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { allot, unwrap, type Schema } from '../api/client.js';
import { useCan } from '../api/session.js';
import { PageHeader } from '../components/AppShell.js';
import { DataTable, type Column } from '../components/DataTable.js';
import { ProblemNotice } from '../components/ProblemNotice.js';
import { formatDay, formatQuantity, words } from '../format.js';
import { Link, useQueryState } from '../routing.js';
import { BackorderFilters, BackorderSort, backorderFilter } from './BackorderFilters.js';
import { BulkActions } from './BulkActions.js';

export type WaitingLine = Schema<'Backorder'>;
const PAGE = 200;
export const lineKey = (line: WaitingLine) => `${line.orderId}:${line.lineNo}`;

/** Every waiting line in queue order (or the chosen sort), paged by the server, in a virtualised table; lines selected for bulk actions. */
export function BackorderWorkbench() {
  const [query] = useQueryState();
  const filter = backorderFilter(query);
  const canWrite = useCan('orders.write');
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const lines = useInfiniteQuery({
    queryKey: ['backorders', filter],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) => unwrap(allot.GET('/v1/backorders', { params: { query: { ...filter, limit: PAGE, ...(pageParam ? { cursor: pageParam } : {}) } } })),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  const rows = useMemo(() => lines.data?.pages.flatMap((page) => page.items) ?? [], [lines.data]);
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = lines;
  const more = useCallback(() => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);
  const toggle = (key: string) =>
    setSelected((before) => {
      const next = new Set(before);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  const columns = useMemo(() => workbenchColumns(canWrite, selected, toggle), [canWrite, selected]);
  const chosen = rows.filter((line) => selected.has(lineKey(line)));

  return (
    <>
      <PageHeader title="Backorder workbench" />
      <BackorderFilters />
      <ProblemNotice error={lines.error} />
      <div className="table-toolbar">
        <span aria-live="polite">
          {formatQuantity(rows.length)} waiting line{rows.length === 1 ? '' : 's'} loaded{hasNextPage ? ' (more as you scroll)' : ''}
          {chosen.length > 0 && ` · ${formatQuantity(chosen.length)} selected`}
        </span>
        <BackorderSort />
        {canWrite && <BulkActions lines={chosen} onDone={() => setSelected(new Set())} />}
      </div>
      <DataTable
        label="Waiting lines"
        columns={columns}
        rows={rows}
        rowKey={lineKey}
        height={560}
        onNearEnd={more}
        selectedKeys={selected}
        empty={lines.isPending ? 'Loading…' : 'No line is waiting.'}
      />
    </>
  );
}

function workbenchColumns(canWrite: boolean, selected: ReadonlySet<string>, toggle: (key: string) => void): Column<WaitingLine>[] {
  const select: Column<WaitingLine> = {
    id: 'select',
    header: <span className="visually-hidden">Select</span>,
    cell: (line) => (
      <input type="checkbox" aria-label={`Select order ${line.orderId} line ${line.lineNo}`} checked={selected.has(lineKey(line))} onChange={() => toggle(lineKey(line))} />
    ),
  };
  return [
    ...(canWrite ? [select] : []),
    { id: 'position', header: 'Queue', numeric: true, cell: (line) => formatQuantity(line.queuePosition) },
    { id: 'order', header: 'Order', cell: (line) => <Link href={`/orders/${line.orderId}`}>{`${line.orderId} / ${line.lineNo}`}</Link> },
    { id: 'customer', header: 'Customer', cell: (line) => line.customer },
    { id: 'sku', header: 'SKU', cell: (line) => <Link href={`/items/${encodeURIComponent(line.sku)}`}>{line.sku}</Link> },
    { id: 'priority', header: 'Priority', numeric: true, cell: (line) => formatQuantity(line.priority) },
    { id: 'age', header: 'Age (days)', numeric: true, cell: (line) => formatQuantity(line.ageDays) },
    { id: 'allocated', header: 'Allocated', numeric: true, cell: (line) => formatQuantity(line.allocated) },
    { id: 'backordered', header: 'Backordered', numeric: true, cell: (line) => formatQuantity(line.backordered) },
    { id: 'expected', header: 'Expected ship', cell: (line) => formatDay(line.expectedShipDate) },
    { id: 'cancelOn', header: 'SLA cancels on', cell: (line) => formatDay(line.cancelOn) },
    { id: 'strategy', header: 'Strategy', cell: (line) => words(line.strategy) },
    { id: 'location', header: 'Location', cell: (line) => line.location ?? '' },
    { id: 'preorder', header: 'Kind', cell: (line) => (line.preorder ? <span className="tag">preorder</span> : 'backorder') },
  ];
}
