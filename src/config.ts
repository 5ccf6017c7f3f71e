import { Cron } from 'croner';
import { closest, distance } from 'fastest-levenshtein';
import { isEmailAddress } from './domain/mail/email-address.js';
import type { SmtpSettings } from './services/mail/smtp-transport.js';
import { Value } from '@sinclair/typebox/value';
import { CustomerChoice, SlaLadder, SlaStep as SlaStepSchema } from './contract/choices.js';
import { ladderRefusal, type SlaStep } from './domain/sla/sla-ladder.js';

export type FillMode = 'immediate' | 'scheduled';

/** Everything the deployment may set, parsed once at start (fail fast, with a clear message). */
export interface Config {
  readonly port: number;
  readonly host: string;
  readonly databaseUrl: string | undefined;
  readonly dataDir: string;
  readonly demo: boolean;
  readonly fillMode: FillMode;
  readonly primarySchedule: string;
  readonly secondarySchedule: string;
  /** Daily planning jobs (preorder launch, replenishment, cross-dock policies), in any fill mode. */
  readonly planningSchedule: string;
  /** The daily self-check (check-invariants). */
  readonly checkSchedule: string;
  readonly poolSize: number;
  /** How long an `Idempotency-Key` and its answer are kept (Stripe's convention: a day). */
  readonly idempotencyKeyHours: number;
  readonly logLevel: string;
  /** Releases append to any pending shipment of the customer at the location, not only the order's own. */
  readonly appendAcrossOrders: boolean;
  /** A no_backorder order's remainder is cancelled at its release (else by the cancel-backorders job). */
  readonly cancelNoBackorderAtRelease: boolean;
  /** Deployment default of the cancellation SLA, for policies that set none; undefined: no default. */
  readonly cancelAfterDays: number | undefined;
  /** Cron patterns of the release and cancellation jobs; undefined: not scheduled. */
  readonly releaseSchedule: string | undefined;
  readonly cancelBackordersSchedule: string | undefined;
  readonly cancellationSlaSchedule: string | undefined;
  /** The deployment's SLA ladder, for policies that set none (steps before cancelAfterDays); empty: none. */
  readonly slaLadder: readonly SlaStep[];
  readonly slaLadderSchedule: string | undefined;
  /** The service as customers reach it: choice links point here. */
  readonly publicUrl: string;
  /** How long a choice link may be used. */
  readonly choiceLinkDays: number;
  /** Seconds without a heartbeat after which a job run counts as dead and is marked interrupted. */
  readonly jobLeaseSeconds: number;
  /** Seconds a stop (SIGTERM, SIGINT) may take: requests in flight finish, jobs stop; then the process exits regardless. */
  readonly shutdownGraceSeconds: number;
  /** The first admin, created at start when no admin exists (both or neither). */
  readonly firstAdmin: { readonly login: string; readonly password: string } | undefined;
  readonly sessionIdleMinutes: number;
  /** Failed sign-ins of one login that lock it, and for how long (minutes). */
  readonly signInLockoutFailures: number;
  readonly signInLockoutMinutes: number;
  /** Requests per minute and process: per authenticated caller, per address without credentials, sign-ins per address; 0: no limit (not sign-ins). */
  readonly rateLimitPerMinute: number;
  readonly anonymousRateLimitPerMinute: number;
  readonly signInPerMinute: number;
  readonly corsOrigins: readonly string[];
  readonly bodyLimitBytes: number;
  readonly trustProxy: boolean;
  /** Webhook endpoints on loopback, link-local or private addresses (tests, a receiver inside the network). */
  readonly webhooksAllowPrivate: boolean;
  /** Plain http:// webhook endpoints (development). */
  readonly webhooksAllowHttp: boolean;
  /** How long one webhook delivery attempt may take. */
  readonly webhookTimeoutSeconds: number;
  /** Mail through SMTP: customer notices and the operators' digest; undefined: off (no ALLOT_SMTP_HOST). */
  readonly mail: MailConfig | undefined;
  /** When the operators' digest is written (when mail is on and operators are named). */
  readonly digestSchedule: string;
  /** The digest lists the SLA cancellations due within this many days. */
  readonly digestSlaDays: number;
}

