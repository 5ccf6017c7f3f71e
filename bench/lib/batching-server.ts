/**
 * The batching limit (launch day's fourth row): a minimal Fastify endpoint that groups the
 * requests arriving while a transaction is in flight into the next one — one locked read and
 * update of each stock row, the orders and their lines inserted with arrays — and does nothing
 * else: no queue, no record log, no events, no idempotency. What one process and one database
 * can do when every order is entered the way Allot's intake enters a batch.
 */
import Fastify from 'fastify';
import pg from 'pg';
import { orderBody, type OrderRequest } from './launch-schema.js';

interface Waiting {
  readonly order: OrderRequest;
  readonly resolve: (answer: unknown) => void;
  readonly reject: (error: unknown) => void;
}

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 4 });
let queued: Waiting[] = [];
let flushing = false;

function enter(order: OrderRequest): Promise<unknown> {
  return new Promise((resolve, reject) => {
    queued.push({ order, resolve, reject });
    if (!flushing) void flush();
  });
}

async function flush(): Promise<void> {
  flushing = true;
  while (queued.length > 0) {
    const batch = queued;
    queued = [];
    try {
      const answers = await enterBatch(batch.map((w) => w.order));
      batch.forEach((w, i) => w.resolve(answers[i]));
    } catch (error) {
      for (const w of batch) w.reject(error);
    }
  }
  flushing = false;
}

async function enterBatch(orders: readonly OrderRequest[]) {
  const client = await pool.connect();
  try {
    await client.query('begin');
    const skus = [...new Set(orders.flatMap((o) => o.lines.map((l) => l.sku)))].sort();
    const stock = await client.query<{ sku: string; available: number }>('select sku, available from stock where sku = any($1) order by sku for update', [skus]);
    const available = new Map(stock.rows.map((r) => [r.sku, r.available]));
    const lines = orders.map((o) =>
      o.lines.map((l) => {
        const free = available.get(l.sku) ?? 0;
        const allocated = free >= l.quantity ? l.quantity : 0;
        available.set(l.sku, free - allocated);
        return { ...l, allocated };
      }),
    );
    await client.query('update stock set available = s.available from unnest($1::text[], $2::int[]) as s(sku, available) where stock.sku = s.sku', [
      [...available.keys()],
      [...available.values()],
    ]);
    const ids = await client.query<{ id: string }>(
      'insert into orders (customer, reference) select * from unnest($1::text[], $2::text[]) returning id',
      [orders.map((o) => o.customer), orders.map((o) => o.reference ?? null)],
    );
    const flat = lines.flatMap((ls, i) => ls.map((l) => ({ ...l, orderId: ids.rows[i]!.id })));
    await client.query(
      'insert into order_lines (order_id, sku, quantity, allocated) select * from unnest($1::bigint[], $2::text[], $3::int[], $4::int[])',
      [flat.map((l) => l.orderId), flat.map((l) => l.sku), flat.map((l) => l.quantity), flat.map((l) => l.allocated)],
    );
    await client.query('commit');
    return orders.map((o, i) => ({
      id: Number(ids.rows[i]!.id),
      customer: o.customer,
      reference: o.reference,
      lines: lines[i]!.map((l, n) => ({ lineNo: n + 1, sku: l.sku, quantity: l.quantity, allocated: l.allocated, backordered: l.quantity - l.allocated })),
    }));
  } catch (error) {
    await client.query('rollback');
    throw error;
  } finally {
    client.release();
  }
}

const app = Fastify({ logger: false });
app.get('/v1/health', async () => ({ status: 'ok' }));
app.post<{ Body: OrderRequest }>('/v1/orders', { schema: { body: orderBody } }, async (request, reply) => reply.code(201).send(await enter(request.body)));

await app.listen({ port: Number(process.env.PORT), host: process.env.HOST ?? '127.0.0.1' });
process.once('SIGTERM', () => void app.close().then(() => pool.end()));
