import type { Role } from '../../domain/access/roles.js';
import { refuse } from '../../domain/refusal.js';
import { deleteSessionsOf } from '../../repositories/session-repository.js';
import { insertUser, listUserRows, updateUser, userById, userByLogin, type UserRow } from '../../repositories/user-repository.js';
import { decodeCursor, defaultPageLimit, keyOfKinds, pageRows, type Page } from '../../queries/paging.js';
import { hashPassword } from './passwords.js';
import type { AccessContext } from './secrets.js';

export interface UserInput {
  readonly login: string;
  readonly name: string;
  readonly role: Role;
  /** Left out: the person cannot sign in with a password (only by a sign-in link). */
  readonly password?: string | undefined;
}

export interface UserChange {
  readonly name?: string | undefined;
  readonly role?: Role | undefined;
  readonly active?: boolean | undefined;
  readonly password?: string | undefined;
}

export interface UserView {
  readonly id: number;
  readonly login: string;
  readonly name: string;
  readonly role: Role;
  readonly active: boolean;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export function userView(row: UserRow): UserView {
  return {
    id: row.id,
    login: row.login,
    name: row.name,
    role: row.role,
    active: row.active,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export async function createUser(ctx: AccessContext, input: UserInput): Promise<UserView> {
  const login = input.login.trim();
  const name = input.name.trim();
  if (!/^\S{1,200}$/.test(login)) refuse('validation_failed', 'A login is 1 to 200 characters without spaces (an email or a name).', { field: 'body/login' });
  if (name.length === 0) refuse('validation_failed', 'A user needs a display name.', { field: 'body/name' });
  const passwordHash = input.password === undefined ? null : await hashPassword(input.password);
  const row = await insertUser(ctx.db, { login, name, role: input.role, passwordHash, at: ctx.clock.now() });
  return row ? userView(row) : refuse('login_exists', `A user already signs in as "${login}".`, { login });
}

export async function listUsers(ctx: AccessContext): Promise<UserView[]> {
  return (await listUserRows(ctx.db)).map(userView);
}

/** A page of people by id (src/queries/paging.ts). */
export async function pageUsers(ctx: AccessContext, query: { limit?: number | undefined; cursor?: string | undefined }): Promise<Page<UserView>> {
  const limit = query.limit ?? defaultPageLimit;
  const after = query.cursor === undefined ? undefined : decodeCursor<[number]>('users', query.cursor, keyOfKinds('integer'))[0];
  const page = pageRows('users', await listUserRows(ctx.db, { after, limit: limit + 1 }), limit, (row) => [Number(row.id)]);
  return { items: page.rows.map(userView), nextCursor: page.nextCursor };
}

/**
 * Changes a person; deactivating them or setting a new password ends their sessions at once (on
 * every process: sessions live in the database). A role change needs no such step: each request
 * reads the role afresh.
 */
export async function changeUser(ctx: AccessContext, id: number, change: UserChange): Promise<UserView> {
  if (!(await userById(ctx.db, id))) refuse('user_not_found', `No user has id ${id}.`, { userId: id });
  if (change.name !== undefined && change.name.trim().length === 0) refuse('validation_failed', 'A user needs a display name.', { field: 'body/name' });
  const passwordHash = change.password === undefined ? undefined : await hashPassword(change.password);
  const row = await updateUser(
    ctx.db,
    id,
    { name: change.name?.trim(), role: change.role, active: change.active, passwordHash },
    ctx.clock.now(),
  );
  if (change.active === false || passwordHash !== undefined) await deleteSessionsOf(ctx.db, id);
  return userView(row!);
}

/** A user by id or login (the CLI names people either way). */
export async function findUser(ctx: AccessContext, idOrLogin: string): Promise<UserRow> {
  const row = /^\d+$/.test(idOrLogin) ? await userById(ctx.db, Number(idOrLogin)) : await userByLogin(ctx.db, idOrLogin);
  return row ?? refuse('user_not_found', `No user is "${idOrLogin}".`, { user: idOrLogin });
}
