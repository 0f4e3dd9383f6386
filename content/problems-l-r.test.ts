import { describeProblems } from './problems-check.ts';

// One of four shards, so the problems' sandbox runs spread over the test workers.
await describeProblems((id) => id >= 'l' && id < 's');
