import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { actorNameOf } from './command.js';

/** A caller's `X-Request-Id` is kept when it is a plain token (so logs across services join up). */
const REQUEST_ID = /^[\w.:@/+=-]{1,200}$/;

/** The request id: the caller's `X-Request-Id` when sent and sane, otherwise a new UUID. */
export function requestIdOf(request: { headers: Record<string, string | string[] | undefined> }): string {
  const header = request.headers['x-request-id'];
  const sent = Array.isArray(header) ? header[0] : header;
  return sent !== undefined && REQUEST_ID.test(sent) ? sent : randomUUID();
}

const problemCodes = new WeakMap<FastifyRequest, string>();

/**
 * Every log line of a request carries its id (pino child logger, `reqId`), and the answer echoes it
 * in `X-Request-Id`. One line per request when it completes, with what operations look for: route
 * (the pattern, not the URL), status, the problem's `code` when the answer is a problem, and actor.
 * Call before the routes are registered: root hooks apply to the routes registered after them.
 */
export function logRequests(app: FastifyInstance): void {
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
    request.log.debug({ method: request.method, url: request.url }, 'request received');
  });
  app.addHook('onSend', async (request, reply, payload) => {
    if (typeof payload === 'string' && String(reply.getHeader('content-type') ?? '').startsWith('application/problem+json')) {
      const code = problemCodeOf(payload);
      if (code) problemCodes.set(request, code);
    }
    return payload;
  });
  app.addHook('onResponse', async (request, reply) => {
    request.log.info(
      {
        method: request.method,
        route: routeOf(request),
        status: reply.statusCode,
        problem: problemCodes.get(request),
        actor: actorNameOf(request),
        ms: Math.round(reply.elapsedTime * 10) / 10,
      },
      'request completed',
    );
  });
}

/** The route pattern that answered (`/v1/orders/:id`), or `unmatched` for a 404 of no route. */
export function routeOf(request: FastifyRequest): string {
  return request.routeOptions.url ?? 'unmatched';
}

function problemCodeOf(payload: string): string | undefined {
  try {
    const code = (JSON.parse(payload) as { code?: unknown }).code;
    return typeof code === 'string' ? code : undefined;
  } catch {
    return undefined;
  }
}

