import { describe, expect, it } from 'vitest';
import { actorName, sameActor, systemActor } from '../../src/domain/access/actor.js';
import { allPermissions, leastRoleFor, permissionsOf } from '../../src/domain/access/roles.js';

describe('roles', () => {
  it('give each role every permission of the role below it', () => {
    for (const p of permissionsOf.viewer) expect(permissionsOf.operator.has(p)).toBe(true);
    for (const p of permissionsOf.operator) expect(permissionsOf.admin.has(p)).toBe(true);
    expect(permissionsOf.admin.size).toBe(allPermissions.length);
  });

  it('let viewers read, operators run the day, admins keep master data, people, keys and bulk cancellations', () => {
    expect([...permissionsOf.viewer].every((p) => p.endsWith('.read'))).toBe(true);
    expect(leastRoleFor('orders.write')).toBe('operator');
    expect(leastRoleFor('jobs.run')).toBe('operator');
    for (const p of ['catalog.write', 'users.manage', 'keys.manage', 'jobs.cancel_in_bulk', 'jobs.replay'] as const) expect(leastRoleFor(p)).toBe('admin');
  });
});

describe('actors', () => {
  it('show the person a key acts for, else the caller; a bare name is the service itself', () => {
    const key = { identity: { kind: 'key', id: 3, name: 'shop', role: 'operator' }, onBehalfOf: null } as const;
    expect(actorName(key)).toBe('shop');
    expect(actorName({ ...key, onBehalfOf: 'maria' })).toBe('maria');
    expect(actorName('scheduler')).toBe('scheduler');
    expect(systemActor('scheduler').identity).toEqual({ kind: 'system', id: null, name: 'scheduler', role: 'admin' });
    expect(sameActor(key, { ...key })).toBe(true);
    expect(sameActor(key, { ...key, onBehalfOf: 'maria' })).toBe(false);
    expect(sameActor('test', 'test')).toBe(true);
  });
});
