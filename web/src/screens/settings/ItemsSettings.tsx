import { allot, unwrap, type Schema } from '../../api/client.js';
import { useCan } from '../../api/session.js';
import { describeRationing, ItemGroupsSettings } from './ItemGroupsSettings.js';
import { MasterDataTab } from './MasterDataTab.js';
import { optionalNumber, optionalText, type Field, type Values } from './settings-form.js';

type Item = Schema<'Item'>;

const fields: readonly Field[] = [
  { name: 'sku', label: 'SKU', required: true, createOnly: true },
  { name: 'name', label: 'Name', required: true },
  { name: 'unitPrice', label: 'Unit price', kind: 'number' },
  { name: 'service', label: 'Service (holds no stock)', kind: 'checkbox', createOnly: true },
  { name: 'launchDate', label: 'Preorder launch date', kind: 'date', apiPath: 'preorder/launchDate', hint: 'Empty: no preorders' },
  { name: 'cap', label: 'Preorder cap (units)', kind: 'number', apiPath: 'preorder/cap' },
  { name: 'supplier', label: 'Supplier', apiPath: 'replenishment/supplier', hint: 'Empty: no purchase suggestions' },
  { name: 'leadTimeDays', label: 'Lead time (days)', kind: 'number', apiPath: 'replenishment/leadTimeDays' },
  { name: 'minLevel', label: 'Minimum level', kind: 'number', apiPath: 'replenishment/minLevel' },
  { name: 'reorderQuantity', label: 'Reorder quantity', kind: 'number', apiPath: 'replenishment/reorderQuantity' },
  { name: 'location', label: 'Deliver to location', apiPath: 'replenishment/location' },
  { name: 'group', label: 'Item group', hint: 'Its allocation rule and customer cap apply where the item sets none; empty: no group' },
  { name: 'active', label: 'Active', kind: 'checkbox', editOnly: true },
];

function valuesOf(item?: Item): Values {
  return {
    sku: item?.sku ?? '',
    name: item?.name ?? '',
    unitPrice: item ? String(item.unitPrice) : '',
    service: item?.service ?? false,
    launchDate: item?.preorder?.launchDate ?? '',
    cap: item?.preorder?.cap == null ? '' : String(item.preorder.cap),
    supplier: item?.replenishment?.supplier ?? '',
    leadTimeDays: item?.replenishment ? String(item.replenishment.leadTimeDays) : '',
    minLevel: item?.replenishment ? String(item.replenishment.minLevel) : '',
    reorderQuantity: item?.replenishment ? String(item.replenishment.reorderQuantity) : '',
    location: item?.replenishment?.location ?? '',
    group: item?.group ?? '',
    active: item?.active ?? true,
  };
}

/** Preorder terms from the form: none when no launch date is given. */
function preorderOf(values: Values) {
  const launchDate = optionalText(values, 'launchDate');
  return launchDate === undefined ? undefined : { launchDate, cap: optionalNumber(values, 'cap') };
}

/** Replenishment terms from the form: none when no supplier is given. */
function replenishmentOf(values: Values) {
  const supplier = optionalText(values, 'supplier');
  if (supplier === undefined) return undefined;
  return {
    supplier,
    leadTimeDays: optionalNumber(values, 'leadTimeDays'),
    minLevel: optionalNumber(values, 'minLevel'),
    reorderQuantity: optionalNumber(values, 'reorderQuantity'),
    location: optionalText(values, 'location'),
  };
}

/** Its group, and how it is allocated when not plain queue order ("(own)": set on the item, not inherited). */
function groupAndAllocation(item: Item): string {
  const group = item.group ?? '—';
  if (!item.rationing) return group;
  const from = item.rationingFrom;
  const own = from?.rule !== 'group' && from?.customerCap !== 'group' ? ' (own)' : '';
  return `${group}: ${describeRationing(item.rationing)}${own}`;
}

/** Items: SKU, name, price, preorder terms, replenishment and item group; and the item groups. */
export function ItemsSettings() {
  return (
    <>
      <ItemsList />
      <ItemGroupsSettings />
    </>
  );
}

function ItemsList() {
  return (
    <MasterDataTab<Item>
      noun="item"
      plural="items"
      canWrite={useCan('catalog.write')}
      list={(q, cursor) => unwrap(allot.GET('/v1/items', { params: { query: { q, limit: 200, ...(cursor ? { cursor } : {}) } } }))}
      keyOf={(item) => item.sku}
      columns={[
        { id: 'sku', header: 'SKU', cell: (item) => item.sku },
        { id: 'name', header: 'Name', cell: (item) => item.name, wrap: true },
        { id: 'unitPrice', header: 'Unit price', cell: (item) => item.unitPrice, numeric: true },
        { id: 'preorder', header: 'Preorder', cell: (item) => (item.preorder ? `from ${item.preorder.launchDate}${item.preorder.cap === null ? '' : `, cap ${item.preorder.cap}`}` : '—') },
        { id: 'supplier', header: 'Supplier', cell: (item) => item.replenishment?.supplier ?? '—' },
        { id: 'group', header: 'Group', cell: groupAndAllocation },
        { id: 'active', header: 'Active', cell: (item) => (item.active === false ? 'No' : 'Yes') },
      ]}
      fields={fields}
      valuesOf={valuesOf}
      create={(values) =>
        unwrap(
          allot.POST('/v1/items', {
            body: {
              sku: optionalText(values, 'sku') ?? '',
              name: optionalText(values, 'name') ?? '',
              unitPrice: optionalNumber(values, 'unitPrice'),
              service: values.service === true ? true : undefined,
              preorder: preorderOf(values),
              replenishment: replenishmentOf(values),
              group: optionalText(values, 'group'),
            },
          }),
        )
      }
      update={(item, values) =>
        unwrap(
          allot.PATCH('/v1/items/{sku}', {
            params: { path: { sku: item.sku } },
            body: {
              name: optionalText(values, 'name'),
              unitPrice: optionalNumber(values, 'unitPrice'),
              preorder: preorderOf(values) ?? (item.preorder ? null : undefined),
              replenishment: replenishmentOf(values) ?? (item.replenishment ? null : undefined),
              group: optionalText(values, 'group') ?? (item.group === undefined ? undefined : null),
              active: values.active === true,
            },
          }),
        )
      }
    />
  );
}
