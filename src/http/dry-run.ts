import type { FastifyInstance, FastifyReply, FastifyRequest, FastifySchema, RouteOptions } from 'fastify';
import { DryRunQuery } from '../contract/dry-run.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The command can be previewed with `?dryRun=true` (src/app/dry-run.ts). */
    dryRun?: boolean;
  }
}

/**
 * Routes declared `config: { dryRun: true }` accept `?dryRun=true`: the query is added to their
 * schema, and its description and `x-dry-run-answer` name the answer (a `DryRunPreview`, status
 * 200). The preview is not added to the route's responses: a typed client keeps the command's own
 * answer type.
 */
export function acceptDryRuns(app: FastifyInstance): void {
  app.addHook('onRoute', (route: RouteOptions) => {
    if (!route.config?.dryRun) return;
    if (route.schema?.querystring) throw new Error(`${route.url}: a dry-runnable route takes no other query parameters.`);
    route.schema = { ...route.schema, querystring: DryRunQuery, 'x-dry-run-answer': { $ref: '#/components/schemas/DryRunPreview' } } as FastifySchema;
  });
}

/** Whether the request asks for a preview; if so, its answer is sent as it is (not by the command's schema). */
export function previewRequested(request: FastifyRequest, reply: FastifyReply): boolean {
  if ((request.query as { dryRun?: boolean } | undefined)?.dryRun !== true) return false;
  reply.status(200).serializer(JSON.stringify);
  return true;
}
