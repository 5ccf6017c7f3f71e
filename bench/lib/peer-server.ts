/**
 * The peers' design behind the same HTTP stack (launch day's second row): Saleor, Medusa and
 * Vendure enter each order in a transaction of its own — a conditional update of the stock row,
 * an insert of the order and of its lines — from a connection pool. Fastify validates the body
 * with a JSON schema, as they validate theirs.
 */
import Fastify from 'fastify';
import pg from 'pg';
import { orderBody, type OrderRequest } from './launch-schema.js';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.POOL_SIZE ?? 20) });
const app = Fastify({ logger: false });

app.get('/v1/health', async () => ({ status: 'ok' }));
app.post<{ Body: OrderRequest }>('/v1/orders', { schema: { body: orderBody } }, async (request, reply) => {
  const { customer, reference, lines } = request.body;
  const client = await pool.connect();
  try {
    await client.query('begin');
    const order = await client.query<{ id: string }>('insert into orders (customer, reference) values ($1, $2) returning id', [customer, reference ?? null]);
    const answered = [];
    for (const [index, line] of lines.entries()) {
      const taken = await client.query('update stock set available = available - $2 where sku = $1 and available >= $2', [line.sku, line.quantity]);
      const allocated = taken.rowCount === 1 ? line.quantity : 0;
      await client.query('insert into order_lines (order_id, sku, quantity, allocated) values ($1, $2, $3, $4)', [order.rows[0]!.id, line.sku, line.quantity, allocated]);
      answered.push({ lineNo: index + 1, sku: line.sku, quantity: line.quantity, allocated, backordered: line.quantity - allocated });
    }
    await client.query('commit');
    return reply.code(201).send({ id: Number(order.rows[0]!.id), customer, reference, lines: answered });
  } catch (error) {
    await client.query('rollback');
    throw error;
  } finally {
    client.release();
  }
});

await app.listen({ port: Number(process.env.PORT), host: process.env.HOST ?? '127.0.0.1' });
process.once('SIGTERM', () => void app.close().then(() => pool.end()));
