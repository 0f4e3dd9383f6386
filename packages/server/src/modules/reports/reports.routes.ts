import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemResponses } from '../../http/problem-responses.ts';
import type { Authenticator } from '../auth/authenticate.ts';
import type { ReportService } from './reports.service.ts';

const params = z.object({ id: z.uuid() });
const fileName = (date: string, extension: string) => `rehearse-interview-${date}.${extension}`;

export function reportRoutes(app: FastifyInstance, deps: { authenticator: Authenticator; reports: ReportService }) {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['reports'];

  routes.get(
    '/api/v1/interviews/:id/report.md',
    {
      schema: {
        tags,
        summary: 'The session report as Markdown: scores, each answer with its transcript and evidence',
        operationId: 'getInterviewReportMarkdown',
        params,
        response: {
          200: {
            description: 'The report, as a file to save (Content-Disposition: attachment)',
            content: { 'text/markdown': { schema: z.string() } },
          },
          ...problemResponses([400, 401, 404, 422]),
        },
      },
    },
    async (request, reply) => {
      const report = await deps.reports.markdown(request.params.id, await deps.authenticator.requireUser(request));
      return reply
        .type('text/markdown; charset=utf-8')
        .header('content-disposition', `attachment; filename="${fileName(report.date, 'md')}"`)
        .header('cache-control', 'private, no-store')
        .serializer((body: string) => body)
        .send(report.body);
    },
  );

  routes.get(
    '/api/v1/interviews/:id/report.pdf',
    {
      schema: {
        tags,
        summary: 'The session report as a PDF: scores and their chart, each answer with its transcript and evidence',
        operationId: 'getInterviewReportPdf',
        params,
        response: {
          200: {
            description: 'The report, as a file to save (Content-Disposition: attachment)',
            content: { 'application/pdf': { schema: z.string().meta({ format: 'binary' }) } },
          },
          ...problemResponses([400, 401, 404, 422]),
        },
      },
    },
    async (request, reply) => {
      const report = await deps.reports.pdf(request.params.id, await deps.authenticator.requireUser(request));
      // Bytes, not the string the schema names for the document: the untyped reply sends a Buffer as it is.
      const raw: FastifyReply = reply;
      return raw
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="${fileName(report.date, 'pdf')}"`)
        .header('cache-control', 'private, no-store')
        .send(report.body);
    },
  );
}
