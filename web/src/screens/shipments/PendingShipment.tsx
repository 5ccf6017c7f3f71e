import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { allot, unwrap } from '../../api/client.js';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { DataTable, type Column } from '../../components/DataTable.js';
import { ProblemNotice } from '../../components/ProblemNotice.js';
import { formatMoment, formatQuantity } from '../../format.js';
import { Link } from '../../routing.js';
import type { Shipment } from './ShipmentsScreen.js';

type Line = Shipment['lines'][number];
const lineKey = (line: Line) => `${line.orderId}/${line.lineNo}`;

/** One pending shipment with its lines; ship it (the quantity picked per line: less is a short pick) or void it. */
export function PendingShipment({ shipment, canWrite, onDone }: { shipment: Shipment; canWrite: boolean; onDone: (what: string) => Promise<unknown> }) {
  const [asking, setAsking] = useState<'ship' | 'void' | null>(null);
  const [picked, setPicked] = useState<Record<string, string>>({});
  const [reason, setReason] = useState('');
  const pickOf = (line: Line) => {
    const value = picked[lineKey(line)];
    return value === undefined || value.trim() === '' ? line.quantity : Number(value);
  };
  const short = shipment.lines.filter((line) => pickOf(line) !== line.quantity);
  const ship = useMutation({
    mutationFn: () =>
      unwrap(
        allot.POST('/v1/shipments/{id}/ship', {
          params: { path: { id: String(shipment.id) } },
          body: short.length ? { lines: short.map((line) => ({ orderId: line.orderId, lineNo: line.lineNo, quantity: pickOf(line) })) } : {},
        }),
      ),
    onSuccess: async (shipped) => {
      setAsking(null);
      const sent = shipped.lines.reduce((sum, line) => sum + line.shipped, 0);
      await onDone(`Shipment ${shipped.id} shipped: ${formatQuantity(sent)} of ${formatQuantity(units)} units.`);
    },
  });
  const voiding = useMutation({
    mutationFn: () => unwrap(allot.POST('/v1/shipments/{id}/void', { params: { path: { id: String(shipment.id) } }, body: reason.trim() ? { reason: reason.trim() } : {} })),
    onSuccess: async () => {
      setAsking(null);
      await onDone(`Shipment ${shipment.id} voided: its units are allocated again, not released.`);
    },
  });
  const open = (what: 'ship' | 'void') => {
    ship.reset();
    voiding.reset();
    setPicked({});
    setReason('');
    setAsking(what);
  };
  const units = shipment.lines.reduce((sum, line) => sum + line.quantity, 0);
  const columns: Column<Line>[] = [
    { id: 'line', header: 'Order line', cell: (line) => <Link href={`/orders/${line.orderId}`}>{`${line.orderId} / ${line.lineNo}`}</Link> },
    { id: 'sku', header: 'SKU', cell: (line) => <Link href={`/items/${encodeURIComponent(line.sku)}`}>{line.sku}</Link> },
    { id: 'quantity', header: 'To ship', numeric: true, cell: (line) => formatQuantity(line.quantity) },
  ];
  const title = `Shipment ${shipment.id}`;
  return (
    <article className="panel shipment" aria-labelledby={`shipment-${shipment.id}`}>
      <div className="panel-head">
        <h3 id={`shipment-${shipment.id}`}>
          {title} · {shipment.customer} · from {shipment.location}
        </h3>
        <span className="muted">released {formatMoment(shipment.createdAt)}</span>
        {canWrite && (
          <span className="page-actions">
            <button type="button" onClick={() => open('ship')}>
              Ship {shipment.id}
            </button>
            <button type="button" className="secondary" onClick={() => open('void')}>
              Void {shipment.id}
            </button>
          </span>
        )}
      </div>
      <DataTable label={`Lines of shipment ${shipment.id}`} columns={columns} rows={shipment.lines} rowKey={lineKey} />
      {asking === 'ship' && (
        <ConfirmDialog title={`Ship shipment ${shipment.id}`} confirmLabel={short.length ? 'Ship with short picks' : `Ship ${formatQuantity(units)} units`} busy={ship.isPending} onConfirm={() => ship.mutate()} onClose={() => setAsking(null)}>
          <p>Enter what was picked for each line. A line picked short ships what was picked; the rest goes back to its backorder and the stock it held is written off.</p>
          {shipment.lines.map((line) => (
            <label key={lineKey(line)}>
              Picked, order {line.orderId} line {line.lineNo} ({line.sku}, {formatQuantity(line.quantity)} released)
              <input
                type="number"
                min={0}
                max={line.quantity}
                inputMode="numeric"
                value={picked[lineKey(line)] ?? String(line.quantity)}
                onChange={(event) => setPicked({ ...picked, [lineKey(line)]: event.target.value })}
              />
            </label>
          ))}
          {short.length > 0 && (
            <p className="why-waiting">
              Short: {short.map((line) => `order ${line.orderId} line ${line.lineNo} ships ${formatQuantity(pickOf(line))} of ${formatQuantity(line.quantity)}`).join('; ')}.
            </p>
          )}
          <ProblemNotice error={ship.error} />
        </ConfirmDialog>
      )}
      {asking === 'void' && (
        <ConfirmDialog title={`Void shipment ${shipment.id}`} confirmLabel="Void shipment" busy={voiding.isPending} onConfirm={() => voiding.mutate()} onClose={() => setAsking(null)}>
          <p>Nothing ships: the {formatQuantity(units)} units go back to their lines as allocated, not released; the orders can be released again.</p>
          <label>
            Reason
            <input value={reason} onChange={(event) => setReason(event.target.value)} placeholder="e.g. wrong carrier" />
          </label>
          <ProblemNotice error={voiding.error} />
        </ConfirmDialog>
      )}
    </article>
  );
}
