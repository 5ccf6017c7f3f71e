import { allot, unwrap, type Schema } from '../../api/client.js';
import { useCan } from '../../api/session.js';
import { MasterDataTab } from './MasterDataTab.js';
import { optionalNumber, optionalText, type Field, type Values } from './settings-form.js';

type ItemGroup = Schema<'ItemGroup'>;

const fields: readonly Field[] = [
  { name: 'code', label: 'Code', required: true, createOnly: true },
  { name: 'name', label: 'Name', required: true },
  { name: 'rule', label: 'Allocation rule', kind: 'select', options: ['queue', 'fair_share'], apiPath: 'rationing/rule', hint: 'What its items allocate by unless they set their own' },
  { name: 'capUnits', label: 'Customer cap (units)', kind: 'number', apiPath: 'rationing/customerCap', hint: 'Empty: no cap' },
  { name: 'capPercent', label: 'Customer cap (% of receipts)', kind: 'number', apiPath: 'rationing/customerCap/percentOfReceipts' },
  { name: 'capDays', label: 'Receipts of the last (days)', kind: 'number', apiPath: 'rationing/customerCap/periodDays' },
  { name: 'active', label: 'Active', kind: 'checkbox', editOnly: true },
];

function valuesOf(group?: ItemGroup): Values {
  const cap = group?.rationing.customerCap ?? null;
  return {
    code: group?.code ?? '',
    name: group?.name ?? '',
    rule: group?.rationing.rule ?? 'queue',
    capUnits: cap?.units === undefined ? '' : String(cap.units),
    capPercent: cap?.percentOfReceipts === undefined ? '' : String(cap.percentOfReceipts),
    capDays: cap?.periodDays === undefined ? '' : String(cap.periodDays),
    active: group?.active ?? true,
  };
}

/** The group's rationing from the form: its rule, and a cap by units or by percent (none when both are empty). */
function rationingOf(values: Values) {
  const units = optionalNumber(values, 'capUnits');
  const percentOfReceipts = optionalNumber(values, 'capPercent');
  const periodDays = optionalNumber(values, 'capDays');
  const capped = units !== undefined || percentOfReceipts !== undefined || periodDays !== undefined;
  return {
    rule: values.rule === 'fair_share' ? ('fair_share' as const) : ('queue' as const),
    customerCap: capped ? { units, percentOfReceipts, periodDays } : null,
  };
}

export const describeRationing = (rationing: { rule: string; customerCap: { units?: number; percentOfReceipts?: number; periodDays?: number } | null }) => {
  const cap = rationing.customerCap;
  const capped = cap === null ? '' : cap.units !== undefined ? `, cap ${cap.units}` : `, cap ${cap.percentOfReceipts} % of ${cap.periodDays} days`;
  return `${rationing.rule === 'fair_share' ? 'fair share' : 'queue'}${capped}`;
};

/** Item groups: the allocation rule and customer cap their items inherit where they set none. */
export function ItemGroupsSettings() {
  return (
    <MasterDataTab<ItemGroup>
      noun="item group"
      plural="item groups"
      searchParam="groupQ"
      canWrite={useCan('catalog.write')}
      list={(q, cursor) => unwrap(allot.GET('/v1/item-groups', { params: { query: { q, limit: 200, ...(cursor ? { cursor } : {}) } } }))}
      keyOf={(group) => group.code}
      columns={[
        { id: 'code', header: 'Code', cell: (group) => group.code },
        { id: 'name', header: 'Name', cell: (group) => group.name, wrap: true },
        { id: 'rationing', header: 'Allocation', cell: (group) => describeRationing(group.rationing) },
        { id: 'active', header: 'Active', cell: (group) => (group.active === false ? 'No' : 'Yes') },
      ]}
      fields={fields}
      valuesOf={valuesOf}
      create={(values) =>
        unwrap(
          allot.POST('/v1/item-groups', {
            body: { code: optionalText(values, 'code') ?? '', name: optionalText(values, 'name') ?? '', rationing: rationingOf(values) },
          }),
        )
      }
      update={(group, values) =>
        unwrap(
          allot.PATCH('/v1/item-groups/{code}', {
            params: { path: { code: group.code } },
            body: { name: optionalText(values, 'name'), rationing: rationingOf(values), active: values.active === true },
          }),
        )
      }
    />
  );
}
