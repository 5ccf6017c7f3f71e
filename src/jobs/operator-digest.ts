import { insertMail, lastDigestAt } from '../repositories/mail-repository.js';
import { composeDigest, type DigestSettings } from '../services/mail/operator-digest.js';
import { templatesInForce } from '../services/mail/mail-templates.js';
import type { Job } from './job.js';

/** Who gets the digest; undefined: mail is off. */
export interface DigestMail extends DigestSettings {
  readonly operatorEmails: readonly string[];
}

const DAY_MS = 86_400_000;

/**
 * The operators' daily digest (docs/domain.md#mail): written as one mail per operator address,
 * sent by the mail worker (recorded and retried like every mail). One digest per address and
 * business day: a second run of the day writes nothing.
 */
export function operatorDigestJob(schedule: string | undefined, mail: DigestMail | undefined): Job {
  return {
    name: 'operator-digest',
    description: 'Mails the operators the day’s digest: new backorders, lines past their promise date, SLA cancellations coming, stuck releases.',
    schedule: mail && mail.operatorEmails.length > 0 ? schedule : undefined,
    run: async (ctx) => {
      if (!mail) return { processed: 0, detail: { written: 0, why: 'mail is off (ALLOT_SMTP_HOST is not set)' } };
      if (mail.operatorEmails.length === 0) return { processed: 0, detail: { written: 0, why: 'no operator addresses (ALLOT_OPERATOR_EMAILS)' } };
      const now = ctx.clock.now();
      const since = (await lastDigestAt(ctx.db)) ?? new Date(now.getTime() - DAY_MS);
      const template = (await templatesInForce(ctx.db)).get('digest')!;
      const digest = await composeDigest(ctx, since, template, mail);
      const mails = mail.operatorEmails.map((recipient) => ({ kind: 'digest', recipient, ...digest.mail, digestDate: ctx.today }));
      const written = await insertMail(ctx.db, mails, now);
      return { processed: written, detail: { written, date: ctx.today, since: since.toISOString(), ...digest.counts } };
    },
  };
}
