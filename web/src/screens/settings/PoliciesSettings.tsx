import { allot, unwrap, type Schema } from '../../api/client.js';
import { useCan } from '../../api/session.js';
import { MasterDataTab } from './MasterDataTab.js';
import { optionalNumber, optionalText, type Field, type Values } from './settings-form.js';

type Policy = Schema<'FulfillmentPolicy'>;
type Strategy = Schema<'BackorderStrategy'>;
type Rate = Schema<'FulfillmentRate'>;
type Violation = Schema<'ViolationLevel'>;

const fields: readonly Field[] = [
  { name: 'code', label: 'Code', required: true, createOnly: true },
  { name: 'backorderStrategy', label: 'Backorder strategy', kind: 'select', options: ['backorder_allowed', 'max_one_backorder', 'deliver_in_full', 'no_backorder'], createOnly: true },
  { name: 'preventPartialDelivery', label: 'Prevent partial delivery', kind: 'checkbox', createOnly: true },
  { name: 'valueType', label: 'Fulfillment rate by', kind: 'select', options: ['none', 'quantity', 'price'], apiPath: 'fulfillmentRate/valueType' },
  { name: 'minPercent', label: 'Minimum rate (%)', kind: 'number', apiPath: 'fulfillmentRate/minPercent' },
  { name: 'violation', label: 'Below the rate', kind: 'select', options: ['info', 'warning', 'error'] },
  { name: 'cancelAfterDays', label: 'Cancel after (days)', kind: 'number', hint: 'Empty: the deployment default' },
  { name: 'crossDockPolicy', label: 'Cross-dock policy', hint: 'A policy code; empty: none' },
  { name: 'crossDockWindowDays', label: 'Cross-dock window (days)', kind: 'number' },
  { name: 'active', label: 'Active', kind: 'checkbox', editOnly: true },
];

function valuesOf(policy?: Policy): Values {
  return {
    code: policy?.code ?? '',
    backorderStrategy: policy?.backorderStrategy ?? 'backorder_allowed',
    preventPartialDelivery: policy?.preventPartialDelivery ?? false,
    valueType: policy?.fulfillmentRate.valueType ?? 'none',
    minPercent: policy ? String(policy.fulfillmentRate.minPercent) : '0',
    violation: policy?.violation ?? 'info',
    cancelAfterDays: policy?.cancelAfterDays == null ? '' : String(policy.cancelAfterDays),
    crossDockPolicy: policy?.crossDockPolicy ?? '',
    crossDockWindowDays: policy?.crossDockWindowDays == null ? '' : String(policy.crossDockWindowDays),
    active: policy?.active ?? true,
  };
}

const rateOf = (values: Values): Rate => ({ valueType: values.valueType as Rate['valueType'], minPercent: optionalNumber(values, 'minPercent') ?? 0 });

/** Fulfillment policies: backorder strategy, fulfillment rate, cancellation and cross-dock rules. */
export function PoliciesSettings() {
  return (
    <MasterDataTab<Policy>
      noun="policy"
      plural="policies"
      canWrite={useCan('catalog.write')}
      list={(q, cursor) => unwrap(allot.GET('/v1/fulfillment-policies', { params: { query: { q, limit: 200, ...(cursor ? { cursor } : {}) } } }))}
      keyOf={(policy) => policy.code}
      columns={[
        { id: 'code', header: 'Code', cell: (policy) => policy.code },
        { id: 'strategy', header: 'Strategy', cell: (policy) => policy.backorderStrategy },
        { id: 'rate', header: 'Fulfillment rate', cell: (policy) => (policy.fulfillmentRate.valueType === 'none' ? '—' : `${policy.fulfillmentRate.minPercent}% by ${policy.fulfillmentRate.valueType}`) },
        { id: 'violation', header: 'Below the rate', cell: (policy) => policy.violation },
        { id: 'cancelAfterDays', header: 'Cancel after (days)', cell: (policy) => policy.cancelAfterDays ?? '—', numeric: true },
        { id: 'crossDock', header: 'Cross-dock', cell: (policy) => policy.crossDockPolicy ?? '—' },
        { id: 'active', header: 'Active', cell: (policy) => (policy.active === false ? 'No' : 'Yes') },
      ]}
      fields={fields}
      valuesOf={valuesOf}
      create={(values) =>
        unwrap(
          allot.POST('/v1/fulfillment-policies', {
            body: {
              code: optionalText(values, 'code') ?? '',
              backorderStrategy: values.backorderStrategy as Strategy,
              preventPartialDelivery: values.preventPartialDelivery === true,
              fulfillmentRate: rateOf(values),
              violation: values.violation as Violation,
              cancelAfterDays: optionalNumber(values, 'cancelAfterDays'),
              crossDockPolicy: optionalText(values, 'crossDockPolicy'),
              crossDockWindowDays: optionalNumber(values, 'crossDockWindowDays'),
            },
          }),
        )
      }
      update={(policy, values) =>
        unwrap(
          allot.PATCH('/v1/fulfillment-policies/{code}', {
            params: { path: { code: policy.code } },
            body: {
              fulfillmentRate: rateOf(values),
              violation: values.violation as Violation,
              cancelAfterDays: optionalNumber(values, 'cancelAfterDays') ?? null,
              crossDockPolicy: optionalText(values, 'crossDockPolicy') ?? null,
              crossDockWindowDays: optionalNumber(values, 'crossDockWindowDays') ?? null,
              active: values.active === true,
            },
          }),
        )
      }
    />
  );
}
