import { useState, type FormEvent } from 'react';
import { useQueryState } from '../routing.js';

/** The workbench's filters, kept in the URL (`?sku=…&customer=…&minAgeDays=…`). */
export function BackorderFilters() {
  const [query, change] = useQueryState();
  const [sku, setSku] = useState(query.get('sku') ?? '');
  const [customer, setCustomer] = useState(query.get('customer') ?? '');
  const [minAgeDays, setMinAgeDays] = useState(query.get('minAgeDays') ?? '');
  const apply = (event: FormEvent) => {
    event.preventDefault();
    change({ sku: sku.trim(), customer: customer.trim(), minAgeDays: minAgeDays.trim() });
  };
  const clear = () => {
    setSku('');
    setCustomer('');
    setMinAgeDays('');
    change({ sku: undefined, customer: undefined, minAgeDays: undefined });
  };
  return (
    <form className="filters" onSubmit={apply} aria-label="Filter waiting lines">
      <label>
        SKU
        <input name="sku" value={sku} onChange={(event) => setSku(event.target.value)} placeholder="any item" />
      </label>
      <label>
        Customer
        <input name="customer" value={customer} onChange={(event) => setCustomer(event.target.value)} placeholder="any customer" />
      </label>
      <label>
        Waiting at least (days)
        <input name="minAgeDays" type="number" min={0} inputMode="numeric" value={minAgeDays} onChange={(event) => setMinAgeDays(event.target.value)} />
      </label>
      <button type="submit">Apply filters</button>
      <button type="button" className="secondary" onClick={clear}>
        Clear
      </button>
    </form>
  );
}

/** The filters as the API's query parameters. */
export function backorderFilter(query: URLSearchParams): { sku?: string; customer?: string; minAgeDays?: number } {
  const age = Number(query.get('minAgeDays'));
  return {
    ...(query.get('sku') ? { sku: query.get('sku')! } : {}),
    ...(query.get('customer') ? { customer: query.get('customer')! } : {}),
    ...(query.get('minAgeDays') && Number.isInteger(age) && age >= 0 ? { minAgeDays: age } : {}),
  };
}
