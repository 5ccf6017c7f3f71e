import type { Role } from '../domain/access/roles.js';
import type { Executor } from './executor.js';

/** A stored session with the person it signs in, read fresh on every request. */
export interface SessionRow {
  readonly data: Record<string, unknown>;
  readonly lastSeenAt: Date;
  readonly user: { readonly id: number; readonly login: string; readonly name: string; readonly role: Role; readonly active: boolean };
}

export async function sessionByHash(db: Executor, idHash: string): Promise<SessionRow | undefined> {
  const row = await db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .select(['s.data', 's.last_seen_at', 'u.id', 'u.login', 'u.name', 'u.role', 'u.active'])
    .where('s.id_hash', '=', idHash)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    data: row.data as Record<string, unknown>,
    lastSeenAt: row.last_seen_at,
    user: { id: row.id, login: row.login, name: row.name, role: row.role as Role, active: row.active },
  };
}

export async function saveSession(db: Executor, session: { idHash: string; userId: number; data: unknown; at: Date }): Promise<void> {
  await db
    .insertInto('sessions')
    .values({ id_hash: session.idHash, user_id: session.userId, data: JSON.stringify(session.data), created_at: session.at, last_seen_at: session.at })
    .onConflict((oc) => oc.column('id_hash').doUpdateSet({ data: JSON.stringify(session.data), user_id: session.userId, last_seen_at: session.at }))
    .execute();
}

export async function touchSession(db: Executor, idHash: string, at: Date): Promise<void> {
  await db.updateTable('sessions').set({ last_seen_at: at }).where('id_hash', '=', idHash).execute();
}

export async function deleteSession(db: Executor, idHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
}

/** Ends every session of a person (deactivation, a new password, a lower role). */
export async function deleteSessionsOf(db: Executor, userId: number): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}
