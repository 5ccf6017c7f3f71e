import { expect } from 'vitest';
import type { Role } from '../../src/domain/access/roles.js';
import { createApiKey, revokeApiKey } from '../../src/services/access/api-keys.js';
import { createUser } from '../../src/services/access/users.js';
import type { Http } from './http-app.js';

export const PASSWORD = 'correct horse battery';

/** A person who signs in with PASSWORD. */
export async function person(http: Http, login: string, role: Role, name = login): Promise<number> {
  return (await createUser(http.accessContext, { login, name, role, password: PASSWORD })).id;
}

/** An API key's secret, ready for `Authorization: Bearer`. */
export async function keyFor(http: Http, name: string, role: Role, options: { onBehalf?: boolean; expiresAt?: Date } = {}): Promise<string> {
  return (await createApiKey(http.accessContext, { name, role, ...options }, 'test')).secret;
}

export async function revokedKey(http: Http, name: string, role: Role): Promise<string> {
  const issued = await createApiKey(http.accessContext, { name, role }, 'test');
  await revokeApiKey(http.accessContext, String(issued.key.id));
  return issued.secret;
}

export const bearer = (secret: string) => ({ authorization: `Bearer ${secret}` });

/** A signed-in session: the headers that carry its cookie, and those that also carry the CSRF token. */
export interface SignedIn {
  readonly cookie: Record<string, string>;
  readonly writes: Record<string, string>;
  readonly csrfToken: string;
}

export async function signIn(http: Http, login: string, password = PASSWORD): Promise<SignedIn> {
  const answer = await http.post('/v1/session', { login, password }, { authorization: '' });
  expect(answer.status, answer.raw).toBe(200);
  const cookie = sessionCookie(answer.headers['set-cookie']);
  return { cookie: { authorization: '', cookie }, writes: { authorization: '', cookie, 'x-csrf-token': answer.body.csrfToken }, csrfToken: answer.body.csrfToken };
}

/** `allot_session=…` from a Set-Cookie header (name=value only, as a browser sends it back). */
export function sessionCookie(setCookie: unknown): string {
  const all = [setCookie].flat().map(String);
  const found = all.find((c) => c.startsWith('allot_session='));
  if (!found) throw new Error(`no session cookie in ${JSON.stringify(setCookie)}`);
  return found.split(';')[0]!;
}
