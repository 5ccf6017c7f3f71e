import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type ChangeEvent } from 'react';
import { allot, ApiProblem, unwrap, type Schema } from '../../api/client.js';
import { useCan } from '../../api/session.js';
import { DataTable, type Column } from '../../components/DataTable.js';
import { ProblemNotice } from '../../components/ProblemNotice.js';
import { formatDay, formatQuantity } from '../../format.js';
import { SkuLink } from './SupplyParts.js';

type Entry = Schema<'ScheduleEntry'>;
type Report = Schema<'ImportReport'>;
type RowError = Schema<'ImportRowError'>;

/** The supply schedule from today on, and its upload: a CSV (sku, location, date, quantity; 0 removes an entry) checked first, then imported. */
export function ScheduleUpload({ onDone }: { onDone: (what: string) => Promise<unknown> }) {
  const canWrite = useCan('supply.write');
  const queries = useQueryClient();
  const schedule = useQuery({ queryKey: ['supply', 'schedule'], queryFn: () => unwrap(allot.GET('/v1/supply-schedule')) });
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const [checked, setChecked] = useState<Report | null>(null);
  const send = useMutation({
    mutationFn: (dryRun: boolean) =>
      unwrap(
        allot.POST('/v1/imports/supply-schedule', {
          params: { query: dryRun ? { dryRun: true } : {} },
          body: file!.text,
          bodySerializer: (text: string) => text,
          headers: { 'content-type': 'text/csv' },
        }),
      ),
    onSuccess: async (report, dryRun) => {
      if (dryRun) return setChecked(report);
      setFile(null);
      setChecked(null);
      await queries.invalidateQueries({ queryKey: ['supply'] });
      await onDone(`Supply schedule imported: ${formatQuantity(report.created)} entries written, ${formatQuantity(report.unchanged)} unchanged.`);
    },
  });
  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    send.reset();
    setChecked(null);
    setFile(chosen ? { name: chosen.name, text: await chosen.text() } : null);
  };
  const rowErrors = send.error instanceof ApiProblem ? ((send.error.problem.errors ?? []) as unknown as RowError[]).filter((e) => typeof e.row === 'number') : [];
  const columns: Column<Entry>[] = [
    { id: 'date', header: 'Date', cell: (e) => formatDay(e.date) },
    { id: 'sku', header: 'SKU', cell: (e) => <SkuLink sku={e.sku} /> },
    { id: 'location', header: 'Location', cell: (e) => e.location },
    { id: 'quantity', header: 'Units expected', numeric: true, cell: (e) => formatQuantity(e.quantity) },
  ];
  const errorColumns: Column<RowError>[] = [
    { id: 'row', header: 'Row', numeric: true, cell: (e) => e.row },
    { id: 'column', header: 'Column', cell: (e) => e.column || '—' },
    { id: 'message', header: 'Problem', wrap: true, cell: (e) => e.message },
  ];
  return (
    <section className="panel" aria-labelledby="schedule-title">
      <h2 id="schedule-title">Supply schedule</h2>
      {canWrite && (
        <form className="inline-form" aria-label="Upload the supply schedule" onSubmit={(event) => event.preventDefault()}>
          <label>
            Schedule file (CSV: sku, location, date, quantity)
            <input type="file" accept=".csv,text/csv" onChange={(event) => void choose(event)} />
          </label>
          <button type="button" className="secondary" disabled={!file || send.isPending} onClick={() => send.mutate(true)}>
            Check file
          </button>
          <button type="button" disabled={!file || !checked || checked.invalid > 0 || send.isPending} onClick={() => send.mutate(false)}>
            Import schedule
          </button>
        </form>
      )}
      {checked && (
        <p className="notice" role="status">
          {file?.name}: {formatQuantity(checked.rows)} rows, {formatQuantity(checked.created)} would be written, {formatQuantity(checked.unchanged)} unchanged
          {checked.ignoredColumns.length ? `; columns not read: ${checked.ignoredColumns.join(', ')}` : ''}.
        </p>
      )}
      <ProblemNotice error={send.error} />
      {rowErrors.length > 0 && <DataTable label="Rows refused" columns={errorColumns} rows={rowErrors} rowKey={(e) => `${e.row}/${e.column}/${e.code}`} />}
      <ProblemNotice error={schedule.error} />
      <DataTable label="Supply schedule" columns={columns} rows={schedule.data?.entries ?? []} rowKey={(e) => `${e.sku}/${e.location}/${e.date}`} empty="No schedule entry from today on." />
    </section>
  );
}
