import { refuse } from '../../domain/refusal.js';
import { insertSignInLink, useSignInLink } from '../../repositories/sign-in-repository.js';
import { userById, type UserRow } from '../../repositories/user-repository.js';
import { sha256, type AccessContext } from './secrets.js';

/**
 * One-time sign-in links (as Jupyter prints one): a random token in the URL, stored as its
 * SHA-256, used once, expiring. The embedded demo prints one at start.
 */
export async function createSignInLink(ctx: AccessContext, userId: number, minutes: number): Promise<string> {
  const token = ctx.tokens.token(32);
  await insertSignInLink(ctx.db, { tokenHash: sha256(token), userId, expiresAt: new Date(ctx.clock.now().getTime() + minutes * 60_000) });
  return token;
}

export async function useLink(ctx: AccessContext, token: string): Promise<UserRow> {
  const userId = token.length > 0 && token.length <= 100 ? await useSignInLink(ctx.db, sha256(token), ctx.clock.now()) : undefined;
  const user = userId === undefined ? undefined : await userById(ctx.db, userId);
  if (!user?.active) refuse('unauthenticated', 'This sign-in link is not valid: it was used already, has expired, or never existed.');
  return user;
}
