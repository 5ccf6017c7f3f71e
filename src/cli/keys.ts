import { Command, InvalidArgumentError } from 'commander';
import { systemClock } from '../app/context.js';
import { createApiKey, listApiKeys, revokeApiKey, rotateApiKey, type ApiKeyView, type IssuedKey } from '../services/access/api-keys.js';
import type { CliIo } from './io.js';
import { roleOption, type WithStore } from './program.js';

export function keyCommands(withStore: WithStore): Command {
  const keys = new Command('keys').description('API keys for integrations');
  keys
    .command('create')
    .description('make a key; its secret is printed once, never again')
    .requiredOption('--name <name>', 'what uses it (shown in the record log)')
    .addOption(roleOption())
    .option('--expires <when>', 'an ISO date or date-time, or a number of days from now', expiry)
    .option('--on-behalf', 'may name the person it acts for with the X-Actor header (not for viewer keys)')
    .option('--json', 'answer JSON')
    .action((options: { name: string; role: 'viewer' | 'operator' | 'admin'; expires?: Date; onBehalf?: boolean; json?: boolean }) =>
      withStore(async ({ access, io, operator }) => {
        const issued = await createApiKey(access, { name: options.name, role: options.role, expiresAt: options.expires, onBehalf: options.onBehalf }, operator);
        printIssued(io, issued, options.json);
      }),
    );
  keys
    .command('list')
    .description('keys with their prefixes, roles and states (never their secrets)')
    .option('--json', 'answer JSON')
    .action((options: { json?: boolean }) =>
      withStore(async ({ access, io }) => {
        const all = await listApiKeys(access);
        if (options.json) return io.out(JSON.stringify(all));
        if (all.length === 0) return io.out('no keys');
        for (const key of all) io.out(describe(key));
      }),
    );
  keys
    .command('revoke')
    .description('refuse a key from now on, on every process')
    .argument('<key>', 'id or prefix (allot_…)')
    .option('--json', 'answer JSON')
    .action((which: string, options: { json?: boolean }) =>
      withStore(async ({ access, io }) => {
        const key = await revokeApiKey(access, which);
        io.out(options.json ? JSON.stringify(key) : `revoked ${describe(key)}`);
      }),
    );
  keys
    .command('rotate')
    .description('a new secret for a key (same name, role and rights); the old one is revoked')
    .argument('<key>', 'id or prefix (allot_…)')
    .option('--json', 'answer JSON')
    .action((which: string, options: { json?: boolean }) =>
      withStore(async ({ access, io, operator }) => {
        const issued = await access.db.transaction().execute((db) => rotateApiKey({ ...access, db }, which, operator));
        printIssued(io, issued, options.json);
      }),
    );
  return keys;
}

function printIssued(io: CliIo, issued: IssuedKey, json: boolean | undefined): void {
  if (json) return io.out(JSON.stringify(issued));
  io.out(`created ${describe(issued.key)}`);
  io.out('The key, shown this once (send it as "Authorization: Bearer <key>"):');
  io.out(issued.secret);
}

function describe(key: ApiKeyView): string {
  const expires = key.expiresAt ? ` expires ${key.expiresAt}` : '';
  return `#${key.id} ${key.prefix} "${key.name}" ${key.role}${key.onBehalf ? ' on-behalf' : ''} ${key.status}${expires}`;
}

function expiry(value: string): Date {
  if (/^\d{1,5}$/.test(value)) return new Date(systemClock.now().getTime() + Number(value) * 86_400_000);
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : new Date(value);
  if (Number.isNaN(date.getTime())) throw new InvalidArgumentError('must be an ISO date (2027-01-31), a date-time, or a number of days');
  return date;
}
