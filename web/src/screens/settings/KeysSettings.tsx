import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { allot, unwrap, type Schema } from '../../api/client.js';
import { DataTable } from '../../components/DataTable.js';
import { ProblemNotice } from '../../components/ProblemNotice.js';
import { formatMoment } from '../../format.js';
import { LoadMore, usePagedList } from './paged-list.js';
import { SettingsForm } from './SettingsForm.js';
import { optionalText, type Field, type Values } from './settings-form.js';

type ApiKey = Schema<'ApiKey'>;
type Role = Schema<'Role'>;

const fields: readonly Field[] = [
  { name: 'name', label: 'Name', required: true, hint: 'What uses it, e.g. "warehouse scanner"' },
  { name: 'role', label: 'Role', kind: 'select', options: ['viewer', 'operator', 'admin'] },
  { name: 'onBehalf', label: 'May act for a person (X-Actor)', kind: 'checkbox' },
  { name: 'expiresAt', label: 'Expires at', hint: 'ISO date-time; empty: never', apiPath: 'expiresAt' },
];

/** API keys (admins only): create one (its secret is shown this once) and revoke. */
export function KeysSettings() {
  const queries = useQueryClient();
  const [creating, setCreating] = useState(false);
  const [issued, setIssued] = useState<Schema<'IssuedKey'> | null>(null);
  const keys = usePagedList(['settings', 'keys'], (cursor) => unwrap(allot.GET('/v1/keys', { params: { query: { limit: 200, ...(cursor ? { cursor } : {}) } } })));
  const refresh = () => queries.invalidateQueries({ queryKey: ['settings', 'keys'] });
  const create = useMutation({
    mutationFn: (values: Values) =>
      unwrap(
        allot.POST('/v1/keys', {
          body: { name: optionalText(values, 'name') ?? '', role: values.role as Role, onBehalf: values.onBehalf === true, expiresAt: optionalText(values, 'expiresAt') },
        }),
      ),
    onSuccess: async (answer) => {
      setIssued(answer);
      setCreating(false);
      await refresh();
    },
  });
  const revoke = useMutation({
    mutationFn: (key: ApiKey) => unwrap(allot.POST('/v1/keys/{id}/revoke', { params: { path: { id: String(key.id) } } })),
    onSuccess: refresh,
  });
  return (
    <section aria-label="API keys">
      <div className="table-toolbar">
        <p className="muted">Keys let other systems call the API. A key's secret is shown once, when it is made.</p>
        <button
          type="button"
          onClick={() => {
            create.reset();
            setIssued(null);
            setCreating(true);
          }}
        >
          New API key
        </button>
      </div>
      {issued && (
        <div className="notice" role="status">
          <p>
            Key <strong>{issued.key.name}</strong> made. Copy its secret now: it is not shown again.
          </p>
          <code className="secret">{issued.secret}</code>
        </div>
      )}
      {creating && (
        <SettingsForm
          title="New API key"
          fields={fields}
          initial={{ name: '', role: 'operator', onBehalf: false, expiresAt: '' }}
          creating
          saving={create.isPending}
          error={create.error}
          onSave={(values) => create.mutate(values)}
          onCancel={() => setCreating(false)}
        />
      )}
      <ProblemNotice error={keys.error ?? revoke.error} />
      <DataTable
        label="API keys"
        rows={keys.rows}
        rowKey={(key) => String(key.id)}
        empty={keys.isPending ? 'Loading…' : 'No API keys yet.'}
        columns={[
          { id: 'name', header: 'Name', cell: (key) => key.name },
          { id: 'prefix', header: 'Prefix', cell: (key) => <code>{key.prefix}</code> },
          { id: 'role', header: 'Role', cell: (key) => key.role },
          { id: 'status', header: 'Status', cell: (key) => key.status },
          { id: 'lastUsed', header: 'Last used', cell: (key) => (key.lastUsedAt ? formatMoment(key.lastUsedAt) : '—') },
          {
            id: 'revoke',
            header: <span className="visually-hidden">Actions</span>,
            cell: (key) =>
              key.status === 'active' ? (
                <button type="button" className="secondary" onClick={() => revoke.mutate(key)} aria-label={`Revoke key ${key.name}`}>
                  Revoke
                </button>
              ) : null,
          },
        ]}
      />
      <LoadMore list={keys} plural="API keys" />
    </section>
  );
}
