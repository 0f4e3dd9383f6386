import { readFile } from 'node:fs/promises';
import { analyzeAnswer, createSearchResolver, evaluate, parseEvalSet } from '@rehearse/core';
import { openBank, openSpeech } from '../context.ts';
import { CliError, printJson } from '../output.ts';
import { evaluateSpoken } from '../spoken.ts';

interface Options {
  spoken?: boolean;
  json?: boolean;
}

export async function evalCommand(file: string, options: Options) {
  const text = await readFile(file, 'utf8').catch(() => {
    throw new CliError(`cannot read ${file}`);
  });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new CliError(`${file} is not JSON`);
  }
  const parsed = parseEvalSet(data);
  if (!parsed.ok) throw new CliError(`${file} is not a valid evaluation set:\n  ${parsed.errors.join('\n  ')}`);

  // The bank from its files, and speech for spoken runs: no database, no migrations.
  const questions = await openBank();
  const index = await questions.bankIndex();
  const resolve = createSearchResolver(index);
  const speech = options.spoken ? await openSpeech(questions) : null;
  const result = speech
    ? await evaluateSpoken(parsed.set.items, index, resolve, speech, (line) => console.error(line))
    : evaluate(parsed.set.items, resolve, (question, answer) => analyzeAnswer(question, answer, { index }));
  if (options.json) {
    printJson(result);
    return;
  }
  for (const item of result.items) {
    const own = item.resolution.ownRubricWeight;
    const judged = own
      ? ` (its own expected points weigh ${own})`
      : item.questionId
        ? ''
        : " (judged on the item's own points)";
    console.log(`${item.id} → ${item.questionId ?? '(unresolved)'}${judged}`);
    for (const answer of item.answers) {
      const s = answer.scores;
      console.log(
        `  ${answer.quality.padEnd(8)} overall ${s.overall}  content ${s.content}  structure ${s.structure}  delivery ${s.delivery ?? '—'}`,
      );
    }
  }
  console.log(JSON.stringify(result.metrics, null, 2));
}
