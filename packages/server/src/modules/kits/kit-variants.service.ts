// "Suggest variants": new questions for a kit from a description of the role. Where a language model is
// configured it writes them (each with a sample answer, key points and red flags); offline, or when the model
// fails, the bank's questions nearest the description and the kit's own questions are proposed instead. Nothing
// joins the kit here: the kit's author reviews each proposal and adds the accepted ones with an update.
import { createQuestionIndex, type Category, type Level, type Question } from '@rehearse/core';
import type { QuestionService, Viewer } from '../questions/questions.service.ts';
import type { KitAccessPort } from './kit-access.ts';

export interface ProposedQuestion {
  competency: Category;
  prompt: string;
  sampleAnswer: string;
  keyPoints: string[];
  redFlags: string[];
}

/** A language model's proposals, or null when it is unavailable (then the bank answers). */
export interface QuestionProposer {
  propose(request: {
    role: string;
    level: Level;
    competencies: readonly Category[];
    roleDescription: string;
    existingPrompts: readonly string[];
    count: number;
  }): Promise<ProposedQuestion[] | null>;
}

const PROPOSALS = 5;
const LEVELS_ORDER: readonly Level[] = ['junior', 'mid', 'senior'];

/** Bank questions nearest the description and the kit's prompts, not in the kit, within a level of it. */
export function similarBankQuestions(
  bank: readonly Question[],
  wanted: { text: string; level: Level; exclude: ReadonlySet<string> },
  limit = PROPOSALS,
): Question[] {
  const near = (q: Question) =>
    Math.abs(LEVELS_ORDER.indexOf(q.level) - LEVELS_ORDER.indexOf(wanted.level)) <= 1 && !wanted.exclude.has(q.id);
  return createQuestionIndex(bank)
    .search(wanted.text, { limit: 50 })
    .map((hit) => hit.question)
    .filter(near)
    .slice(0, limit);
}

export function createVariantService(deps: {
  questions: Pick<QuestionService, 'list'>;
  access: KitAccessPort;
  proposer: QuestionProposer | undefined;
}) {
  const { questions, access, proposer } = deps;

  return {
    async proposeVariants(kitId: string, roleDescription: string, viewer: Viewer) {
      const { kit, questions: items } = await access.resolve((await access.open(kitId, viewer, 'edit')).kit);
      const existingPrompts = items.map((q) => q.prompt);
      const written = await proposer?.propose({
        ...{ role: kit.role, level: kit.level, competencies: kit.competencies, roleDescription },
        ...{ existingPrompts, count: PROPOSALS },
      });
      if (written?.length) return { source: 'model' as const, items: written.map((q) => ({ ...q, questionId: null })) };
      const bank = (await questions.list({ source: 'bank' }, viewer)).map((v) => v.question);
      const exclude = new Set(items.filter((q) => q.source === 'bank').map((q) => q.key));
      const text = [kit.role, roleDescription, ...existingPrompts].join('\n');
      const similar = similarBankQuestions(bank, { text, level: kit.level, exclude });
      return {
        source: 'bank' as const,
        items: similar.map((q) => ({
          ...{ questionId: q.id, competency: q.category, prompt: q.prompt, sampleAnswer: q.modelAnswer },
          ...{ keyPoints: q.keyPoints.map((p) => p.label), redFlags: [...q.redFlags] },
        })),
      };
    },
  };
}
