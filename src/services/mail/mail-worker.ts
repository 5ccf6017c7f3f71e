import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { defaultRetryDelaysMs, nextDelayMs } from '../../domain/webhooks/retry-schedule.js';
import { claimDueMail, eventsAfterMailCursor, insertMail, lockMailCursor, moveMailCursor, recordMailAttempt, skipMailFeed, type ClaimedMail } from '../../repositories/mail-repository.js';
import { customerNotices, type NoticeSettings } from './customer-notices.js';
import { templatesInForce } from './mail-templates.js';
import type { MailTransport } from './smtp-transport.js';

export interface MailWorkerOptions extends NoticeSettings {
  /** How mail leaves; undefined: mail is off, and the cursor skips to the feed's end without reading it. */
  readonly transport: MailTransport | undefined;
  readonly from: string;
  /** Waits between attempts (default: the webhooks' backoff, at least 24 hours in all); tests pass short ones. */
  readonly retryDelaysMs?: readonly number[] | undefined;
  readonly random?: (() => number) | undefined;
  readonly pollMs?: number | undefined;
  readonly batch?: number | undefined;
  /** How long a claim keeps other processes off a mail (default: 2 minutes). */
  readonly leaseMs?: number | undefined;
  readonly logger?: { warn(details: object, message: string): void; error(details: object, message: string): void } | undefined;
}

/**
 * Writes and sends mail in the background of every API process, as the webhook DeliveryWorker
 * delivers events (docs/design.md, "Mail"): one process at a time follows the gap-free feed from
 * the mail cursor and writes the customer notices of its events (in commit order, in the same
 * transaction as the cursor's move, so once per cluster); every process claims due mails with
 * `for update skip locked`, sends them after the claim committed, and records what came of it.
 */
export class MailWorker {
  private readonly delays: readonly number[];
  private readonly random: () => number;
  /** The sender's domain, for message ids. */
  private readonly domain: string;
  private timer: NodeJS.Timeout | undefined;
  private round: Promise<unknown> = Promise.resolve();
  private stopped = false;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly options: MailWorkerOptions,
  ) {
    this.delays = options.retryDelaysMs ?? defaultRetryDelaysMs;
    this.random = options.random ?? Math.random;
    this.domain = /@([^@>\s]+)>?\s*$/.exec(options.from)?.[1] ?? 'allot';
  }

  /** One round: write the notices of what the feed has, then send what is due. Returns the events read and mails tried. */
  async runOnce(): Promise<number> {
    let read = 0;
    for (;;) {
      const events = (await this.db.transaction().execute((tx) => this.fanOut(tx, 500))) ?? 0;
      if (events === 0) break;
      read += events;
    }
    const transport = this.options.transport;
    if (!transport) return read;
    const claimed = await this.db.transaction().execute((tx) => claimDueMail(tx, this.options.batch ?? 20, this.options.leaseMs ?? 120_000));
    await Promise.all(claimed.map((mail) => this.attempt(transport, mail)));
    return read + claimed.length;
  }

  /** Runs rounds until stopped: at once again after a busy round, after `pollMs` after an idle one. */
  start(): () => Promise<void> {
    const poll = this.options.pollMs ?? 1000;
    const loop = () => {
      this.round = this.runOnce()
        .catch((error: unknown) => {
          this.options.logger?.error({ err: error }, 'mail round failed; trying again');
          return 0;
        })
        .then((done) => {
          if (!this.stopped) this.timer = setTimeout(loop, done > 0 ? 0 : poll);
        });
    };
    loop();
    return async () => {
      this.stopped = true;
      clearTimeout(this.timer);
      await this.round;
      this.options.transport?.close();
    };
  }

  /** The next events after the cursor become mails, and the cursor moves past them; null: another process holds it. */
  private async fanOut(tx: Kysely<Database>, limit: number): Promise<number | null> {
    const cursor = await lockMailCursor(tx);
    if (!cursor) return null;
    if (!this.options.transport) {
      await skipMailFeed(tx);
      return 0;
    }
    const events = await eventsAfterMailCursor(tx, cursor, limit);
    const last = events.at(-1);
    if (!last) return 0;
    const mails = await customerNotices(tx, events, await templatesInForce(tx), this.options);
    await insertMail(tx, mails, new Date());
    await moveMailCursor(tx, { xid: last.xid, id: last.id });
    return events.length;
  }

  private async attempt(transport: MailTransport, mail: ClaimedMail): Promise<void> {
    const result = await transport.send({ from: this.options.from, to: mail.recipient, subject: mail.subject, text: mail.text, html: mail.html, messageId: `<mail-${mail.id}@${this.domain}>` });
    if (result.sent) return recordMailAttempt(this.db, mail.id, { status: 'sent' });
    const wait = result.outcome === 'retry' ? nextDelayMs(mail.attempts, this.delays, this.random) : null;
    if (wait !== null) return recordMailAttempt(this.db, mail.id, { retryInMs: wait, error: result.error });
    await recordMailAttempt(this.db, mail.id, { status: 'failed', error: result.error });
    this.options.logger?.warn({ mailId: mail.id, recipient: mail.recipient, error: result.error }, result.outcome === 'rejected' ? 'mail refused by the server' : 'mail failed after its last retry');
  }
}
