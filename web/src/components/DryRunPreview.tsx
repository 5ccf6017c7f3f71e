import type { Schema } from '../api/client.js';
import { formatQuantity } from '../format.js';

export type Preview = Schema<'DryRunPreview'>;

/** What a command would change (its `?dryRun=true` answer): each line's quantities before and after, each item's free stock. */
export function DryRunPreview({ preview }: { preview: Preview }) {
  if (preview.lines.length === 0 && preview.items.length === 0) return <p className="muted">No line or stock would change.</p>;
  const facts = (line: Preview['lines'][number]['before']) =>
    line ? `${formatQuantity(line.allocated)} allocated, ${formatQuantity(line.backordered)} backordered` : 'no line';
  return (
    <ul className="preview" aria-label="What would change">
      {preview.lines.map((line) => (
        <li key={`${line.orderId}/${line.lineNo}`}>
          Order {line.orderId} line {line.lineNo} ({line.sku}): {facts(line.before)} → {facts(line.after)}
        </li>
      ))}
      {preview.items.map((item) => (
        <li key={item.sku}>
          {item.sku} free stock: {formatQuantity(item.before.available)} → {formatQuantity(item.after.available)}
        </li>
      ))}
    </ul>
  );
}
