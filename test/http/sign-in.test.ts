import { describe, expect, it } from 'vitest';
import { databaseLabel } from '../support/test-store.js';
import { useTestApp } from '../support/use-store.js';
import { createSignInLink } from '../../src/services/access/sign-in-links.js';
import { bearer, keyFor, PASSWORD, person, sessionCookie, signIn } from '../support/access.js';

// The app's clock says 2026-11-01; sessions end after 30 idle minutes, 5 failed sign-ins lock a login for 15.
const t = useTestApp({
  seed: async (http) => {
    await person(http, 'ada@example.com', 'admin', 'Ada');
    await person(http, 'otto@example.com', 'operator', 'Otto');
    await person(http, 'vera@example.com', 'viewer', 'Vera');
    await http.ok(201, 'POST', '/v1/locations', { code: 'MAIN', name: 'Main' });
    await http.ok(201, 'POST', '/v1/customers', { code: 'ACME', name: 'Acme' });
  },
});

describe(`sign-in and sessions on ${databaseLabel}`, () => {
  it('signs in with a session cookie (HTTP-only, SameSite=Lax) and answers who is calling', async () => {
    const answer = await t.http.post('/v1/session', { login: 'Ada@Example.com', password: PASSWORD }, { authorization: '' });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ user: { login: 'ada@example.com', name: 'Ada', role: 'admin', active: true }, idleMinutes: 30 });
    expect(answer.body.user).not.toHaveProperty('passwordHash');
    const setCookie = String([answer.headers['set-cookie']].flat()[0]);
    expect(setCookie).toMatch(/^allot_session=/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect(setCookie).not.toMatch(/Secure/i); // plain HTTP here; Secure when the request came over TLS

    const ada = await signIn(t.http, 'ada@example.com');
    const me = await t.http.ok(200, 'GET', '/v1/session', undefined, ada.cookie);
    expect(me).toMatchObject({ identity: { kind: 'user', name: 'Ada', role: 'admin' }, via: 'session', idleMinutes: 30 });
    expect(me.permissions).toContain('users.manage');
    expect(typeof me.csrfToken).toBe('string');
    const asKey = await t.http.ok(200, 'GET', '/v1/session');
    expect(asKey).toMatchObject({ identity: { kind: 'key', name: 'system', role: 'admin' }, via: 'key', csrfToken: null });
  });

  it('answers a wrong password and an unknown login alike, and writes no session', async () => {
    const sessions = async () => (await t.store.db.selectFrom('sessions').select('id_hash').execute()).length;
    const before = await sessions();
    const wrong = await t.http.post('/v1/session', { login: 'otto@example.com', password: 'not his password' }, { authorization: '' });
    const unknown = await t.http.post('/v1/session', { login: 'nobody@example.com', password: 'not his password' }, { authorization: '' });
    for (const answer of [wrong, unknown]) {
      expect(answer.status).toBe(401);
      expect(answer.body).toMatchObject({ code: 'unauthenticated', detail: 'Wrong login or password.' });
      expect(answer.headers['set-cookie']).toBeUndefined();
    }
    expect(await sessions()).toBe(before);
  });

  it('protects changes made with the cookie by the CSRF token; reads and keys need none', async () => {
    const ada = await signIn(t.http, 'ada@example.com');
    const item = { sku: 'CSRF-1', name: 'Guarded' };
    const missing = await t.http.post('/v1/items', item, ada.cookie);
    expect(missing.status).toBe(403);
    expect(missing.body.code).toBe('csrf_token_invalid');
    const forged = await t.http.post('/v1/items', item, { ...ada.cookie, 'x-csrf-token': 'forged-token' });
    expect(forged.status).toBe(403);
    expect(forged.body.code).toBe('csrf_token_invalid');
    const otto = await signIn(t.http, 'otto@example.com');
    const borrowed = await t.http.post('/v1/items', item, { ...ada.cookie, 'x-csrf-token': otto.csrfToken });
    expect(borrowed.body.code).toBe('csrf_token_invalid');
    expect((await t.http.get('/v1/items/CSRF-1')).status).toBe(404); // nothing was written

    expect((await t.http.post('/v1/items', item, ada.writes)).status).toBe(201);
    expect((await t.http.get('/v1/items/CSRF-1', ada.cookie)).status).toBe(200);
    const fromSession = await t.http.ok(200, 'GET', '/v1/session', undefined, ada.cookie);
    expect((await t.http.post('/v1/items', { sku: 'CSRF-2', name: 'x' }, { ...ada.cookie, 'x-csrf-token': fromSession.csrfToken })).status).toBe(201);
    expect((await t.http.post('/v1/items', { sku: 'CSRF-3', name: 'x' })).status).toBe(201); // the bearer key
  });

  it('applies the role of the signed-in person', async () => {
    const vera = await signIn(t.http, 'vera@example.com');
    const refused = await t.http.post('/v1/stock/receipts', { sku: 'CSRF-1', location: 'MAIN', quantity: 1 }, vera.writes);
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ code: 'forbidden', permission: 'stock.write' });
    expect(refused.body.detail).toContain('stock.write');
    expect((await t.http.get('/v1/stock/CSRF-1', vera.cookie)).status).toBe(200);
    const otto = await signIn(t.http, 'otto@example.com');
    expect((await t.http.post('/v1/stock/receipts', { sku: 'CSRF-1', location: 'MAIN', quantity: 1 }, otto.writes)).status).toBe(201);
    expect((await t.http.post('/v1/items', { sku: 'OTTO', name: 'x' }, otto.writes)).body).toMatchObject({ code: 'forbidden', permission: 'catalog.write' });
  });

  it('signs out: the cookie no longer works, and the session row is gone', async () => {
    const otto = await signIn(t.http, 'otto@example.com');
    const before = await t.store.db.selectFrom('sessions').select('id_hash').execute();
    const out = await t.http.send('DELETE', '/v1/session', undefined, otto.writes);
    expect(out.status).toBe(204);
    expect(String([out.headers['set-cookie']].flat()[0])).toMatch(/^allot_session=;/);
    const after = await t.http.get('/v1/session', otto.cookie);
    expect(after.status).toBe(401);
    expect(after.body.detail).toContain('sign in again');
    expect((await t.store.db.selectFrom('sessions').select('id_hash').execute()).length).toBe(before.length - 1);
  });

  it('ends a session after the idle time, and keeps one in use alive', async () => {
    const busy = await signIn(t.http, 'vera@example.com');
    const idle = await signIn(t.http, 'vera@example.com');
    for (let i = 0; i < 3; i++) {
      t.http.clock.advanceDays(20 / 1440); // 20 minutes
      expect((await t.http.get('/v1/session', busy.cookie)).status).toBe(200);
    }
    const ended = await t.http.get('/v1/session', idle.cookie);
    expect(ended.status).toBe(401);
    expect(ended.headers['www-authenticate']).toMatch(/^Bearer/);
    expect(ended.body).toMatchObject({ code: 'unauthenticated' });
  });

  it('refuses the X-Actor header from a key without the on-behalf right and from a person', async () => {
    const plain = await keyFor(t.http, 'shop integration', 'operator');
    const forged = await t.http.post('/v1/stock/receipts', { sku: 'CSRF-1', location: 'MAIN', quantity: 1 }, { ...bearer(plain), 'x-actor': 'maria' });
    expect(forged.status).toBe(403);
    expect(forged.body).toMatchObject({ code: 'forbidden' });
    expect(forged.body.detail).toContain('may not act on behalf of others');
    const otto = await signIn(t.http, 'otto@example.com');
    const asPerson = await t.http.post('/v1/stock/receipts', { sku: 'CSRF-1', location: 'MAIN', quantity: 1 }, { ...otto.writes, 'x-actor': 'maria' });
    expect(asPerson.status).toBe(403);
    const stock = await t.http.ok(200, 'GET', '/v1/stock/CSRF-1');
    expect(stock.onHand).toBe(1); // only Otto's earlier receipt
  });

  it('records the authenticated caller in the record log: person, key, and key on behalf of a person', async () => {
    await t.http.ok(201, 'POST', '/v1/items', { sku: 'AUDIT', name: 'Audited' });
    const otto = await signIn(t.http, 'otto@example.com');
    const byOtto = await t.http.ok(201, 'POST', '/v1/orders', { customer: 'ACME', lines: [{ sku: 'AUDIT', quantity: 1 }] }, otto.writes);
    const shop = await keyFor(t.http, 'web shop', 'operator', { onBehalf: true });
    const byShop = await t.http.ok(201, 'POST', '/v1/orders', { customer: 'ACME', lines: [{ sku: 'AUDIT', quantity: 1 }] }, { ...bearer(shop), 'x-actor': 'maria' });
    const plain = await keyFor(t.http, 'erp', 'operator');
    const byKey = await t.http.ok(201, 'POST', '/v1/orders', { customer: 'ACME', lines: [{ sku: 'AUDIT', quantity: 1 }] }, bearer(plain));

    const entered = async (id: number) => (await t.http.ok(200, 'GET', `/v1/orders/${id}/history`)).entries.find((e: { action: string }) => e.action === 'entered');
    expect(await entered(byOtto.id)).toMatchObject({ actor: 'Otto', identity: { kind: 'user', name: 'Otto' }, onBehalfOf: null });
    expect(await entered(byShop.id)).toMatchObject({ actor: 'maria', identity: { kind: 'key', name: 'web shop' }, onBehalfOf: 'maria' });
    expect(await entered(byKey.id)).toMatchObject({ actor: 'erp', identity: { kind: 'key', name: 'erp' }, onBehalfOf: null });
    const ottoId = (await t.store.db.selectFrom('users').select('id').where('login', '=', 'otto@example.com').executeTakeFirstOrThrow()).id;
    expect((await entered(byOtto.id)).identity.id).toBe(ottoId);
  });

  it('lets only admins replay a day with asOf, and never a day that has not come', async () => {
    const operator = await keyFor(t.http, 'night shift', 'operator');
    const replay = await t.http.post('/v1/jobs/primary-backorder-process/run', { asOf: '2026-10-31' }, bearer(operator));
    expect(replay.body).toMatchObject({ status: 403, code: 'forbidden', permission: 'jobs.replay' });
    expect((await t.http.post('/v1/jobs/primary-backorder-process/run', {}, bearer(operator))).status).toBe(200);
    const bulk = await t.http.post('/v1/jobs/cancel-backorders/run', {}, bearer(operator));
    expect(bulk.body).toMatchObject({ status: 403, code: 'forbidden', permission: 'jobs.cancel_in_bulk' });
    const future = await t.http.post('/v1/jobs/primary-backorder-process/run', { asOf: '2099-01-01' });
    expect(future.body).toMatchObject({ status: 422, code: 'as_of_in_future' });
    expect((await t.http.post('/v1/jobs/primary-backorder-process/run', { asOf: '2026-10-01' })).status).toBe(200);
  });

  it('signs the browser in with a one-time link and goes to /; the link works once', async () => {
    const id = await person(t.http, 'linked@example.com', 'admin', 'Demo admin');
    const token = await createSignInLink(t.http.accessContext, id, 60);
    const used = await t.http.get(`/v1/session/link?token=${token}`, { authorization: '' });
    expect(used.status).toBe(303);
    expect(used.headers.location).toBe('/');
    const cookie = sessionCookie(used.headers['set-cookie']);
    expect(await t.http.ok(200, 'GET', '/v1/session', undefined, { authorization: '', cookie })).toMatchObject({ identity: { name: 'Demo admin', role: 'admin' } });
    const again = await t.http.get(`/v1/session/link?token=${token}`, { authorization: '' });
    expect(again.body).toMatchObject({ status: 401, code: 'unauthenticated' });
    expect(again.headers['set-cookie']).toBeUndefined();
  });
});
