import { createAllotClient, type Problem, type Schema } from '../../../client/index.js';

export type { Schema, Problem };

/** A refusal from the API, with its problem details (title, detail, code, the field it names). */
export class ApiProblem extends Error {
  constructor(
    readonly problem: Problem,
    readonly status: number,
  ) {
    super(`${problem.title}: ${problem.detail}`);
  }
}

let csrfToken: string | null = null;
/** The session's CSRF token: every change made with the session cookie sends it. */
export function rememberCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** The typed client of the API (generated from openapi.json), on this origin, with the session cookie. */
export const allot = createAllotClient('', { credentials: 'same-origin' });
allot.use({
  onRequest({ request }) {
    if (request.method !== 'GET' && csrfToken) request.headers.set('X-CSRF-Token', csrfToken);
    return request;
  },
});

/** What the typed client answers: the data, or the problem it was refused with (thrown). */
export async function unwrap<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call;
  if (error !== undefined || !response.ok) {
    const problem = isProblem(error)
      ? error
      : ({ type: 'about:blank', title: response.statusText || 'Request failed', status: response.status, code: 'internal_error', detail: `The server answered ${response.status}.` } as Problem);
    throw new ApiProblem(problem, response.status);
  }
  return data as T;
}

function isProblem(value: unknown): value is Problem {
  return typeof value === 'object' && value !== null && 'title' in value && 'detail' in value;
}
