import type { Kysely } from 'kysely';
import { Webhook } from 'standardwebhooks';
import type { Database } from '../../db/schema.js';
import { defaultRetryDelaysMs, nextDelayMs, outcomeOf } from '../../domain/webhooks/retry-schedule.js';
import { appendDomainEvents, eventsByIds } from '../../repositories/domain-event-repository.js';
import { claimDue, fanOut, findEndpoint, recordAttempt, setEndpointHealth, type ClaimedDelivery, type EndpointRow } from '../../repositories/webhook-repository.js';
import { feedEvent, type FeedEvent } from '../events/event-feed.js';
import { httpTransport, type WebhookTransport } from './webhook-transport.js';
import type { WebhookSettings } from './url-guard.js';

export interface DeliveryWorkerOptions {
  readonly settings: WebhookSettings;
  readonly transport?: WebhookTransport | undefined;
  /** Waits between attempts (default: at least 24 hours in all, whatever the jitter); tests pass short ones. */
  readonly retryDelaysMs?: readonly number[] | undefined;
  readonly random?: (() => number) | undefined;
  /** How often an idle worker looks for work. */
  readonly pollMs?: number | undefined;
  readonly batch?: number | undefined;
  /** How long a claim keeps other processes off a delivery (default: the timeout plus 30 s). */
  readonly leaseMs?: number | undefined;
  readonly logger?: { warn(details: object, message: string): void; error(details: object, message: string): void } | undefined;
}

/**
 * Delivers domain events to webhook endpoints, in the background of every API process (docs/design.md,
 * "Events and webhooks"): one process at a time fans the gap-free feed out into deliveries; each
 * process claims due deliveries with `for update skip locked`, sends them after the claim's
 * transaction committed (never inside it, never in a request), and records every attempt.
 */
export class DeliveryWorker {
  private readonly transport: WebhookTransport;
  private readonly delays: readonly number[];
  private readonly random: () => number;
  private readonly batch: number;
  private timer: NodeJS.Timeout | undefined;
  private round: Promise<unknown> = Promise.resolve();
  private stopped = false;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly options: DeliveryWorkerOptions,
  ) {
    this.transport = options.transport ?? httpTransport(options.settings);
    this.delays = options.retryDelaysMs ?? defaultRetryDelaysMs;
    this.random = options.random ?? Math.random;
    this.batch = options.batch ?? 20;
  }

  /** One round: fan out what the feed has, then send what is due. Returns the attempts made. */
  async runOnce(): Promise<number> {
    while (((await this.db.transaction().execute((tx) => fanOut(tx, 500))) ?? 0) > 0);
    // The lease outlasts the attempt: no other process takes the delivery while it is being sent.
    const lease = this.options.leaseMs ?? this.options.settings.timeoutMs + 30_000;
    const claimed = await this.db.transaction().execute((tx) => claimDue(tx, this.batch, lease));
    if (claimed.length === 0) return 0;
    const events = new Map((await eventsByIds(this.db, [...new Set(claimed.map((c) => c.eventId))])).map((e) => [e.id, feedEvent(e)]));
    const endpoints = new Map<number, EndpointRow | undefined>();
    for (const id of new Set(claimed.map((c) => c.endpointId))) endpoints.set(id, await findEndpoint(this.db, id));
    await Promise.all(claimed.map((c) => this.attempt(c, endpoints.get(c.endpointId), events.get(c.eventId))));
    return claimed.length;
  }

  /** Runs rounds until stopped: at once again after a busy round, after `pollMs` after an idle one. */
  start(): () => Promise<void> {
    const poll = this.options.pollMs ?? 1000;
    const loop = () => {
      this.round = this.runOnce()
        .catch((error: unknown) => {
          this.options.logger?.error({ err: error }, 'webhook delivery round failed; trying again');
          return 0;
        })
        .then((made) => {
          if (!this.stopped) this.timer = setTimeout(loop, made > 0 ? 0 : poll);
        });
    };
    loop();
    return async () => {
      this.stopped = true;
      clearTimeout(this.timer);
      await this.round;
    };
  }

  private async attempt(delivery: ClaimedDelivery, endpoint: EndpointRow | undefined, event: FeedEvent | undefined): Promise<void> {
    if (!endpoint || !event) return;
    const body = JSON.stringify(event);
    const started = performance.now();
    const answer = await this.transport({ url: endpoint.url, headers: signedHeaders(endpoint, `evt_${event.id}`, body, new Date()), body });
    const durationMs = Math.round(performance.now() - started);
    const outcome = outcomeOf(answer.status);
    const record = { deliveryId: delivery.id, statusCode: answer.status, durationMs, responseExcerpt: answer.excerpt };
    if (outcome === 'delivered') {
      await recordAttempt(this.db, { ...record, outcome }, { status: 'delivered' });
      await setEndpointHealth(this.db, endpoint.id, 'healthy');
    } else if (outcome === 'rejected') {
      await recordAttempt(this.db, { ...record, outcome }, { status: 'failed' });
    } else {
      const wait = nextDelayMs(delivery.attempts, this.delays, this.random);
      if (wait !== null) await recordAttempt(this.db, { ...record, outcome }, { retryInMs: wait });
      else {
        await recordAttempt(this.db, { ...record, outcome: 'gave_up' }, { status: 'failed' });
        // Admins are told once per fall, by the event `webhook_endpoint.failing` and the log.
        const fell = await this.db.transaction().execute(async (tx) => {
          if (!(await setEndpointHealth(tx, endpoint.id, 'failing'))) return false;
          const data = { endpointId: endpoint.id, url: endpoint.url, deliveryId: delivery.id, eventId: event.id, eventType: event.type };
          await appendDomainEvents(tx, [{ type: 'webhook_endpoint.failing', orderId: null, itemIds: [], data }], new Date());
          return true;
        });
        this.options.logger?.warn(
          { endpointId: endpoint.id, url: endpoint.url, deliveryId: delivery.id, told: fell },
          'webhook endpoint failing: a delivery gave up after its last retry',
        );
      }
    }
  }
}

/**
 * The Standard Webhooks headers: the message id, the time in seconds, and a signature by the
 * current secret, plus one by the rotated-out secret while its overlap lasts.
 */
export function signedHeaders(endpoint: Pick<EndpointRow, 'secret' | 'previousSecret' | 'previousExpiresAt'>, id: string, body: string, now: Date) {
  const secrets = [endpoint.secret];
  if (endpoint.previousSecret && endpoint.previousExpiresAt && endpoint.previousExpiresAt > now) secrets.push(endpoint.previousSecret);
  return {
    'webhook-id': id,
    'webhook-timestamp': String(Math.floor(now.getTime() / 1000)),
    'webhook-signature': secrets.map((s) => new Webhook(s).sign(id, now, body)).join(' '),
  };
}
