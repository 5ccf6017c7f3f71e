import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';
import { jobCatalogue } from '../../src/jobs/catalogue.js';
import { isEmailAddress } from '../../src/domain/mail/email-address.js';
import { defaultTemplates, mailKinds, placeholdersOf } from '../../src/domain/mail/mail-kinds.js';
import { listBlock, placeholdersIn, renderMail, unknownPlaceholders } from '../../src/domain/mail/mail-template.js';
import { outcomeOfFailure } from '../../src/domain/mail/send-outcome.js';

describe('mail templates', () => {
  it('fill placeholders, escaping values in the HTML part only, and keep a subject on one line', () => {
    const template = { subject: 'For {{name}} {{lines}}', text: 'Hi {{name}}\n{{lines}}', html: '<p>Hi {{ name }}</p>{{lines}}{{missing}}' };
    const mail = renderMail(template, { name: 'A & <B> "c"', lines: listBlock(['1 × <x>', '2 × y'], 'nothing') });
    expect(mail.subject).toBe('For A & <B> "c" - 1 × <x> - 2 × y');
    expect(mail.text).toBe('Hi A & <B> "c"\n- 1 × <x>\n- 2 × y');
    expect(mail.html).toBe('<p>Hi A &amp; &lt;B&gt; &quot;c&quot;</p><ul><li>1 × &lt;x&gt;</li><li>2 × y</li></ul>');
    expect(renderMail({ subject: 's', text: '{{l}}', html: '{{l}}' }, { l: listBlock([], 'none') })).toMatchObject({ text: 'none', html: '<p>none</p>' });
  });

  it('name every placeholder they use, and those their kind does not know', () => {
    const template = { subject: '{{a}}', text: '{{ b }} {{a}}', html: '{{c d}} {{}}' };
    expect(placeholdersIn(template)).toEqual(['a', 'b', 'c d', '']);
    expect(unknownPlaceholders(template, ['a', 'b'])).toEqual(['c d', '']);
  });

  it('have defaults that use only the placeholders of their kind', () => {
    for (const kind of mailKinds) expect(unknownPlaceholders(defaultTemplates[kind], placeholdersOf[kind]), kind).toEqual([]);
  });
});

describe('SMTP failures', () => {
  it('are retried, except a permanent refusal of the recipient or the message', () => {
    expect(outcomeOfFailure({ responseCode: 550, command: 'RCPT TO' })).toBe('rejected');
    expect(outcomeOfFailure({ responseCode: 554, command: 'DATA' })).toBe('rejected');
    expect(outcomeOfFailure({ responseCode: 451, command: 'RCPT TO' })).toBe('retry');
    expect(outcomeOfFailure({ responseCode: 452, command: 'DATA' })).toBe('retry');
    expect(outcomeOfFailure({ responseCode: 535, command: 'AUTH PLAIN' })).toBe('retry');
    expect(outcomeOfFailure({ command: 'CONN' })).toBe('retry');
    expect(outcomeOfFailure({})).toBe('retry');
  });
});

describe('mail settings', () => {
  it('are off without a host, and read whole with one', () => {
    expect(loadConfig({}).mail).toBeUndefined();
    expect(loadConfig({ ALLOT_OPERATOR_EMAILS: 'ops@x.test', ALLOT_SMTP_PORT: '2525' }).mail).toBeUndefined();
    const config = loadConfig({
      ALLOT_SMTP_HOST: 'smtp.example.com',
      ALLOT_SMTP_USER: 'allot',
      ALLOT_SMTP_PASSWORD: 'secret',
      ALLOT_MAIL_FROM: 'Allot <allot@example.com>',
      ALLOT_OPERATOR_EMAILS: 'ops@example.com, night@example.com',
      ALLOT_MAIL_DATE_SHIFT_DAYS: '5',
      ALLOT_DIGEST_SCHEDULE: '30 5 * * *',
    });
    expect(config.mail).toEqual({
      smtp: { host: 'smtp.example.com', port: 587, tls: 'starttls', user: 'allot', password: 'secret', timeoutMs: 30_000 },
      from: 'Allot <allot@example.com>',
      operatorEmails: ['ops@example.com', 'night@example.com'],
      dateShiftDays: 5,
    });
    expect(loadConfig({ ALLOT_SMTP_HOST: 'h', ALLOT_SMTP_PORT: '465', ALLOT_MAIL_FROM: 'a@b.test' }).mail?.smtp).toMatchObject({ port: 465, tls: 'tls' });
    expect(jobCatalogue(config).find((j) => j.name === 'operator-digest')?.schedule).toBe('30 5 * * *');
    expect(jobCatalogue(loadConfig({})).find((j) => j.name === 'operator-digest')?.schedule).toBeUndefined();
  });

  it('stop the start with a clear message when wrong', () => {
    expect(() => loadConfig({ ALLOT_SMTP_HOST: 'h' })).toThrow(/ALLOT_MAIL_FROM must be set/);
    expect(() => loadConfig({ ALLOT_SMTP_HOST: 'h', ALLOT_MAIL_FROM: 'a@b.test', ALLOT_SMTP_USER: 'u' })).toThrow(/ALLOT_SMTP_USER and ALLOT_SMTP_PASSWORD go together/);
    expect(() => loadConfig({ ALLOT_OPERATOR_EMAILS: 'ops@x.test,not-an-address' })).toThrow(/ALLOT_OPERATOR_EMAILS .*"not-an-address"/);
    expect(() => loadConfig({ ALLOT_SMTP_TLS: 'maybe' })).toThrow(ConfigError);
    expect(() => loadConfig({ ALLOT_MAIL_FROM: 'nobody' })).toThrow(/ALLOT_MAIL_FROM/);
  });

  it('take plausible addresses only', () => {
    for (const good of ['a@b.test', 'first.last+tag@sub.example.com']) expect(isEmailAddress(good), good).toBe(true);
    for (const bad of ['a@b', 'a b@c.test', 'a@@b.test', '<a@b.test>', 'a@b.test,c@d.test', 'a@b.']) expect(isEmailAddress(bad), bad).toBe(false);
  });
});
