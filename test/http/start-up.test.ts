import { describe, expect, it } from 'vitest';
import { buildApp } from '../../src/http/app.js';
import { releaseSettings } from '../../src/jobs/catalogue.js';
import { JobRunner } from '../../src/jobs/job-runner.js';
import { createApiKey } from '../../src/services/access/api-keys.js';
import { randomTokens } from '../../src/services/access/secrets.js';
import { TestClock } from '../support/fixtures.js';
import { httpApp, testAccessSettings } from '../support/http-app.js';
import { databaseLabel } from '../support/test-store.js';
import { useTestStore } from '../support/use-store.js';

const t = useTestStore();

async function appWith(extra: (app: Awaited<ReturnType<typeof buildApp>>) => void) {
  const clock = new TestClock();
  const app = await buildApp({
    db: t.store.db,
    clock,
    fillMode: 'immediate',
    release: releaseSettings({}),
    runner: new JobRunner(t.store.db, clock, 'immediate', []),
    logger: false,
    databaseKind: 'test',
    access: testAccessSettings,
  });
  extra(app);
  await app.ready();
  return app;
}

describe(`start-up on ${databaseLabel}`, () => {
  it('refuses to start with a route that declares no permission', async () => {
    await expect(appWith((app) => app.get('/v1/forgotten', async () => ({ open: true })))).rejects.toThrow(
      /GET \/v1\/forgotten declares no permission/,
    );
  });

  it('refuses to start with a public route other than health, readiness, metrics, sign-in and the API document', async () => {
    await expect(appWith((app) => app.post('/v1/backdoor', { config: { permission: 'public' } }, async () => ({})))).rejects.toThrow(
      /POST \/v1\/backdoor is declared public/,
    );
  });

  it('refuses an unknown permission', async () => {
    await expect(appWith((app) => app.get('/v1/odd', { config: { permission: 'orders.fly' as never } }, async () => ({})))).rejects.toThrow(
      /unknown permission/,
    );
  });

  it('answers every protected route 401 with how to create the first admin while none exists', async () => {
    const http = await httpApp(t.store, 'immediate', new TestClock(), {}, testAccessSettings, false);
    try {
      const answer = await http.get('/v1/backorders');
      expect(answer.status).toBe(401);
      expect(answer.body.code).toBe('unauthenticated');
      expect(answer.body.detail).toContain('ALLOT_ADMIN_EMAIL');
      expect(answer.body.detail).toContain('allot users create');
      expect((await http.get('/v1/health')).status).toBe(200);
    } finally {
      await http.close();
    }
  });

  it('hides internal errors: no stack trace, no SQL', async () => {
    const app = await appWith((app) =>
      app.get('/v1/boom', { config: { permission: 'orders.read' } }, async () => {
        throw new Error('select secret from vault where id = 1');
      }),
    );
    try {
      const key = await createApiKey({ db: t.store.db, clock: new TestClock(), tokens: randomTokens }, { name: 'boom', role: 'viewer' }, 'test');
      const answer = await app.inject({ method: 'GET', url: '/v1/boom', headers: { authorization: `Bearer ${key.secret}` } });
      expect(answer.statusCode).toBe(500);
      expect(answer.json()).toMatchObject({ code: 'internal_error' });
      expect(answer.body).not.toMatch(/select|vault|stack|at /i);
    } finally {
      await app.close();
    }
  });
});
