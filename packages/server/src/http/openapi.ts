// The OpenAPI document: generated from the routes' zod schemas, served at /api/openapi.json, linted with Redocly
// and turned into the web app's types (npm run api:types). Schemas registered with an id (`.meta({ id })`, `z.globalRegistry.add`) become
// components; those no operation uses are left out.
import type { SwaggerOptions } from '@fastify/swagger';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';

const TAGS = [
  { name: 'health', description: 'Whether the server and its database are up' },
  { name: 'auth', description: 'Accounts and browser sessions' },
  { name: 'tokens', description: 'Personal access tokens for the API and the CLI' },
  { name: 'users', description: 'Administration of accounts' },
  { name: 'questions', description: 'The question bank and your own questions' },
  { name: 'analyses', description: 'Feedback on typed answers to single questions' },
  { name: 'interviews', description: 'Mock interviews: the interviewer, answers and their feedback' },
  { name: 'recordings', description: 'Recordings of spoken answers' },
  { name: 'uploads', description: 'Resumable uploads of recordings (tus 1.0)' },
  { name: 'study', description: 'Study mode: the self-study checklist and flash cards scheduled by FSRS' },
];

export function openApiOptions(version: string): SwaggerOptions {
  return {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Rehearse API',
        version,
        description:
          'Interview rehearsal with explainable feedback. Errors are RFC 9457 problem documents ' +
          '(application/problem+json); switch on `code`, show `detail`.',
      },
      // Relative: the API is served by the same host as this document, wherever it is deployed.
      servers: [{ url: '/', description: 'The Rehearse server that serves this document' }],
      tags: TAGS,
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer', description: 'A personal access token (rh_…)' },
          session: { type: 'apiKey', in: 'cookie', name: 'better-auth.session_token' },
        },
      },
      security: [{ bearer: [] }, { session: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: (documentObject) => {
      // A fresh document, components and schemas: pruning them in place touches nothing shared.
      const document = jsonSchemaTransformObject(documentObject);
      const { paths, components } = document as { paths?: unknown; components?: { schemas?: Record<string, unknown> } };
      if (components?.schemas) components.schemas = usedSchemas(paths, components.schemas);
      return document;
    },
  };
}

const REF = '#/components/schemas/';

/** The component schemas the paths refer to, directly or through other components. */
function usedSchemas(paths: unknown, all: Record<string, unknown>) {
  const used = new Set<string>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) for (const item of value) visit(item);
    else if (value && typeof value === 'object')
      for (const [key, item] of Object.entries(value)) {
        if (key === '$ref' && typeof item === 'string' && item.startsWith(REF)) {
          const name = item.slice(REF.length);
          if (!used.has(name)) {
            used.add(name);
            visit(all[name]);
          }
        } else visit(item);
      }
  };
  visit(paths);
  return Object.fromEntries(Object.entries(all).filter(([name]) => used.has(name)));
}
