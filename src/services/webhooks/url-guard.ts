import { lookup as dnsLookup, promises as dns } from 'node:dns';
import { isIP } from 'node:net';
import { isPrivateAddress } from '../../domain/webhooks/address-ranges.js';
import { refuse } from '../../domain/refusal.js';

/** What outbound webhooks may reach: the deployment's settings (README "Configuration"). */
export interface WebhookSettings {
  /** Loopback, link-local and private addresses (ALLOT_WEBHOOKS_ALLOW_PRIVATE); off by default. */
  readonly allowPrivate: boolean;
  /** Plain http:// endpoints (ALLOT_WEBHOOKS_ALLOW_HTTP), for development; off by default. */
  readonly allowHttp: boolean;
  /** How long one delivery attempt may take (ALLOT_WEBHOOK_TIMEOUT_SECONDS). */
  readonly timeoutMs: number;
}

export const defaultWebhookSettings: WebhookSettings = { allowPrivate: false, allowHttp: false, timeoutMs: 10_000 };

type Lookup = typeof dnsLookup;

/** The addresses a host name resolves to (a port: tests resolve names without DNS). */
export type Resolver = (host: string) => Promise<string[]>;

const systemResolver: Resolver = async (host) => (await dns.lookup(host, { all: true })).map((a) => a.address);

/**
 * Checks an endpoint URL before anything is written: https (unless allowed), and a host whose
 * every address is public (unless allowed). The same check runs again on every connection
 * (`guardedLookup`), so a name that later resolves to a private address is refused then too.
 */
export async function checkEndpointUrl(settings: WebhookSettings, url: string, resolve: Resolver = systemResolver): Promise<void> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    refuse('validation_failed', `"${url}" is not a URL.`, { url });
  }
  if (parsed.protocol !== 'https:' && !(settings.allowHttp && parsed.protocol === 'http:')) {
    refuse('webhook_url_not_https', `A webhook URL must use https (ALLOT_WEBHOOKS_ALLOW_HTTP allows http for development): "${url}".`, { url });
  }
  if (parsed.username || parsed.password) refuse('validation_failed', 'A webhook URL carries no credentials: the signature authenticates Allot.', { url });
  if (settings.allowPrivate) return;
  const host = parsed.hostname.replace(/^\[(.*)\]$/, '$1');
  const addresses = isIP(host) ? [host] : await resolveAll(host, resolve, url);
  const blocked = addresses.find(isPrivateAddress);
  if (blocked !== undefined) {
    refuse('webhook_url_private_address', `"${parsed.hostname}" is a loopback, link-local or private address (${blocked}); ALLOT_WEBHOOKS_ALLOW_PRIVATE allows it.`, { url, address: blocked });
  }
}

async function resolveAll(host: string, resolve: Resolver, url: string): Promise<string[]> {
  let addresses: string[] = [];
  try {
    addresses = await resolve(host);
  } catch {
    // refused below
  }
  if (addresses.length === 0) refuse('webhook_url_unresolvable', `The host of "${url}" does not resolve.`, { url });
  return addresses;
}

/**
 * A `lookup` for outbound connections that refuses private addresses (unless allowed): checked
 * on the address actually connected to, so DNS rebinding after registration gains nothing.
 */
export function guardedLookup(settings: WebhookSettings): Lookup {
  if (settings.allowPrivate) return dnsLookup;
  return ((host: string, options: object, callback: (...args: unknown[]) => void) => {
    dnsLookup(host, { ...options, all: true }, (error, found) => {
      if (error) return callback(error);
      const blocked = found.find((a) => isPrivateAddress(a.address));
      if (blocked) return callback(Object.assign(new Error(`refused private address ${blocked.address}`), { code: 'EPRIVATEADDRESS' }));
      if ((options as { all?: boolean }).all) return callback(null, found);
      return callback(null, found[0]!.address, found[0]!.family);
    });
  }) as unknown as Lookup;
}