export interface MailConfig {
  readonly smtp: SmtpSettings;
  readonly from: string;
  /** Who gets the daily digest. */
  readonly operatorEmails: readonly string[];
  /** A promise date that moves by more than this many days is told to the customer. */
  readonly dateShiftDays: number;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

type Env = Readonly<Record<string, string | undefined>>;

export function loadConfig(env: Env = process.env): Config {
  // Every name the parsing below reads is a known setting; an ALLOT_ name it never read is a typo
  // or a setting of another version, and running without it would silently ignore it.
  const read = new Set<string>();
  const tracked: Env = new Proxy(env, {
    get(target, name) {
      if (typeof name === 'string') read.add(name);
      return target[name as string];
    },
  });
  const config = parse(tracked);
  const unknown = Object.keys(env).filter((name) => name.startsWith(PREFIX) && !read.has(name));
  if (unknown.length > 0) throw new ConfigError(unknown.map((name) => unknownSetting(name, [...read])).join('; '));
  return config;
}

const PREFIX = 'ALLOT_';

function unknownSetting(name: string, known: readonly string[]): string {
  const candidates = known.filter((k) => k.startsWith(PREFIX));
  const nearest = closest(name, candidates);
  // A suggestion only when it is plausibly the same word mistyped, not merely the least far.
  const near = distance(name, nearest) <= Math.max(2, Math.floor(name.length / 4));
  return `${name} is not a setting of Allot${near ? ` (did you mean ${nearest}?)` : ''}; known: ${candidates.join(', ')}`;
}

function parse(env: Env): Config {
  return {
    port: integer(env, 'PORT', 3000, 0, 65535),
    // The embedded database is a single-person demo: it listens on this machine only unless HOST says otherwise.
    host: env.HOST || (env.DATABASE_URL ? '0.0.0.0' : '127.0.0.1'),
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: env.ALLOT_DATA_DIR || './data',
    demo: flag(env, 'ALLOT_DEMO', true),
    fillMode: oneOf(env, 'ALLOT_FILL_MODE', ['immediate', 'scheduled'] as const, 'immediate'),
    primarySchedule: cron(env, 'ALLOT_PRIMARY_SCHEDULE', '*/30 * * * *'),
    secondarySchedule: cron(env, 'ALLOT_SECONDARY_SCHEDULE', '0 2 * * *'),
    planningSchedule: cron(env, 'ALLOT_PLANNING_SCHEDULE', '15 0 * * *'),
    checkSchedule: cron(env, 'ALLOT_CHECK_SCHEDULE', '45 3 * * *'),
    poolSize: integer(env, 'ALLOT_DB_POOL_SIZE', 10, 1, 1000),
    idempotencyKeyHours: integer(env, 'ALLOT_IDEMPOTENCY_KEY_HOURS', 24, 1, 24 * 365),
    logLevel: oneOf(env, 'LOG_LEVEL', ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const, 'info'),
    appendAcrossOrders: flag(env, 'ALLOT_APPEND_ACROSS_ORDERS', false),
    cancelNoBackorderAtRelease: flag(env, 'ALLOT_CANCEL_NO_BACKORDER_AT_RELEASE', false),
    cancelAfterDays: env.ALLOT_CANCEL_AFTER_DAYS ? integer(env, 'ALLOT_CANCEL_AFTER_DAYS', 0, 0, 3650) : undefined,
    releaseSchedule: optionalCron(env, 'ALLOT_RELEASE_SCHEDULE'),
    cancelBackordersSchedule: optionalCron(env, 'ALLOT_CANCEL_BACKORDERS_SCHEDULE'),
    cancellationSlaSchedule: optionalCron(env, 'ALLOT_CANCELLATION_SLA_SCHEDULE'),
    slaLadder: slaLadder(env, 'ALLOT_SLA_LADDER', env.ALLOT_CANCEL_AFTER_DAYS ? Number(env.ALLOT_CANCEL_AFTER_DAYS) : null),
    slaLadderSchedule: optionalCron(env, 'ALLOT_SLA_LADDER_SCHEDULE'),
    publicUrl: publicUrl(env, 'ALLOT_PUBLIC_URL', `http://localhost:${env.PORT || 3000}`),
    choiceLinkDays: integer(env, 'ALLOT_CHOICE_LINK_DAYS', 7, 1, 365),
    jobLeaseSeconds: integer(env, 'ALLOT_JOB_LEASE_SECONDS', 60, 3, 3600),
    shutdownGraceSeconds: integer(env, 'ALLOT_SHUTDOWN_GRACE_SECONDS', 8, 1, 600),
    firstAdmin: firstAdmin(env),
    sessionIdleMinutes: integer(env, 'ALLOT_SESSION_IDLE_MINUTES', 30, 1, 7 * 24 * 60),
    signInLockoutFailures: integer(env, 'ALLOT_SIGN_IN_LOCKOUT_FAILURES', 5, 1, 1000),
    signInLockoutMinutes: integer(env, 'ALLOT_SIGN_IN_LOCKOUT_MINUTES', 15, 1, 24 * 60),
    rateLimitPerMinute: integer(env, 'ALLOT_RATE_LIMIT_PER_MINUTE', 6000, 0, 10_000_000),
    anonymousRateLimitPerMinute: integer(env, 'ALLOT_RATE_LIMIT_ANONYMOUS_PER_MINUTE', 300, 0, 10_000_000),
    signInPerMinute: integer(env, 'ALLOT_SIGN_IN_PER_MINUTE', 20, 1, 100_000),
    corsOrigins: origins(env, 'ALLOT_CORS_ORIGINS'),
    bodyLimitBytes: integer(env, 'ALLOT_BODY_LIMIT_BYTES', 1024 * 1024, 1024, 1024 * 1024 * 1024),
    trustProxy: flag(env, 'ALLOT_TRUST_PROXY', false),
    webhooksAllowPrivate: flag(env, 'ALLOT_WEBHOOKS_ALLOW_PRIVATE', false),
    webhooksAllowHttp: flag(env, 'ALLOT_WEBHOOKS_ALLOW_HTTP', false),
    webhookTimeoutSeconds: integer(env, 'ALLOT_WEBHOOK_TIMEOUT_SECONDS', 10, 1, 120),
    mail: mail(env),
    digestSchedule: cron(env, 'ALLOT_DIGEST_SCHEDULE', '0 6 * * *'),
    digestSlaDays: integer(env, 'ALLOT_DIGEST_SLA_DAYS', 3, 0, 365),
  };
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be an integer from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

function flag(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  throw new ConfigError(`${name} must be 1 or 0, got "${raw}"`);
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if ((allowed as readonly string[]).includes(raw)) return raw as T;
  throw new ConfigError(`${name} must be one of ${allowed.join(', ')}, got "${raw}"`);
}

function cron(env: Env, name: string, fallback: string): string {
  const pattern = env[name] || fallback;
  try {
    new Cron(pattern, { paused: true }).stop();
  } catch (error) {
    throw new ConfigError(`${name} is not a cron pattern: "${pattern}" (${(error as Error).message})`);
  }
  return pattern;
}

function firstAdmin(env: Env): Config['firstAdmin'] {
  const login = env.ALLOT_ADMIN_EMAIL?.trim();
  const password = env.ALLOT_ADMIN_PASSWORD;
  if (!login && !password) return undefined;
  if (!login || !password) throw new ConfigError('ALLOT_ADMIN_EMAIL and ALLOT_ADMIN_PASSWORD go together: set both, or neither');
  if (/\s/.test(login) || login.length > 200) throw new ConfigError(`ALLOT_ADMIN_EMAIL must be a login without spaces, got "${login}"`);
  if (password.length < 10) throw new ConfigError('ALLOT_ADMIN_PASSWORD must have at least 10 characters');
  return { login, password };
}

/** Every mail setting is read (so none is an unknown name), but mail is on only with a host. */
function mail(env: Env): MailConfig | undefined {
  const host = env.ALLOT_SMTP_HOST?.trim();
  const tls = oneOf(env, 'ALLOT_SMTP_TLS', ['tls', 'starttls', 'none'] as const, env.ALLOT_SMTP_PORT === '465' ? 'tls' : 'starttls');
  const port = integer(env, 'ALLOT_SMTP_PORT', tls === 'tls' ? 465 : 587, 1, 65535);
  const timeoutMs = integer(env, 'ALLOT_SMTP_TIMEOUT_SECONDS', 30, 1, 600) * 1000;
  const user = env.ALLOT_SMTP_USER || undefined;
  const password = env.ALLOT_SMTP_PASSWORD || undefined;
  if ((user === undefined) !== (password === undefined)) throw new ConfigError('ALLOT_SMTP_USER and ALLOT_SMTP_PASSWORD go together: set both, or neither');
  const from = env.ALLOT_MAIL_FROM?.trim();
  if (from && !isEmailAddress(addressIn(from))) throw new ConfigError(`ALLOT_MAIL_FROM must be a mail address (or "Name <address>"), got "${from}"`);
  const operatorEmails = emailList(env, 'ALLOT_OPERATOR_EMAILS');
  const dateShiftDays = integer(env, 'ALLOT_MAIL_DATE_SHIFT_DAYS', 2, 0, 365);
  if (!host) return undefined;
  if (!from) throw new ConfigError('ALLOT_MAIL_FROM must be set when ALLOT_SMTP_HOST is: mail needs a sender');
  return { smtp: { host, port, tls, user, password, timeoutMs }, from, operatorEmails, dateShiftDays };
}

/** The address of `Name <address>`, or the whole value. */
const addressIn = (value: string) => /<([^<>]*)>\s*$/.exec(value)?.[1] ?? value;

function emailList(env: Env, name: string): string[] {
  const raw = env[name]?.trim();
  if (!raw) return [];
  return raw.split(',').map((entry) => {
    const address = entry.trim();
    if (!isEmailAddress(address)) throw new ConfigError(`${name} must list mail addresses separated by commas, got "${address}"`);
    return address;
  });
}

/** Comma-separated origins (`https://shop.example.com`), each scheme://host[:port] with nothing after. */
function origins(env: Env, name: string): string[] {
  const raw = env[name]?.trim();
  if (!raw) return [];
  return raw.split(',').map((origin) => {
    const value = origin.trim();
    let parsed: URL | undefined;
    try {
      parsed = new URL(value);
    } catch {
      parsed = undefined;
    }
    if (!parsed || !/^https?:$/.test(parsed.protocol) || parsed.origin !== value) {
      throw new ConfigError(`${name} must list origins like https://shop.example.com, got "${value}"`);
    }
    return value;
  });
}

/** A JSON array of SLA steps, checked as a policy's ladder is (against the default cancelAfterDays). */
function slaLadder(env: Env, name: string, cancelAfterDays: number | null): SlaStep[] {
  const raw = env[name]?.trim();
  if (!raw) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new ConfigError(`${name} must be a JSON array of steps like [{"afterDays":7,"from":"entry","action":"notify"}], got "${raw}"`);
  }
  if (!Value.Check(SlaLadder, [SlaStepSchema, CustomerChoice], parsed)) {
    const first = [...Value.Errors(SlaLadder, [SlaStepSchema, CustomerChoice], parsed)][0];
    throw new ConfigError(`${name} is not a ladder: ${first ? `${first.path || '/'} ${first.message}` : 'invalid'}`);
  }
  const refused = ladderRefusal(parsed as SlaStep[], cancelAfterDays);
  if (refused) throw new ConfigError(`${name}: ${refused.code}: ${refused.detail}`);
  return parsed as SlaStep[];
}

/** An absolute http(s) URL without a trailing slash. */
function publicUrl(env: Env, name: string, fallback: string): string {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  let parsed: URL | undefined;
  try {
    parsed = new URL(raw);
  } catch {
    parsed = undefined;
  }
  if (!parsed || !/^https?:$/.test(parsed.protocol) || parsed.search || parsed.hash) {
    throw new ConfigError(`${name} must be an http(s) URL like https://allot.example.com, got "${raw}"`);
  }
  return raw.replace(/\/+$/, '');
}

function optionalCron(env: Env, name: string): string | undefined {
  return env[name] ? cron(env, name, env[name]) : undefined;
}
