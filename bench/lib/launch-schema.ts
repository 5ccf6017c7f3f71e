import pg from 'pg';

/**
 * The tables the comparison servers of launch day write (bench/lib/peer-server.ts and
 * batching-server.ts): a stock row per SKU, an order and its line per request. What a storefront
 * engine keeps for the same order, without Allot's queue, record log or events.
 */
export async function createLaunchTables(url: string, stock: Readonly<Record<string, number>>): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`
      create table stock (sku text primary key, available integer not null check (available >= 0));
      create table orders (id bigserial primary key, customer text not null, reference text, entered_at timestamptz not null default now());
      create table order_lines (id bigserial primary key, order_id bigint not null references orders, sku text not null,
                                quantity integer not null check (quantity > 0), allocated integer not null);
      create index on order_lines (order_id);`);
    for (const [sku, available] of Object.entries(stock)) await client.query('insert into stock values ($1, $2)', [sku, available]);
  } finally {
    await client.end();
  }
}

/** Lines written for a SKU and the units allocated to them: the scenario's exact-count check. */
export async function launchCounts(url: string, sku: string): Promise<{ lines: number; allocated: number }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query('select count(*)::int as lines, coalesce(sum(allocated), 0)::int as allocated from order_lines where sku = $1', [sku]);
    return rows[0] as { lines: number; allocated: number };
  } finally {
    await client.end();
  }
}

/** The body both comparison servers accept: Allot's order entry, one line or more. */
export const orderBody = {
  type: 'object',
  required: ['customer', 'lines'],
  properties: {
    customer: { type: 'string', minLength: 1, maxLength: 64 },
    reference: { type: 'string', maxLength: 64 },
    lines: {
      type: 'array',
      minItems: 1,
      maxItems: 100,
      items: {
        type: 'object',
        required: ['sku', 'quantity'],
        properties: { sku: { type: 'string', minLength: 1, maxLength: 64 }, quantity: { type: 'integer', minimum: 1 } },
        additionalProperties: false,
      },
    },
  },
  additionalProperties: false,
} as const;

export interface OrderRequest {
  readonly customer: string;
  readonly reference?: string;
  readonly lines: readonly { readonly sku: string; readonly quantity: number }[];
}
