import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { actorName } from '../../domain/access/actor.js';
import { permissionsOf } from '../../domain/access/roles.js';
import { refuse } from '../../domain/refusal.js';
import { createApiKey, pageApiKeys, revokeApiKey, rotateApiKey } from '../../services/access/api-keys.js';
import type { AccessContext } from '../../services/access/secrets.js';
import { useLink } from '../../services/access/sign-in-links.js';
import { signIn } from '../../services/access/sign-in.js';
import { changeUser, createUser, pageUsers, userView } from '../../services/access/users.js';
import type { UserRow } from '../../repositories/user-repository.js';
import { SESSION_COOKIE } from '../access/authenticate.js';
import { signInRateLimit } from '../access/edge.js';
import type { AccessSettings } from '../access/settings.js';
import { ref } from '../../contract/common.js';
import { AccessPageQuery, ApiKey, ApiKeyInput, ApiKeyList, IssuedKey, Session, SignedIn, SignInInput, SignInLinkQuery, User, UserChange, UserInput, UserList } from '../../contract/access.js';
import { actorOf, type HttpDeps } from '../command.js';
import { commandProblems, problems } from './problems.js';
import type { FastifyReply, FastifyRequest } from 'fastify';

type Deps = HttpDeps & { readonly accessContext: AccessContext; readonly settings: AccessSettings };
const Id = Type.Object({ id: Type.String({ pattern: '^[0-9]{1,15}$' }) });

