import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RowData } from '@tanstack/react-table';
import { useState, type FormEvent } from 'react';
import { DataTable, type Column } from '../../components/DataTable.js';
import { ProblemNotice } from '../../components/ProblemNotice.js';
import { useQueryState } from '../../routing.js';
import { LoadMore, usePagedList, type Page } from './paged-list.js';
import { SettingsForm } from './SettingsForm.js';
import type { Field, Values } from './settings-form.js';

export interface MasterData<Row extends RowData> {
  /** The record's name in the business's words ("customer"), and its list's key for the cache. */
  readonly noun: string;
  readonly plural: string;
  /** One page of the list (the API's `limit` and `cursor`), searched by `q`. */
  readonly list: (q: string | undefined, cursor: string | undefined) => Promise<Page<Row>>;
  readonly columns: readonly Column<Row>[];
  readonly keyOf: (row: Row) => string;
  readonly fields: readonly Field[];
  /** The form's values for a new record (no row) or for a row being edited. */
  readonly valuesOf: (row?: Row) => Values;
  readonly create: (values: Values) => Promise<unknown>;
  readonly update: (row: Row, values: Values) => Promise<unknown>;
  /** Whether the signed-in person may create and edit (else no such buttons). */
  readonly canWrite: boolean;
  /** The URL parameter its search is kept in (`q` by default; another when a tab shows two lists). */
  readonly searchParam?: string;
}

type Editing<Row> = { readonly row?: Row } | null;

/** A master-data list with a text search (kept in the URL), paged on by "Load more", and create and edit forms for those who may. */
export function MasterDataTab<Row extends RowData>(props: MasterData<Row>) {
  const { noun, plural, columns, keyOf, canWrite } = props;
  const [query, setQuery] = useQueryState();
  const param = props.searchParam ?? 'q';
  const q = query.get(param) ?? '';
  const [search, setSearch] = useState(q);
  const [editing, setEditing] = useState<Editing<Row>>(null);
  const queries = useQueryClient();
  const list = usePagedList(['settings', plural, q], (cursor) => props.list(q || undefined, cursor));
  const save = useMutation({
    mutationFn: (values: Values) => (editing?.row ? props.update(editing.row, values) : props.create(values)),
    onSuccess: async () => {
      setEditing(null);
      await queries.invalidateQueries({ queryKey: ['settings', plural] });
    },
  });
  const open = (next: Editing<Row>) => {
    save.reset();
    setEditing(next);
  };
  const find = (event: FormEvent) => {
    event.preventDefault();
    setQuery({ [param]: search.trim() });
  };
  const editColumn: Column<Row> = {
    id: 'edit',
    header: <span className="visually-hidden">Actions</span>,
    cell: (row) => (
      <button type="button" className="secondary" onClick={() => open({ row })} aria-label={`Edit ${noun} ${keyOf(row)}`}>
        Edit
      </button>
    ),
  };
  return (
    <section aria-label={plural}>
      <div className="table-toolbar">
        <form role="search" className="open-by-key" onSubmit={find}>
          <label>
            Search {plural}
            <input type="search" value={search} onChange={(event) => setSearch(event.target.value)} placeholder="code or name" />
          </label>
          <button type="submit" className="secondary">
            Search
          </button>
        </form>
        {canWrite && (
          <button type="button" onClick={() => open({})}>
            New {noun}
          </button>
        )}
      </div>
      {editing && (
        <SettingsForm
          key={editing.row ? keyOf(editing.row) : 'new'}
          title={editing.row ? `Edit ${noun} ${keyOf(editing.row)}` : `New ${noun}`}
          fields={props.fields}
          initial={props.valuesOf(editing.row)}
          creating={!editing.row}
          saving={save.isPending}
          error={save.error}
          onSave={(values) => save.mutate(values)}
          onCancel={() => setEditing(null)}
        />
      )}
      <ProblemNotice error={list.error} />
      <DataTable
        label={plural}
        columns={canWrite ? [...columns, editColumn] : columns}
        rows={list.rows}
        rowKey={keyOf}
        empty={list.isPending ? 'Loading…' : q ? `No ${plural} match “${q}”.` : `No ${plural} yet.`}
      />
      <LoadMore list={list} plural={plural} />
    </section>
  );
}
