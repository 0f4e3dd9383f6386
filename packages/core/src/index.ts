// Public surface of @rehearse/core. Pure TypeScript: no file, network or database access anywhere below.
export * from './questions/question.schema.ts';
export * from './questions/question-file.ts';
export * from './errors.ts';
export * from './limits.ts';
export * from './speech/index.ts';
export * from './camera/index.ts';
export * from './language/index.ts';
export * from './questions/search.ts';
export * from './analysis/index.ts';
export * from './evaluation/index.ts';
export * from './interviews/index.ts';
export * from './progress/index.ts';
export * from './reports/index.ts';
export * from './coding/index.ts';
export * from './reviews/index.ts';
export * from './study/index.ts';
export * from './kits/index.ts';
