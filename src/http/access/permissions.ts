import type { FastifyInstance, FastifyReply, FastifyRequest, FastifySchema, RouteOptions } from 'fastify';
import type {} from './caller.js';
import { allPermissions, leastRoleFor, permissionsOf, type Permission } from '../../domain/access/roles.js';
import { refuse, type RefusalCode } from '../../domain/refusal.js';
import { problems } from '../routes/problems.js';

/** The only routes that may be declared `public` (method and URL). */
export const openRoutes: ReadonlySet<string> = new Set([
  'GET /v1/health',
  'GET /v1/ready',
  'GET /metrics',
  'GET /openapi.json',
  'POST /v1/session',
  'GET /v1/session/link',
  // The workbench's page and its built assets (what they show comes from the API).
  'GET /',
  'GET /assets/*',
  // A customer's choice link: the token in the URL is the credential (single-use, expiring).
  'GET /v1/choice-links/:token',
  'POST /v1/choice-links/:token',
  'GET /choose/:token',
  'POST /choose/:token',
  // CORS preflight (registered by @fastify/cors only when origins are configured).
  'OPTIONS *',
]);

export const securitySchemes = {
  bearer: { type: 'http', scheme: 'bearer', description: 'An API key: `Authorization: Bearer allot_…`' },
  session: {
    type: 'apiKey',
    in: 'cookie',
    name: 'allot_session',
    description: 'The session cookie from `POST /v1/session`; writes also send `X-CSRF-Token`',
  },
} as const;

type Check = (request: FastifyRequest, reply: FastifyReply) => Promise<FastifyReply | undefined>;

/**
 * Deny by default: every route declares its permission in `config.permission` (STYLE 16); a
 * route without one stops the start. Each declaration is written into the OpenAPI document
 * (`security` and `x-permission`) and puts the permission check in front of the route, before its
 * body is read or validated.
 */
export function requireDeclaredPermissions(app: FastifyInstance, check: (permission: Permission) => Check): void {
  app.addHook('onRoute', (route: RouteOptions) => {
    const methods = [route.method].flat();
    // @fastify/cors registers its preflight route itself (it answers in a hook, before any route logic).
    const preflight = route.url === '*' && methods.every((m) => m === 'OPTIONS');
    const permission = preflight ? 'public' : route.config?.permission;
    const where = `${methods.join(',')} ${route.url}`;
    if (permission === undefined) {
      throw new Error(`Route ${where} declares no permission: add config: { permission } beside its schema (src/domain/access/roles.ts).`);
    }
    if (permission === 'public') {
      if (!methods.every((m) => openRoutes.has(`${m} ${route.url}`) || m === 'HEAD')) {
        throw new Error(`Route ${where} is declared public, which only health, readiness, metrics, sign-in, the API document and the workbench's page and assets may be.`);
      }
    } else if (!allPermissions.includes(permission)) {
      throw new Error(`Route ${where} declares an unknown permission "${String(permission)}".`);
    }
    route.schema = {
      ...route.schema,
      security: permission === 'public' ? [] : [{ bearer: [] }, { session: [] }],
      'x-permission': permission,
      ...(permission === 'public' ? {} : { response: withAccessProblems(route.schema?.response, methods) }),
    } as FastifySchema;
    if (permission !== 'public') route.onRequest = [...[route.onRequest ?? []].flat(), check(permission)];
  });
}

/** Refuses a caller whose role lacks the permission, naming it and the least role that has it. */
export function refuseWithout(role: keyof typeof permissionsOf, permission: Permission): void {
  if (!permissionsOf[role].has(permission)) {
    refuse('forbidden', `This needs the permission ${permission} (${leastRoleFor(permission)} or above); you are ${role}.`, { permission });
  }
}

/** The answers the access layer adds to every protected route, for the OpenAPI document. */
function withAccessProblems(response: unknown, methods: readonly string[]): Record<string, unknown> {
  const writes = methods.some((m) => !['GET', 'HEAD', 'OPTIONS'].includes(m));
  const codes: RefusalCode[] = ['unauthenticated', 'forbidden', 'rate_limited', ...(writes ? (['csrf_token_invalid', 'payload_too_large'] as const) : [])];
  const added: Record<string, { description: string }> = problems(...codes);
  const merged: Record<string, unknown> = { ...(response as Record<string, unknown> | undefined) };
  for (const [status, answer] of Object.entries(added)) {
    const existing = merged[status] as { description?: string } | undefined;
    merged[status] = existing?.description ? { ...existing, description: `${existing.description}; ${answer.description}` } : answer;
  }
  return merged;
}
