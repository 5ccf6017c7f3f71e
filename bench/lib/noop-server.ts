/**
 * The HTTP ceiling of this machine: a Fastify server that answers `POST /v1/orders` with a small
 * fixed order, doing nothing else. Launch day reports its throughput under the same load beside
 * Allot's, so the figures can be read against what the HTTP stack alone allows.
 */
import Fastify from 'fastify';

const app = Fastify({ logger: false });
const order = { id: 1, status: 'backordered', lines: [{ lineNo: 1, sku: 'LAUNCH-1', quantity: 1, allocated: 0, backordered: 1 }] };
app.get('/v1/health', async () => ({ status: 'ok' }));
app.post('/v1/orders', async (_request, reply) => reply.code(201).send(order));
await app.listen({ port: Number(process.env.PORT), host: process.env.HOST ?? '127.0.0.1' });
