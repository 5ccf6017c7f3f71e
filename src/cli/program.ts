import { userInfo } from 'node:os';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { systemClock } from '../app/context.js';
import { ConfigError, loadConfig, type Config } from '../config.js';
import { pendingMigrations } from '../db/migrator.js';
import type { Store } from '../db/database.js';
import { isRole, roles, type Role } from '../domain/access/roles.js';
import { Refused } from '../domain/refusal.js';
import { randomTokens, type AccessContext } from '../services/access/secrets.js';
import type { CliIo } from './io.js';
import { importCommands } from './imports.js';
import { jobCommands } from './jobs.js';
import { keyCommands } from './keys.js';
import { userCommands } from './users.js';

/** What a command gets: the access services' context over an open store, and where to write. */
export interface CommandContext {
  readonly store: Store;
  readonly config: Config;
  readonly access: AccessContext;
  readonly io: CliIo;
  /** Who runs the CLI, for `created by` (the operating-system user). */
  readonly operator: string;
}

export type WithStore = <T>(run: (ctx: CommandContext) => Promise<T>) => Promise<T>;

export const roleOption = () =>
  new Option('--role <role>', `one of ${roles.join(', ')}`).makeOptionMandatory().argParser((value: string): Role => {
    if (!isRole(value)) throw new InvalidArgumentError(`must be one of ${roles.join(', ')}`);
    return value;
  });

/**
 * `allot`: administration from the shell, against the database the service uses (same
 * DATABASE_URL / ALLOT_DATA_DIR). With the embedded database, stop the service first: only one
 * process can open its folder.
 */
export function cliProgram(io: CliIo, openStore: () => Promise<Store>, config: () => Config = loadConfig): Command {
  const withStore: WithStore = async (run) => {
    const settings = config();
    const store = await openStore();
    try {
      return await run({ store, config: settings, access: { db: store.db, clock: systemClock, tokens: randomTokens }, io, operator: `cli:${safeUser()}` });
    } finally {
      await store.close();
    }
  };
  const program = new Command('allot')
    .description('Allot from the shell: the service, migrations, jobs and the invariant check, CSV import and export, people and API keys (against the service’s database)')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: (s) => io.err(s.trimEnd()) })
    .showHelpAfterError('(add --help for usage)');
  program
    .command('serve')
    .description('start the service (as npm start: the API, the jobs’ schedules, the demo on an empty embedded database)')
    .action(async () => {
      await import('../main.js');
    });
  program
    .command('migrate')
    .description('bring the database up to this version’s schema (the service also does this when it starts)')
    .action(() =>
      withStore(async ({ store, io }) => {
        const pending = await pendingMigrations(store.db);
        io.out(pending.length === 0 ? 'migrations current' : `still pending: ${pending.join(', ')}`);
        if (pending.length > 0) throw new Error('migrations did not all run');
      }),
    );
  for (const command of jobCommands(withStore)) program.addCommand(command);
  for (const command of importCommands(withStore)) program.addCommand(command);
  program.addCommand(userCommands(withStore));
  program.addCommand(keyCommands(withStore));
  return program;
}

/** Runs the CLI; answers the exit code. A refusal or a bad setting is one line on stderr and exit 1. */
export async function runCli(argv: readonly string[], io: CliIo, openStore: () => Promise<Store>, config?: () => Config): Promise<number> {
  const program = cliProgram(io, openStore, config);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 1;
    if (error instanceof Refused || error instanceof ConfigError) {
      io.err(`allot: ${error.message}`);
      return 1;
    }
    io.err(`allot: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    return 1;
  }
}

function safeUser(): string {
  try {
    return userInfo().username;
  } catch {
    return 'unknown';
  }
}
