/**
 * Who may do what (DOMAIN.md, "People, roles and the audit trail"). Each role has every permission
 * of the one below it: a viewer reads, an operator also runs the day's work, an admin also keeps
 * master data, people and keys and runs the jobs that cancel in bulk.
 */
export const roles = ['viewer', 'operator', 'admin'] as const;
export type Role = (typeof roles)[number];

const viewer = [
  'catalog.read',
  'orders.read',
  'stock.read',
  'supply.read',
  'shipments.read',
  'events.read',
  'jobs.read',
  'session.read',
] as const;

const operator = [
  'orders.write',
  'stock.write',
  'supply.write',
  'shipments.write',
  /** The daily jobs; the bulk cancellations need `jobs.cancel_in_bulk`. */
  'jobs.run',
] as const;

const admin = [
  /** Items, locations, customers, fulfillment policies. */
  'catalog.write',
  'users.manage',
  'keys.manage',
  'jobs.cancel_in_bulk',
  /** Running a job for another business day (`asOf`). */
  'jobs.replay',
  /** Webhook endpoints, their secrets, deliveries and replays. */
  'webhooks.manage',
  /** Mail templates, and the mails written and their sending state. */
  'mail.manage',
  /** Deployment settings: job schedules, release and cancellation defaults. */
  'settings.manage',
] as const;

export type Permission = (typeof viewer)[number] | (typeof operator)[number] | (typeof admin)[number];

/** What each role may do, the lower roles' permissions included. */
export const permissionsOf: Readonly<Record<Role, ReadonlySet<Permission>>> = {
  viewer: new Set(viewer),
  operator: new Set([...viewer, ...operator]),
  admin: new Set([...viewer, ...operator, ...admin]),
};

export const allPermissions: readonly Permission[] = [...viewer, ...operator, ...admin];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (roles as readonly string[]).includes(value);
}

/** The least role that holds a permission (for messages: "needs operator"). */
export function leastRoleFor(permission: Permission): Role {
  return roles.find((role) => permissionsOf[role].has(permission))!;
}
