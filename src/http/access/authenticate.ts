import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Permission } from '../../domain/access/roles.js';
import { refuse } from '../../domain/refusal.js';
import { adminExists, userById } from '../../repositories/user-repository.js';
import type { KeyCheck } from '../../services/access/api-keys.js';
import type { AccessContext } from '../../services/access/secrets.js';
import type { AuthFailure } from './caller.js';
import { refuseWithout } from './permissions.js';

export const SESSION_COOKIE = 'allot_session';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Finds out who a request is, before anything else runs: an API key (`Authorization: Bearer`)
 * checked against the database, else the person of the session cookie, read afresh (a deactivated
 * person is refused at once). Refusing is left to each route's permission check, so that public
 * routes stay open and the rate limit can count callers and anonymous addresses apart.
 */
export function authenticate(ctx: AccessContext, keys: KeyCheck) {
  return async (request: FastifyRequest): Promise<void> => {
    request.caller = null;
    request.authFailure = null;
    // Public routes need no caller (and health and readiness must not wait on the database).
    if (request.routeOptions.config?.permission === 'public') return;
    const header = request.headers.authorization;
    if (header !== undefined) {
      const token = /^Bearer +(\S+) *$/i.exec(header)?.[1];
      const found = token ? await keys.caller(token) : 'malformed';
      if (typeof found === 'string') request.authFailure = found;
      else request.caller = { actor: { identity: found.identity, onBehalfOf: null }, via: 'key', mayActOnBehalf: found.onBehalf };
      return;
    }
    const userId = request.session?.userId;
    if (typeof userId !== 'number') {
      // A cookie whose session is gone: signed out, idle too long, or its person deactivated.
      if (request.cookies?.[SESSION_COOKIE]) request.authFailure = 'expired';
      return;
    }
    const user = await userById(ctx.db, userId);
    if (!user?.active) {
      request.authFailure = 'revoked';
      return;
    }
    request.caller = {
      actor: { identity: { kind: 'user', id: user.id, name: user.name, role: user.role }, onBehalfOf: null },
      via: 'session',
      mayActOnBehalf: false,
    };
  };
}

/**
 * The check each protected route runs (see `requireDeclaredPermissions`): 401 without a caller,
 * the CSRF token for cookie writes, `X-Actor` only from a key that may act on behalf of others,
 * then 403 unless the caller's role holds the permission.
 */
export function permissionCheck(app: FastifyInstance, ctx: AccessContext) {
  let adminKnown = false;
  const unauthenticatedDetail = async (failure: AuthFailure | null): Promise<string> => {
    adminKnown ||= await adminExists(ctx.db, ctx.clock.now());
    if (!adminKnown) {
      return (
        'No admin exists yet. Create one: set ALLOT_ADMIN_EMAIL and ALLOT_ADMIN_PASSWORD and restart the service, ' +
        'or run `allot users create --login you@example.com --name "Your Name" --role admin`.'
      );
    }
    return failureDetail[failure ?? 'none'];
  };
  return (permission: Permission) =>
    async (request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | undefined> => {
      const caller = request.caller;
      if (!caller) {
        reply.header('www-authenticate', request.authFailure ? 'Bearer realm="allot", error="invalid_token"' : 'Bearer realm="allot"');
        refuse('unauthenticated', await unauthenticatedDetail(request.authFailure));
      }
      if (caller.via === 'session' && !SAFE_METHODS.has(request.method)) {
        let passed = false;
        // Synchronous: it either calls back or answers 403 itself (mapped to csrf_token_invalid).
        app.csrfProtection(request, reply, () => {
          passed = true;
        });
        if (!passed) return reply;
      }
      const named = actingFor(request);
      if (named !== undefined) {
        if (!caller.mayActOnBehalf) {
          refuse(
            'forbidden',
            caller.via === 'key'
              ? `Key "${caller.actor.identity.name}" may not act on behalf of others: leave X-Actor out, or use a key created with the on-behalf right.`
              : 'A signed-in person acts as themselves: leave X-Actor out.',
            { header: 'X-Actor' },
          );
        }
        request.caller = { ...caller, actor: { ...caller.actor, onBehalfOf: named } };
      }
      refuseWithout(caller.actor.identity.role, permission);
      return undefined;
    };
}

const failureDetail: Readonly<Record<AuthFailure | 'none', string>> = {
  none: 'Sign in (POST /v1/session) or send an API key (Authorization: Bearer allot_…).',
  malformed: 'The Authorization header must be "Bearer" followed by an API key (allot_…).',
  unknown: 'This API key is not valid.',
  revoked: 'These credentials have been revoked (a revoked key, or a deactivated person).',
  expired: 'These credentials have expired (an expired key, or a session that ended: sign in again).',
};

/** The person named by `X-Actor`, if any (trimmed, at most 100 characters). */
function actingFor(request: FastifyRequest): string | undefined {
  const header = request.headers['x-actor'];
  const named = utf8Header(Array.isArray(header) ? header[0] : header)?.trim().slice(0, 100);
  return named || undefined;
}

/**
 * Node reads header bytes as Latin-1; a client that sends UTF-8 (a name like "Zoë") means the
 * UTF-8 text. Decoded when the bytes are valid UTF-8, kept as read otherwise.
 */
function utf8Header(value: string | undefined): string | undefined {
  if (value === undefined || !/[\u0080-\u00ff]/.test(value) || /[^\u0000-\u00ff]/.test(value)) return value;
  const decoded = Buffer.from(value, 'latin1').toString('utf8');
  return decoded.includes('\ufffd') ? value : decoded;
}
