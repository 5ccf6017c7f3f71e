import type { Config } from '../../config.js';
import type { LockOut } from '../../services/access/sign-in.js';
import type { TokenSource } from '../../services/access/secrets.js';

/** The deployment's access and edge settings (ALLOT_* variables, README "Configuration"). */
export interface AccessSettings {
  /** A session ends after this long without a request. */
  readonly sessionIdleMinutes: number;
  readonly lockOut: LockOut;
  readonly rateLimit: {
    /** Requests per minute of one authenticated caller (a key or a person), per process; 0: no limit. */
    readonly perMinute: number;
    /** Requests per minute from one address without valid credentials, per process; 0: no limit. */
    readonly anonymousPerMinute: number;
    /** Sign-in attempts per minute from one address, per process. */
    readonly signInPerMinute: number;
  };
  /** Origins allowed to call from a browser (CORS); empty: none. */
  readonly corsOrigins: readonly string[];
  readonly bodyLimitBytes: number;
  /** Behind a reverse proxy: take the client address and protocol from X-Forwarded-*. */
  readonly trustProxy: boolean;
  readonly tokens?: TokenSource | undefined;
}

export const defaultAccessSettings: AccessSettings = {
  sessionIdleMinutes: 30,
  lockOut: { failures: 5, minutes: 15 },
  rateLimit: { perMinute: 6000, anonymousPerMinute: 300, signInPerMinute: 20 },
  corsOrigins: [],
  bodyLimitBytes: 1024 * 1024,
  trustProxy: false,
};

/** The access settings of a deployment's configuration. */
export function accessSettingsOf(
  config: Pick<
    Config,
    | 'sessionIdleMinutes'
    | 'signInLockoutFailures'
    | 'signInLockoutMinutes'
    | 'rateLimitPerMinute'
    | 'anonymousRateLimitPerMinute'
    | 'signInPerMinute'
    | 'corsOrigins'
    | 'bodyLimitBytes'
    | 'trustProxy'
  >,
): AccessSettings {
  return {
    sessionIdleMinutes: config.sessionIdleMinutes,
    lockOut: { failures: config.signInLockoutFailures, minutes: config.signInLockoutMinutes },
    rateLimit: { perMinute: config.rateLimitPerMinute, anonymousPerMinute: config.anonymousRateLimitPerMinute, signInPerMinute: config.signInPerMinute },
    corsOrigins: config.corsOrigins,
    bodyLimitBytes: config.bodyLimitBytes,
    trustProxy: config.trustProxy,
  };
}
