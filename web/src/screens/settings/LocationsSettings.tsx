import { allot, unwrap, type Schema } from '../../api/client.js';
import { useCan } from '../../api/session.js';
import { MasterDataTab } from './MasterDataTab.js';
import { optionalNumber, optionalText, type Field, type Values } from './settings-form.js';

type Location = Schema<'Location'>;

const fields: readonly Field[] = [
  { name: 'code', label: 'Code', required: true, createOnly: true },
  { name: 'name', label: 'Name', required: true },
  { name: 'priority', label: 'Priority', kind: 'number', hint: 'Higher is allocated from first' },
  { name: 'active', label: 'Active', kind: 'checkbox', editOnly: true },
];

function valuesOf(location?: Location): Values {
  return { code: location?.code ?? '', name: location?.name ?? '', priority: location ? String(location.priority) : '', active: location?.active ?? true };
}

/** Locations: warehouses and stores, and which is allocated from first. */
export function LocationsSettings() {
  return (
    <MasterDataTab<Location>
      noun="location"
      plural="locations"
      canWrite={useCan('catalog.write')}
      list={(q, cursor) => unwrap(allot.GET('/v1/locations', { params: { query: { q, limit: 200, ...(cursor ? { cursor } : {}) } } }))}
      keyOf={(location) => location.code}
      columns={[
        { id: 'code', header: 'Code', cell: (location) => location.code },
        { id: 'name', header: 'Name', cell: (location) => location.name, wrap: true },
        { id: 'priority', header: 'Priority', cell: (location) => location.priority, numeric: true },
        { id: 'active', header: 'Active', cell: (location) => (location.active === false ? 'No' : 'Yes') },
      ]}
      fields={fields}
      valuesOf={valuesOf}
      create={(values) =>
        unwrap(
          allot.POST('/v1/locations', {
            body: { code: optionalText(values, 'code') ?? '', name: optionalText(values, 'name') ?? '', priority: optionalNumber(values, 'priority') },
          }),
        )
      }
      update={(location, values) =>
        unwrap(
          allot.PATCH('/v1/locations/{code}', {
            params: { path: { code: location.code } },
            body: { name: optionalText(values, 'name'), priority: optionalNumber(values, 'priority'), active: values.active === true },
          }),
        )
      }
    />
  );
}
