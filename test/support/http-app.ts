import type { FillMode } from '../../src/config.js';
import type { Store } from '../../src/db/database.js';
import { buildApp, type AppDeps } from '../../src/http/app.js';
import type { Config } from '../../src/config.js';
import { jobCatalogue, releaseSettings } from '../../src/jobs/catalogue.js';
import { JobRunner } from '../../src/jobs/job-runner.js';
import { defaultAccessSettings, type AccessSettings } from '../../src/http/access/settings.js';
import { createApiKey } from '../../src/services/access/api-keys.js';
import { randomTokens } from '../../src/services/access/secrets.js';
import { TestClock } from './fixtures.js';

/** Tests count no requests unless they test the limits themselves. */
export const testAccessSettings: AccessSettings = {
  ...defaultAccessSettings,
  rateLimit: { perMinute: 0, anonymousPerMinute: 0, signInPerMinute: 1000 },
};

export type App = Awaited<ReturnType<typeof buildApp>>;
type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
type Headers = Record<string, string>;

/** One answer from the app: status, content type and the JSON body (undefined when not JSON). */
export interface Answer {
  readonly status: number;
  readonly contentType: string;
  readonly headers: Record<string, unknown>;
  readonly body: any;
  readonly raw: string;
}

/**
 * The whole HTTP app over a test store, driven through `app.inject` (no port). The helpers send
 * JSON (or a raw string for malformed bodies) and parse whatever comes back. Requests carry an
 * admin API key named `system` that may act on behalf of others (so `X-Actor` names the person),
 * unless they send an `authorization` header of their own (`''`: none at all).
 */
export async function httpApp(
  store: Store,
  fillMode: FillMode = 'immediate',
  clock = new TestClock(),
  settings: Partial<Pick<Config, 'appendAcrossOrders' | 'cancelNoBackorderAtRelease' | 'cancelAfterDays' | 'mail' | 'digestSlaDays' | 'slaLadder'>> = {},
  access: AccessSettings = testAccessSettings,
  /** False: no `system` key is made (a deployment without any admin yet); requests go unauthenticated. */
  withSystemKey = true,
  /** Webhook settings and host resolution (default: https and public addresses only, the system's DNS). */
  webhooks: Partial<Pick<AppDeps, 'webhooks' | 'resolveHost'>> = {},
) {
  const runner = new JobRunner(
    store.db,
    clock,
    fillMode,
    jobCatalogue({ fillMode, primarySchedule: '*/30 * * * *', secondarySchedule: '0 2 * * *', ...settings }),
  );
  const app = await buildApp({
    db: store.db,
    clock,
    fillMode,
    release: releaseSettings(settings),
    cancelAfterDays: settings.cancelAfterDays,
    runner,
    logger: false,
    databaseKind: 'test',
    access,
    ...webhooks,
  });
  await app.ready();
  const accessContext = { db: store.db, clock, tokens: randomTokens };
  const systemKey = withSystemKey ? (await createApiKey(accessContext, { name: 'system', role: 'admin', onBehalf: true }, 'test')).secret : '';

  async function send(method: Method, url: string, body?: unknown, given: Headers = {}): Promise<Answer> {
    const raw = typeof body === 'string';
    const headers: Headers = { authorization: systemKey && `Bearer ${systemKey}`, ...given };
    if (headers.authorization === '') delete headers.authorization;
    const response = await app.inject({
      method,
      url,
      headers: body === undefined ? headers : { 'content-type': 'application/json', ...headers },
      ...(body === undefined ? {} : { payload: raw ? body : JSON.stringify(body) }),
    });
    let parsed: unknown;
    try {
      parsed = response.body === '' ? undefined : JSON.parse(response.body);
    } catch {
      parsed = undefined;
    }
    return {
      status: response.statusCode,
      contentType: String(response.headers['content-type'] ?? ''),
      headers: response.headers,
      body: parsed,
      raw: response.body,
    };
  }

  /** Sends and insists on one status, showing the body when it differs. */
  async function expectStatus(status: number, method: Method, url: string, body?: unknown, headers?: Headers) {
    const answer = await send(method, url, body, headers);
    if (answer.status !== status) {
      throw new Error(`${method} ${url} → ${answer.status}, expected ${status}: ${answer.raw}`);
    }
    return answer.body as any;
  }

  return {
    app,
    clock,
    /** What the access services need, over the same store and clock. */
    accessContext,
    /** The admin key every request carries by default. */
    systemKey,
    send,
    get: (url: string, headers?: Headers) => send('GET', url, undefined, headers),
    post: (url: string, body?: unknown, headers?: Headers) => send('POST', url, body, headers),
    put: (url: string, body?: unknown, headers?: Headers) => send('PUT', url, body, headers),
    patch: (url: string, body?: unknown, headers?: Headers) => send('PATCH', url, body, headers),
    delete: (url: string, headers?: Headers) => send('DELETE', url, undefined, headers),
    /** A request that must succeed with the given status; returns the parsed body. */
    ok: expectStatus,
    close: () => app.close(),
  };
}

export type Http = Awaited<ReturnType<typeof httpApp>>;
