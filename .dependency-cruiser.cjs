/** Layer rules: the core is pure domain code; adapters and frameworks live at the edges. */
module.exports = {
  forbidden: [
    {
      name: 'core-is-pure',
      comment:
        'The core runs in server, worker, CLI and browser: no Node built-ins with I/O, no frameworks, no adapters.',
      severity: 'error',
      from: { path: '^packages/core/src' },
      to: {
        path: [
          '^packages/(server|web|cli)/',
          'node_modules/(fastify|@fastify|kysely|better-sqlite3|pg|pg-boss|better-auth|react|react-dom|@tanstack|@tus|tus-js-client|vite|pino)/',
        ],
      },
    },
    {
      name: 'core-no-io-builtins',
      severity: 'error',
      from: { path: '^packages/core/src' },
      to: {
        dependencyTypes: ['core'],
        path: '^(fs|node:fs|fs/promises|node:fs/promises|child_process|node:child_process|net|node:net|http|node:http|https|node:https|worker_threads|node:worker_threads)$',
      },
    },
    {
      name: 'web-not-server',
      comment: 'The browser app talks to the server over HTTP only.',
      severity: 'error',
      from: { path: '^packages/web/src' },
      to: { path: '^packages/(server|cli)/' },
    },
    {
      name: 'speech-not-interviews',
      comment:
        'Speech hears recordings for whoever asks (answers, the CLI, evaluation runs); it knows nothing of interviews.',
      severity: 'error',
      from: { path: '^packages/server/src/modules/speech/' },
      to: { path: '^packages/server/src/modules/interviews/' },
    },
    {
      name: 'routes-not-database',
      comment: 'Handlers validate, authenticate, call a service and present: SQL lives in repositories.',
      severity: 'error',
      from: { path: '\\.routes\\.ts$' },
      to: { path: ['^packages/server/src/db/', 'node_modules/kysely/'] },
    },
    {
      name: 'services-not-database',
      comment:
        'Services keep the rules and reach storage through repositories in domain terms: no Kysely, no rows. ' +
        'Changes that commit together pass the opaque UnitOfWork, the one part of the database layer they see.',
      severity: 'error',
      from: { path: '^packages/server/src/modules/.+\\.service\\.ts$' },
      to: {
        path: ['^packages/server/src/db/', 'node_modules/kysely/', '^packages/server/src/modules/.+\\.tables\\.ts$'],
        pathNot: '^packages/server/src/db/unit-of-work\\.ts$',
      },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'Every import must resolve (a package used by a workspace must be among its dependencies).',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^packages/[^/]+/dist/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
      extensions: ['.ts', '.tsx', '.js'],
    },
  },
};
