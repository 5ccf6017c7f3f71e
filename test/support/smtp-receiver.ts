import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** A mail as the receiver got it: the envelope, and the headers and bodies of the message, decoded. */
export interface ReceivedMail {
  readonly from: string;
  readonly to: string[];
  readonly subject: string;
  readonly messageId: string;
  readonly text: string;
  readonly html: string;
  readonly raw: string;
}

/** How the receiver answers a stage of one mail: a refusal with an SMTP reply code. */
export interface Refusal {
  readonly at: 'rcpt' | 'data';
  readonly code: number;
}

/**
 * A real SMTP server on 127.0.0.1 for mail tests (the `smtp-server` package, plain text, no
 * sign-in): it keeps every mail it accepts, and refuses the next stages as planned.
 */
export async function smtpReceiver() {
  const received: ReceivedMail[] = [];
  let plan: Refusal[] = [];
  const refusal = (at: Refusal['at']) => {
    if (plan[0]?.at !== at) return undefined;
    const { code } = plan.shift()!;
    return Object.assign(new Error(code < 500 ? 'try again later' : 'refused for good'), { responseCode: code });
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    // Closing at the end of a test file waits this long for connections still open.
    closeTimeout: 200,
    onRcptTo: (_address, _session, callback) => callback(refusal('rcpt') ?? undefined),
    onData: (stream, session, callback) => {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const refused = refusal('data');
        if (refused) return callback(refused);
        const raw = Buffer.concat(chunks).toString('utf8');
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          ...parseMessage(raw),
          raw,
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    port,
    received,
    /** The next stages to refuse, in order (a stage not planned is accepted). */
    refuse: (next: Refusal[]) => {
      plan = [...next];
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The subject, message id, plain text and HTML of a message nodemailer wrote (one level of multipart). */
function parseMessage(raw: string): Pick<ReceivedMail, 'subject' | 'messageId' | 'text' | 'html'> {
  const [head, ...rest] = raw.split(/\r?\n\r?\n/);
  const headers = parseHeaders(head!);
  const body = rest.join('\r\n\r\n');
  const parts: { type: string; body: string }[] = [];
  const boundary = /boundary="?([^";]+)"?/.exec(headers.get('content-type') ?? '')?.[1];
  if (boundary) {
    for (const piece of body.split(`--${boundary}`).slice(1)) {
      if (piece.startsWith('--')) break;
      const [partHead, ...partBody] = piece.replace(/^\r?\n/, '').split(/\r?\n\r?\n/);
      const partHeaders = parseHeaders(partHead!);
      parts.push({ type: partHeaders.get('content-type') ?? '', body: decode(partBody.join('\r\n\r\n').replace(/\r?\n$/, ''), partHeaders.get('content-transfer-encoding')) });
    }
  } else {
    parts.push({ type: headers.get('content-type') ?? '', body: decode(body, headers.get('content-transfer-encoding')) });
  }
  return {
    subject: decodeWords(headers.get('subject') ?? ''),
    messageId: headers.get('message-id') ?? '',
    text: parts.find((p) => p.type.startsWith('text/plain'))?.body ?? '',
    html: parts.find((p) => p.type.startsWith('text/html'))?.body ?? '',
  };
}

function parseHeaders(head: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return headers;
}

function decode(body: string, encoding: string | undefined): string {
  if (encoding?.toLowerCase() === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (encoding?.toLowerCase() === 'quoted-printable') return quotedPrintable(body);
  return body.replace(/\r\n/g, '\n');
}

function quotedPrintable(body: string): string {
  const joined = body.replace(/=\r?\n/g, '').replace(/\r\n/g, '\n');
  const bytes: number[] = [];
  for (let i = 0; i < joined.length; i++) {
    if (joined[i] === '=' && /^[0-9A-F]{2}$/i.test(joined.slice(i + 1, i + 3))) {
      bytes.push(parseInt(joined.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(...Buffer.from(joined[i]!, 'utf8'));
  }
  return Buffer.from(bytes).toString('utf8');
}

/** RFC 2047 encoded words (`=?UTF-8?Q?…?=`), as nodemailer writes a subject that is not ASCII. */
function decodeWords(value: string): string {
  return value.replace(/=\?utf-8\?([qb])\?([^?]*)\?=\s*/gi, (_, kind: string, text: string) =>
    kind.toLowerCase() === 'b' ? Buffer.from(text, 'base64').toString('utf8') : quotedPrintable(text.replace(/_/g, ' ')),
  );
}
