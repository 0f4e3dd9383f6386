export * from './exercise.schema.ts';
export * from './exercise-file.ts';
export * from './review-check.ts';
export * from './diff.ts';
