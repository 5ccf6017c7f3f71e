import { describe, expect, it } from 'vitest';
import { isPrivateAddress } from '../../src/domain/webhooks/address-ranges.js';
import { defaultRetryDelaysMs, nextDelayMs, outcomeOf } from '../../src/domain/webhooks/retry-schedule.js';

describe('webhook delivery rules', () => {
  it('retries timeouts, connection errors, 5xx, 408 and 429; not another 4xx', () => {
    expect(outcomeOf(200)).toBe('delivered');
    expect(outcomeOf(204)).toBe('delivered');
    for (const status of [null, 500, 502, 503, 408, 429, 301]) expect(outcomeOf(status), String(status)).toBe('retry');
    for (const status of [400, 401, 403, 404, 410, 422]) expect(outcomeOf(status), String(status)).toBe('rejected');
  });

  it('backs off exponentially with ±20 % jitter for over 24 hours, then gives up', () => {
    const total = defaultRetryDelaysMs.reduce((sum, ms) => sum + ms, 0);
    expect(total * 0.8).toBeGreaterThan(24 * 3600_000);
    for (let i = 1; i < defaultRetryDelaysMs.length; i++) expect(defaultRetryDelaysMs[i]!).toBeGreaterThanOrEqual(defaultRetryDelaysMs[i - 1]!);
    expect(nextDelayMs(1, defaultRetryDelaysMs, () => 0)).toBe(4000);
    expect(nextDelayMs(1, defaultRetryDelaysMs, () => 1)).toBe(6000);
    expect(nextDelayMs(defaultRetryDelaysMs.length, defaultRetryDelaysMs, () => 0.5)).toBe(36_000_000);
    expect(nextDelayMs(defaultRetryDelaysMs.length + 1, defaultRetryDelaysMs, () => 0.5)).toBeNull();
  });

  it('refuses loopback, link-local, private and reserved addresses, IPv4 and IPv6', () => {
    for (const address of ['127.0.0.1', '10.2.3.4', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '224.0.0.1', '::1', '::', 'fe80::1', 'fd00::1', '::ffff:127.0.0.1', '::ffff:a00:1', 'not-an-address']) {
      expect(isPrivateAddress(address), address).toBe(true);
    }
    for (const address of ['93.184.215.14', '8.8.8.8', '172.32.0.1', '2606:4700::1111', '::ffff:8.8.8.8']) expect(isPrivateAddress(address), address).toBe(false);
  });
});
