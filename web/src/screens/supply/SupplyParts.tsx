import { words } from '../../format.js';
import { Link } from '../../routing.js';

export function SkuLink({ sku }: { sku: string }) {
  return <Link href={`/items/${encodeURIComponent(sku)}`}>{sku}</Link>;
}

/** The order line a supply line was raised for (it gets that stock first), or a dash. */
export function OrderLineLink({ orderId, lineNo }: { orderId: number | null; lineNo: number | null }) {
  if (orderId === null) return <span className="muted">—</span>;
  return <Link href={`/orders/${orderId}`}>{`${orderId} / ${lineNo ?? '?'}`}</Link>;
}

export function StatusFilter({ statuses, value, onChange }: { statuses: readonly string[]; value: string; onChange: (value: string) => void }) {
  return (
    <label className="inline-label">
      Status
      <select value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">any</option>
        {statuses.map((s) => (
          <option key={s} value={s}>
            {words(s)}
          </option>
        ))}
      </select>
    </label>
  );
}
