import { createColumnHelper, tableFeatures, useTable, type RowData } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, type ReactNode } from 'react';

/** One column: its header, what a row shows in it, and whether it holds a number (right-aligned). */
export interface Column<Row> {
  readonly id: string;
  readonly header: ReactNode;
  readonly cell: (row: Row) => ReactNode;
  readonly numeric?: boolean;
  /** Text that may wrap (a description), where other cells keep to one line. */
  readonly wrap?: boolean;
}

const features = tableFeatures({});
const ROW_HEIGHT = 37;

interface Props<Row> {
  readonly label: string;
  readonly columns: readonly Column<Row>[];
  readonly rows: readonly Row[];
  readonly rowKey: (row: Row) => string;
  /** Virtualised: only the rows in view are in the page, inside a scrolling box this tall. */
  readonly height?: number;
  /** Called when the last rows come into view (the next page of a server-side list). */
  readonly onNearEnd?: () => void;
  readonly empty?: ReactNode;
  readonly selectedKeys?: ReadonlySet<string>;
}

/**
 * A table of the workbench (TanStack Table for the model, TanStack Virtual for long lists): a real
 * `<table>` for screen readers, its header kept in view, numbers right-aligned.
 */
export function DataTable<Row extends RowData>({ label, columns, rows, rowKey, height, onNearEnd, empty, selectedKeys }: Props<Row>) {
  const helper = createColumnHelper<typeof features, Row>();
  const tableColumns = useMemo(
    () => helper.columns(columns.map((column) => helper.display({ id: column.id, header: () => column.header, cell: (context) => column.cell(context.row.original) }))),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [columns],
  );
  const data = useMemo(() => [...rows], [rows]);
  const table = useTable({ features, columns: tableColumns, data, getRowId: (row: Row) => rowKey(row) });
  const numeric = new Set(columns.filter((c) => c.numeric).map((c) => c.id));
  const wrapping = new Set(columns.filter((c) => c.wrap).map((c) => c.id));
  const classOf = (id: string) => (numeric.has(id) ? 'num' : wrapping.has(id) ? 'wrap' : undefined);
  const scroller = useRef<HTMLDivElement>(null);
  const modelRows = table.getRowModel().rows;
  const virtualizer = useVirtualizer({
    count: modelRows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    enabled: height !== undefined,
  });
  const items = height === undefined ? modelRows.map((_, index) => ({ index, start: index * ROW_HEIGHT, end: (index + 1) * ROW_HEIGHT })) : virtualizer.getVirtualItems();
  const lastIndex = items.at(-1)?.index ?? -1;
  useEffect(() => {
    if (onNearEnd && modelRows.length > 0 && lastIndex >= modelRows.length - 20) onNearEnd();
  }, [lastIndex, modelRows.length, onNearEnd]);
  const before = height === undefined ? 0 : (items[0]?.start ?? 0);
  const after = height === undefined ? 0 : virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);

  return (
    <div className="table-scroll" ref={scroller} style={height === undefined ? undefined : { height }} tabIndex={height === undefined ? undefined : 0} role={height === undefined ? undefined : 'region'} aria-label={height === undefined ? undefined : label}>
      <table className="data-table" aria-label={label} aria-rowcount={modelRows.length + 1}>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => (
                <th key={header.id} scope="col" className={classOf(header.column.id)}>
                  <table.FlexRender header={header} />
                </th>
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          {before > 0 && (
            <tr aria-hidden="true" className="spacer">
              <td colSpan={columns.length} style={{ height: before }} />
            </tr>
          )}
          {items.map((item) => {
            const row = modelRows[item.index]!;
            return (
              <tr key={row.id} aria-rowindex={item.index + 2} className={selectedKeys?.has(row.id) ? 'selected' : undefined}>
                {row.getAllCells().map((cell) => (
                  <td key={cell.id} className={classOf(cell.column.id)}>
                    <table.FlexRender cell={cell} />
                  </td>
                ))}
              </tr>
            );
          })}
          {after > 0 && (
            <tr aria-hidden="true" className="spacer">
              <td colSpan={columns.length} style={{ height: after }} />
            </tr>
          )}
          {modelRows.length === 0 && (
            <tr>
              <td colSpan={columns.length} className="empty">
                {empty ?? 'Nothing to show.'}
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
