import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import session from '@fastify/session';
import type { FastifyInstance } from 'fastify';
import type { Clock } from '../../app/context.js';
import { sharedSecret } from '../../repositories/sign-in-repository.js';
import type { Executor } from '../../repositories/executor.js';
import { KeyCheck } from '../../services/access/api-keys.js';
import { randomTokens, type AccessContext } from '../../services/access/secrets.js';
import { authenticate, permissionCheck, SESSION_COOKIE } from './authenticate.js';
import { SharedCookieSigner } from './cookie-signer.js';
import { registerHeaders, registerRateLimits } from './edge.js';
import { requireDeclaredPermissions } from './permissions.js';
import { DatabaseSessionStore } from './session-store.js';
import type { AccessSettings } from './settings.js';

/**
 * Deny by default: call right after the app is made, before any route. Every route registered
 * after it declares its permission (or the app does not start) and gets its permission check.
 */
export function declareAccess(app: FastifyInstance, db: Executor, clock: Clock, settings: AccessSettings): AccessContext {
  const ctx: AccessContext = { db, clock, tokens: settings.tokens ?? randomTokens };
  app.decorateRequest('caller', null);
  app.decorateRequest('authFailure', null);
  requireDeclaredPermissions(app, permissionCheck(app, ctx));
  return ctx;
}

/**
 * Who may do what, in the order each request meets it: security headers and CORS; the session
 * cookie (its store is the database); authentication (key or session); the rate limit (per
 * caller, else per address); then, on each route, its declared permission (with the CSRF token
 * for cookie writes and `X-Actor` only for keys that may act on behalf of others). Register
 * before the routes: root hooks apply to the routes registered after them.
 */
export async function registerAccess(app: FastifyInstance, ctx: AccessContext, settings: AccessSettings): Promise<void> {
  await registerHeaders(app, settings);
  // Signs the cookie with a secret kept in the database, so every process accepts every other's cookies.
  const signer = new SharedCookieSigner(() => sharedSecret(ctx.db, 'session-cookie', ctx.tokens.token(48)));
  // Only a request that reads or makes a session needs it: health and readiness never wait on the database.
  app.addHook('onRequest', async (request) => {
    if (request.headers.cookie?.includes(`${SESSION_COOKIE}=`) || request.routeOptions.url?.startsWith('/v1/session')) await signer.ready();
  });
  await app.register(cookie);
  await app.register(session, {
    secret: signer,
    cookieName: SESSION_COOKIE,
    store: new DatabaseSessionStore(ctx, settings.sessionIdleMinutes),
    saveUninitialized: false,
    rolling: false,
    // No max-age: the browser drops it when closed, and the server ends it after inactivity.
    cookie: { httpOnly: true, sameSite: 'lax', secure: 'auto', path: '/' },
  });
  await app.register(csrf, { sessionPlugin: '@fastify/session', getToken: (request) => request.headers['x-csrf-token'] as string | undefined });
  app.addHook('onRequest', authenticate(ctx, new KeyCheck(ctx)));
  await registerRateLimits(app, settings);
}
