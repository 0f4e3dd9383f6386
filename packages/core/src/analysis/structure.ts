// The shape of an answer. Behavioral answers are read as STAR stories; design-round answers as the steps of a
// design (consumers, resources, interface, errors, evolution); other answers as explanations (a direct answer
// first, reasons, an example, an order, a decision). Each part is reported with the sentence that shows it.
import type { TextIndex } from '../language/phrase-match.ts';
import type { Question } from '../questions/question.schema.ts';
import { cueHits } from './depth.ts';
import type { CueKind } from './cues.ts';
import type { KeyPointCoverage } from './key-points.ts';
import type { SentenceFeatures } from './sentence-features.ts';
import type { StoryReading, StorySignal } from './story.ts';
import type { DepthSignal, StructurePart, StructureReport } from './types.ts';

interface PartSpec {
  readonly id: string;
  readonly label: string;
  readonly weight: number;
  /** Cue lists that show the part. */
  readonly cues: readonly CueKind[];
  /** Words in a key point's id that mean the point is this part (for STAR and design key points). */
  readonly keyPointWords: readonly string[];
}

const STAR: readonly PartSpec[] = [
  {
    id: 'situation',
    label: 'Situation: the context and what was at stake',
    weight: 1,
    cues: ['situation'],
    keyPointWords: ['situation', 'context'],
  },
  {
    id: 'task',
    label: 'Task: your own responsibility',
    weight: 1,
    cues: ['task'],
    keyPointWords: ['task', 'role', 'responsib', 'ownership'],
  },
  { id: 'action', label: 'Action: what you did, step by step', weight: 1.5, cues: [], keyPointWords: ['action'] },
  {
    id: 'result',
    label: 'Result: the outcome, measured',
    weight: 1.5,
    cues: ['result'],
    keyPointWords: ['result', 'outcome', 'impact'],
  },
  {
    id: 'learning',
    label: 'Reflection: what you learnt or changed',
    weight: 0.5,
    cues: ['learning'],
    keyPointWords: ['learn', 'reflect', 'follow', 'prevent', 'postmortem'],
  },
];

const DESIGN: readonly PartSpec[] = [
  {
    id: 'consumers',
    label: 'Consumers and requirements',
    weight: 1,
    cues: ['requirements'],
    keyPointWords: ['consumer', 'requirement', 'client', 'user', 'scope', 'clarif'],
  },
  {
    id: 'resources',
    label: 'Resources and data model',
    weight: 1,
    cues: ['resources'],
    keyPointWords: ['resource', 'model', 'data', 'schema', 'entit', 'storage'],
  },
  {
    id: 'interface',
    label: 'Interface: operations, requests and responses',
    weight: 1,
    cues: ['interface'],
    keyPointWords: ['interface', 'endpoint', 'api', 'contract', 'operation'],
  },
  {
    id: 'errors',
    label: 'Errors and failure handling',
    weight: 1,
    cues: ['errors'],
    keyPointWords: ['error', 'failure', 'fail', 'retry', 'idempot'],
  },
  {
    id: 'evolution',
    label: 'Evolution and scaling',
    weight: 1,
    cues: ['evolution'],
    keyPointWords: ['evolution', 'version', 'scal', 'grow', 'evolv'],
  },
];

const EXPLANATION: readonly PartSpec[] = [
  { id: 'direct-answer', label: 'Answers the question directly, early on', weight: 1.5, cues: [], keyPointWords: [] },
  {
    id: 'reasoning',
    label: 'Gives reasons (because, so, which means)',
    weight: 1.5,
    cues: ['reasoning'],
    keyPointWords: [],
  },
  { id: 'order', label: 'An order the listener can follow', weight: 1, cues: ['sequence'], keyPointWords: [] },
  { id: 'example', label: 'Grounds it in an example', weight: 1, cues: [], keyPointWords: [] },
  { id: 'decision', label: 'Says when or how to choose', weight: 1, cues: ['decision'], keyPointWords: [] },
];

export interface StructureAssessment {
  readonly report: StructureReport;
  /** 0–1 before the substance of the sentences is taken into account. */
  readonly share: number;
}

export function structureKind(question: Question): StructureReport['kind'] {
  return question.round === 'behavioral' || question.category === 'behavioral'
    ? 'star'
    : question.round === 'design'
      ? 'design-steps'
      : 'explanation';
}

/** Sentences a structure needs before all of its parts can be told apart: a story cannot fit in three. */
const SENTENCES_FOR_FULL_STRUCTURE: Record<StructureReport['kind'], number> = {
  star: 5,
  'design-steps': 4,
  explanation: 2,
};