export const accessRoutes: FastifyPluginAsyncTypebox<Deps> = async (app, deps) => {
  const ctx = deps.accessContext;
  const inTransaction = <T>(run: (tx: AccessContext) => Promise<T>) => deps.db.transaction().execute((db) => run({ ...ctx, db }));

  /** A new session for the person (a new id: no fixation), with its CSRF token. */
  const startSession = async (request: FastifyRequest, reply: FastifyReply, user: UserRow) => {
    await request.session.regenerate();
    request.session.set('userId', user.id);
    return reply.generateCsrf();
  };

  app.post(
    '/v1/session',
    {
      config: { permission: 'public', rateLimit: signInRateLimit(deps.settings) },
      schema: {
        tags: ['access'], operationId: 'signIn',
        summary: 'Sign in with login and password: sets the session cookie and answers the CSRF token for changes',
        body: ref(SignInInput),
        response: { 200: ref(SignedIn), ...problems('malformed_json', 'unsupported_media_type', 'validation_failed', 'unauthenticated', 'rate_limited') },
      },
    },
    async (request, reply) => {
      const user = await signIn(ctx, request.body, deps.settings.lockOut);
      const csrfToken = await startSession(request, reply, user);
      return { user: userView(user), csrfToken, idleMinutes: deps.settings.sessionIdleMinutes };
    },
  );
  app.get(
    '/v1/session/link',
    {
      config: { permission: 'public', rateLimit: signInRateLimit(deps.settings) },
      schema: { tags: ['access'], operationId: 'useSignInLink', summary: 'Use a one-time sign-in link (the demo prints one at start): signs in and goes to /',
        querystring: SignInLinkQuery,
        response: { 303: Type.Null({ description: 'Signed in: on to /' }), ...problems('validation_failed', 'unauthenticated', 'rate_limited') },
      },
    },
    async (request, reply) => {
      const user = await useLink(ctx, request.query.token);
      await startSession(request, reply, user);
      return reply.redirect('/', 303);
    },
  );
  app.get(
    '/v1/session',
    {
      config: { permission: 'session.read' },
      schema: { tags: ['access'], operationId: 'getSession', summary: 'Who is calling, with what permissions, and the CSRF token of a session', response: { 200: ref(Session) } },
    },
    async (request, reply) => {
      const caller = request.caller!;
      const session = caller.via === 'session';
      return {
        identity: caller.actor.identity,
        via: caller.via,
        permissions: [...permissionsOf[caller.actor.identity.role]],
        csrfToken: session ? reply.generateCsrf() : null,
        idleMinutes: session ? deps.settings.sessionIdleMinutes : null,
      };
    },
  );
  app.delete(
    '/v1/session',
    { config: { permission: 'session.read' }, schema: { tags: ['access'], operationId: 'signOut', summary: 'Sign out: ends the session on every process', response: { 204: Type.Null({ description: 'Signed out' }) } } },
    async (request, reply) => {
      if (request.caller?.via === 'session') await request.session.destroy();
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/v1/users',
    {
      config: { permission: 'users.manage' },
      schema: { tags: ['access'], operationId: 'listUsers', summary: 'People who sign in, by id; `limit` and `cursor` page', querystring: AccessPageQuery, response: { 200: ref(UserList), ...problems('validation_failed', 'invalid_cursor') } },
    },
    async (request) => {
      const page = await pageUsers(ctx, request.query);
      return { ...page, users: page.items };
    },
  );
  app.post(
    '/v1/users',
    { config: { permission: 'users.manage' }, schema: { tags: ['access'], operationId: 'createUser', summary: 'Add a person (without a password: sign-in links only)', body: ref(UserInput), response: { 201: ref(User), ...commandProblems('login_exists') } } },
    async (request, reply) => reply.status(201).send(await createUser(ctx, request.body)),
  );
  app.patch(
    '/v1/users/:id',
    {
      config: { permission: 'users.manage' },
      schema: { tags: ['access'], operationId: 'changeUser', summary: 'Change a person; active: false or a new password ends their sessions at once', params: Id, body: ref(UserChange), response: { 200: ref(User), ...commandProblems('user_not_found') } },
    },
    (request) => inTransaction((tx) => changeUser(tx, Number(request.params.id), request.body)),
  );

  app.get(
    '/v1/keys',
    {
      config: { permission: 'keys.manage' },
      schema: { tags: ['access'], operationId: 'listApiKeys', summary: 'API keys (never their secrets), by id; `limit` and `cursor` page', querystring: AccessPageQuery, response: { 200: ref(ApiKeyList), ...problems('validation_failed', 'invalid_cursor') } },
    },
    async (request) => {
      const page = await pageApiKeys(ctx, request.query);
      return { ...page, keys: page.items };
    },
  );
  app.post(
    '/v1/keys',
    { config: { permission: 'keys.manage' }, schema: { tags: ['access'], operationId: 'createApiKey', summary: 'Create an API key; the answer holds its secret, shown once', body: ref(ApiKeyInput), response: { 201: ref(IssuedKey), ...commandProblems() } } },
    async (request, reply) => {
      const { expiresAt, ...rest } = request.body;
      const expires = expiresAt === undefined ? undefined : new Date(expiresAt);
      if (expires && Number.isNaN(expires.getTime())) refuse('validation_failed', 'expiresAt is not a date-time.', { field: 'body/expiresAt' });
      return reply.status(201).send(await createApiKey(ctx, { ...rest, expiresAt: expires }, actorName(actorOf(request))));
    },
  );
  app.post(
    '/v1/keys/:id/revoke',
    { config: { permission: 'keys.manage' }, schema: { tags: ['access'], operationId: 'revokeApiKey', summary: 'Revoke an API key: refused from the next request on, on every process', params: Id, response: { 200: ref(ApiKey), ...problems('api_key_not_found') } } },
    (request) => revokeApiKey(ctx, request.params.id),
  );
  app.post(
    '/v1/keys/:id/rotate',
    {
      config: { permission: 'keys.manage' },
      schema: { tags: ['access'], operationId: 'rotateApiKey', summary: 'Rotate an API key: a new secret with the same name and role; the old key is revoked', params: Id, response: { 201: ref(IssuedKey), ...problems('api_key_not_found', 'validation_failed') } },
    },
    async (request, reply) => reply.status(201).send(await inTransaction((tx) => rotateApiKey(tx, request.params.id, actorName(actorOf(request))))),
  );
};
