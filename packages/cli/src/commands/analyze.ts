import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { analyzeAnswer, DomainError } from '@rehearse/core';
import { openBank, openSpeech } from '../context.ts';
import { CliError, printJson } from '../output.ts';
import { analysisReport, printReadable } from '../report.ts';
import { analyzeSpokenFile, SPOKEN_EXTENSIONS } from '../spoken.ts';

interface Options {
  question: string;
  answer: string;
  json?: boolean;
}

export async function analyzeCommand(options: Options) {
  const extension = extname(options.answer).toLowerCase();
  if (extension !== '.txt' && !SPOKEN_EXTENSIONS.includes(extension)) {
    throw new CliError(`--answer must be a .txt, ${SPOKEN_EXTENSIONS.join(', ')} file (got "${options.answer}")`);
  }
  // The bank from its files is all a typed answer needs; a spoken one adds speech. No database, no migrations.
  const questions = await openBank();
  const question = await questions.get(options.question, null).catch((error: unknown) => {
    if (error instanceof DomainError) throw new CliError(`${error.message} Try \`rehearse questions --search …\`.`);
    throw error;
  });
  const index = await questions.bankIndex();
  let report;
  if (extension === '.txt') {
    const text = await readFile(options.answer, 'utf8').catch(() => {
      throw new CliError(`cannot read ${options.answer}`);
    });
    report = analysisReport(analyzeAnswer(question.question, text, { index }), text, null);
  } else {
    report = await analyzeSpokenFile(options.answer, question.question, index, await openSpeech(questions));
  }
  if (options.json) printJson(report);
  else printReadable(report);
}
