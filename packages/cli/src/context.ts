import { contentRepository, loadQuestionFiles } from '@rehearse/server/modules/questions/question-content.ts';
import { createQuestionService, type QuestionService } from '@rehearse/server/modules/questions/questions.service.ts';
import { createDependencies, type Dependencies } from '@rehearse/server/composition.ts';
import { ConfigError, loadConfig } from '@rehearse/server/config.ts';
import { CliError } from './output.ts';

/** The same wiring as the server: configuration from the environment, the database, the bank loaded. */
export async function openContext(): Promise<Dependencies> {
  try {
    return await createDependencies(loadConfig({ LOG_LEVEL: 'silent', ...process.env }));
  } catch (error) {
    if (error instanceof ConfigError) throw new CliError(error.message);
    throw error;
  }
}

/**
 * The question bank alone, read from its content files: no database is opened and no migration runs, for the
 * commands that only read the bank.
 */
export async function openBank(): Promise<QuestionService> {
  let contentDir: string;
  try {
    contentDir = loadConfig({ LOG_LEVEL: 'silent', ...process.env }).contentDir;
  } catch (error) {
    if (error instanceof ConfigError) throw new CliError(error.message);
    throw error;
  }
  const { questions } = await loadQuestionFiles(contentDir);
  return createQuestionService({ repository: contentRepository(questions) });
}

export { loadQuestionFiles };
