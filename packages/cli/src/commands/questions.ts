import type { Category, Level, Round } from '@rehearse/core';
import { openBank } from '../context.ts';
import { printJson } from '../output.ts';

interface Options {
  category?: Category;
  level?: Level;
  round?: Round;
  search?: string;
  limit?: number;
  json?: boolean;
}

export async function questionsCommand(options: Options) {
  const questions = await openBank();
  const found = await questions.list(
    { category: options.category, level: options.level, round: options.round, source: 'bank', q: options.search },
    null,
  );
  const rows = found.slice(0, options.limit ?? found.length).map(({ question: q }) => ({
    id: q.id,
    prompt: q.prompt,
    category: q.category,
    level: q.level,
    round: q.round,
    keyPoints: q.keyPoints.map(({ id, label }) => ({ id, label })),
  }));
  if (options.json) {
    printJson(rows);
    return;
  }
  for (const row of rows)
    console.log(`${row.id.padEnd(40)} ${row.category}/${row.level}/${row.round}\n  ${row.prompt}`);
  console.log(`\n${rows.length} question(s)`);
}
