import { Type } from '@sinclair/typebox';
import { allPermissions, roles } from '../domain/access/roles.js';
import { literals, Nullable, PageQuery, ref, strict } from './common.js';

/** Who may do what: sign-in and sessions, people and API keys. */
const Text = (maxLength: number) => Type.String({ minLength: 1, maxLength, pattern: '^[^\\x00-\\x1f]*$' });
const Password = Type.String({ minLength: 1, maxLength: 1000 });
const Login = Type.String({ minLength: 1, maxLength: 200, pattern: '^\\S+$', description: 'An email or a login name (unique, any case)' });

export const Role = literals(roles, {
  $id: 'Role',
  description: 'viewer reads; operator also runs the day (orders, stock, supply, shipments, daily jobs); admin also keeps master data, people and keys',
});
export const Permission = literals(allPermissions, { $id: 'Permission' });

export const SignInInput = strict({ login: Text(200), password: Password }, { $id: 'SignInInput' });

export const User = Type.Object(
  {
    id: Type.Integer(),
    login: Type.String(),
    name: Type.String(),
    role: ref(Role),
    active: Type.Boolean(),
    createdAt: Type.String(),
    updatedAt: Type.String(),
  },
  { $id: 'User', description: 'A person who signs in' },
);

export const SignedIn = Type.Object(
  { user: ref(User), csrfToken: Type.String(), idleMinutes: Type.Integer() },
  { $id: 'SignedIn', description: 'A new session: send csrfToken as X-CSRF-Token with every change made with the cookie' },
);

export const Session = Type.Object(
  {
    identity: Type.Object({ kind: literals(['user', 'key', 'system'] as const), id: Nullable(Type.Integer()), name: Type.String(), role: ref(Role) }),
    via: literals(['key', 'session'] as const),
    permissions: Type.Array(ref(Permission)),
    csrfToken: Nullable(Type.String({ description: 'Send as X-CSRF-Token with every change made with the session cookie' })),
    idleMinutes: Nullable(Type.Integer({ description: 'The session ends after this long without a request' })),
  },
  { $id: 'Session', description: 'Who is calling, how, and with what permissions' },
);

export const SignInLinkQuery = strict({ token: Type.String({ minLength: 1, maxLength: 100 }) });

export const UserInput = strict(
  { login: Login, name: Text(200), role: ref(Role), password: Type.Optional(Password) },
  { $id: 'UserInput', description: 'Without a password, the person signs in by one-time links only' },
);
export const UserChange = Type.Object(
  { name: Type.Optional(Text(200)), role: Type.Optional(ref(Role)), active: Type.Optional(Type.Boolean()), password: Type.Optional(Password) },
  { $id: 'UserChange', additionalProperties: false, minProperties: 1 },
);
const nextCursor = Nullable(Type.String({ description: 'The cursor of the next page; null at the end' }));
export const UserList = Type.Object(
  { items: Type.Array(ref(User)), nextCursor, users: Type.Array(ref(User), { description: 'The same people as `items` (the name before the paging convention)' }) },
  { $id: 'UserList', description: 'People by id; `nextCursor` pages on' },
);
/** `limit` and `cursor`, as every list. */
export const AccessPageQuery = Type.Object(PageQuery, { additionalProperties: false });

export const ApiKey = Type.Object(
  {
    id: Type.Integer(),
    prefix: Type.String({ description: 'The visible start of the key, to find it in logs and revoke it' }),
    name: Type.String(),
    role: ref(Role),
    onBehalf: Type.Boolean({ description: 'May name the person it acts for with X-Actor' }),
    status: literals(['active', 'expired', 'revoked'] as const),
    expiresAt: Nullable(Type.String()),
    lastUsedAt: Nullable(Type.String()),
    revokedAt: Nullable(Type.String()),
    createdAt: Type.String(),
    createdBy: Type.String(),
  },
  { $id: 'ApiKey', description: 'An API key, never its secret' },
);
export const IssuedKey = Type.Object(
  {
    key: ref(ApiKey),
    secret: Type.String({ description: 'The whole key, shown this once: send it as Authorization: Bearer …' }),
  },
  { $id: 'IssuedKey' },
);
export const ApiKeyInput = strict(
  {
    name: Text(200),
    role: ref(Role),
    expiresAt: Type.Optional(Type.String({ format: 'date-time' })),
    onBehalf: Type.Optional(Type.Boolean({ description: 'May name the person it acts for with X-Actor (not for viewer keys)' })),
  },
  { $id: 'ApiKeyInput' },
);
export const ApiKeyList = Type.Object(
  { items: Type.Array(ref(ApiKey)), nextCursor, keys: Type.Array(ref(ApiKey), { description: 'The same keys as `items` (the name before the paging convention)' }) },
  { $id: 'ApiKeyList', description: 'API keys by id; `nextCursor` pages on' },
);
