// What the interviewer asks once the code is in, as questions the answer analysis can judge: the complexity
// (its key point is the problem's target), the edge cases (one key point per hidden case, named as the tests
// name them), and the problem's own follow-ups, judged on a generic rubric built from what good code shows.
import type { KeyPoint, Question } from '../questions/question.schema.ts';
import type { Problem } from './problem.schema.ts';

export interface CodingFollowUp {
  readonly id: string;
  readonly question: Question;
}

export function codingFollowUps(problem: Problem): CodingFollowUp[] {
  const base = {
    category: 'code-quality' as const,
    level: problem.level,
    round: 'coding' as const,
    tags: problem.tags,
    aliases: [],
    targetSeconds: 90,
    misconceptions: [],
    redFlags: [],
    greatAnswerAdds: [],
  };
  const complexity: Question = {
    ...base,
    id: `${problem.id}--complexity`,
    prompt: 'What is the time and space complexity of your solution, and why?',
    modelAnswer: `The target is ${problem.complexity.time} in time and ${problem.complexity.space} in space.`,
    keyPoints: [
      point('time', `Time: ${problem.complexity.time}`, 3, [problem.complexity.time, ...bigO(problem.complexity.time)]),
      point('space', `Space: ${problem.complexity.space}`, 2, [
        problem.complexity.space,
        ...bigO(problem.complexity.space),
      ]),
      point('why', 'Says which step dominates the cost', 2, [
        'dominat',
        'each element once',
        'single pass',
        'per operation',
        'sort',
        'loop',
        'because',
      ]),
    ],
  };
  const cases = problem.tests.hidden.slice(0, 8);
  const edgeCases: Question = {
    ...base,
    id: `${problem.id}--edge-cases`,
    prompt: 'Which edge cases did you handle, and how would you test them?',
    modelAnswer: `The cases worth a test: ${cases.map((t) => t.name).join('; ')}.`,
    keyPoints: cases.map((test, i) => point(`case-${i + 1}`, test.name, test.throws ? 2 : 1, phrasesOf(test.name))),
  };
  const ownFollowUps = problem.followUps.map((prompt, i): Question => ({
    ...base,
    id: `${problem.id}--follow-up-${i + 1}`,
    prompt,
    modelAnswer: problem.goodCode.join(' '),
    keyPoints: problem.goodCode
      .slice(0, 6)
      .map((text, j) => point(`good-${j + 1}`, text.slice(0, 80), 1, phrasesOf(text))),
  }));
  return [complexity, edgeCases, ...ownFollowUps].map((question) => ({ id: question.id, question }));
}

function point(id: string, label: string, weight: number, evidence: string[]): KeyPoint {
  return {
    id,
    label,
    weight,
    evidence: [...new Set(evidence.filter((e) => e.trim().length >= 2))],
    probe: `Can you say more: ${label}?`,
  };
}

/** "O(n log k)" as written and with its spaces dropped or spelled out, as people say it. */
function bigO(text: string): string[] {
  return [...text.matchAll(/O\(([^)]*)\)/g)].flatMap((m) => [
    `O(${m[1]})`,
    `O(${m[1]!.replace(/\s+/g, '')})`,
    `big o of ${m[1]}`,
  ]);
}

/** The distinctive pieces of a phrase: split at punctuation and joining words, short enough to be said. */
function phrasesOf(text: string): string[] {
  return text
    .split(/[;,:()]|\band\b|\bor\b|\bwith\b|\bis\b|\bare\b/)
    .map((s) => s.trim())
    .filter((s) => s.length >= 4 && s.split(/\s+/).length <= 5);
}
