import { sql } from 'kysely';
import type { Role } from '../domain/access/roles.js';
import type { Executor } from './executor.js';

export interface UserRow {
  readonly id: number;
  readonly login: string;
  readonly name: string;
  readonly role: Role;
  readonly active: boolean;
  readonly passwordHash: string | null;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

const columns = [
  'id',
  'login',
  'name',
  'role',
  'active',
  'password_hash as passwordHash',
  'created_at as createdAt',
  'updated_at as updatedAt',
] as const;

export async function insertUser(
  db: Executor,
  user: { login: string; name: string; role: Role; passwordHash: string | null; at: Date },
): Promise<UserRow | undefined> {
  const row = await db
    .insertInto('users')
    .values({ login: user.login, name: user.name, role: user.role, password_hash: user.passwordHash, created_at: user.at, updated_at: user.at })
    .onConflict((oc) => oc.expression(sql`lower(login)`).doNothing())
    .returning(columns)
    .executeTakeFirst();
  return row as UserRow | undefined;
}

/** Logins are unique without regard to case (`Maria@…` and `maria@…` are one person). */
export async function userByLogin(db: Executor, login: string): Promise<UserRow | undefined> {
  return (await db.selectFrom('users').select(columns).where(sql`lower(login)`, '=', login.toLowerCase()).executeTakeFirst()) as UserRow | undefined;
}

export async function userById(db: Executor, id: number): Promise<UserRow | undefined> {
  return (await db.selectFrom('users').select(columns).where('id', '=', id).executeTakeFirst()) as UserRow | undefined;
}

/** People by id; a page of them (after an id, at most `limit`) when asked. */
export async function listUserRows(db: Executor, page: { after?: number | undefined; limit?: number } = {}): Promise<UserRow[]> {
  let query = db.selectFrom('users').select(columns).orderBy('id');
  if (page.after !== undefined) query = query.where('id', '>', page.after);
  if (page.limit !== undefined) query = query.limit(page.limit);
  return (await query.execute()) as UserRow[];
}

export async function updateUser(
  db: Executor,
  id: number,
  change: { name?: string; role?: Role; active?: boolean; passwordHash?: string | null },
  at: Date,
): Promise<UserRow | undefined> {
  const set = {
    ...(change.name !== undefined ? { name: change.name } : {}),
    ...(change.role !== undefined ? { role: change.role } : {}),
    ...(change.active !== undefined ? { active: change.active } : {}),
    ...(change.passwordHash !== undefined ? { password_hash: change.passwordHash } : {}),
    updated_at: at,
  };
  return (await db.updateTable('users').set(set).where('id', '=', id).returning(columns).executeTakeFirst()) as UserRow | undefined;
}

/** Whether anyone can administer this deployment: an active admin user or an admin key in force. */
export async function adminExists(db: Executor, now: Date): Promise<boolean> {
  const { rows } = await sql<{ found: boolean }>`
    select exists (select 1 from users where role = 'admin' and active)
        or exists (select 1 from api_keys where role = 'admin' and revoked_at is null and (expires_at is null or expires_at > ${now}))
        as found`.execute(db);
  return rows[0]?.found === true;
}

export async function countUsers(db: Executor): Promise<number> {
  const row = await db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}
