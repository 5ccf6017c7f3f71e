import nodemailer from 'nodemailer';
import { outcomeOfFailure, type MailOutcome, type SmtpFailure } from '../../domain/mail/send-outcome.js';

/** How Allot reaches its SMTP server (ALLOT_SMTP_*). */
export interface SmtpSettings {
  readonly host: string;
  readonly port: number;
  /** `tls`: TLS from the start (port 465); `starttls`: STARTTLS required; `none`: plain (a relay on this machine). */
  readonly tls: 'tls' | 'starttls' | 'none';
  readonly user?: string | undefined;
  readonly password?: string | undefined;
  /** How long connecting, the greeting and each reply may take. */
  readonly timeoutMs: number;
}

export interface OutgoingMail {
  readonly from: string;
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  /** The same on every attempt of one mail, so a receiver can tell a repeat. */
  readonly messageId: string;
}

export type SendResult = { readonly sent: true } | { readonly sent: false; readonly outcome: MailOutcome; readonly error: string };

/** The mail port: sends one mail and says what came of it (never throws for a failed send). */
export interface MailTransport {
  send(mail: OutgoingMail): Promise<SendResult>;
  close(): void;
}

/** Mail through an SMTP server, with nodemailer (one pooled connection per process). */
export function smtpTransport(settings: SmtpSettings): MailTransport {
  const transporter = nodemailer.createTransport({
    host: settings.host,
    port: settings.port,
    secure: settings.tls === 'tls',
    requireTLS: settings.tls === 'starttls',
    ignoreTLS: settings.tls === 'none',
    ...(settings.user !== undefined ? { auth: { user: settings.user, pass: settings.password ?? '' } } : {}),
    connectionTimeout: settings.timeoutMs,
    greetingTimeout: settings.timeoutMs,
    socketTimeout: settings.timeoutMs,
    pool: true,
    maxConnections: 2,
  });
  return {
    async send(mail) {
      try {
        await transporter.sendMail({ from: mail.from, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html, messageId: mail.messageId });
        return { sent: true };
      } catch (error) {
        const failure = error as Error & SmtpFailure;
        return { sent: false, outcome: outcomeOfFailure(failure), error: String(failure.message).slice(0, 500) };
      }
    },
    close: () => transporter.close(),
  };
}
