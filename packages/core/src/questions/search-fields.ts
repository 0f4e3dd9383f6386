// Which parts of a question search reads, and how much a match in each counts.
import type { Question } from './question.schema.ts';

export type FieldName = 'prompt' | 'aliases' | 'tags' | 'labels' | 'evidence';

/**
 * A word of the prompt or an alias says more about what a question asks than one of its evidence phrases. The
 * model answer is left out: it added nothing to ranking on the writers' paraphrase fixtures and doubled the
 * time to build the index.
 */
export const FIELD_WEIGHTS: Readonly<Record<FieldName, number>> = {
  prompt: 3,
  aliases: 2.5,
  tags: 2,
  labels: 1.5,
  evidence: 1,
};

export function questionFields(question: Question): Array<[FieldName, string[]]> {
  return [
    ['prompt', [question.prompt]],
    ['aliases', question.aliases],
    ['tags', question.tags],
    ['labels', question.keyPoints.map((p) => p.label)],
    ['evidence', question.keyPoints.flatMap((p) => p.evidence)],
  ];
}
