import createClient, { type Client, type ClientOptions } from 'openapi-fetch';
import type { components, operations, paths } from './openapi.js';

/**
 * The typed client of the Allot API, generated from `openapi.json` (`npm run contract`). Every
 * path, parameter, body and answer is typed; a refusal comes back as `error`, a `Problem`.
 *
 *   const allot = createAllotClient('http://localhost:3000');
 *   const { data, error } = await allot.GET('/v1/orders/{id}', { params: { path: { id: '42' } } });
 */
export type AllotClient = Client<paths>;

export function createAllotClient(baseUrl: string, init: Omit<ClientOptions, 'baseUrl'> = {}): AllotClient {
  return createClient<paths>({ ...init, baseUrl });
}

/** A named schema of the contract, e.g. `Schema<'Order'>`. */
export type Schema<Name extends keyof components['schemas']> = components['schemas'][Name];
export type Problem = Schema<'Problem'>;
export type { components, operations, paths };
