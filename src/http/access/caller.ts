import type {} from '@fastify/cookie';
import type {} from '@fastify/csrf-protection';
import type {} from '@fastify/session';
import type { Actor } from '../../domain/access/actor.js';
import type { Permission } from '../../domain/access/roles.js';

/** How a request proved who it is. */
export interface Caller {
  readonly actor: Actor;
  /** `key`: Authorization: Bearer; `session`: the session cookie (its writes need the CSRF token). */
  readonly via: 'key' | 'session';
  /** A key that may name the person it acts for (`X-Actor`). */
  readonly mayActOnBehalf: boolean;
}

/** Why a request that presented credentials is not authenticated (for the log and the 401's wording). */
export type AuthFailure = 'malformed' | 'unknown' | 'revoked' | 'expired';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * What a caller needs to use the route, declared beside its schema. `public` is allowed only
     * for the routes in `openRoutes` (health, readiness, metrics, sign-in, the API document).
     */
    permission?: Permission | 'public';
  }
  interface FastifyRequest {
    /** The authenticated caller, or null (anonymous, or credentials that did not hold). */
    caller: Caller | null;
    authFailure: AuthFailure | null;
  }
  interface Session {
    userId?: number;
    _csrf?: string;
  }
}
