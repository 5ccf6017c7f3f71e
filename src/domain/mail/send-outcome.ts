/**
 * What a failed SMTP attempt comes to (docs/design.md, "Mail"), as a webhook's answer does: a
 * permanent refusal (5xx) of the recipient or of the message is the server saying no, and is
 * not tried again; anything else (no connection, a timeout, a 4xx "try later", a refused
 * greeting or sign-in) is retried with the webhooks' backoff until the retry window ends.
 */
export type MailOutcome = 'retry' | 'rejected';

export interface SmtpFailure {
  /** The SMTP reply code, when the server answered. */
  readonly responseCode?: number | undefined;
  /** The command it answered (nodemailer's names: `RCPT TO`, `DATA`, `AUTH PLAIN`, `CONN`…). */
  readonly command?: string | undefined;
}

export function outcomeOfFailure(failure: SmtpFailure): MailOutcome {
  const code = failure.responseCode;
  const ofMessage = failure.command === 'RCPT TO' || failure.command === 'DATA';
  return code !== undefined && code >= 500 && code < 600 && ofMessage ? 'rejected' : 'retry';
}
