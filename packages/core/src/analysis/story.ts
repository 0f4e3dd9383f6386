// How a behavioral story is told, read from how people tell stories rather than from one question's phrases:
// the situation, the speaker's ownership ("it was my change"), actions in the first person, the outcome with
// figures, and reflection. Each signal is reported with the sentence that shows it. A bare "Situation:" label
// shows nothing: every signal needs a sentence with words and a verb of its own.
import { findPhrase, isWordLike, type TextIndex } from '../language/phrase-match.ts';
import type { Token } from '../language/types.ts';
import { cues, type CueKind } from './cues.ts';
import type { KeyPointCoverage } from './key-points.ts';

export type StorySignal = 'situation' | 'ownership' | 'actions' | 'figures' | 'outcome' | 'reflection';

/** Sentence index showing each signal, or -1. */
export type StoryReading = Readonly<Record<StorySignal, number>>;

/** A sentence must hold this many words, outside any "Result:"-style label, to show a part of a story. */
const MIN_STORY_SENTENCE_WORDS = 6;

const LABEL_WORDS = new Set([
  'situation',
  'context',
  'task',
  'action',
  'actions',
  'result',
  'results',
  'outcome',
  'learning',
  'learnings',
  'lesson',
  'lessons',
  'reflection',
  'impact',
]);

const OWNERSHIP =
  /\b(?:it was (?:my|our) (?:own )?\w+|(?:my|our) (?:own )?(?:mistake|fault|bug|error|change|call|decision|migration|deploy(?:ment)?|code|script|responsibility|job|task)|i (?:owned|own|took (?:ownership|responsibility|the lead|charge|it on)|was (?:responsible|accountable|the (?:one|lead|owner|on-call))|volunteered|stepped (?:up|in)|led|broke|caused|introduced|made the call|decided|pushed|shipped|wrote)|i was on[ -]call|on me)\b/i;
/** Owning up in plain speech: "it was me", "I deleted…", "I forgot…". */
const OWNERSHIP_EXTRA =
  /\b(?:(?:it|that) was (?:me|all me)|i (?:deleted|dropped|forgot|missed|messed up|took down))\b/i;

const UNIT =
  /^(?:%|percent|percentage|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|seconds?|secs?|ms|milliseconds?|x|times|users?|customers?|clients?|requests?|orders?|errors?|tickets?|engineers?|people|developers?|teams?|services?|dollars?|k|m|million|thousand|hundred|gb|tb|mb|rps|qps|points?|releases?|incidents?|bugs?|pages?|alerts?)$/i;
const NUMBER_WORDS =
  /^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundred|thousand|half|double|twice|triple)$/i;

/** When and where a story is set: "last March", "a few years ago", "at my previous job", "during a launch". */
const SETTING =
  /\b(?:(?:last|this|one|that|early|late|in)\s+(?:january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|fall|winter|week|month|quarter|year|sprint|release)|(?:a few|two|three|several|some|many)\s+(?:days|weeks|months|years)\s+ago|at (?:my|our|a) (?:last|previous|old|first|current) (?:job|company|team|role|employer)|when i was (?:at|working|on|leading)|during (?:a|an|the|our) (?:launch|migration|incident|outage|release|project|rewrite|sprint))\b/i;

export function readStory(index: TextIndex): StoryReading {
  const tokens = index.text.tokens;
  const eligible = eligibleSentences(index);
  const first = (sentences: Iterable<number>): number => {
    let best = -1;
    for (const s of sentences) if (eligible.has(s) && (best < 0 || s < best)) best = s;
    return best;
  };
  const actionSentences = firstPersonActionSentences(tokens);
  const situation = first([
    ...cueSentences('situation', index),
    ...index.text.sentences.filter((s) => SETTING.test(s.text)).map((s) => s.index),
  ]);
  // A story's outcome and its lesson come after the scene is set: "I shipped a migration" opening the story
  // sets it, and is no result.
  const afterScene = (sentences: Iterable<number>): number => first([...sentences].filter((s) => s > situation));
  return {
    situation,
    ownership: first(
      index.text.sentences.filter((s) => OWNERSHIP.test(s.text) || OWNERSHIP_EXTRA.test(s.text)).map((s) => s.index),
    ),
    actions: [...new Set(actionSentences)].filter((s) => eligible.has(s)).length >= 2 ? first(actionSentences) : -1,
    figures: first(figureSentences(tokens)),
    outcome: afterScene(cueSentences('result', index)),
    reflection: afterScene(cueSentences('learning', index)),
  };
}

/** Sentences with enough words and a verb outside any leading label. */
function eligibleSentences(index: TextIndex): Set<number> {
  const eligible = new Set<number>();
  for (const sentence of index.text.sentences) {
    const tokens = index.text.tokens.slice(sentence.firstToken, sentence.endToken);
    const words = tokens.filter((t, i) => isWordLike(t) && !isLabel(tokens, i));
    if (words.length >= MIN_STORY_SENTENCE_WORDS && words.some((t) => t.pos === 'VERB' || t.pos === 'AUX'))
      eligible.add(sentence.index);
  }
  return eligible;
}

/** "Result:" at the head of a sentence or line is a label, not a word of the story. */
function isLabel(tokens: readonly Token[], i: number): boolean {
  return LABEL_WORDS.has(tokens[i]?.lemma ?? '') && tokens[i + 1]?.text === ':';
}

