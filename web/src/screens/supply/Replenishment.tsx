import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { allot, unwrap, type Schema } from '../../api/client.js';
import { useJobs } from '../../api/queries.js';
import { useSession } from '../../api/session.js';
import { ActionDialog } from '../../components/ActionDialog.js';
import { DataTable, type Column } from '../../components/DataTable.js';
import { ProblemNotice } from '../../components/ProblemNotice.js';
import { formatDay, formatQuantity } from '../../format.js';
import { SkuLink } from './SupplyParts.js';

type Suggestion = Schema<'ReplenishmentSuggestion'>;

/** What to buy now, per item and supplier, and "draft purchase orders" (the replenishment job: one draft per supplier and location). */
export function Replenishment({ onDone }: { onDone: (what: string) => Promise<unknown> }) {
  const { permissions } = useSession();
  const jobs = useJobs();
  const job = jobs.data?.jobs.find((j) => j.name === 'replenishment');
  const mayDraft = job !== undefined && (permissions as readonly string[]).includes(job.permission);
  const queries = useQueryClient();
  const [asking, setAsking] = useState(false);
  const suggestions = useQuery({ queryKey: ['supply', 'suggestions'], queryFn: () => unwrap(allot.GET('/v1/replenishment/suggestions')) });
  const rows = suggestions.data?.suggestions ?? [];
  const units = rows.reduce((sum, s) => sum + s.quantity, 0);
  const groups = new Set(rows.map((s) => `${s.supplier}\u0000${s.location}`)).size;
  const columns: Column<Suggestion>[] = [
    { id: 'sku', header: 'SKU', cell: (s) => <SkuLink sku={s.sku} /> },
    { id: 'supplier', header: 'Supplier', cell: (s) => s.supplier },
    { id: 'location', header: 'Location', cell: (s) => s.location },
    { id: 'backordered', header: 'Backordered', numeric: true, cell: (s) => formatQuantity(s.backordered) },
    { id: 'available', header: 'Available', numeric: true, cell: (s) => formatQuantity(s.available) },
    { id: 'inbound', header: 'Inbound', numeric: true, cell: (s) => formatQuantity(s.inbound) },
    { id: 'min', header: 'Minimum level', numeric: true, cell: (s) => formatQuantity(s.minLevel) },
    { id: 'reorder', header: 'Reorder quantity', numeric: true, cell: (s) => formatQuantity(s.reorderQuantity) },
    { id: 'quantity', header: 'Buy', numeric: true, cell: (s) => <strong>{formatQuantity(s.quantity)}</strong> },
    { id: 'expected', header: 'Would arrive', cell: (s) => formatDay(s.expectedDate) },
  ];
  const run = (dryRun: boolean) =>
    unwrap(allot.POST('/v1/jobs/{name}/run', { params: { path: { name: 'replenishment' }, ...(dryRun ? { query: { dryRun: true } } : {}) }, body: {} }));
  return (
    <section className="panel" aria-labelledby="suggestions-title">
      <div className="panel-head">
        <h2 id="suggestions-title">Replenishment suggestions</h2>
        {mayDraft && rows.length > 0 && (
          <span className="page-actions">
            <button type="button" onClick={() => setAsking(true)}>
              Draft purchase orders
            </button>
          </span>
        )}
      </div>
      <ProblemNotice error={suggestions.error} />
      <DataTable label="Replenishment suggestions" columns={columns} rows={rows} rowKey={(s) => `${s.sku}/${s.supplier}/${s.location}`} empty={suggestions.isPending ? 'Loading…' : 'Nothing to buy: the backorders and minimum levels are covered.'} />
      {asking && (
        <ActionDialog
          title="Draft purchase orders"
          confirmLabel={`Draft ${formatQuantity(groups)} purchase order${groups === 1 ? '' : 's'}`}
          run={() => run(false)}
          preview={() => run(true)}
          onDone={async (result) => {
            setAsking(false);
            const drafted = (result.detail?.purchaseOrders as number[] | undefined) ?? [];
            await queries.invalidateQueries({ queryKey: ['supply'] });
            await onDone(`Drafted ${formatQuantity(drafted.length)} purchase order${drafted.length === 1 ? '' : 's'}${drafted.length ? ` (${drafted.join(', ')})` : ''}: confirm them to make them expected supply.`);
          }}
          onClose={() => setAsking(false)}
        >
          <p>
            Drafts one purchase order per supplier and location for these {formatQuantity(rows.length)} suggestions ({formatQuantity(units)} units). Drafts are not
            expected supply until confirmed; a second run today drafts nothing more.
          </p>
        </ActionDialog>
      )}
    </section>
  );
}
