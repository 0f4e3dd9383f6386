import { contentRepository, loadQuestionFiles } from '@rehearse/server/modules/questions/question-content.ts';
import { createQuestionService, type QuestionService } from '@rehearse/server/modules/questions/questions.service.ts';
import { ConfigError, loadConfig, type Config } from '@rehearse/server/config.ts';
import { createSpeech, type Speech } from '@rehearse/server/modules/speech/speech-wiring.ts';
import { CliError } from './output.ts';

function config(): Config {
  try {
    return loadConfig({ LOG_LEVEL: 'silent', ...process.env });
  } catch (error) {
    if (error instanceof ConfigError) throw new CliError(error.message);
    throw error;
  }
}

/**
 * The question bank alone, read from its content files: no database is opened and no migration runs, for the
 * commands that only read the bank or analyse an answer to one of its questions.
 */
export async function openBank(): Promise<QuestionService> {
  const { questions } = await loadQuestionFiles(config().contentDir);
  return createQuestionService({ repository: contentRepository(questions) });
}

/**
 * The spoken path for answers given on the command line: the configured transcriber with its question-biased
 * language models, and nothing else (no database, no job queue, no live transcription of uploads).
 */
export function openSpeech(questions: QuestionService): Promise<Speech> {
  return createSpeech(config(), questions, { questionFor: () => Promise.resolve(null), log: () => {} });
}

export { loadQuestionFiles };
