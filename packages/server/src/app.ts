import { hash, randomUUID } from 'node:crypto';
import etag from '@fastify/etag';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { validatorCompiler } from 'fastify-type-provider-zod';
import type { Dependencies } from './composition.ts';
import { rejectNulCharacters } from './http/nul-characters.ts';
import { openApiOptions } from './http/openapi.ts';
import { notFoundProblem, registerProblemHandlers, routingProblem } from './http/problem.ts';
import { OneLinePerRequest } from './http/request-log.ts';
import { registerSecurityHeaders } from './http/security-headers.ts';
import { serializerCompiler } from './http/serializer.ts';
import { registerOriginCheck } from './modules/auth/csrf.ts';
import { authRoutes } from './modules/auth/auth.routes.ts';
import { healthRoutes } from './modules/health/health.routes.ts';
import { metricsRoutes } from './modules/metrics/metrics.routes.ts';
import { questionRoutes } from './modules/questions/questions.routes.ts';
import { tokenRoutes } from './modules/tokens/tokens.routes.ts';
import { userRoutes } from './modules/users/users.routes.ts';
import { accountRoutes } from './modules/account/account.routes.ts';
import { analysisRoutes } from './modules/analyses/analyses.routes.ts';
import { recordingRoutes } from './modules/recordings/recordings.routes.ts';
import { uploadRoutes } from './modules/uploads/uploads.routes.ts';
import { interviewRoutes } from './modules/interviews/interviews.routes.ts';
import { codingRoutes } from './modules/coding/coding.routes.ts';
import { reviewRoutes } from './modules/reviews/reviews.routes.ts';
import { progressRoutes } from './modules/progress/progress.routes.ts';
import { historyRoutes } from './modules/history/history.routes.ts';
import { reportRoutes } from './modules/reports/reports.routes.ts';
import { speechRoutes } from './modules/speech/speech.routes.ts';
import { kitRoutes } from './modules/kits/kits.routes.ts';
import { sharedRoutes } from './modules/sharing/shared.routes.ts';
import { sharingRoutes } from './modules/sharing/sharing.routes.ts';
import { teamRoutes } from './modules/teams/teams.routes.ts';
import { studyRoutes } from './modules/study/study.routes.ts';
import { registerSpa } from './web/spa.ts';
import { servesApi } from './roles.ts';
import { buildWorkerApp } from './worker-app.ts';

export interface AppOptions {
  logger?: FastifyServerOptions['logger'];
}

const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  // WebAssembly compiles only with 'wasm-unsafe-eval' (the in-browser face check); it allows no JavaScript eval.
  scriptSrc: ["'self'", "'wasm-unsafe-eval'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  mediaSrc: ["'self'", 'blob:'],
  connectSrc: ["'self'"],
  workerSrc: ["'self'", 'blob:'],
  fontSrc: ["'self'", 'data:'],
  objectSrc: ["'none'"],
  frameAncestors: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  // Self-hosters often serve plain HTTP on a LAN address; forcing HTTPS there would break every asset.
  upgradeInsecureRequests: null,
};

/** Builds the whole HTTP app from ready dependencies. Never listens: server.ts does, tests use inject(). */
export async function buildApp(deps: Dependencies, options: AppOptions = {}): Promise<FastifyInstance> {
  // A worker serves health and metrics only, whichever entry point started it.
  if (!servesApi(deps.config.role)) return buildWorkerApp(deps, options);
  const app = Fastify({
    logger: options.logger ?? { level: deps.config.logLevel },
    logController: new OneLinePerRequest(),
    bodyLimit: 1024 * 1024,
    genReqId: (request) => {
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && /^[\w.-]{1,100}$/.test(given) ? given : randomUUID();
    },
    // A URL that does not decode or an over-long parameter fails before routing: still a problem document.
    frameworkErrors: (error, request, reply) => void routingProblem(error, request, reply),
    // Only configured proxies may tell us the client's address; anyone else could send any X-Forwarded-For.
    trustProxy: deps.config.trustedProxies.length ? deps.config.trustedProxies : false,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onRequest', (request, reply, done) => {
    void reply.header('x-request-id', request.id);
    done();
  });
  registerProblemHandlers(app);
  rejectNulCharacters(app);

  registerSecurityHeaders(app, { contentSecurityPolicy: { directives: CONTENT_SECURITY_POLICY } });
  await app.register(rateLimit, { global: false });
  // One-shot SHA-1 (crypto.hash): the ETag @fastify/etag would make, for less.
  await app.register(etag, { hashFn: (payload) => hash('sha1', payload, 'base64') });
  await app.register(swagger, openApiOptions(deps.version));
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  app.get('/api/openapi.json', { schema: { hide: true } }, () => app.swagger());

  registerOriginCheck(app, deps.trustedOrigins);
  healthRoutes(app, { version: deps.version, pingDatabase: deps.pingDatabase, queue: deps.queue });
  metricsRoutes(app, { metrics: deps.metrics, token: deps.config.metricsToken });
  authRoutes(app, {
    auth: deps.auth,
    authenticator: deps.authenticator,
    authRateLimit: deps.authRateLimit,
    signInThrottle: deps.signInThrottle,
  });
  tokenRoutes(app, deps);
  userRoutes(app, { authenticator: deps.authenticator, users: deps.users });
  accountRoutes(app, { authenticator: deps.authenticator, account: deps.account });
  questionRoutes(app, deps);
  analysisRoutes(app, deps);
  recordingRoutes(app, deps);
  interviewRoutes(app, deps);
  codingRoutes(app, deps);
  reviewRoutes(app, deps);
  progressRoutes(app, deps);
  historyRoutes(app, deps);
  reportRoutes(app, deps);
  speechRoutes(app, deps);
  kitRoutes(app, deps);
  sharingRoutes(app, deps);
  sharedRoutes(app, deps);
  teamRoutes(app, deps);
  studyRoutes(app, deps);
  await uploadRoutes(app, deps);

  const serveSpa = await registerSpa(app, deps.config.webDistDir);
  app.setNotFoundHandler((request, reply) => (serveSpa(request, reply) ? reply : notFoundProblem(request, reply)));
  return app;
}
