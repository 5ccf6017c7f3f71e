import { formatDay, formatQuantity } from '../format.js';
import type { Outcome } from './bulk-commands.js';

const change = (before: number | undefined, after: number | undefined) =>
  before === after ? formatQuantity(after ?? 0) : `${before === undefined ? '—' : formatQuantity(before)} → ${after === undefined ? '—' : formatQuantity(after)}`;
const dayChange = (before: string | null | undefined, after: string | null | undefined) =>
  before === after ? formatDay(after ?? null) : `${formatDay(before ?? null)} → ${formatDay(after ?? null)}`;

/** What an action would do, from its routes' dry runs: each line it would change, before → after, and what would be refused. */
export function BulkPreview({ outcomes }: { outcomes: readonly Outcome[] }) {
  const lines = outcomes.flatMap((outcome) => outcome.preview?.lines ?? []);
  const refused = outcomes.filter((outcome) => !outcome.ok);
  return (
    <div className="bulk-preview" aria-live="polite">
      {lines.length > 0 ? (
        <table className="data-table compact" aria-label="What would change">
          <thead>
            <tr>
              <th scope="col">Order / line</th>
              <th scope="col">SKU</th>
              <th scope="col" className="num">
                Allocated
              </th>
              <th scope="col" className="num">
                Backordered
              </th>
              <th scope="col">Expected ship</th>
            </tr>
          </thead>
          <tbody>
            {lines.map((line) => (
              <tr key={`${line.orderId}:${line.lineNo}`}>
                <td>{`${line.orderId} / ${line.lineNo}`}</td>
                <td>{line.sku}</td>
                <td className="num">{change(line.before?.allocated, line.after?.allocated)}</td>
                <td className="num">{change(line.before?.backordered, line.after?.backordered)}</td>
                <td>{dayChange(line.before?.expectedShipDate, line.after?.expectedShipDate)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        refused.length < outcomes.length && <p>No line's quantities would change.</p>
      )}
      {refused.length > 0 && (
        <ul className="outcomes" aria-label="What would be refused">
          {refused.map((outcome) => (
            <li key={outcome.orderId} className="refused">
              Order {outcome.orderId}: {outcome.text}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
