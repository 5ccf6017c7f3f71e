import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, keyFor, person, signIn } from '../support/access.js';
import { TestClock } from '../support/fixtures.js';
import { httpApp, type Http } from '../support/http-app.js';
import { databaseLabel } from '../support/test-store.js';
import { useTestStore } from '../support/use-store.js';

/**
 * Two API processes on one database (two app instances, each with its own memory): what one of
 * them revokes, rotates, signs out or deactivates, the other refuses from its next request on.
 */
const t = useTestStore();
let first: Http;
let second: Http;

beforeAll(async () => {
  const clock = new TestClock();
  first = await httpApp(t.store, 'immediate', clock);
  second = await httpApp(t.store, 'immediate', clock);
  await person(first, 'kim@example.com', 'operator', 'Kim');
});
afterAll(async () => {
  await first.close();
  await second.close();
});

describe(`two API processes on ${databaseLabel}`, () => {
  it('refuses a key on the second process as soon as the first revokes it', async () => {
    const secret = await keyFor(first, 'warehouse scanner', 'operator');
    expect((await second.get('/v1/backorders', bearer(secret))).status).toBe(200);
    const { keys } = await first.ok(200, 'GET', '/v1/keys');
    const key = keys.find((k: { name: string }) => k.name === 'warehouse scanner');
    expect(secret.startsWith(`${key.prefix}_`)).toBe(true);
    expect(key).toMatchObject({ status: 'active', role: 'operator' });
    expect(key.lastUsedAt).not.toBeNull();
    expect(await first.ok(200, 'POST', `/v1/keys/${key.id}/revoke`)).toMatchObject({ status: 'revoked' });
    const refused = await second.get('/v1/backorders', bearer(secret));
    expect(refused.status).toBe(401);
    expect(refused.body.detail).toContain('revoked');
  });

  it('rotates a key: the new secret works on both, the old one on neither', async () => {
    const old = await first.ok(201, 'POST', '/v1/keys', { name: 'erp', role: 'operator', onBehalf: true });
    expect(old.secret.startsWith(`${old.key.prefix}_`)).toBe(true);
    expect((await second.get('/v1/backorders', bearer(old.secret))).status).toBe(200);
    const rotated = await second.ok(201, 'POST', `/v1/keys/${old.key.id}/rotate`);
    expect(rotated.key).toMatchObject({ name: 'erp', role: 'operator', onBehalf: true, status: 'active' });
    expect(rotated.key.prefix).not.toBe(old.key.prefix);
    for (const app of [first, second]) {
      expect((await app.get('/v1/backorders', bearer(old.secret))).status).toBe(401);
      expect((await app.get('/v1/backorders', bearer(rotated.secret))).status).toBe(200);
    }
    const listed = (await first.ok(200, 'GET', '/v1/keys')).keys;
    expect(JSON.stringify(listed)).not.toContain(rotated.secret.slice(20));
  });

  it('ends a session on both when it signs out on one', async () => {
    const kim = await signIn(first, 'kim@example.com');
    expect((await second.get('/v1/session', kim.cookie)).status).toBe(200);
    expect((await first.send('DELETE', '/v1/session', undefined, kim.writes)).status).toBe(204);
    expect((await second.get('/v1/session', kim.cookie)).status).toBe(401);
  });

  it('refuses a deactivated person on both at once, and a new password ends the old sessions', async () => {
    const kim = await signIn(first, 'kim@example.com');
    const other = await signIn(second, 'kim@example.com');
    const { users } = await second.ok(200, 'GET', '/v1/users');
    const id = users.find((u: { login: string }) => u.login === 'kim@example.com').id;
    await first.ok(200, 'PATCH', `/v1/users/${id}`, { password: 'a brand new password' });
    expect((await second.get('/v1/session', kim.cookie)).status).toBe(401);
    expect((await first.get('/v1/session', other.cookie)).status).toBe(401);

    const again = await signIn(second, 'kim@example.com', 'a brand new password');
    expect(await first.ok(200, 'PATCH', `/v1/users/${id}`, { active: false })).toMatchObject({ active: false });
    for (const app of [first, second]) expect((await app.get('/v1/session', again.cookie)).status).toBe(401);
    const signInAgain = await second.post('/v1/session', { login: 'kim@example.com', password: 'a brand new password' }, { authorization: '' });
    expect(signInAgain.body).toMatchObject({ status: 401, code: 'unauthenticated', detail: 'Wrong login or password.' });
  });
});
