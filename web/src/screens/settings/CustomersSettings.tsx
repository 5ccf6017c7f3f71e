import { allot, unwrap, type Schema } from '../../api/client.js';
import { useCan } from '../../api/session.js';
import { MasterDataTab } from './MasterDataTab.js';
import { optionalNumber, optionalText, type Field, type Values } from './settings-form.js';

type Customer = Schema<'Customer'>;
type ShipType = Schema<'ShipType'>;

const fields: readonly Field[] = [
  { name: 'code', label: 'Code', required: true, createOnly: true },
  { name: 'name', label: 'Name', required: true },
  { name: 'priority', label: 'Priority', kind: 'number', hint: 'Higher is served first (new orders)' },
  { name: 'shipType', label: 'Ship type', kind: 'select', options: ['partial_ok', 'complete'] },
  { name: 'fulfillmentPolicy', label: 'Fulfillment policy', hint: 'A policy code; empty: none' },
  { name: 'active', label: 'Active', kind: 'checkbox', editOnly: true },
];

function valuesOf(customer?: Customer): Values {
  return {
    code: customer?.code ?? '',
    name: customer?.name ?? '',
    priority: customer ? String(customer.priority) : '',
    shipType: customer?.shipType ?? 'partial_ok',
    fulfillmentPolicy: customer?.fulfillmentPolicy ?? '',
    active: customer?.active ?? true,
  };
}

/** Customers: the priority, ship type and policy their new orders inherit. */
export function CustomersSettings() {
  return (
    <MasterDataTab<Customer>
      noun="customer"
      plural="customers"
      canWrite={useCan('catalog.write')}
      list={(q, cursor) => unwrap(allot.GET('/v1/customers', { params: { query: { q, limit: 200, ...(cursor ? { cursor } : {}) } } }))}
      keyOf={(customer) => customer.code}
      columns={[
        { id: 'code', header: 'Code', cell: (customer) => customer.code },
        { id: 'name', header: 'Name', cell: (customer) => customer.name, wrap: true },
        { id: 'priority', header: 'Priority', cell: (customer) => customer.priority, numeric: true },
        { id: 'shipType', header: 'Ship type', cell: (customer) => customer.shipType },
        { id: 'policy', header: 'Policy', cell: (customer) => customer.fulfillmentPolicy ?? '—' },
        { id: 'active', header: 'Active', cell: (customer) => (customer.active === false ? 'No' : 'Yes') },
      ]}
      fields={fields}
      valuesOf={valuesOf}
      create={(values) =>
        unwrap(
          allot.POST('/v1/customers', {
            body: {
              code: optionalText(values, 'code') ?? '',
              name: optionalText(values, 'name') ?? '',
              priority: optionalNumber(values, 'priority'),
              shipType: values.shipType as ShipType,
              fulfillmentPolicy: optionalText(values, 'fulfillmentPolicy'),
            },
          }),
        )
      }
      update={(customer, values) =>
        unwrap(
          allot.PATCH('/v1/customers/{code}', {
            params: { path: { code: customer.code } },
            body: {
              name: optionalText(values, 'name'),
              priority: optionalNumber(values, 'priority'),
              shipType: values.shipType as ShipType,
              fulfillmentPolicy: optionalText(values, 'fulfillmentPolicy') ?? null,
              active: values.active === true,
            },
          }),
        )
      }
    />
  );
}
