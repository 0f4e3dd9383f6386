// Responses serialized by their schema with fast-json-stringify, Fastify's own serializer: only the declared
// fields are written, as with zod, at a seventh of the cost (checking a question's detail with zod took 250 µs, as
// long as the rest of the request). What the handlers return is our own data, already validated when it came in;
// the schema shapes it (unknown fields never leave) without checking every value again. A schema that
// fast-json-stringify cannot follow exactly (unions, references, conditionals) keeps zod's serializer.
import fastJsonStringify from 'fast-json-stringify';
import type { FastifySerializerCompiler } from 'fastify';
import { serializerCompiler as zodSerializerCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';

/** JSON Schema keywords that fast-json-stringify resolves by validating (or not at all): zod serializes those. */
const NEEDS_ZOD = /"(anyOf|oneOf|allOf|not|if|\$ref|patternProperties|propertyNames)"/;

/** fast-json-stringify for the route's response schema, or undefined when it should not be trusted with it. */
export function fastSerializer(schema: unknown): ((data: unknown) => string) | undefined {
  const zodSchema = schema instanceof z.ZodType ? schema : (schema as { properties?: unknown }).properties;
  if (!(zodSchema instanceof z.ZodType)) return undefined;
  try {
    // An empty registry: named schemas (the OpenAPI document's components) are written inline, not as $ref.
    const json = nullableAsType(z.toJSONSchema(zodSchema, { io: 'output', target: 'draft-7', metadata: z.registry() }));
    if (NEEDS_ZOD.test(JSON.stringify(json))) return undefined;
    return fastJsonStringify(json as Parameters<typeof fastJsonStringify>[0]);
  } catch {
    return undefined; // a schema JSON Schema cannot express (a transform): zod's serializer handles it
  }
}

/** `anyOf: [X, {type: 'null'}]` (how zod writes a nullable object) as X with `type: [X's type, 'null']`. */
function nullableAsType(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(nullableAsType);
  if (!schema || typeof schema !== 'object') return schema;
  const entries = Object.entries(schema).map(([key, value]) => [key, nullableAsType(value)] as const);
  const node = Object.fromEntries(entries) as Record<string, unknown>;
  const options = node.anyOf;
  if (!Array.isArray(options) || options.length !== 2 || Object.keys(node).length !== 1) return node;
  const nonNull = options.filter((option: { type?: unknown }) => option?.type !== 'null');
  const inner = nonNull[0] as { type?: unknown } | undefined;
  if (nonNull.length !== 1 || typeof inner?.type !== 'string') return node;
  return { ...inner, type: [inner.type, 'null'] };
}

/** Compiled on a route's first reply of each status, so that starting the server compiles nothing. */
export const serializerCompiler: FastifySerializerCompiler<z.ZodType> = (route) => {
  let serialize: ((data: unknown) => string) | undefined;
  return (data) => (serialize ??= fastSerializer(route.schema) ?? zodSerializerCompiler(route))(data);
};
