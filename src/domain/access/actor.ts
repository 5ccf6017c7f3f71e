import { permissionsOf, type Permission, type Role } from './roles.js';

/**
 * Who is authenticated: a person (user), an integration (API key), or the service itself
 * (schedules, start-up, tests: `system`, with every permission).
 */
export interface Identity {
  readonly kind: 'user' | 'key' | 'system';
  readonly id: number | null;
  readonly name: string;
  readonly role: Role;
}

/**
 * Who acts: the identity, and the person a key acts for when it may (`X-Actor`). The record log
 * keeps both; its "who" is the person acted for, else the identity's name.
 */
export interface Actor {
  readonly identity: Identity;
  readonly onBehalfOf: string | null;
}

/** What a service context may carry: an actor, or a bare name (the service itself, e.g. `scheduler`). */
export type ActorLike = Actor | string;

export function systemActor(name: string): Actor {
  return { identity: { kind: 'system', id: null, name, role: 'admin' }, onBehalfOf: null };
}

export function actorFrom(actor: ActorLike): Actor {
  return typeof actor === 'string' ? systemActor(actor) : actor;
}

/** The name the record log shows as "who". */
export function actorName(actor: ActorLike): string {
  const a = actorFrom(actor);
  return a.onBehalfOf ?? a.identity.name;
}

/** Two requests act as the same caller (order intake batches one caller's orders together). */
export function sameActor(a: ActorLike, b: ActorLike): boolean {
  const x = actorFrom(a);
  const y = actorFrom(b);
  return (
    x.identity.kind === y.identity.kind &&
    x.identity.id === y.identity.id &&
    x.identity.name === y.identity.name &&
    x.onBehalfOf === y.onBehalfOf
  );
}

export function mayDo(actor: ActorLike, permission: Permission): boolean {
  return permissionsOf[actorFrom(actor).identity.role].has(permission);
}
