// The worker role's HTTP side: health and metrics only, for the orchestrator and the scraper. A worker serves no
// API and no web app; its work comes from the job queue.
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { validatorCompiler } from 'fastify-type-provider-zod';
import type { Dependencies } from './composition.ts';
import { notFoundProblem, registerProblemHandlers } from './http/problem.ts';
import { OneLinePerRequest } from './http/request-log.ts';
import { serializerCompiler } from './http/serializer.ts';
import { healthRoutes } from './modules/health/health.routes.ts';
import { metricsRoutes } from './modules/metrics/metrics.routes.ts';

export async function buildWorkerApp(
  deps: Dependencies,
  options: { logger?: FastifyServerOptions['logger'] } = {},
): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? { level: deps.config.logLevel },
    logController: new OneLinePerRequest(),
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerProblemHandlers(app);
  healthRoutes(app, { version: deps.version, pingDatabase: deps.pingDatabase, queue: deps.queue });
  metricsRoutes(app, { metrics: deps.metrics, token: deps.config.metricsToken });
  app.setNotFoundHandler(notFoundProblem);
  await app.ready();
  return app;
}
