import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { refusal, Refused } from '../../domain/refusal.js';
import type { AccessSettings } from './settings.js';

/** Security headers, and CORS only for the configured origins (closed by default). */
export async function registerHeaders(app: FastifyInstance, settings: AccessSettings): Promise<void> {
  await app.register(helmet, {
    global: true,
    // The service is often reached over plain HTTP on this machine (the demo): upgrading a page's
    // requests to HTTPS would break it there. Behind TLS, a proxy can add the directive.
    contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } },
  });
  if (settings.corsOrigins.length > 0) {
    await app.register(cors, {
      origin: [...settings.corsOrigins],
      methods: ['GET', 'POST', 'PATCH', 'DELETE'],
      allowedHeaders: ['Authorization', 'Content-Type', 'Idempotency-Key', 'X-Actor', 'X-CSRF-Token'],
      exposedHeaders: ['Retry-After', 'Idempotent-Replayed'],
      credentials: true,
      maxAge: 600,
    });
  }
}

/**
 * Rate limits, counted per process in memory: per authenticated caller (key or person) and, for
 * requests without valid credentials, per address. A root hook right after authentication (so it
 * knows the caller, and runs before any route's permission check and body). The sign-in route adds
 * a stricter limit per address (`signInRateLimit`), on top of the per-login lock-out kept in the
 * database.
 */
export async function registerRateLimits(app: FastifyInstance, settings: AccessSettings): Promise<void> {
  const limitOf = (request: FastifyRequest) => (request.caller ? settings.rateLimit.perMinute : settings.rateLimit.anonymousPerMinute);
  await app.register(rateLimit, { global: false, timeWindow: 60_000, errorResponseBuilder: (_request, context) => tooMany(context.ttl) });
  const check = app.createRateLimit({
    timeWindow: 60_000,
    max: async (request) => limitOf(request),
    allowList: (request) => limitOf(request) === 0,
    keyGenerator: (request) => {
      const identity = request.caller?.actor.identity;
      return identity ? `${identity.kind}:${identity.id}` : `address:${request.ip}`;
    },
  });
  app.addHook('onRequest', async (request, reply) => {
    // Sign-in has a stricter limit of its own (route config `rateLimit`).
    if ((request.routeOptions.config as { rateLimit?: unknown } | undefined)?.rateLimit) return;
    const limit = await check(request);
    if (limit.isAllowed) return;
    reply.header('x-ratelimit-limit', limit.max).header('x-ratelimit-remaining', limit.remaining).header('x-ratelimit-reset', limit.ttlInSeconds);
    if (limit.isExceeded) throw tooMany(limit.ttl);
  });
}

function tooMany(ttlMs: number): Refused {
  const seconds = Math.max(1, Math.ceil(ttlMs / 1000));
  return new Refused(refusal('rate_limited', `Too many requests; retry in ${seconds} s.`, { retryAfterSeconds: seconds }));
}

/** The sign-in route's own limit per address (route config `rateLimit`). */
export function signInRateLimit(settings: AccessSettings) {
  return {
    max: settings.rateLimit.signInPerMinute,
    timeWindow: 60_000,
    keyGenerator: (request: FastifyRequest) => `sign-in:${request.ip}`,
    allowList: () => false, // the general limit's "0: no limit" does not open sign-in
  };
}
