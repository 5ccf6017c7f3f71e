import http from 'node:http';
import https from 'node:https';
import { guardedLookup, type WebhookSettings } from './url-guard.js';

export interface WebhookRequest {
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/** What came back: the status (null: none, `error` says why) and the start of the answer. */
export interface WebhookAnswer {
  readonly status: number | null;
  readonly excerpt: string | null;
}

/** Sends one webhook request (a port: tests may pass their own). */
export type WebhookTransport = (request: WebhookRequest) => Promise<WebhookAnswer>;

const EXCERPT_CHARS = 500;

/**
 * POSTs with Node's own client: a whole-request timeout, no redirects followed, and every
 * connection's address checked by `guardedLookup` (private ranges refused unless allowed).
 */
export function httpTransport(settings: WebhookSettings): WebhookTransport {
  const lookup = guardedLookup(settings);
  return (request) =>
    new Promise((resolve) => {
      const url = new URL(request.url);
      const client = url.protocol === 'https:' ? https : http;
      let settled = false;
      const finish = (answer: WebhookAnswer) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolve(answer);
      };
      const req = client.request(
        url,
        { method: 'POST', headers: { 'content-type': 'application/json', 'user-agent': 'Allot-Webhooks', ...request.headers }, lookup, agent: false },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => {
            if (text.length < EXCERPT_CHARS) text += chunk;
          });
          res.on('end', () => finish({ status: res.statusCode ?? null, excerpt: text.slice(0, EXCERPT_CHARS) }));
          res.on('error', (error) => finish({ status: res.statusCode ?? null, excerpt: error.message }));
        },
      );
      const timer = setTimeout(() => {
        req.destroy();
        finish({ status: null, excerpt: `timed out after ${settings.timeoutMs} ms` });
      }, settings.timeoutMs);
      req.on('error', (error: NodeJS.ErrnoException) => finish({ status: null, excerpt: `${error.code ?? 'error'}: ${error.message}`.slice(0, EXCERPT_CHARS) }));
      req.end(request.body);
    });
}
