import { useState, type FormEvent } from 'react';
import type { Schema } from '../api/client.js';
import { useQueryState } from '../routing.js';

type Query = NonNullable<import('../../../client/index.js').paths['/v1/backorders']['get']['parameters']['query']>;
type Strategy = Schema<'BackorderStrategy'>;
type Sort = NonNullable<Query['sort']>;

const strategies: readonly Strategy[] = ['backorder_allowed', 'max_one_backorder', 'deliver_in_full', 'no_backorder'];
export const sorts: readonly { value: Sort; label: string }[] = [
  { value: 'queue', label: 'queue order' },
  { value: 'age', label: 'longest wait first' },
  { value: '-age', label: 'newest first' },
  { value: 'priority', label: 'highest priority first' },
  { value: '-priority', label: 'lowest priority first' },
  { value: 'sku', label: 'SKU A–Z' },
  { value: '-sku', label: 'SKU Z–A' },
  { value: 'customer', label: 'customer A–Z' },
  { value: '-customer', label: 'customer Z–A' },
];
const textFilters = ['sku', 'customer', 'location', 'minAgeDays', 'maxAgeDays'] as const;
const flags = ['pastPromiseDate', 'nearCancellation'] as const;

/** The workbench's filters and sort, kept in the URL (`?sku=…&location=…&nearCancellation=true&sort=age`). */
export function BackorderFilters() {
  const [query, change] = useQueryState();
  const [text, setText] = useState(() => Object.fromEntries(textFilters.map((name) => [name, query.get(name) ?? ''])) as Record<(typeof textFilters)[number], string>);
  const [kind, setKind] = useState(query.get('preorder') ?? '');
  const [strategy, setStrategy] = useState(query.get('strategy') ?? '');
  const [checked, setChecked] = useState(() => Object.fromEntries(flags.map((name) => [name, query.get(name) === 'true'])) as Record<(typeof flags)[number], boolean>);
  const edit = (name: (typeof textFilters)[number]) => (event: { target: { value: string } }) => setText((before) => ({ ...before, [name]: event.target.value }));
  const tick = (name: (typeof flags)[number]) => (event: { target: { checked: boolean } }) => setChecked((before) => ({ ...before, [name]: event.target.checked }));
  const apply = (event: FormEvent) => {
    event.preventDefault();
    change({
      ...Object.fromEntries(textFilters.map((name) => [name, text[name].trim()])),
      ...Object.fromEntries(flags.map((name) => [name, checked[name] ? 'true' : undefined])),
      preorder: kind,
      strategy,
    });
  };
  const clear = () => {
    setText(Object.fromEntries(textFilters.map((name) => [name, ''])) as typeof text);
    setKind('');
    setStrategy('');
    setChecked(Object.fromEntries(flags.map((name) => [name, false])) as typeof checked);
    change(Object.fromEntries([...textFilters, ...flags, 'preorder', 'strategy'].map((name) => [name, undefined])));
  };
  return (
    <form className="filters" onSubmit={apply} aria-label="Filter waiting lines">
      <label>
        SKU
        <input name="sku" value={text.sku} onChange={edit('sku')} placeholder="any item" />
      </label>
      <label>
        Customer
        <input name="customer" value={text.customer} onChange={edit('customer')} placeholder="any customer" />
      </label>
      <label>
        Location
        <input name="location" value={text.location} onChange={edit('location')} placeholder="any location" />
      </label>
      <label>
        Strategy
        <select name="strategy" value={strategy} onChange={(event) => setStrategy(event.target.value)}>
          <option value="">any strategy</option>
          {strategies.map((s) => (
            <option key={s} value={s}>
              {s.replaceAll('_', ' ')}
            </option>
          ))}
        </select>
      </label>
      <label>
        Waiting at least (days)
        <input name="minAgeDays" type="number" min={0} inputMode="numeric" value={text.minAgeDays} onChange={edit('minAgeDays')} />
      </label>
      <label>
        At most (days)
        <input name="maxAgeDays" type="number" min={0} inputMode="numeric" value={text.maxAgeDays} onChange={edit('maxAgeDays')} />
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
        <input type="checkbox" name="pastPromiseDate" checked={checked.pastPromiseDate} onChange={tick('pastPromiseDate')} />
        Past promise date
      </label>
      <label className="inline">
        <input type="checkbox" name="nearCancellation" checked={checked.nearCancellation} onChange={tick('nearCancellation')} />
        Near cancellation SLA
      </label>
      <button type="submit">Apply filters</button>
      <button type="button" className="secondary" onClick={clear}>
        Clear
      </button>
    </form>
  );
}

/** The sort of the list, chosen apart from the filters: it applies at once. */
export function BackorderSort() {
  const [query, change] = useQueryState();
  const current = sortOf(query);
  return (
    <div className="sort-choice">
      <label htmlFor="backorder-sort">Sort by</label>
      <select id="backorder-sort" name="sort" value={current} onChange={(event) => change({ sort: event.target.value === 'queue' ? undefined : event.target.value })}>
        {sorts.map((sort) => (
          <option key={sort.value} value={sort.value}>
            {sort.label}
          </option>
        ))}
      </select>
    </div>
  );
}

const sortOf = (query: URLSearchParams): Sort => sorts.find((s) => s.value === query.get('sort'))?.value ?? 'queue';
const count = (raw: string | null) => {
  const n = Number(raw);
  return raw && Number.isInteger(n) && n >= 0 ? n : undefined;
};

/** The filters and sort as the API's query parameters. */
export function backorderFilter(query: URLSearchParams): Omit<Query, 'limit' | 'cursor'> {
  const preorder = query.get('preorder');
  const strategy = strategies.find((s) => s === query.get('strategy'));
  const minAgeDays = count(query.get('minAgeDays'));
  const maxAgeDays = count(query.get('maxAgeDays'));
  const sort = sortOf(query);
  return {
    ...(preorder === 'true' || preorder === 'false' ? { preorder: preorder === 'true' } : {}),
    ...(query.get('pastPromiseDate') === 'true' ? { pastPromiseDate: true } : {}),
    ...(query.get('nearCancellation') === 'true' ? { nearCancellation: true } : {}),
    ...(query.get('sku') ? { sku: query.get('sku')! } : {}),
    ...(query.get('customer') ? { customer: query.get('customer')! } : {}),
    ...(query.get('location') ? { location: query.get('location')! } : {}),
    ...(strategy ? { strategy } : {}),
    ...(minAgeDays !== undefined ? { minAgeDays } : {}),
    ...(maxAgeDays !== undefined ? { maxAgeDays } : {}),
    ...(sort !== 'queue' ? { sort } : {}),
  };
}
