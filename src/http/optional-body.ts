import type { FastifyReply, FastifyRequest, HookHandlerDoneFunction } from 'fastify';

/**
 * For commands whose body is all optional (`…/receive`, `…/cancel`): no body means `{}`, so a
 * bare `curl -X POST` works, while a body that is sent is still checked against the schema.
 */
export function noBodyIsEmpty(request: FastifyRequest, _reply: FastifyReply, done: HookHandlerDoneFunction): void {
  if (request.body === undefined || request.body === null) request.body = {};
  done();
}
