import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemResponses } from '../../http/problem-responses.ts';
import type { Authenticator } from '../auth/authenticate.ts';
import {
  kitBody,
  kitIdParams,
  kitList,
  kitView,
  suggestionList,
  suggestionsQuery,
  variantsBody,
  variantList,
} from './kits.schemas.ts';
import type { KitService } from './kits.service.ts';
import { kitPracticeRoutes } from './kit-practice.routes.ts';
import { kitScorecardRoutes } from './kit-scorecards.routes.ts';

/** Proposals asked for in a minute from one address: each may cost a language model's call. */
const VARIANTS_PER_MINUTE = 30;

export function kitRoutes(app: FastifyInstance, deps: { authenticator: Authenticator; kits: KitService }) {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['interview kits'];
  const { authenticator, kits } = deps;
  const user = (request: Parameters<Authenticator['requireUser']>[0]) => authenticator.requireUser(request);

  routes.get(
    '/api/v1/kits',
    {
      schema: {
        tags,
        summary: 'Your interview kits, last changed first',
        operationId: 'listKits',
        response: { 200: kitList, ...problemResponses([401]) },
      },
    },
    async (request) => ({ items: await kits.list(await user(request)) }),
  );

  routes.post(
    '/api/v1/kits',
    {
      schema: {
        tags,
        summary: 'Build an interview kit for a role, level and competencies',
        operationId: 'createKit',
        body: kitBody,
        response: { 201: kitView, ...problemResponses([400, 401, 403, 404, 413, 415, 422]) },
      },
    },
    async (request, reply) => reply.status(201).send(await kits.create(request.body, await user(request))),
  );

  routes.get(
    '/api/v1/kit-suggestions',
    {
      schema: {
        tags,
        summary: 'Bank questions suggested for a kit: its competencies, nearest its level first',
        operationId: 'suggestKitQuestions',
        querystring: suggestionsQuery,
        response: { 200: suggestionList, ...problemResponses([400, 401]) },
      },
    },
    async (request) => {
      const viewer = await user(request);
      const { level, competencies, exclude } = request.query;
      const excluded = (exclude ?? '').split(',').filter(Boolean);
      return { items: await kits.suggestions({ level, competencies, exclude: excluded }, viewer) };
    },
  );

  routes.get(
    '/api/v1/kits/:id',
    {
      schema: {
        tags,
        summary: 'One of your kits: each question with its sample answer, key points, red flags and scale; the plan',
        operationId: 'getKit',
        params: kitIdParams,
        response: { 200: kitView, ...problemResponses([400, 401, 404]) },
      },
    },
    async (request) => kits.get(request.params.id, await user(request)),
  );

  routes.put(
    '/api/v1/kits/:id',
    {
      schema: {
        tags,
        summary: 'Change a kit: its role, level, competencies, questions and their order',
        operationId: 'updateKit',
        params: kitIdParams,
        body: kitBody,
        response: { 200: kitView, ...problemResponses([400, 401, 403, 404, 413, 415, 422]) },
      },
    },
    async (request) => kits.update(request.params.id, request.body, await user(request)),
  );

  routes.delete(
    '/api/v1/kits/:id',
    {
      schema: {
        tags,
        summary: 'Delete a kit with its scorecards and practice links',
        operationId: 'deleteKit',
        params: kitIdParams,
        response: { 204: z.null().meta({ description: 'Deleted' }), ...problemResponses([400, 401, 403, 404]) },
      },
    },
    async (request, reply) => {
      await kits.remove(request.params.id, await user(request));
      return reply.status(204).send(null);
    },
  );

  routes.get(
    '/api/v1/kits/:id/print',
    {
      schema: {
        tags,
        summary: 'The kit as a printable page: plan, questions, what a good answer shows, red flags, scales',
        operationId: 'printKit',
        params: kitIdParams,
        response: {
          200: { description: 'A printable HTML page', content: { 'text/html': { schema: z.string() } } },
          ...problemResponses([400, 401, 404]),
        },
      },
    },
    async (request, reply) => {
      const html = await kits.printHtml(request.params.id, await user(request));
      return reply
        .type('text/html; charset=utf-8')
        .header('cache-control', 'private, no-store')
        .header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'")
        .serializer((body: string) => body)
        .send(html);
    },
  );

  routes.get(
    '/api/v1/kits/:id/print.pdf',
    {
      schema: {
        tags,
        summary: 'The kit as a PDF: plan, questions, what a good answer shows, red flags, scales',
        operationId: 'getKitPdf',
        params: kitIdParams,
        response: {
          200: {
            description: 'The kit, as a file to save (Content-Disposition: attachment)',
            content: { 'application/pdf': { schema: z.string().meta({ format: 'binary' }) } },
          },
          ...problemResponses([400, 401, 404]),
        },
      },
    },
    async (request, reply) => {
      const pdf = await kits.printPdf(request.params.id, await user(request));
      // Bytes, not the string the schema names for the document: the untyped reply sends a Buffer as it is.
      const raw: FastifyReply = reply;
      const name =
        pdf.role
          .replace(/[^A-Za-z0-9]+/g, '-')
          .replace(/^-|-$/g, '')
          .toLowerCase() || 'kit';
      return raw
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="${name}-interview-kit.pdf"`)
        .header('cache-control', 'private, no-store')
        .send(pdf.body);
    },
  );

  routes.post(
    '/api/v1/kits/:id/variants',
    {
      config: { rateLimit: { max: VARIANTS_PER_MINUTE, timeWindow: '1 minute' } },
      schema: {
        tags,
        summary:
          'Propose new questions from a role description (a language model where configured, else similar bank questions); nothing joins the kit until you add it',
        operationId: 'proposeKitVariants',
        params: kitIdParams,
        body: variantsBody,
        response: { 200: variantList, ...problemResponses([400, 401, 403, 404, 413, 415, 429]) },
      },
    },
    async (request) => kits.proposeVariants(request.params.id, request.body.roleDescription, await user(request)),
  );

  kitScorecardRoutes(app, deps);
  kitPracticeRoutes(app, deps);
}
