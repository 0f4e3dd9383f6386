import { Command, InvalidArgumentError } from 'commander';
import { CATEGORIES, LEVELS, ROUNDS } from '@rehearse/core';
import { questionsCommand } from './commands/questions.ts';
import { analyzeCommand } from './commands/analyze.ts';
import { evalCommand } from './commands/eval.ts';
import { codeCheckCommand, problemsCommand } from './commands/problems.ts';
import { reviewCheckCommand, reviewsCommand } from './commands/reviews.ts';
import { workerCommand } from './commands/worker.ts';
import { CliError } from './output.ts';

const oneOf = (allowed: readonly string[], what: string) => (value: string) => {
  if (!allowed.includes(value)) throw new InvalidArgumentError(`${what} must be one of: ${allowed.join(', ')}`);
  return value;
};

const program = new Command()
  .name('rehearse')
  .description(
    'Rehearse from the command line: the question bank, answer analysis and evaluation.\nUses DATA_DIR and DATABASE_URL like the server.',
  )
  .showHelpAfterError();

program
  .command('questions')
  .description('List or search the question bank (best match first with --search)')
  .option('--category <category>', `filter by category (${CATEGORIES.join(', ')})`, oneOf(CATEGORIES, 'category'))
  .option('--level <level>', `filter by level (${LEVELS.join(', ')})`, oneOf(LEVELS, 'level'))
  .option('--round <round>', `filter by round (${ROUNDS.join(', ')})`, oneOf(ROUNDS, 'round'))
  .option('--search <text>', 'full-text search, ranked by relevance')
  .option('--limit <n>', 'at most this many results', (v) => Number.parseInt(v, 10))
  .option('--json', 'print JSON')
  .action(questionsCommand);

program
  .command('analyze')
  .description('Analyse an answer to a question: FILE.txt (typed) or FILE.wav/.webm (spoken)')
  .requiredOption('--question <id>', 'the question id (see `rehearse questions`)')
  .requiredOption('--answer <file>', 'the answer: .txt, .wav, .webm or .mp4')
  .option('--json', 'print JSON')
  .action(analyzeCommand);

program
  .command('eval')
  .description('Evaluate the analysis on a labelled set of answers (pairwise accuracy, mean scores by quality)')
  .argument('<file>', 'evaluation set (JSON)')
  .option('--spoken', 'speak every answer with flite and run the whole spoken pipeline')
  .option('--json', 'print JSON')
  .action(evalCommand);

program
  .command('problems')
  .description('List the coding problems')
  .option('--level <level>', `filter by level (${LEVELS.join(', ')})`, oneOf(LEVELS, 'level'))
  .option('--json', 'print JSON')
  .action(problemsCommand);

program
  .command('code')
  .description('Coding round tools')
  .command('check')
  .description("Run a solution (FILE.ts or FILE.js) against a problem's tests in the sandbox and score it")
  .requiredOption('--problem <id>', 'the problem id (see `rehearse problems`)')
  .requiredOption('--solution <file>', 'the solution: .ts or .js')
  .option('--json', 'print JSON')
  .action(codeCheckCommand);

program
  .command('reviews')
  .description('List the code-review exercises')
  .option('--level <level>', `filter by level (${LEVELS.join(', ')})`, oneOf(LEVELS, 'level'))
  .option('--json', 'print JSON')
  .action(reviewsCommand);

program
  .command('review')
  .description('Code-review round tools')
  .command('check')
  .description('Score a review (FILE.json: {comments:[{file, line, endLine?, body}], summary, verdict}) of an exercise')
  .requiredOption('--exercise <id>', 'the exercise id (see `rehearse reviews`)')
  .requiredOption('--review <file>', 'the review, as JSON')
  .option('--json', 'print JSON')
  .action(reviewCheckCommand);

program
  .command('worker')
  .description('Run a worker: every background job on the configured database; health and metrics on PORT')
  .action(workerCommand);

try {
  await program.parseAsync();
} catch (error) {
  if (error instanceof CliError) {
    console.error(`rehearse: ${error.message}`);
    process.exit(error.exitCode);
  }
  throw error;
}