export function assessStructure(
  question: Question,
  index: TextIndex,
  features: readonly SentenceFeatures[],
  keyPoints: readonly KeyPointCoverage[],
  depth: readonly DepthSignal[],
  story: StoryReading,
): StructureAssessment {
  const kind = structureKind(question);
  const specs = kind === 'star' ? STAR : kind === 'design-steps' ? DESIGN : EXPLANATION;
  const parts = specs.map((spec) => findPart(spec, kind, index, features, keyPoints, depth, story));
  const total = specs.reduce((sum, spec) => sum + spec.weight, 0);
  const found = specs.reduce((sum, spec, i) => sum + (parts[i]?.found ? spec.weight : 0), 0);
  const room = Math.min(1, index.text.sentences.length / SENTENCES_FOR_FULL_STRUCTURE[kind]);
  return { report: { kind, parts }, share: (found / total) * room };
}

/** The story signal that shows each STAR part. */
const STAR_SIGNAL: Record<string, StorySignal> = {
  situation: 'situation',
  task: 'ownership',
  action: 'actions',
  result: 'outcome',
  learning: 'reflection',
};

function findPart(
  spec: PartSpec,
  kind: StructureReport['kind'],
  index: TextIndex,
  features: readonly SentenceFeatures[],
  keyPoints: readonly KeyPointCoverage[],
  depth: readonly DepthSignal[],
  story: StoryReading,
): StructurePart {
  const signal = STAR_SIGNAL[spec.id];
  const sentence =
    kind === 'star' && signal ? story[signal] : partSentence(spec, kind, index, features, keyPoints, depth);
  return {
    id: spec.id,
    label: spec.label,
    found: sentence >= 0,
    evidence: sentence >= 0 ? (index.text.sentences[sentence]?.text ?? null) : null,
  };
}

function partSentence(
  spec: PartSpec,
  kind: StructureReport['kind'],
  index: TextIndex,
  features: readonly SentenceFeatures[],
  keyPoints: readonly KeyPointCoverage[],
  depth: readonly DepthSignal[],
): number {
  const point = keyPoints.find((p) => p.covered && spec.keyPointWords.some((word) => p.id.includes(word)));
  if (point) return point.sentences[0] ?? -1;
  if (spec.id === 'action') return firstPersonActions(index);
  if (spec.id === 'direct-answer') return directAnswer(features, keyPoints);
  if (spec.id === 'example')
    return sentenceOf(depth.find((d) => d.kind === 'concrete-example')?.evidence ?? null, index);
  if (spec.id === 'reasoning')
    return earliest([
      ...cueHits('reasoning', index, features, 0.2).map((hit) => hit.sentence),
      ...consequenceSentences(index),
    ]);
  // Behavioral stories use everyday words, so their cues need not share the question's vocabulary. Design
  // vocabulary is common ("request", "client"), so a design step needs two different cues on topic.
  const hits = spec.cues.flatMap((cue) =>
    kind === 'star' ? cueHits(cue, index, features, 0, false) : cueHits(cue, index, features, 0.3),
  );
  const distinct = new Set(hits.map((hit) => hit.cue)).size;
  if (hits.length === 0 || (kind === 'design-steps' && distinct < 2)) return -1;
  return Math.min(...hits.map((hit) => hit.sentence));
}

/** At least two things "I" did, told with verbs: the Action of a STAR story. Returns the first such sentence. */
function firstPersonActions(index: TextIndex): number {
  const tokens = index.text.tokens;
  const sentences: number[] = [];
  tokens.forEach((token, i) => {
    if (token.pos !== 'VERB' || token.isNegated) return;
    const subject = [tokens[i - 1], tokens[i - 2]].find((t) => t?.lemma === 'i' || t?.lemma === 'we');
    if (subject && subject.sentence === token.sentence) sentences.push(token.sentence);
  });
  return sentences.length >= 2 ? (sentences[0] ?? -1) : -1;
}

/** One of the first two sentences makes a key point or speaks mostly in the question's vocabulary. */
function directAnswer(features: readonly SentenceFeatures[], keyPoints: readonly KeyPointCoverage[]): number {
  for (const sentence of features.slice(0, 2)) {
    if (keyPoints.some((p) => p.sentences.includes(sentence.index) && p.strength >= 0.4)) return sentence.index;
    if (sentence.topicShare >= 0.55 && sentence.verbs > 0) return sentence.index;
  }
  return -1;
}

function earliest(sentences: readonly number[]): number {
  return sentences.length ? Math.min(...sentences) : -1;
}

/** ", so …" joins a cause to its consequence: the most common way to reason out loud. */
function consequenceSentences(index: TextIndex): number[] {
  const tokens = index.text.tokens;
  return tokens.flatMap((token, i) =>
    token.lemma === 'so' && tokens[i - 1]?.text === ',' && tokens[i - 1]?.sentence === token.sentence
      ? [token.sentence]
      : [],
  );
}

function sentenceOf(text: string | null, index: TextIndex): number {
  if (text === null) return -1;
  return index.text.sentences.find((s) => s.text === text)?.index ?? -1;
}
