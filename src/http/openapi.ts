import type { SwaggerOptions } from '@fastify/swagger';
import { isOptionalBody } from './validation.js';
import { securitySchemes } from './access/permissions.js';

type Document = Record<string, unknown> & { paths?: Record<string, Record<string, Operation>>; components?: Record<string, unknown> };
type Operation = Record<string, unknown> & { requestBody?: { required?: boolean }; parameters?: unknown[] };

const writeMethods = new Set(['post', 'put', 'patch', 'delete']);

/**
 * How the OpenAPI document is generated from the routes: named schemas (those with an `$id`,
 * `src/contract`) become `#/components/schemas/<$id>`, bodies marked optional are not required,
 * and the headers every command reads are documented once.
 */
export const openApiOptions: SwaggerOptions = {
  openapi: {
    openapi: '3.1.0',
    info: {
      title: 'Allot',
      version: '0.1.0',
      description:
        'Backorder and preorder management: fair allocation, backorders, fills on arrival. Every refusal is an RFC 9457 problem (`application/problem+json`) with a stable `code`.',
    },
    servers: [{ url: '/', description: 'The service itself' }],
    tags: [
      { name: 'master data', description: 'Items, locations, customers, fulfillment policies' },
      { name: 'stock', description: 'Receipts, returns, adjustments and what is in stock' },
      { name: 'orders', description: 'Order entry, changes, cancellation, release, the backorder list and the ways to source a backorder' },
      { name: 'shipments', description: 'What the warehouse picks: ship or void' },
      { name: 'purchase orders', description: 'Supply with a date from a supplier' },
      { name: 'transfer orders', description: 'Stock moved between locations' },
      { name: 'intercompany', description: 'Orders of other companies of the group that supply an original order, and their strategy' },
      { name: 'supply', description: 'The supply schedule and replenishment suggestions' },
      { name: 'jobs', description: 'Declared, idempotent jobs, run on a schedule or by hand' },
      { name: 'events', description: 'Domain events (gap-free feed) and stock-arrival alerts' },
      { name: 'webhooks', description: 'Endpoints that receive signed domain events, their deliveries and attempts' },
      { name: 'mail', description: 'Customer notices and the operators’ digest: their templates, and every mail sent' },
      { name: 'settings', description: 'Deployment settings set on screen: job schedules, release and cancellation defaults (admins)' },
      { name: 'imports', description: 'CSV in and out: master data, opening stock, the supply schedule and open orders in; backorders, stock, orders and histories out' },
      { name: 'health', description: 'Whether the service is up' },
      { name: 'access', description: 'Sign-in and sessions, people and API keys' },
    ],
    components: {
      securitySchemes,
      parameters: {
        IdempotencyKey: {
          name: 'Idempotency-Key',
          in: 'header',
          required: false,
          description: 'A retry with the same key and body returns the first answer and writes nothing new; the same key with another body is a 409 (`idempotency_key_reused`)',
          schema: { type: 'string', minLength: 1, maxLength: 200 },
        },
        Actor: {
          name: 'X-Actor',
          in: 'header',
          required: false,
          description: 'The person an API key acts for, kept in the record log; only from a key with the on-behalf right (else 403)',
          schema: { type: 'string', maxLength: 100 },
        },
      },
    },
  },
  refResolver: {
    buildLocalReference: (json, _baseUri, _fragment, i) => (typeof json.$id === 'string' ? json.$id : `def-${i}`),
  },
  // The route's body schema says whether a body is optional; the document learns it here.
  transform: ({ schema, url }) => {
    const body = (schema as { body?: unknown } | undefined)?.body;
    return { schema: isOptionalBody(body) ? { ...schema, 'x-body-optional': true } : schema, url };
  },
  transformObject: (documentObject) => {
    const document = ('openapiObject' in documentObject ? documentObject.openapiObject : documentObject.swaggerObject) as Document;
    for (const operations of Object.values(document.paths ?? {})) {
      for (const [method, operation] of Object.entries(operations)) {
        if (operation['x-body-optional'] === true) {
          delete operation['x-body-optional'];
          if (operation.requestBody) operation.requestBody.required = false;
        }
        if (writeMethods.has(method)) {
          const headers = [{ $ref: '#/components/parameters/IdempotencyKey' }, { $ref: '#/components/parameters/Actor' }];
          operation.parameters = [...(operation.parameters ?? []), ...headers];
        }
      }
    }
    return document as never;
  },
};
