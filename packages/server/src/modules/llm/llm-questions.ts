// New interview questions for a kit, written by a language model from a description of the role. Each comes with
// a sample answer, key points and red flags, and is only a proposal: the kit's author accepts or rejects it.
import { z } from 'zod';
import { CATEGORIES } from '@rehearse/core';
import type { ProposedQuestion, QuestionProposer } from '../kits/kit-variants.service.ts';
import { chatJson, type ChatSettings } from './chat.ts';

const proposal = z.object({
  competency: z.enum(CATEGORIES),
  prompt: z.string().trim().min(10).max(400),
  sampleAnswer: z.string().trim().max(2500),
  keyPoints: z.array(z.string().trim().min(2).max(120)).min(1).max(8),
  redFlags: z.array(z.string().trim().min(2).max(200)).max(8),
});
const output = z.object({ questions: z.array(proposal).max(10) });

const JSON_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['questions'],
  properties: {
    questions: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['competency', 'prompt', 'sampleAnswer', 'keyPoints', 'redFlags'],
        properties: {
          competency: { type: 'string', enum: [...CATEGORIES] },
          prompt: { type: 'string' },
          sampleAnswer: { type: 'string', description: 'What a strong candidate would say, in a short paragraph' },
          keyPoints: { type: 'array', items: { type: 'string' }, description: 'What a good answer shows' },
          redFlags: { type: 'array', items: { type: 'string' }, description: 'What should worry an interviewer' },
        },
      },
    },
  },
};

export function createLlmQuestionProposer(
  settings: ChatSettings & { log?: (message: string, details?: object) => void },
): QuestionProposer {
  const log = settings.log ?? (() => {});
  return {
    async propose(request): Promise<ProposedQuestion[] | null> {
      try {
        const { questions } = await chatJson(settings, {
          name: 'kit_questions',
          jsonSchema: JSON_SCHEMA,
          output,
          temperature: 0.5,
          messages: [
            {
              role: 'system',
              content:
                'You write interview questions for hiring backend engineers. Each question asks one thing, fits the ' +
                'level, and differs from the questions the kit already has. Key points are short phrases a good ' +
                'answer makes; red flags are what a weak or wrong answer says.',
            },
            {
              role: 'user',
              content:
                `Role: ${request.role} (${request.level}).\nCompetencies: ${request.competencies.join(', ') || 'any'}.\n` +
                `About the role:\n${request.roleDescription}\n\nAlready in the kit:\n` +
                `${request.existingPrompts.map((p) => `- ${p}`).join('\n') || '(nothing yet)'}\n\n` +
                `Write ${request.count} new questions.`,
            },
          ],
        });
        return questions.slice(0, request.count);
      } catch (error) {
        log('LLM question proposals unavailable; proposing similar bank questions', {
          error: error instanceof Error ? error.message : String(error),
        });
        return null;
      }
    },
  };
}
