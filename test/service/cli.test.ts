import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/program.js';
import type { CliIo } from '../../src/cli/io.js';
import { KeyCheck } from '../../src/services/access/api-keys.js';
import { randomTokens } from '../../src/services/access/secrets.js';
import { signIn } from '../../src/services/access/sign-in.js';
import { databaseLabel } from '../support/test-store.js';
import { useTestStore } from '../support/use-store.js';

const t = useTestStore();

/** Runs `allot …` in this process over the test store; answers the exit code and what it wrote. */
async function allot(args: string, secret = '') {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (s) => out.push(s), err: (s) => err.push(s), readSecret: async () => secret };
  const store = { ...t.store, close: async () => {} };
  const code = await runCli(args.match(/"[^"]*"|\S+/g)!.map((a) => a.replace(/^"|"$/g, '')), io, async () => store);
  return { code, out, err };
}

describe(`the allot CLI on ${databaseLabel}`, () => {
  it('creates people with a password from the prompt, lists and deactivates them', async () => {
    const created = await allot('users create --login ops@example.com --name "Ops Lead" --role admin --json', 'typed at the prompt');
    expect(created.code).toBe(0);
    expect(JSON.parse(created.out[0]!)).toMatchObject({ login: 'ops@example.com', name: 'Ops Lead', role: 'admin', active: true });
    const ctx = { db: t.store.db, clock: t.f.clock, tokens: randomTokens };
    const lockOut = { failures: 5, minutes: 15 };
    expect((await signIn(ctx, { login: 'ops@example.com', password: 'typed at the prompt' }, lockOut)).name).toBe('Ops Lead');

    expect((await allot('users list')).out).toEqual([expect.stringMatching(/^#\d+ ops@example.com "Ops Lead" admin$/)]);
    const deactivated = await allot('users deactivate ops@example.com');
    expect(deactivated.out[0]).toMatch(/deactivated .* \(deactivated\)$/);
    await expect(signIn(ctx, { login: 'ops@example.com', password: 'typed at the prompt' }, lockOut)).rejects.toMatchObject({ refusal: { code: 'unauthenticated' } });
  });

  it('prints a key once at creation, lists it without the secret, rotates and revokes it', async () => {
    const created = await allot('keys create --name erp --role operator --on-behalf --expires 2099-01-01 --json');
    expect(created.code).toBe(0);
    const issued = JSON.parse(created.out[0]!);
    expect(issued.key).toMatchObject({ name: 'erp', role: 'operator', onBehalf: true, expiresAt: '2099-01-01T00:00:00.000Z', createdBy: expect.stringMatching(/^cli:/) });
    const check = new KeyCheck({ db: t.store.db, clock: t.f.clock, tokens: randomTokens });
    expect(await check.caller(issued.secret)).toMatchObject({ identity: { name: 'erp' } });

    const listed = await allot('keys list');
    expect(listed.out.join('\n')).toContain(issued.key.prefix);
    expect(listed.out.join('\n')).not.toContain(issued.secret);

    const rotated = await allot(`keys rotate ${issued.key.prefix}`);
    expect(rotated.out[2]).toMatch(/^allot_[0-9a-f]{12}_/);
    expect(await check.caller(issued.secret)).toBe('revoked');
    const fresh = rotated.out[2]!;
    expect(await check.caller(fresh)).toMatchObject({ identity: { name: 'erp' }, onBehalf: true });
    expect((await allot(`keys revoke ${fresh.slice(0, 18)}`)).code).toBe(0);
    expect(await check.caller(fresh)).toBe('revoked');
  });

  it('exits non-zero with one line for a refusal or bad arguments', async () => {
    const duplicate = await allot('users create --login dup --name A --role viewer', 'long enough password');
    expect(duplicate.code).toBe(0);
    const again = await allot('users create --login DUP --name B --role viewer', 'long enough password');
    expect(again).toMatchObject({ code: 1, err: ['allot: A user already signs in as "DUP".'] });
    expect((await allot('users create --login weak --name W --role viewer', 'short')).code).toBe(1);
    expect((await allot('keys create --name x --role boss')).code).toBe(1);
    expect((await allot('keys create --name x --role viewer --expires someday')).code).toBe(1);
    expect(await allot('keys revoke allot_000000000000')).toMatchObject({ code: 1, err: ['allot: No API key is "allot_000000000000".'] });
  });

  it('runs as a program: --help for every command, and a one-line reason with a non-zero exit', () => {
    const main = fileURLToPath(new URL('../../src/cli/main.ts', import.meta.url));
    const run = (...args: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', main, ...args], { encoding: 'utf8', env: { ...process.env, ALLOT_DATA_DIR: 'memory://' } });
    const help = run('keys', 'create', '--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('--on-behalf');
    const wrong = run('users', 'create', '--login', 'x', '--name', 'X', '--role', 'nobody');
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toContain("argument 'nobody' is invalid");
  });
});
