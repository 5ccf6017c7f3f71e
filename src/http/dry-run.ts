import type { FastifyInstance, FastifyReply, FastifyRequest, FastifySchema, RouteOptions } from 'fastify';
import { ref } from '../contract/common.js';
import { DryRunPreview, DryRunQuery } from '../contract/dry-run.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The command can be previewed with `?dryRun=true` (src/app/dry-run.ts). */
    dryRun?: boolean;
  }
}

/**
 * Routes declared `config: { dryRun: true }` accept `?dryRun=true`: the query is added to their
 * schema and the preview to their answers (status 200; where the command itself answers 200, the
 * query's description names the preview).
 */
export function acceptDryRuns(app: FastifyInstance): void {
  app.addHook('onRoute', (route: RouteOptions) => {
    if (!route.config?.dryRun) return;
    if (route.schema?.querystring) throw new Error(`${route.url}: a dry-runnable route takes no other query parameters.`);
    const response: Record<string, unknown> = { ...(route.schema?.response as Record<string, unknown> | undefined) };
    response[200] ??= ref(DryRunPreview);
    route.schema = { ...route.schema, querystring: DryRunQuery, response } as FastifySchema;
  });
}

/** Whether the request asks for a preview; if so, its answer is sent as it is (not by the command's schema). */
export function previewRequested(request: FastifyRequest, reply: FastifyReply): boolean {
  if ((request.query as { dryRun?: boolean } | undefined)?.dryRun !== true) return false;
  reply.status(200).serializer(JSON.stringify);
  return true;
}
