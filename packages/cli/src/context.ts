import { loadQuestionFiles } from '@rehearse/server/modules/questions/question-content.ts';
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

export { loadQuestionFiles };
