import { useState, type FormEvent } from 'react';
import { useQueryState } from '../routing.js';

/** The workbench's filters, kept in the URL (`?sku=…&customer=…&minAgeDays=…`). */
export function BackorderFilters() {
  const [query, change] = useQueryState();
  const [sku, setSku] = useState(query.get('sku') ?? '');
  const [customer, setCustomer] = useState(query.get('customer') ?? '');
  const [minAgeDays, setMinAgeDays] = useState(query.get('minAgeDays') ?? '');
  const [kind, setKind] = useState(query.get('preorder') ?? '');
  const [late, setLate] = useState(query.get('pastPromiseDate') === 'true');
  const apply = (event: FormEvent) => {
    event.preventDefault();
    change({ sku: sku.trim(), customer: customer.trim(), minAgeDays: minAgeDays.trim(), preorder: kind, pastPromiseDate: late ? 'true' : undefined });
  };
  const clear = () => {
    setSku('');
    setCustomer('');
    setMinAgeDays('');
    setKind('');
    setLate(false);
    change({ sku: undefined, customer: undefined, minAgeDays: undefined, preorder: undefined, pastPromiseDate: undefined });
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
      <label>
        Kind
        <select name="preorder" value={kind} onChange={(event) => setKind(event.target.value)}>
          <option value="">backorders and preorders</option>
          <option value="false">backorders</option>
          <option value="true">preorders</option>
        </select>
      </label>
      <label className="inline">
        <input type="checkbox" name="pastPromiseDate" checked={late} onChange={(event) => setLate(event.target.checked)} />
        Past promise date
      </label>
      <button type="submit">Apply filters</button>
      <button type="button" className="secondary" onClick={clear}>
        Clear
      </button>
    </form>
  );
}

/** The filters as the API's query parameters. */
export function backorderFilter(query: URLSearchParams): { sku?: string; customer?: string; minAgeDays?: number; preorder?: boolean; pastPromiseDate?: boolean } {
  const age = Number(query.get('minAgeDays'));
  const preorder = query.get('preorder');
  return {
    ...(preorder === 'true' || preorder === 'false' ? { preorder: preorder === 'true' } : {}),
    ...(query.get('pastPromiseDate') === 'true' ? { pastPromiseDate: true } : {}),
    ...(query.get('sku') ? { sku: query.get('sku')! } : {}),
    ...(query.get('customer') ? { customer: query.get('customer')! } : {}),
    ...(query.get('minAgeDays') && Number.isInteger(age) && age >= 0 ? { minAgeDays: age } : {}),
  };
}
