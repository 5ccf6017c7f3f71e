import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Received {
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
  readonly id: string;
}

/** How the receiver answers one request: a status, after a delay. */
export interface Reply {
  readonly status: number;
  readonly delayMs?: number;
}

/**
 * A real HTTP receiver on 127.0.0.1 for webhook tests: it keeps every request and answers each
 * with the next planned reply (200 once the plan is used up, or `otherwise`).
 */
export async function webhookReceiver() {
  const received: Received[] = [];
  let plan: Reply[] = [];
  let otherwise: Reply = { status: 200 };
  const server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      received.push({ headers: req.headers, body, id: String(req.headers['webhook-id']) });
      const reply = plan.shift() ?? otherwise;
      setTimeout(() => {
        if (res.destroyed) return;
        res.writeHead(reply.status, { 'content-type': 'text/plain' }).end(`answered ${reply.status}`);
      }, reply.delayMs ?? 0);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    received,
    /** The next replies, in order; then `then` for every other request. */
    answer(replies: Reply[], then: Reply = { status: 200 }) {
      plan = [...replies];
      otherwise = then;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
