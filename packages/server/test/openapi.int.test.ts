// The API contract: the OpenAPI document the routes generate passes Redocly's recommended lint without errors,
// every operation has a stable operationId and documents its problem responses, and the web app's generated
// types (packages/web/src/api/schema.d.ts) are those of this document.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { lintDocument, renderSchemaTypes, SCHEMA_TYPES_FILE } from '../../../scripts/openapi.ts';
import { openApiDocument } from '../src/openapi-document.ts';

interface Operation {
  operationId?: string;
  responses: Record<string, { content?: Record<string, unknown> }>;
}

describe('the OpenAPI document', () => {
  let document: Record<string, unknown>;
  let operations: [string, Operation][];

  beforeAll(async () => {
    document = await openApiDocument();
    const paths = document.paths as Record<string, Record<string, Operation>>;
    operations = Object.entries(paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]): [string, Operation] => [
        `${method.toUpperCase()} ${path}`,
        operation,
      ]),
    );
  });

  it("passes Redocly's recommended lint without errors", () => {
    const result = lintDocument(document);
    expect(result.errors, result.report).toBe(0);
  });

  it('names every operation once, in camelCase', () => {
    const ids = operations.map(([name, operation]) => `${operation.operationId ?? `(none on ${name})`}`);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-zA-Z]+$/);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('documents the problems of every operation as application/problem+json', () => {
    for (const [name, operation] of operations) {
      const problems = Object.entries(operation.responses).filter(([status]) => status.startsWith('4'));
      expect(problems.length, name).toBeGreaterThan(0);
      for (const [status, response] of problems)
        expect(Object.keys(response.content ?? {}), `${name} ${status}`).toEqual(['application/problem+json']);
    }
  });

  it('says where the API is served', () => {
    expect(document.servers).toEqual([expect.objectContaining({ url: '/' })]);
  });

  it('is what the web app is typed from (else run `npm run api:types`)', async () => {
    const committed = readFileSync(SCHEMA_TYPES_FILE, 'utf8');
    expect(committed === (await renderSchemaTypes(document)), 'schema.d.ts is out of date: npm run api:types').toBe(
      true,
    );
  });
});
