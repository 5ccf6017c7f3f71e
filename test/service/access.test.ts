import { describe, expect, it } from 'vitest';
import { KeyCheck, createApiKey, revokeApiKey } from '../../src/services/access/api-keys.js';
import { DEMO_ADMIN_LOGIN, ensureDemoAdmin, ensureFirstAdmin } from '../../src/services/access/first-admin.js';
import { randomTokens, sha256, type AccessContext } from '../../src/services/access/secrets.js';
import { createSignInLink, useLink } from '../../src/services/access/sign-in-links.js';
import { createUser } from '../../src/services/access/users.js';
import { databaseLabel } from '../support/test-store.js';
import { useTestStore } from '../support/use-store.js';

const t = useTestStore();
const ctx = (): AccessContext => ({ db: t.store.db, clock: t.f.clock, tokens: randomTokens });

describe(`people and keys on ${databaseLabel}`, () => {
  it('makes the demo admin only in an empty deployment, and the first admin only while none exists', async () => {
    const demo = await ensureDemoAdmin(ctx());
    expect(demo).toMatchObject({ login: DEMO_ADMIN_LOGIN, role: 'admin', active: true, passwordHash: null });
    expect((await ensureDemoAdmin(ctx()))?.id).toBe(demo!.id);
    expect(await ensureFirstAdmin(ctx(), { login: 'root@example.com', password: 'long enough password' })).toBe(false); // the demo admin is one
  });

  it('stores passwords as argon2id hashes and refuses a second person with the same login in another case', async () => {
    const user = await createUser(ctx(), { login: 'Ines@Example.com', name: 'Ines', role: 'viewer', password: 'a fine password' });
    const row = await t.store.db.selectFrom('users').select('password_hash').where('id', '=', user.id).executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(row.password_hash).not.toContain('a fine password');
    await expect(createUser(ctx(), { login: 'ines@example.com', name: 'Other', role: 'viewer' })).rejects.toMatchObject({ refusal: { code: 'login_exists' } });
    await expect(createUser(ctx(), { login: 'short@example.com', name: 'Short', role: 'viewer', password: 'short' })).rejects.toMatchObject({
      refusal: { code: 'validation_failed' },
    });
  });

  it('issues keys with a visible prefix, keeps only the SHA-256 of the secret, and checks them', async () => {
    const issued = await createApiKey(ctx(), { name: 'label printer', role: 'operator' }, 'test');
    expect(issued.secret).toMatch(/^allot_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/);
    expect(issued.secret.startsWith(`${issued.key.prefix}_`)).toBe(true);
    const row = await t.store.db.selectFrom('api_keys').selectAll().where('id', '=', issued.key.id).executeTakeFirstOrThrow();
    expect(row.secret_hash).toBe(sha256(issued.secret.slice(issued.key.prefix.length + 1)));
    expect(JSON.stringify(row)).not.toContain(issued.secret.slice(-43));

    const check = new KeyCheck(ctx());
    expect(await check.caller(issued.secret)).toMatchObject({ identity: { kind: 'key', id: issued.key.id, name: 'label printer', role: 'operator' }, onBehalf: false });
    expect(await check.caller('not a key')).toBe('malformed');
    expect(await check.caller(`${issued.key.prefix}_${'A'.repeat(43)}`)).toBe('unknown');
    expect(await check.caller(`allot_000000000000_${issued.secret.slice(-43)}`)).toBe('unknown');
    await revokeApiKey(ctx(), issued.key.prefix);
    expect(await check.caller(issued.secret)).toBe('revoked');

    const expiring = await createApiKey(ctx(), { name: 'temp', role: 'viewer', expiresAt: new Date(t.f.clock.now().getTime() + 3_600_000) }, 'test');
    expect(await check.caller(expiring.secret)).not.toBeTypeOf('string');
    t.f.clock.advanceDays(1);
    expect(await check.caller(expiring.secret)).toBe('expired');
  });

  it('looks up the keys of requests that arrive together in one statement, each still checked on its own', async () => {
    const keys = await Promise.all(['one', 'two', 'three'].map((name) => createApiKey(ctx(), { name, role: 'operator' }, 'test')));
    await revokeApiKey(ctx(), keys[2]!.key.prefix);
    let reads = 0;
    const counted = t.store.db.withPlugin({
      transformQuery: (args) => {
        if (args.node.kind === 'SelectQueryNode') reads++;
        return args.node;
      },
      transformResult: async (args) => args.result,
    });
    const check = new KeyCheck({ ...ctx(), db: counted });
    const presented = [...keys.map((k) => k.secret), `${keys[0]!.key.prefix}_${'A'.repeat(43)}`, 'allot_000000000000_' + 'B'.repeat(43)];
    const answers = await Promise.all(presented.map((secret) => check.caller(secret)));
    expect(answers.map((a) => (typeof a === 'string' ? a : a.identity.name))).toEqual(['one', 'two', 'revoked', 'unknown', 'unknown']);
    expect(reads).toBe(1);
    // Nothing is kept between turns: a revocation holds from the next request on.
    await revokeApiKey(ctx(), keys[0]!.key.prefix);
    expect(await check.caller(keys[0]!.secret)).toBe('revoked');
  });

  it('refuses keys that could never be used rightly', async () => {
    await expect(createApiKey(ctx(), { name: 'reader', role: 'viewer', onBehalf: true }, 'test')).rejects.toMatchObject({ refusal: { code: 'validation_failed' } });
    await expect(createApiKey(ctx(), { name: 'old', role: 'admin', expiresAt: new Date('2020-01-01') }, 'test')).rejects.toMatchObject({
      refusal: { code: 'validation_failed' },
    });
    await expect(revokeApiKey(ctx(), 'allot_ffffffffffff')).rejects.toMatchObject({ refusal: { code: 'api_key_not_found' } });
  });

  it('uses a sign-in link once, and not after it expires', async () => {
    const user = await createUser(ctx(), { login: 'linked', name: 'Linked', role: 'admin' });
    const token = await createSignInLink(ctx(), user.id, 60);
    expect((await useLink(ctx(), token)).id).toBe(user.id);
    await expect(useLink(ctx(), token)).rejects.toMatchObject({ refusal: { code: 'unauthenticated' } });
    const late = await createSignInLink(ctx(), user.id, 60);
    t.f.clock.advanceDays(1 / 24);
    await expect(useLink(ctx(), late)).rejects.toMatchObject({ refusal: { code: 'unauthenticated' } });
    const stored = await t.store.db.selectFrom('sign_in_links').select('token_hash').execute();
    expect(stored.map((s) => s.token_hash)).toContain(sha256(token));
    expect(JSON.stringify(stored)).not.toContain(token);
  });
});
