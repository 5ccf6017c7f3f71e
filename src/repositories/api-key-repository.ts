import type { Role } from '../domain/access/roles.js';
import type { Executor } from './executor.js';

export interface ApiKeyRow {
  readonly id: number;
  readonly prefix: string;
  readonly secretHash: string;
  readonly name: string;
  readonly role: Role;
  readonly onBehalf: boolean;
  readonly expiresAt: Date | null;
  readonly lastUsedAt: Date | null;
  readonly revokedAt: Date | null;
  readonly createdAt: Date;
  readonly createdBy: string;
}

const columns = [
  'id',
  'prefix',
  'secret_hash as secretHash',
  'name',
  'role',
  'on_behalf as onBehalf',
  'expires_at as expiresAt',
  'last_used_at as lastUsedAt',
  'revoked_at as revokedAt',
  'created_at as createdAt',
  'created_by as createdBy',
] as const;

export async function insertApiKey(
  db: Executor,
  key: { prefix: string; secretHash: string; name: string; role: Role; onBehalf: boolean; expiresAt: Date | null; at: Date; createdBy: string },
): Promise<ApiKeyRow> {
  return (await db
    .insertInto('api_keys')
    .values({
      prefix: key.prefix,
      secret_hash: key.secretHash,
      name: key.name,
      role: key.role,
      on_behalf: key.onBehalf,
      expires_at: key.expiresAt,
      created_at: key.at,
      created_by: key.createdBy,
    })
    .returning(columns)
    .executeTakeFirstOrThrow()) as ApiKeyRow;
}

export async function apiKeyByPrefix(db: Executor, prefix: string): Promise<ApiKeyRow | undefined> {
  return (await db.selectFrom('api_keys').select(columns).where('prefix', '=', prefix).executeTakeFirst()) as ApiKeyRow | undefined;
}

/** Keys by visible prefix, for many presented keys at once (one statement per batch of requests). */
export async function apiKeysByPrefix(db: Executor, prefixes: readonly string[]): Promise<ApiKeyRow[]> {
  return (await db.selectFrom('api_keys').select(columns).where('prefix', 'in', prefixes).execute()) as ApiKeyRow[];
}

export async function apiKeyById(db: Executor, id: number): Promise<ApiKeyRow | undefined> {
  return (await db.selectFrom('api_keys').select(columns).where('id', '=', id).executeTakeFirst()) as ApiKeyRow | undefined;
}

/** Keys by id; a page of them (after an id, at most `limit`) when asked. */
export async function listApiKeyRows(db: Executor, page: { after?: number | undefined; limit?: number } = {}): Promise<ApiKeyRow[]> {
  let query = db.selectFrom('api_keys').select(columns).orderBy('id');
  if (page.after !== undefined) query = query.where('id', '>', page.after);
  if (page.limit !== undefined) query = query.limit(page.limit);
  return (await query.execute()) as ApiKeyRow[];
}

/** Revokes a key in force; answers the key as it now is (already revoked keys stay as they were). */
export async function revokeApiKeyRow(db: Executor, id: number, at: Date): Promise<ApiKeyRow | undefined> {
  await db.updateTable('api_keys').set({ revoked_at: at }).where('id', '=', id).where('revoked_at', 'is', null).execute();
  return apiKeyById(db, id);
}

export async function touchApiKey(db: Executor, id: number, at: Date): Promise<void> {
  await db.updateTable('api_keys').set({ last_used_at: at }).where('id', '=', id).execute();
}
