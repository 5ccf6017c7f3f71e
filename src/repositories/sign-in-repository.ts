import { sql } from 'kysely';
import type { Executor } from './executor.js';

/** A lock-out still running for a login key, if any. */
export async function lockedUntil(db: Executor, loginKey: string, now: Date): Promise<Date | undefined> {
  const row = await db
    .selectFrom('sign_in_failures')
    .select('locked_until')
    .where('login_key', '=', loginKey)
    .where('locked_until', '>', now)
    .executeTakeFirst();
  return row?.locked_until ?? undefined;
}

/**
 * Counts a failed sign-in in one statement (two processes failing at once both count): a count
 * older than the window starts again; reaching `limit` locks the login until `lockUntil`.
 */
export async function countFailure(
  db: Executor,
  loginKey: string,
  failure: { at: Date; windowStart: Date; limit: number; lockUntil: Date },
): Promise<number> {
  const { rows } = await sql<{ failures: number }>`
    insert into sign_in_failures as f (login_key, failures, first_at, locked_until)
    values (${loginKey}, 1, ${failure.at}, case when 1 >= ${failure.limit} then ${failure.lockUntil}::timestamptz end)
    on conflict (login_key) do update set
      failures = case when f.first_at < ${failure.windowStart} then 1 else f.failures + 1 end,
      first_at = case when f.first_at < ${failure.windowStart} then ${failure.at} else f.first_at end,
      locked_until = case
        when (case when f.first_at < ${failure.windowStart} then 1 else f.failures + 1 end) >= ${failure.limit}
        then ${failure.lockUntil}::timestamptz end
    returning failures`.execute(db);
  return rows[0]!.failures;
}

export async function clearFailures(db: Executor, loginKey: string): Promise<void> {
  await db.deleteFrom('sign_in_failures').where('login_key', '=', loginKey).execute();
}

export async function insertSignInLink(db: Executor, link: { tokenHash: string; userId: number; expiresAt: Date }): Promise<void> {
  await db.insertInto('sign_in_links').values({ token_hash: link.tokenHash, user_id: link.userId, expires_at: link.expiresAt }).execute();
}

/** Uses a link once: the first caller gets its user, any later one (or after expiry) nothing. */
export async function useSignInLink(db: Executor, tokenHash: string, now: Date): Promise<number | undefined> {
  const row = await db
    .updateTable('sign_in_links')
    .set({ used_at: now })
    .where('token_hash', '=', tokenHash)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .returning('user_id')
    .executeTakeFirst();
  return row?.user_id;
}

/** A secret every process shares, made by whichever process starts first. */
export async function sharedSecret(db: Executor, name: string, candidate: string): Promise<string> {
  await db.insertInto('access_secrets').values({ name, value: candidate }).onConflict((oc) => oc.column('name').doNothing()).execute();
  const row = await db.selectFrom('access_secrets').select('value').where('name', '=', name).executeTakeFirstOrThrow();
  return row.value;
}
