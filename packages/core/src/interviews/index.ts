export * from './plan.ts';
export * from './machine.ts';
export * from './summary.ts';
export * from './follow-up.ts';
export * from './hands-on.ts';
