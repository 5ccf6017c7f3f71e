import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { isDatabaseUnavailable } from '../db/database-errors.js';
import { refusal, refusalCodes, Refused, type Refusal, type RefusalCategory, type RefusalCode } from '../domain/refusal.js';

const statusOf: Readonly<Record<RefusalCategory, number>> = {
  malformed: 400,
  not_found: 404,
  conflict: 409,
  invalid: 422,
  rule: 422,
  unavailable: 503,
  unauthenticated: 401,
  forbidden: 403,
  too_many: 429,
  too_large: 413,
};

const titleOf: Readonly<Record<RefusalCategory, string>> = {
  malformed: 'Malformed request',
  not_found: 'Not found',
  conflict: 'Conflict',
  invalid: 'Invalid request',
  rule: 'Refused by a business rule',
  unavailable: 'Service unavailable',
  unauthenticated: 'Not signed in',
  forbidden: 'Not allowed',
  too_many: 'Too many requests',
  too_large: 'Request too large',
};

/** The HTTP status and title a refusal code is answered with (the OpenAPI document lists them per operation). */
export function problemKind(code: RefusalCode): { readonly status: number; readonly title: string } {
  const category = refusalCodes[code];
  return { status: statusOf[category], title: titleOf[category] };
}

/** The one place where failures become HTTP: RFC 9457 problem+json with a stable `code`. */
export function sendProblem(request: FastifyRequest, reply: FastifyReply, refusal: Refusal, status?: number) {
  const category = refusalCodes[refusal.code];
  const httpStatus = status ?? statusOf[category];
  const retryAfter = refusal.context?.retryAfterSeconds;
  if (typeof retryAfter === 'number') reply.header('retry-after', String(retryAfter));
  return reply
    .status(httpStatus)
    .type('application/problem+json')
    .send({
      ...refusal.context,
      type: `/problems/${refusal.code.replaceAll('_', '-')}`,
      title: titleOf[category],
      status: httpStatus,
      code: refusal.code,
      detail: refusal.detail,
      instance: request.url,
    });
}

export function handleError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof Refused) return sendProblem(request, reply, error.refusal);
  if (error.validation) {
    const errors = error.validation.map((v) => ({
      field: fieldOf(error.validationContext, v.instancePath, v.params),
      message: v.message ?? 'is invalid',
    }));
    const first = errors[0];
    const detail = first ? `${first.field} ${first.message}` : 'The request is invalid.';
    return sendProblem(request, reply, refusal('validation_failed', detail, { errors }));
  }
  if (error.code === 'FST_CSRF_MISSING_SECRET' || error.code === 'FST_CSRF_INVALID_TOKEN') {
    return sendProblem(
      request,
      reply,
      refusal('csrf_token_invalid', 'A change made with the session cookie needs the X-CSRF-Token header (from the sign-in answer or GET /v1/session).'),
    );
  }
  if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
    return sendProblem(request, reply, refusal('unsupported_media_type', 'Send JSON (application/json).'), 415);
  }
  if (error.statusCode === 400 || error instanceof SyntaxError) {
    return sendProblem(request, reply, refusal('malformed_json', `The body is not valid JSON: ${error.message}`));
  }
  if (error.statusCode === 413) {
    return sendProblem(request, reply, refusal('payload_too_large', 'The body is larger than this service accepts.'));
  }
  if (isDataException(error)) {
    return sendProblem(request, reply, refusal('validation_failed', `A value is out of range: ${error.message}`));
  }
  if (isDatabaseUnavailable(error)) {
    request.log.warn({ err: error }, 'database unavailable');
    reply.header('retry-after', '5');
    const detail = 'The database cannot be reached just now. Try again shortly (with the same Idempotency-Key a retry is safe).';
    return sendProblem(request, reply, refusal('database_unavailable', detail));
  }
  request.log.error({ err: error }, 'request failed');
  return reply.status(500).type('application/problem+json').send({
    type: '/problems/internal-error',
    title: 'Internal error',
    status: 500,
    code: 'internal_error',
    detail: 'Something went wrong on our side; nothing was written.',
    instance: request.url,
  });
}

function fieldOf(part: string | undefined, path: string, params: Record<string, unknown>): string {
  const missing = typeof params.missingProperty === 'string' ? `/${params.missingProperty}` : '';
  const extra = typeof params.additionalProperty === 'string' ? `/${params.additionalProperty}` : '';
  return `${part ?? 'body'}${path}${missing}${extra}`;
}

/** PostgreSQL class 22 (data exception): a value the database cannot hold, i.e. bad input. */
function isDataException(error: unknown): error is Error {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && /^22[0-9A-Z]{3}$/.test(code);
}
