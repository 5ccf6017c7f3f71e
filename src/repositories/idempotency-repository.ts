import { sql } from 'kysely';
import type { Executor } from './executor.js';

/** A request's key and the fingerprint of what it asked. */
export interface KeyClaim {
  readonly key: string;
  readonly fingerprint: string;
}

export interface StoredAnswer extends KeyClaim {
  /** Null while the first request holding the key has not answered (it is still in its transaction). */
  readonly status: number | null;
  readonly body: unknown;
}

/**
 * Claims keys for requests about to run: a key nobody holds, or one whose holder expired before
 * `expiredBefore`, is taken (returned); a live key is left to its holder. Every writer claims in
 * key order, so two never wait on each other in a cycle.
 */
export async function claimKeys(db: Executor, claims: readonly KeyClaim[], at: Date, expiredBefore: Date): Promise<Set<string>> {
  if (claims.length === 0) return new Set();
  const { rows } = await sql<{ key: string }>`
    insert into idempotency_keys (key, fingerprint, created_at)
    select k.key, k.fingerprint, ${at}::timestamptz
    from unnest(${claims.map((c) => c.key)}::text[], ${claims.map((c) => c.fingerprint)}::text[]) as k(key, fingerprint)
    order by k.key
    on conflict (key) do update set fingerprint = excluded.fingerprint, status = null, body = null, created_at = excluded.created_at
      where idempotency_keys.created_at < ${expiredBefore}::timestamptz
    returning key`.execute(db);
  return new Set(rows.map((r) => r.key));
}

export async function storedAnswers(db: Executor, keys: readonly string[]): Promise<Map<string, StoredAnswer>> {
  if (keys.length === 0) return new Map();
  const { rows } = await sql<StoredAnswer>`
    select key, fingerprint, status, body from idempotency_keys where key = any(${keys}::text[])`.execute(db);
  return new Map(rows.map((r) => [r.key, r]));
}

/** Keeps each request's answer under its key, for its retries. */
export async function rememberAnswers(db: Executor, answers: readonly { key: string; status: number; body: unknown }[]): Promise<void> {
  if (answers.length === 0) return;
  await sql`
    update idempotency_keys k set status = s.status, body = s.body
    from unnest(${answers.map((a) => a.key)}::text[], ${answers.map((a) => a.status)}::int[],
                ${answers.map((a) => JSON.stringify(a.body))}::jsonb[]) as s(key, status, body)
    where k.key = s.key`.execute(db);
}

/** Gives keys back (their requests were refused: a retry may run them again). */
export async function forgetKeys(db: Executor, keys: readonly string[]): Promise<void> {
  if (keys.length === 0) return;
  await sql`delete from idempotency_keys where key = any(${keys}::text[])`.execute(db);
}

/** Deletes keys that expired before the given time; returns how many. */
export async function deleteExpiredKeys(db: Executor, expiredBefore: Date): Promise<number> {
  const result = await db.deleteFrom('idempotency_keys').where('created_at', '<', expiredBefore).executeTakeFirst();
  return Number(result.numDeletedRows);
}
