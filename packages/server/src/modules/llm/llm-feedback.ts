import { z } from 'zod';
import type { AnswerAnalysis, Question } from '@rehearse/core';
import { chatJson } from './chat.ts';

/** What a language model adds to the deterministic analysis. It never changes a score. */
export interface NarrativeFeedback {
  narrative: string;
  followUpQuestions: string[];
  model: string;
}

export interface LlmFeedback {
  /** Null when the model is slow, unreachable or answers out of shape: the analysis stands on its own. */
  narrate(question: Question, answer: string, analysis: AnswerAnalysis): Promise<NarrativeFeedback | null>;
}

export interface LlmSettings {
  baseUrl: string;
  apiKey: string | undefined;
  model: string;
  timeoutMs?: number;
  log?: (message: string, details?: object) => void;
}

const outputSchema = z.object({
  narrative: z.string().min(1).max(2000),
  followUpQuestions: z.array(z.string().min(5).max(300)).max(3),
});

const JSON_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['narrative', 'followUpQuestions'],
  properties: {
    narrative: {
      type: 'string',
      description: 'Two to four sentences of coaching, second person, grounded in the findings.',
    },
    followUpQuestions: { type: 'array', maxItems: 3, items: { type: 'string' } },
  },
};

function prompt(question: Question, answer: string, analysis: AnswerAnalysis) {
  const findings = {
    scores: analysis.scores,
    verdict: analysis.verdict,
    covered: analysis.keyPoints.filter((p) => p.covered).map((p) => ({ point: p.label, evidence: p.evidence })),
    missed: analysis.keyPoints.filter((p) => !p.covered).map((p) => p.label),
    misconceptions: analysis.misconceptions.map((m) => m.claim),
    improvements: analysis.improvements,
  };
  return [
    {
      role: 'system' as const,
      content:
        'You are a senior backend interviewer giving feedback. Use only the findings given; do not invent strengths. ' +
        'Do not restate scores. Suggest up to three follow-up questions an interviewer would ask about what was missed.',
    },
    {
      role: 'user' as const,
      content: `Question: ${question.prompt}\n\nCandidate answer:\n${answer}\n\nFindings (JSON):\n${JSON.stringify(findings)}`,
    },
  ];
}

/** Narrative feedback from any OpenAI-compatible chat endpoint (Ollama, llama.cpp, vLLM, a cloud provider). */
export function createLlmFeedback(settings: LlmSettings): LlmFeedback {
  const log = settings.log ?? (() => {});
  return {
    async narrate(question, answer, analysis) {
      try {
        const parsed = await chatJson(settings, {
          messages: prompt(question, answer, analysis),
          name: 'feedback',
          jsonSchema: JSON_SCHEMA,
          output: outputSchema,
        });
        return { ...parsed, model: settings.model };
      } catch (error) {
        log('LLM feedback unavailable; keeping the deterministic analysis only', {
          error: error instanceof Error ? error.message : String(error),
        });
        return null;
      }
    },
  };
}
