// A kit as the body of its update: each question back to its source (a bank id, or the own question's fields
// under its key, so that its scorecards follow it).
import { api, data, type Schemas } from '../api.ts';
import type { operations } from '../api/schema.d.ts';

export type KitView = Schemas['Kit'];
export type KitQuestion = Schemas['KitQuestion'];
type KitBody = operations['updateKit']['requestBody']['content']['application/json'];
export type KitSource = KitBody['questions'][number];

export function toSource(q: KitQuestion): KitSource {
  if (q.source === 'bank') return { kind: 'bank', questionId: q.key };
  return {
    kind: 'own',
    key: q.key,
    competency: q.competency,
    prompt: q.prompt,
    sampleAnswer: q.sampleAnswer,
    keyPoints: q.keyPoints.map((p) => p.label),
    redFlags: q.redFlags,
    greatAnswerAdds: q.greatAnswerAdds,
    targetSeconds: q.targetSeconds,
  };
}

/** Saves the kit with its questions replaced by `questions`. */
export function saveQuestions(kit: KitView, questions: KitSource[]) {
  return data(
    api.PUT('/api/v1/kits/{id}', {
      params: { path: { id: kit.id } },
      body: {
        role: kit.role,
        level: kit.level,
        competencies: kit.competencies,
        discussionMinutes: kit.discussionMinutes,
        questions,
      },
    }),
  );
}

/** Lines of a textarea as a list: one item a line, blanks dropped. */
export const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