function cueSentences(kind: CueKind, index: TextIndex): number[] {
  const tokens = index.text.tokens;
  return cues(kind).flatMap((phrase) =>
    findPhrase(phrase, index)
      .filter((m) => !m.contradicted && !m.tokens.every((t) => isLabel(tokens, t)))
      .map((m) => m.sentence),
  );
}

/**
 * Sentences where "I" or "we" does something: a verb after the pronoun, with at most a few helpers, adverbs or
 * spoken fillers between them ("I then rolled back", "we could still ship", "i kind of looked at").
 */
function firstPersonActionSentences(tokens: readonly Token[]): number[] {
  const sentences: number[] = [];
  tokens.forEach((token, i) => {
    if (token.pos !== 'VERB' || token.isNegated) return;
    for (let j = i - 1; j >= Math.max(0, i - MAX_WORDS_BEFORE_VERB - 1); j--) {
      const before = tokens[j];
      if (!before || before.sentence !== token.sentence) return;
      if (before.lemma === 'i' || before.lemma === 'we') {
        sentences.push(token.sentence);
        return;
      }
      if (!BETWEEN_SUBJECT_AND_VERB.has(before.pos) && !SPOKEN_FILLERS.has(before.lemma)) return;
    }
  });
  return sentences;
}

const MAX_WORDS_BEFORE_VERB = 3;
const BETWEEN_SUBJECT_AND_VERB = new Set(['AUX', 'ADV', 'PART']);
const SPOKEN_FILLERS = new Set(['um', 'uh', 'like', 'kind', 'sort', 'of', 'just', 'basically', 'actually']);

/** Sentences that measure something: a number with a unit ("12 minutes", "30%", "two weeks", "3x"). */
function figureSentences(tokens: readonly Token[]): number[] {
  const sentences: number[] = [];
  tokens.forEach((token, i) => {
    const isNumber =
      token.kind === 'number' || NUMBER_WORDS.test(token.text) || /^\d+(?:\.\d+)?(?:%|x|k|ms|s)$/i.test(token.text);
    if (!isNumber) return;
    const next = tokens[i + 1];
    const before = tokens[i - 1];
    // "Two years ago" sets the scene; it measures nothing.
    if (tokens[i + 2]?.lemma === 'ago') return;
    if (
      /[%$€£]|\dx$/i.test(token.text) ||
      (next && next.sentence === token.sentence && UNIT.test(next.text)) ||
      (before && before.sentence === token.sentence && /^[$€£]$/.test(before.text))
    )
      sentences.push(token.sentence);
  });
  return sentences;
}

/**
 * Which story signal a STAR key point stands for. Only points that name a part of the story and nothing else
 * ("result", "your-role", "learning") are credited; "mitigation-action" is about this question's theme.
 */
const STORY_POINT_WORDS: ReadonlyArray<readonly [StorySignal, ReadonlySet<string>]> = [
  ['ownership', new Set(['task', 'role', 'ownership', 'own', 'personal', 'responsibility', 'accountability'])],
  ['outcome', new Set(['result', 'results', 'outcome', 'outcomes', 'impact'])],
  ['reflection', new Set(['learning', 'learnings', 'reflection', 'lesson', 'lessons', 'learned', 'learnt'])],
  ['actions', new Set(['action', 'actions'])],
  ['situation', new Set(['situation', 'context', 'stakes'])],
];
const NEUTRAL_ID_WORDS = new Set(['and', 'the', 'your', 'clear', 'measured', 'with', 'of', 'story']);

function storySignalsOf(pointId: string): StorySignal[] {
  const words = pointId.split('-').filter((w) => !NEUTRAL_ID_WORDS.has(w));
  if (words.length === 0) return [];
  const whole = STORY_POINT_WORDS.find(([, vocabulary]) => words.every((w) => vocabulary.has(w)))?.[0];
  if (whole) return [whole];
  // "situation-ownership": every word names a part of the story, and telling any of them tells the point.
  const parts = words.flatMap((w) => STORY_POINT_WORDS.filter(([, vocabulary]) => vocabulary.has(w)).map(([s]) => s));
  return parts.length === words.length ? parts : [];
}

/** Strength a point earns from a generic story signal: enough to count, below what its own phrases earn. */
const STORY_STRENGTH = 0.6;
const MEASURED_OUTCOME_STRENGTH = 0.75;

/**
 * The STAR points of a behavioral question ("the outcome", "your role") are made by telling that part of the
 * story, whatever the words: a point its own phrases missed is credited from the story signal it stands for, in
 * proportion to how well the story fits the question (`fit`, 0–1).
 */
export function creditStoryPoints(
  points: readonly KeyPointCoverage[],
  story: StoryReading,
  sentenceText: (i: number) => string | null,
  fit = 1,
): KeyPointCoverage[] {
  return points.map((point) => {
    if (point.covered || point.denied) return point;
    const signal = storySignalsOf(point.id).find((part) => story[part] >= 0);
    const sentence = signal ? story[signal] : -1;
    if (!signal || sentence < 0) return point;
    const measured = signal === 'outcome' && story.figures >= 0;
    const strength = (measured ? MEASURED_OUTCOME_STRENGTH : STORY_STRENGTH) * fit;
    return {
      ...point,
      covered: strength >= 0.5,
      strength,
      evidence: sentenceText(sentence),
      sentences: [...new Set([...point.sentences, sentence])].sort((a, b) => a - b),
    };
  });
}

/** A told story: things the speaker did, in sentences of their own. */
export function isStory(story: StoryReading): boolean {
  return (
    story.actions >= 0 && (story.situation >= 0 || story.outcome >= 0 || story.ownership >= 0 || story.reflection >= 0)
  );
}
