import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { refusalCodes, type RefusalCode } from '../../src/domain/refusal.js';
import { contractFiles } from '../../scripts/contract-files.js';

interface Operation {
  operationId?: string;
  summary?: string;
  tags?: string[];
  requestBody?: { required?: boolean };
  responses: Record<string, { description: string; content?: Record<string, { schema: { $ref?: string } }> }>;
}
interface Document {
  tags: { name: string }[];
  paths: Record<string, Record<string, Operation>>;
}

// Codes no single operation answers: a path that names no route and one no service gives today.
const notPerOperation: readonly RefusalCode[] = ['route_not_found', 'nothing_to_change'];

let generated: Awaited<ReturnType<typeof contractFiles>>;
let document: Document;
const operations = () => Object.entries(document.paths).flatMap(([path, ops]) => Object.entries(ops).map(([method, op]) => ({ path, method, op })));

beforeAll(async () => {
  generated = await contractFiles();
  document = JSON.parse(generated['openapi.json']) as Document;
});

describe('the committed API contract', () => {
  for (const file of ['openapi.json', 'client/openapi.d.ts'] as const) {
    it(`${file} is what the routes generate now`, async () => {
      const committed = await readFile(new URL(`../../${file}`, import.meta.url), 'utf8').catch(() => '');
      expect(committed === generated[file], `${file} is stale: run \`npm run contract\` and commit the result`).toBe(true);
    });
  }
});

describe('the OpenAPI document', () => {
  it('names every operation (a unique camelCase operationId), sums it up and tags it with a declared tag', () => {
    const declared = new Set(document.tags.map((t) => t.name));
    const ids = operations().map(({ path, method, op }) => {
      expect(op.operationId, `${method} ${path}`).toMatch(/^[a-z][a-zA-Z]+$/);
      expect(op.summary, `${method} ${path}`).toBeTruthy();
      expect(op.tags?.length, `${method} ${path}`).toBeGreaterThan(0);
      for (const tag of op.tags ?? []) expect(declared.has(tag), `tag "${tag}" of ${method} ${path}`).toBe(true);
      return op.operationId;
    });
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('answers every error as application/problem+json with the Problem schema and lists its codes', () => {
    for (const { path, method, op } of operations()) {
      for (const [status, response] of Object.entries(op.responses).filter(([s]) => /^[45]/.test(s))) {
        expect(Object.keys(response.content ?? {}), `${status} of ${method} ${path}`).toEqual(['application/problem+json']);
        expect(response.content!['application/problem+json']!.schema.$ref).toBe('#/components/schemas/Problem');
        expect(response.description, `${status} of ${method} ${path}`).toMatch(/`[a-z_]+`/);
      }
    }
  });

  it('documents every refusal code on the operations that can answer it', () => {
    const documented = new Set(operations().flatMap(({ op }) => Object.values(op.responses).flatMap((r) => [...r.description.matchAll(/`([a-z_]+)`/g)].map((m) => m[1]))));
    const missing = Object.keys(refusalCodes).filter((code) => !documented.has(code) && !notPerOperation.includes(code as RefusalCode));
    expect(missing).toEqual([]);
  });

  it('requires no body of commands that take none, or only optional fields', () => {
    const byId = new Map(operations().map(({ op }) => [op.operationId, op]));
    for (const id of [
      'releaseOrder',
      'receivePurchaseOrder',
      'confirmPurchaseOrder',
      'cancelPurchaseOrder',
      'shipTransferOrder',
      'receiveTransferOrder',
      'cancelTransferOrder',
      'shipShipment',
      'voidShipment',
      'runJob',
      'splitOrder',
      'purchaseOrderShortage',
    ]) {
      expect(byId.get(id)?.requestBody?.required ?? false, id).toBe(false);
    }
    expect(byId.get('enterOrder')?.requestBody?.required).toBe(true);
  });
});
