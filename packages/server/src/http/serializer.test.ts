import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { serializerCompiler as zodSerializerCompiler } from 'fastify-type-provider-zod';
import { indexingQuestion } from '../../test/fixtures/questions.ts';
import { questionDetail, questionPage } from '../modules/questions/questions.schemas.ts';
import { fastSerializer } from './serializer.ts';

const route = (schema: z.ZodType) => ({ schema, method: 'GET', url: '/x', httpStatus: '200' });
const both = (schema: z.ZodType, data: unknown) => {
  const fast = fastSerializer(schema);
  expect(fast, 'fast-json-stringify takes this schema').toBeDefined();
  return [JSON.parse(fast!(data)) as unknown, JSON.parse(zodSerializerCompiler(route(schema))(data)) as unknown];
};

describe('response serializer', () => {
  it('writes what zod writes for a question and a page of them', () => {
    const detail = { ...indexingQuestion, source: 'bank', retired: false, internal: 'never sent' };
    const [fast, zod] = both(questionDetail, detail);
    expect(fast).toEqual(zod);
    expect(fast).not.toHaveProperty('internal');
    const page = { items: [{ ...indexingQuestion, source: 'own', keyPoints: [] }], nextCursor: null };
    expect(both(questionPage, page)[0]).toEqual(both(questionPage, page)[1]);
  });

  it('writes only the declared fields, nested ones too, and nullable objects', () => {
    const schema = z.object({
      user: z.object({ id: z.string() }).nullable(),
      list: z.array(z.object({ n: z.number() })),
    });
    const [fast, zod] = both(schema, { user: { id: 'u', passwordHash: 'x' }, list: [{ n: 1, secret: 2 }], extra: 1 });
    expect(fast).toEqual({ user: { id: 'u' }, list: [{ n: 1 }] });
    expect(fast).toEqual(zod);
    expect(both(schema, { user: null, list: [] })[0]).toEqual({ user: null, list: [] });
  });

  it('leaves unions and records to zod', () => {
    expect(fastSerializer(z.union([z.object({ a: z.string() }), z.object({ b: z.number() })]))).toBeUndefined();
    expect(fastSerializer(z.record(z.string(), z.number()))).toBeUndefined();
  });
});
