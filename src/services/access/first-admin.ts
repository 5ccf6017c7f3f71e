import { countUsers, listUserRows, userByLogin, type UserRow } from '../../repositories/user-repository.js';
import type { AccessContext } from './secrets.js';
import { createUser } from './users.js';

/** The first admin from the deployment's settings: created once, when no admin user exists yet. */
export async function ensureFirstAdmin(ctx: AccessContext, admin: { login: string; password: string }): Promise<boolean> {
  const users = await listUserRows(ctx.db);
  if (users.some((u) => u.role === 'admin' && u.active)) return false;
  if (users.some((u) => u.login.toLowerCase() === admin.login.toLowerCase())) return false;
  await createUser(ctx, { login: admin.login, name: 'Administrator', role: 'admin', password: admin.password });
  return true;
}

export const DEMO_ADMIN_LOGIN = 'demo';

/**
 * The embedded demo's admin: made when the database has no user at all, without a password (the
 * one-time link printed at start signs in). Answers the demo admin when it exists and is active.
 */
export async function ensureDemoAdmin(ctx: AccessContext): Promise<UserRow | undefined> {
  if ((await countUsers(ctx.db)) === 0) {
    await createUser(ctx, { login: DEMO_ADMIN_LOGIN, name: 'Demo admin', role: 'admin' });
  }
  const demo = await userByLogin(ctx.db, DEMO_ADMIN_LOGIN);
  return demo?.active && demo.role === 'admin' ? demo : undefined;
}
