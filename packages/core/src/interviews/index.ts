export * from './plan.ts';
export * from './machine.ts';
export * from './summary.ts';
