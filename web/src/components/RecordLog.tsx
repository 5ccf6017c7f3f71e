import type { Schema } from '../api/client.js';
import { formatMoment, formatQuantity, words } from '../format.js';
import { Link } from '../routing.js';

type Entry = Schema<'HistoryEntry'>;

/** The record log as a timeline, newest first: what changed, when, by whom, why. */
export function RecordLog({ entries, showOrder = false }: { entries: readonly Entry[]; showOrder?: boolean }) {
  if (entries.length === 0) return <p className="muted">Nothing recorded yet.</p>;
  const newestFirst = [...entries].reverse();
  return (
    <ol className="timeline" aria-label="Record log">
      {newestFirst.map((entry, index) => (
        <li key={index} data-action={entry.action}>
          <div className="timeline-head">
            <span className="timeline-action">{words(entry.action)}</span>
            <time dateTime={entry.at}>{formatMoment(entry.at)}</time>
          </div>
          <div className="timeline-body">
            {showOrder && entry.orderId !== null && (
              <>
                <Link href={`/orders/${entry.orderId}`}>Order {entry.orderId}</Link>{' '}
              </>
            )}
            {entry.lineNo !== null && <span>line {entry.lineNo} </span>}
            {entry.quantity !== null && <span>· {formatQuantity(entry.quantity)} units </span>}
            {entry.shipmentId !== null && <span>· shipment {entry.shipmentId} </span>}
            {entry.reason && <span className="timeline-reason">· {entry.reason}</span>}
          </div>
          <div className="timeline-actor">by {entry.actor}</div>
        </li>
      ))}
    </ol>
  );
}
