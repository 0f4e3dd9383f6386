export * from './problem.schema.ts';
export * from './problem-file.ts';
export * from './prepare-source.ts';
export * from './harness.ts';
export * from './compare.ts';
export * from './scoring.ts';
export * from './duplication.ts';
export * from './report.ts';
