import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/program.js';
import { loadConfig } from '../../src/config.js';
import { databaseLabel } from '../support/test-store.js';
import { useTestStore } from '../support/use-store.js';

const t = useTestStore({
  seed: async (f) => {
    await f.location('MAIN');
    await f.customer('ACME');
    await f.item('CLI-1');
    await f.receive('CLI-1', 3);
    await f.order('ACME', [{ sku: 'CLI-1', quantity: 5 }]);
  },
});

/** `allot …` in this process over the test store, with the default settings. */
async function allot(args: string) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (s) => out.push(s), err: (s) => err.push(s), readSecret: async () => '' };
  const store = { ...t.store, close: async () => {} };
  const code = await runCli(args.split(' '), io, async () => store, () => loadConfig({}));
  return { code, out, err };
}

describe(`allot jobs, check and migrate on ${databaseLabel}`, () => {
  it('lists the jobs and runs one with its progress, recorded as the API records it', async () => {
    const listed = await allot('jobs list --json');
    expect(JSON.parse(listed.out[0]!).map((j: { name: string }) => j.name)).toEqual(expect.arrayContaining(['check-invariants', 'release-to-warehouse']));

    const ran = await allot('jobs run refresh-promise-dates --as-of 2026-11-02');
    expect(ran.code).toBe(0);
    expect(ran.out.at(-2)).toMatch(/^refresh-promise-dates #\d+: \d+ processed, \d+\/s, [\d.]+ s$/);
    expect(ran.out.at(-1)).toMatch(/^refresh-promise-dates #\d+ completed: \d+ processed/);
    const run = await t.store.db.selectFrom('job_runs').selectAll().orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(run).toMatchObject({ job: 'refresh-promise-dates', status: 'completed', actor: expect.stringMatching(/^cli:/) });
  });

  it('previews a run with --dry-run: what it would change, nothing written, no run recorded', async () => {
    const runs = async () => (await t.store.db.selectFrom('job_runs').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n;
    const before = await runs();
    const preview = await allot('jobs run cancel-for-item-or-customer --param sku=CLI-1 --dry-run');
    expect(preview.code).toBe(0);
    expect(preview.out[0]).toBe('cancel-for-item-or-customer (dry run, nothing written): 1 processed');
    expect(preview.out).toContain('  order 1 line 1 CLI-1: partially_allocated 3 allocated, 2 backordered → cancelled 0 allocated, 0 backordered');
    expect(await runs()).toBe(before);
    expect((await t.store.db.selectFrom('order_lines').select('cancelled').executeTakeFirstOrThrow()).cancelled).toBe(0);
  });

  it('checks the invariants: exit 0 when they hold, 1 naming the breaches, and --repair mends what is derived', async () => {
    expect(await allot('check')).toMatchObject({ code: 0, err: [] });
    await sql`update stock_levels set on_hand = on_hand + 5`.execute(t.store.db);
    const broken = await allot('check --json');
    expect(broken.code).toBe(1);
    expect(JSON.parse(broken.out.at(-1)!).detail.breaches.length).toBeGreaterThan(0);
    expect(broken.err).toEqual([expect.stringMatching(/^allot: \d+ invariant breach\(es\) found \(run #\d+\)$/)]);
    expect((await allot('check --repair')).code).toBe(0);
    expect((await allot('check')).code).toBe(0);
  });

  it('answers a bad job or parameter in one line with exit 1, and says migrations are current', async () => {
    expect(await allot('jobs run no-such-job')).toMatchObject({ code: 1, err: ['allot: No job is called "no-such-job".'] });
    const bad = await allot('jobs run check-invariants --param repair=maybe');
    expect(bad.code).toBe(1);
    expect(bad.err[0]).toMatch(/^allot: Parameters of check-invariants/);
    expect(await allot('migrate')).toMatchObject({ code: 0, out: ['migrations current'] });
  });
});
