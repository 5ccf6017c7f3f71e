import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { openApiDocument } from '../src/http/openapi-document.js';

const header = `/**
 * Generated from openapi.json by openapi-typescript: do not edit. \`npm run contract\` regenerates it.
 */

`;

/**
 * The committed API contract, generated now: the OpenAPI document of the routes and the client
 * types generated from it. `npm run contract` writes them; a test fails when the committed ones differ.
 */
export async function contractFiles(): Promise<Record<'openapi.json' | 'client/openapi.d.ts', string>> {
  const document = await openApiDocument();
  const types = astToString(await openapiTS(document as unknown as OpenAPI3, { silent: true }));
  return { 'openapi.json': `${JSON.stringify(document, null, 2)}\n`, 'client/openapi.d.ts': header + types };
}
