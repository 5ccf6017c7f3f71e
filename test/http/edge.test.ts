import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, keyFor, PASSWORD, person } from '../support/access.js';
import { TestClock } from '../support/fixtures.js';
import { httpApp, testAccessSettings, type Http } from '../support/http-app.js';
import { databaseLabel } from '../support/test-store.js';
import { useTestStore } from '../support/use-store.js';

const t = useTestStore();
let http: Http;

// Small limits, so the tests reach them; the rate limits count per process in memory.
beforeAll(async () => {
  http = await httpApp(t.store, 'immediate', new TestClock(), {}, {
    ...testAccessSettings,
    rateLimit: { perMinute: 5, anonymousPerMinute: 3, signInPerMinute: 1000 },
    lockOut: { failures: 3, minutes: 15 },
    corsOrigins: ['https://shop.example.com'],
  });
  await person(http, 'lena@example.com', 'operator', 'Lena');
});
afterAll(() => http.close());

describe(`the edge on ${databaseLabel}`, () => {
  it('limits each caller per minute, apart from the others, with 429 and Retry-After', async () => {
    const first = await keyFor(http, 'busy', 'viewer');
    const second = await keyFor(http, 'calm', 'viewer');
    for (let i = 0; i < 5; i++) expect((await http.get('/v1/backorders', bearer(first))).status).toBe(200);
    const limited = await http.get('/v1/backorders', bearer(first));
    expect(limited.status).toBe(429);
    expect(limited.contentType).toContain('application/problem+json');
    expect(limited.body).toMatchObject({ code: 'rate_limited', status: 429 });
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect((await http.get('/v1/backorders', bearer(second))).status).toBe(200);
  });

  it('limits requests without valid credentials per address', async () => {
    const answers = [];
    for (let i = 0; i < 5; i++) answers.push((await http.get('/v1/backorders', { authorization: 'Bearer allot_000000000000_nope' })).status);
    expect(answers).toEqual([401, 401, 401, 429, 429]);
  });

  it('locks a login after repeated failures, known or not, without telling which', async () => {
    const attempt = (login: string, password: string) => http.post('/v1/session', { login, password }, { authorization: '' });
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 4; i++) {
      known.push((await attempt('lena@example.com', 'wrong password')).status);
      unknown.push((await attempt('ghost@example.com', 'wrong password')).status);
    }
    expect(known).toEqual([401, 401, 429, 429]);
    expect(unknown).toEqual(known);
    const locked = await attempt('lena@example.com', PASSWORD);
    expect(locked.status).toBe(429); // even the right password waits
    expect(locked.body).toMatchObject({ code: 'rate_limited' });
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(800);
    const ghost = await attempt('ghost@example.com', PASSWORD);
    expect({ ...ghost.body, instance: undefined }).toEqual({ ...locked.body, instance: undefined });

    http.clock.advanceDays(16 / 1440);
    expect((await attempt('lena@example.com', PASSWORD)).status).toBe(200);
  });

  it('refuses a 50 MB body (the limit is 1 MiB) with 413, and writes nothing', async () => {
    const huge = JSON.stringify({ sku: 'BIG', name: 'x'.repeat(50 * 1024 * 1024) });
    const answer = await http.post('/v1/items', huge);
    expect(answer.status).toBe(413);
    expect(answer.body).toMatchObject({ code: 'payload_too_large', status: 413 });
    expect((await http.get('/v1/items/BIG')).status).toBe(404);
  });

  it('sends security headers', async () => {
    const answer = await http.get('/v1/health');
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
    expect(answer.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(answer.headers['content-security-policy']).toContain("default-src 'self'");
    expect(answer.headers['x-powered-by']).toBeUndefined();
  });

  it('opens CORS to the configured origins only', async () => {
    const allowed = await http.get('/v1/health', { origin: 'https://shop.example.com' });
    expect(allowed.headers['access-control-allow-origin']).toBe('https://shop.example.com');
    const other = await http.get('/v1/health', { origin: 'https://evil.example.com' });
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
    const preflight = await http.send('OPTIONS' as 'GET', '/v1/orders', undefined, {
      origin: 'https://shop.example.com',
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'authorization,content-type',
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers['access-control-allow-headers']).toContain('Authorization');
  });
});

describe(`other edge settings on ${databaseLabel}`, () => {
  it('sends no CORS headers to any origin by default', async () => {
    const closed = await httpApp(t.store);
    try {
      const answer = await closed.get('/v1/health', { origin: 'https://shop.example.com' });
      expect(answer.headers['access-control-allow-origin']).toBeUndefined();
    } finally {
      await closed.close();
    }
  });

  it('limits sign-in attempts per address, whatever logins they name', async () => {
    const strict = await httpApp(t.store, 'immediate', new TestClock(), {}, { ...testAccessSettings, rateLimit: { perMinute: 0, anonymousPerMinute: 0, signInPerMinute: 3 } });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) statuses.push((await strict.post('/v1/session', { login: `spray${i}@example.com`, password: 'guess guess' }, { authorization: '' })).status);
      expect(statuses).toEqual([401, 401, 401, 429, 429]);
    } finally {
      await strict.close();
    }
  });
});
