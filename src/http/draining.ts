import type { FastifyInstance } from 'fastify';

/**
 * While the app closes, every answer still to be sent says `Connection: close`. The server stops
 * accepting connections and drops the idle ones when closing starts, but a keep-alive connection
 * whose request was in flight then would stay open after its answer, for the keep-alive timeout
 * (72 s), and hold the stop until the process is killed. Requests arriving meanwhile on such a
 * connection get Fastify's 503.
 */
export function closeConnectionsWhenClosing(app: FastifyInstance): void {
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onSend', async (_request, reply, payload) => {
    if (closing) reply.header('connection', 'close');
    return payload;
  });
}
