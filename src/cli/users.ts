import { Command } from 'commander';
import { changeUser, createUser, findUser, listUsers, type UserView } from '../services/access/users.js';
import { roleOption, type WithStore } from './program.js';

export function userCommands(withStore: WithStore): Command {
  const users = new Command('users').description('people who sign in');
  users
    .command('create')
    .description('add a person; the password comes from --password, else a prompt (or standard input)')
    .requiredOption('--login <login>', 'email or login name (unique, any case)')
    .requiredOption('--name <name>', 'display name, shown in the record log')
    .addOption(roleOption())
    .option('--password <password>', 'the password (visible in the shell history: prefer the prompt or standard input)')
    .option('--json', 'answer JSON')
    .action((options: { login: string; name: string; role: 'viewer' | 'operator' | 'admin'; password?: string; json?: boolean }) =>
      withStore(async ({ access, io }) => {
        const password = options.password ?? (await io.readSecret('Password: '));
        const user = await access.db.transaction().execute((db) => createUser({ ...access, db }, { ...options, password }));
        io.out(options.json ? JSON.stringify(user) : `created ${describe(user)}`);
      }),
    );
  users
    .command('list')
    .description('everyone who may sign in, and who no longer may')
    .option('--json', 'answer JSON')
    .action((options: { json?: boolean }) =>
      withStore(async ({ access, io }) => {
        const all = await listUsers(access);
        if (options.json) return io.out(JSON.stringify(all));
        if (all.length === 0) return io.out('no users');
        for (const user of all) io.out(describe(user));
      }),
    );
  users
    .command('deactivate')
    .description('stop a person signing in; their sessions end at once on every process')
    .argument('<user>', 'login or id')
    .option('--json', 'answer JSON')
    .action((who: string, options: { json?: boolean }) =>
      withStore(async ({ access, io }) => {
        const found = await findUser(access, who);
        const user = await access.db.transaction().execute((db) => changeUser({ ...access, db }, found.id, { active: false }));
        io.out(options.json ? JSON.stringify(user) : `deactivated ${describe(user)}`);
      }),
    );
  return users;
}

function describe(user: UserView): string {
  return `#${user.id} ${user.login} "${user.name}" ${user.role}${user.active ? '' : ' (deactivated)'}`;
}
