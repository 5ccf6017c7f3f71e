import { refuse } from '../../domain/refusal.js';
import { clearFailures, countFailure, lockedUntil } from '../../repositories/sign-in-repository.js';
import { userByLogin, type UserRow } from '../../repositories/user-repository.js';
import { passwordMatches } from './passwords.js';
import { sha256, type AccessContext } from './secrets.js';

export interface LockOut {
  /** Failed sign-ins of one login within `minutes` that lock it. */
  readonly failures: number;
  /** How long the lock lasts (and the window the failures are counted in). */
  readonly minutes: number;
}

const WRONG = 'Wrong login or password.';

/**
 * Signs a person in by login and password. Unknown logins, wrong passwords, inactive people and
 * people without a password get the same answer after the same work (a decoy hash is verified),
 * and failures count per login whether or not it exists, so neither the answer, its timing nor
 * the lock-out tells who has an account. The count lives in the database: every process sees it.
 */
export async function signIn(ctx: AccessContext, credentials: { login: string; password: string }, lockOut: LockOut): Promise<UserRow> {
  const login = credentials.login.trim().toLowerCase();
  const loginKey = sha256(`sign-in:${login}`);
  const now = ctx.clock.now();
  const locked = await lockedUntil(ctx.db, loginKey, now);
  if (locked) refuseLocked(locked, now);
  const user = login.length > 0 && login.length <= 200 ? await userByLogin(ctx.db, login) : undefined;
  const usable = user?.active === true ? user.passwordHash : null;
  const matches = await passwordMatches(usable, credentials.password);
  if (!matches || !user) {
    const lockUntil = new Date(now.getTime() + lockOut.minutes * 60_000);
    const windowStart = new Date(now.getTime() - lockOut.minutes * 60_000);
    const failures = await countFailure(ctx.db, loginKey, { at: now, windowStart, limit: lockOut.failures, lockUntil });
    if (failures >= lockOut.failures) refuseLocked(lockUntil, now);
    refuse('unauthenticated', WRONG);
  }
  await clearFailures(ctx.db, loginKey);
  return user;
}

function refuseLocked(until: Date, now: Date): never {
  const retryAfterSeconds = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
  refuse('rate_limited', `Too many failed sign-ins for this login; try again in ${Math.ceil(retryAfterSeconds / 60)} minute(s).`, {
    retryAfterSeconds,
  });
}
