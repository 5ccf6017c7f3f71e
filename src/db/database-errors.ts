/**
 * Whether an error says the database cannot be reached now (as opposed to a bad statement): the
 * server refused or dropped the connection, is shutting down or starting up, or has no connection
 * slot left. Such a request is answered 503 and may be retried; the pool reconnects by itself.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    if (unavailable(e)) return true;
    const inner = (e as { errors?: unknown }).errors;
    if (Array.isArray(inner) && inner.some(unavailable)) return true;
  }
  return false;
}

// Node socket errors on connect or on a connection the server dropped.
const socketCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
// SQLSTATE: 57P01 admin shutdown, 57P02 crash shutdown, 57P03 cannot connect now, 53300 too many connections.
const sqlStates = new Set(['57P01', '57P02', '57P03', '53300']);
// node-postgres says these without a code when a connection ends under a query.
const messages = [/Connection terminated/i, /not queryable/i, /Connection ended/i, /terminating connection/i];

function unavailable(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && (socketCodes.has(code) || sqlStates.has(code) || code.startsWith('08'))) return true;
  const message = (error as { message?: unknown }).message;
  return typeof message === 'string' && messages.some((m) => m.test(message));
}
