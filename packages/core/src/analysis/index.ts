// Public surface of answer analysis.
export { analyzeAnswer } from './analyze-answer.ts';
export type * from './types.ts';
