import type { ReactNode } from 'react';
import type { Schema } from '../api/client.js';
import { DataTable, type Column } from '../components/DataTable.js';
import { formatDay, formatQuantity, words } from '../format.js';
import { Link } from '../routing.js';

type Line = Schema<'OrderLine'>;

/** An order's lines with every quantity, the expected ship date and why a line waits; a cancel button when the line has something left to cancel, and the line's other actions. */
export function OrderLines({ lines, onCancel, lineActions }: { lines: readonly Line[]; onCancel?: ((line: Line) => void) | undefined; lineActions?: (line: Line) => ReactNode }) {
  const columns: Column<Line>[] = [
    { id: 'line', header: 'Line', numeric: true, cell: (line) => line.lineNo },
    { id: 'sku', header: 'SKU', cell: (line) => <Link href={`/items/${encodeURIComponent(line.sku)}`}>{line.sku}</Link> },
    { id: 'status', header: 'Status', cell: (line) => <span className="status">{words(line.status)}</span> },
    { id: 'quantity', header: 'Ordered', numeric: true, cell: (line) => formatQuantity(line.quantity) },
    { id: 'allocated', header: 'Allocated', numeric: true, cell: (line) => formatQuantity(line.allocated) },
    { id: 'released', header: 'Released', numeric: true, cell: (line) => formatQuantity(line.released) },
    { id: 'shipped', header: 'Shipped', numeric: true, cell: (line) => formatQuantity(line.shipped) },
    { id: 'backordered', header: 'Backordered', numeric: true, cell: (line) => formatQuantity(line.backordered) },
    { id: 'cancelled', header: 'Cancelled', numeric: true, cell: (line) => formatQuantity(line.cancelled) },
    { id: 'expected', header: 'Expected ship', cell: (line) => (line.backordered > 0 ? formatDay(line.expectedShipDate) : '') },
    { id: 'where', header: 'Held at', cell: (line) => line.allocations.map((a) => `${a.location} ${formatQuantity(a.quantity)}`).join(', ') },
    // The order read explains each waiting line in one sentence (docs/domain.md#why-a-line-waits).
    { id: 'why', header: 'Why it waits', cell: (line) => (line.waitingBecause ? <span className="line-waits">{line.waitingBecause}</span> : '') },
  ];
  if (onCancel || lineActions) {
    columns.push({
      id: 'actions',
      header: <span className="visually-hidden">Actions</span>,
      cell: (line) => (
        <span className="row-actions">
          {lineActions?.(line)}
          {onCancel && line.quantity - line.shipped - line.cancelled - line.released > 0 && (
            <button type="button" className="small danger" onClick={() => onCancel(line)}>
              Cancel line {line.lineNo}
            </button>
          )}
        </span>
      ),
    });
  }
  return <DataTable label="Order lines" columns={columns} rows={lines} rowKey={(line) => String(line.lineNo)} />;
}
