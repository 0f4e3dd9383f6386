import { describeProblems } from './problems-check.ts';

await describeProblems((id) => id >= 'l');
