import { beforeAll, describe, expect, it } from 'vitest';
import { permissionsOf, roles, type Permission, type Role } from '../../src/domain/access/roles.js';
import { bearer, keyFor, person, revokedKey, signIn } from '../support/access.js';
import { databaseLabel } from '../support/test-store.js';
import { useTestApp } from '../support/use-store.js';

/**
 * Every operation of the OpenAPI document × every kind of caller → 401, 403, or neither. Path
 * parameters name nothing that exists and bodies are empty, so an allowed caller gets a 404 or
 * 422 at most and nothing is written: what is checked is only who gets past the door.
 */
const t = useTestApp();

type Caller = 'anonymous' | Role | 'revoked key' | 'expired key' | 'expired session';
const callers: readonly Caller[] = ['anonymous', ...roles, 'revoked key', 'expired key', 'expired session'];

interface Operation {
  readonly method: string;
  readonly path: string;
  readonly url: string;
  readonly permission: Permission | 'public';
  readonly security: unknown;
}

let operations: Operation[] = [];
const headers = new Map<Caller, Record<string, string>>();

beforeAll(async () => {
  const doc = await t.http.ok(200, 'GET', '/openapi.json');
  operations = Object.entries(doc.paths as Record<string, Record<string, { 'x-permission': Permission | 'public'; security: unknown }>>).flatMap(
    ([path, methods]) =>
      Object.entries(methods).map(([method, operation]) => ({
        method: method.toUpperCase(),
        path,
        url: path.replace(/\{[^}]+\}/g, '999999'),
        permission: operation['x-permission'],
        security: operation.security,
      })),
  );
  headers.set('anonymous', { authorization: '' });
  for (const role of roles) headers.set(role, bearer(await keyFor(t.http, `matrix ${role}`, role)));
  headers.set('revoked key', bearer(await revokedKey(t.http, 'matrix revoked', 'admin')));
  const soon = new Date(t.http.clock.now().getTime() + 60_000);
  headers.set('expired key', bearer(await keyFor(t.http, 'matrix expiring', 'admin', { expiresAt: soon })));
  await person(t.http, 'matrix-admin', 'admin');
  const session = await signIn(t.http, 'matrix-admin');
  headers.set('expired session', session.writes);
  t.http.clock.advanceDays(1); // the key's expiry and the session's 30 idle minutes pass
});

function expected(operation: Operation, caller: Caller): 401 | 403 | 'through' {
  if (operation.permission === 'public') return 'through';
  if (caller === 'anonymous' || caller === 'revoked key' || caller === 'expired key' || caller === 'expired session') return 401;
  return permissionsOf[caller].has(operation.permission) ? 'through' : 403;
}

describe(`the permission matrix on ${databaseLabel}`, () => {
  it('covers every operation, each declaring its permission and security in the document', () => {
    expect(operations.length).toBeGreaterThan(50);
    for (const operation of operations) {
      expect(operation.permission, `${operation.method} ${operation.path}`).toBeDefined();
      expect(operation.security, `${operation.method} ${operation.path}`).toEqual(operation.permission === 'public' ? [] : [{ bearer: [] }, { session: [] }]);
    }
    const open = operations.filter((o) => o.permission === 'public').map((o) => `${o.method} ${o.path}`);
    // The customer's choice link is its own credential (single-use, expiring): no account needed.
    expect(open.sort()).toEqual(['GET /v1/choice-links/{token}', 'GET /v1/health', 'GET /v1/ready', 'GET /v1/session/link', 'POST /v1/choice-links/{token}', 'POST /v1/session']);
  });

  it.each(callers)('answers %s as its role allows, on every operation', async (caller) => {
    const mismatches: string[] = [];
    for (const operation of operations) {
      const body = ['POST', 'PATCH', 'PUT'].includes(operation.method) ? {} : undefined;
      const answer = await t.http.send(operation.method as 'GET', operation.url, body, headers.get(caller));
      const want = expected(operation, caller);
      const got = answer.status === 401 || answer.status === 403 ? answer.status : 'through';
      if (got !== want) mismatches.push(`${operation.method} ${operation.path} (${operation.permission}): ${answer.status} ${answer.raw.slice(0, 120)}`);
      if (answer.status === 403) expect(answer.body).toMatchObject({ code: 'forbidden', permission: operation.permission });
      if (answer.status === 401) {
        expect(answer.body.code).toBe('unauthenticated');
        expect(answer.headers['www-authenticate']).toMatch(/^Bearer realm="allot"/);
      }
      expect(answer.status, `${operation.method} ${operation.path}`).toBeLessThan(500);
    }
    expect(mismatches).toEqual([]);
  });

  it('guards the HEAD twin of every protected GET too', async () => {
    for (const operation of operations.filter((o) => o.method === 'GET' && o.permission !== 'public')) {
      const answer = await t.http.send('HEAD' as 'GET', operation.url, undefined, headers.get('anonymous'));
      expect(answer.status, operation.path).toBe(401);
    }
  });

  it('wrote nothing while the doors were tried', async () => {
    const count = async (table: 'orders' | 'items' | 'users' | 'record_log') =>
      Number((await t.store.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    expect(await count('orders')).toBe(0);
    expect(await count('items')).toBe(0);
    expect(await count('record_log')).toBe(0);
    expect(await count('users')).toBe(1);
  });
});
