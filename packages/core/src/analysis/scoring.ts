// Turns the signals into scores 0–100 with one-line explanations. Content is driven by the weighted key points
// made, scaled down for buzzword lists, padding and drift to other topics, minus misconceptions and denied
// points, plus a little for depth. Structure only counts as far as there is content to structure, and an
// off-topic or too-short answer is capped whatever else it does.
import type { KeyPointCoverage } from './key-points.ts';
import type {
  AnswerScores,
  DeliveryInput,
  DepthSignal,
  MisconceptionFound,
  RelevanceReport,
  ScoreExplanations,
  StructureReport,
  SubstanceReport,
  Verdict,
} from './types.ts';

export interface ScoringInputs {
  readonly keyPoints: readonly KeyPointCoverage[];
  readonly misconceptions: readonly MisconceptionFound[];
  readonly depth: readonly DepthSignal[];
  readonly structureShare: number;
  /** Stories (STAR) are told in their own words, so their vocabulary says less and their shape more. */
  readonly structureKind: StructureReport['kind'];
  /** A behavioral answer told as a story: judged on its merits and relevance, never dismissed as off-topic. */
  readonly toldStory?: boolean;
  /**
   * Said aloud and transcribed: misheard words lower the answer's share of the question's vocabulary, so another
   * question must fit it more clearly before it is called an answer to that one.
   */
  readonly transcribed?: boolean;
  readonly substance: SubstanceReport;
  readonly relevance: RelevanceReport;
  /** Sentences that explain something on the question's topic (substance.ts). */
  readonly explainingSentences?: number;
  readonly delivery?: DeliveryInput;
}

export interface Scoring {
  readonly verdict: Verdict;
  readonly scores: AnswerScores;
  readonly explanations: ScoreExplanations;
  /** Weighted share of key points made, 0–1. */
  readonly coverage: number;
}

/** Coverage at which content reaches full marks: a strong answer need not make every point. */
const FULL_COVERAGE = 0.72;
const MIN_WORDS = 20;
/**
 * Content before penalties, at most, with one, two, three or more wrong claims: misconceptions, dismissed points,
 * and each sweeping claim after the second (an expert states a rule or two flatly: 67 of the bank's 275 model
 * answers hold one or two; a string of them is how a fluent wrong answer sounds). One wrong claim caps content at
 * 60 (was 75), so that with its penalty an answer holding a caught misconception stays below 50 overall however
 * well it is shaped: on the tuning sets, wrong answers in the right terms at 50+ went 2 → 1 in tuning, no pair
 * moved, the development set unchanged.
 */
const CONTENT_CAP_WITH_WRONG_CLAIMS = [60, 45, 35] as const;
/** How far below 100 each missed key point keeps content, however much the rest earns. */
const MISSED_POINT_COST = 5;
/** Below this coverage an answer that admits not knowing is judged to hold nothing to assess. */
const NOT_KNOWING_COVERAGE = 0.2;
/**
 * Its content, however on-topic its words: "I'd have to think about it" scored above thin honest stories (capped at
 * 25 like a too-short answer before; at 10 tuning-c 0.965 → 0.969, tuning-d 0.938 → 0.940, tuning-e 0.844 → 0.853).
 */
const NOT_KNOWING_CONTENT_CAP = 10;
/** This question's search score for the answer, relative to the best question's, below which another fits better. */
const OTHER_QUESTION_FITS_BETTER = 0.625;
const OTHER_QUESTION_FITS_A_TRANSCRIPT_BETTER = 0.45;
/**
 * Overall scores come in two bands: an answer to another question stays at or below OFF_TOPIC_CEILING, and any
 * attempt at this question, however wrong or thin, earns at least ON_TOPIC_FLOOR, since trying and failing at the
 * question asked is still more of an answer to it than a good answer to something else.
 */
const OFF_TOPIC_CEILING = 3;
const ON_TOPIC_FLOOR = 4;
/** An answer that tells the grader what to score it earns no more than a wrong one, whatever else it says. */
const GRADER_ADDRESSED_CEILING = 10;
/** Fewer words than this is no attempt at all, and earns no floor. */
const ATTEMPT_WORDS = 3;

export function score(inputs: ScoringInputs): Scoring {
  const coverage = weightedCoverage(inputs.keyPoints);
  const verdict = decideVerdict(inputs, coverage);
  const content = contentScore(inputs, coverage, verdict);
  const structure = structureScore(inputs, verdict);
  const overall = overallScore(content.value, structure.value, inputs, verdict);
  const delivery = inputs.delivery ? clamp(inputs.delivery.score) : null;
  return {
    verdict,
    coverage,
    scores: { overall: overall.value, content: content.value, structure: structure.value, delivery },
    explanations: {
      overall: overall.explanation,
      content: content.explanation,
      structure: structure.explanation,
      delivery: inputs.delivery
        ? (inputs.delivery.explanation ?? `Delivery scored ${delivery} on the spoken measures.`)
        : null,
    },
  };
}

export function weightedCoverage(points: readonly KeyPointCoverage[]): number {
  const total = points.reduce((sum, p) => sum + p.weight, 0);
  return total ? points.reduce((sum, p) => sum + p.weight * p.strength, 0) / total : 0;
}

function decideVerdict(inputs: ScoringInputs, coverage: number): Verdict {
  const { substance, relevance } = inputs;
  if (substance.wordCount < MIN_WORDS || (substance.sentenceCount <= 1 && substance.wordCount < 30))
    return 'not-enough-to-assess';
  // Saying one does not know is honest, and however long it runs, there is nothing in it to assess.
  if (substance.admitsNotKnowing && coverage < NOT_KNOWING_COVERAGE) return 'not-enough-to-assess';
  // With the bank at hand, an answer is off-topic when another question fits it clearly better and little of its
  // vocabulary is this question's; the clearer the other fit, the more incidental overlap is forgiven. Without
  // the bank, when little of its vocabulary is the question's.
  if (inputs.toldStory) return 'assessed';
  if (relevance.rankRatio === null) return coverage < 0.15 && relevance.topicShare < 0.25 ? 'off-topic' : 'assessed';
  const anotherFitsBetter =
    relevance.rankRatio <= (inputs.transcribed ? OTHER_QUESTION_FITS_A_TRANSCRIPT_BETTER : OTHER_QUESTION_FITS_BETTER);
  if (!anotherFitsBetter || relevance.topicShare >= 0.4) return 'assessed';
  if (coverage < 0.15 || (relevance.rankRatio < 0.45 && coverage < 0.5)) return 'off-topic';
  return 'assessed';
}

/** A dismissed key point ("tokens in forms are an old pattern") costs nearly a misconception (15 → 25: tuning-c
 * 0.950 → 0.956). */
const DENIED_POINT_COST = 25;

/**
 * What wrong claims cost: the first misconception most, as one confidently wrong claim is what an interviewer
 * remembers; a dismissed key point nearly as much; one sweeping claim a little, each further one much more, as
 * a string of them is how a fluent wrong answer sounds.
 */
export function penaltyPoints(inputs: {
  readonly misconceptions: readonly unknown[];
  readonly keyPoints: ReadonlyArray<{ readonly denied: boolean }>;
  readonly substance: Pick<SubstanceReport, 'overclaims'>;
}): number {
  const misconceptions = Math.min(3, inputs.misconceptions.length);
  const misconceptionCost = misconceptions === 0 ? 0 : 30 + 20 * (misconceptions - 1);
  const denied = Math.min(2, inputs.keyPoints.filter((p) => p.denied).length);
  const sweeping = Math.min(4, inputs.substance.overclaims.length);
  const sweepingCost = sweeping === 0 ? 0 : 4 + 12 * (sweeping - 1);
  return misconceptionCost + DENIED_POINT_COST * denied + sweepingCost;
}

interface Part {
  readonly value: number;
  readonly explanation: string;
}

function contentScore(inputs: ScoringInputs, coverage: number, verdict: Verdict): Part {
  const made = inputs.keyPoints.filter((p) => p.covered).length;
  const base = Math.max(100 * Math.min(1, coverage / FULL_COVERAGE) ** 0.85, groundedCredit(inputs));
  const factor = substanceFactor(inputs.substance) * topicFactor(inputs.relevance, inputs.structureKind === 'star');
  const depthFound = inputs.depth.filter((d) => d.found).length;
  const depthBonus = coverage >= 0.2 ? 4 * depthFound : 0;
  const breadth = breadthCredit(inputs, coverage);
  // Capped first, penalised after: a caught misconception costs even a capped or otherwise complete answer.
  let value = clamp(Math.min(100, (base + breadth) * factor + depthBonus));
  // Points "made" beside a wrong claim are made in the right words, not necessarily with the right meaning.
  const wrongClaims =
    inputs.misconceptions.length +
    inputs.keyPoints.filter((p) => p.denied).length +
    Math.max(0, inputs.substance.overclaims.length - 2);
  if (wrongClaims > 0) value = Math.min(value, CONTENT_CAP_WITH_WRONG_CLAIMS[Math.min(3, wrongClaims) - 1]!);
  // Full marks only for a complete answer: each missed point keeps content below 100.
  const missed = inputs.keyPoints.filter((p) => !p.covered).length;
  if (missed > 0) value = Math.min(value, 100 - MISSED_POINT_COST * Math.min(4, missed));
  if (verdict === 'off-topic') value = Math.min(value, clamp(30 * coverage));
  if (verdict === 'not-enough-to-assess')
    value = Math.min(value, inputs.substance.admitsNotKnowing ? NOT_KNOWING_CONTENT_CAP : 25);
  if (inputs.substance.addressesGrader) value = Math.min(value, GRADER_ADDRESSED_CEILING);
  value = clamp(value - penaltyPoints(inputs));
  const notes = [`${made} of ${inputs.keyPoints.length} key points made`];
  if (inputs.substance.addressesGrader) notes.unshift('capped: the answer speaks to the grader instead of answering');
  if (inputs.misconceptions.length)
    notes.push(`${inputs.misconceptions.length} misconception${inputs.misconceptions.length > 1 ? 's' : ''}`);
  if (inputs.substance.buzzwordList) notes.push('terms listed rather than explained');
  if (inputs.substance.overclaims.length) notes.push('sweeping claims without conditions');
  const denied = inputs.keyPoints.filter((p) => p.denied).length;
  if (denied) notes.push(`${denied} key point${denied > 1 ? 's' : ''} dismissed`);
  if (inputs.substance.emptySentenceShare > 0.4) notes.push('much of it says little about the question');
  if (breadth) notes.push(`explained over ${inputs.explainingSentences} sentences on the topic`);
  if (depthBonus)
    notes.push(
      `depth: ${inputs.depth
        .filter((d) => d.found)
        .map((d) => d.kind)
        .join(', ')}`,
    );
  if (verdict === 'off-topic')
    notes.unshift(
      inputs.relevance.seemsToAnswer
        ? 'the answer addresses a different question'
        : 'the answer does not address the question',
    );
  return { value, explanation: `${capitalise(notes.join('; '))}.` };
}

/**
 * Ground covered in sentences the key points may not recognise: an expert who explains in plain words writes many
 * on-topic sentences that explain, a terse partial answer a few. Each explaining sentence beyond the first three
 * adds a little, for an answer that makes some point and neither sweeps nor dismisses (a fluent wrong answer
 * explains at length too). Scaled by the topic like the points, so that a good answer to a neighbouring question
 * gains nothing from its length. Measured on the tuning sets: tuning 0.963 → 0.967, tuning-b 0.939 → 0.945,
 * tuning-c 0.956 → 0.958, the development set unchanged at 1.000.
 */
function breadthCredit(inputs: ScoringInputs, coverage: number): number {
  const clean = inputs.substance.overclaims.length === 0 && !inputs.keyPoints.some((p) => p.denied);
  if (!clean || coverage < BREADTH_MIN_COVERAGE) return 0;
  const beyond = Math.max(0, (inputs.explainingSentences ?? 0) - BREADTH_FREE_SENTENCES);
  return Math.min(BREADTH_CAP, BREADTH_PER_SENTENCE * beyond);
}

const [BREADTH_MIN_COVERAGE, BREADTH_FREE_SENTENCES, BREADTH_PER_SENTENCE, BREADTH_CAP] = [0.15, 3, 4, 16] as const;

/**
 * An answer that stays on the question's topic and explains (trade-offs, failure cases, examples) earns part of
 * the content score even when it makes no key point in words the bank knows: experts often say it plainly.
 */
function groundedCredit(inputs: ScoringInputs): number {
  const { relevance, substance } = inputs;
  const onTopic = 20 * Math.min(1, relevance.topicShare / 0.6);
  const depth = 7 * inputs.depth.filter((d) => d.found).length;
  const length = Math.min(8, substance.wordCount / 20);
  return (onTopic + depth + length) * Math.min(1, relevance.rankRatio ?? 1);
}

/** Lists of terms and padding dilute what the key points are worth. */
function substanceFactor(substance: SubstanceReport): number {
  let factor = 1;
  if (substance.buzzwordList) factor *= 0.5;
  factor *= 1 - 0.4 * Math.max(0, substance.emptySentenceShare - 0.3);
  // Fillers are delivery's business (a transcript is full of them); only a flood of them dilutes the content.
  factor *= 1 - 0.5 * Math.max(0, substance.fillerShare - 0.1);
  return factor;
}

/** Drifting to another question's vocabulary means the points made are incidental. */
function topicFactor(relevance: RelevanceReport, story: boolean): number {
  if (story) {
    // A story on a neighbouring theme keeps part of its merit; the further from the theme, the less. At least
    // 0.3 of it for the theme, 0.3 for the fit (were 0.45 and 0.5): a complete story on another theme stays below a
    // thin one on this theme more often (tuning-b 0.953 → 0.955, tuning-c 0.960 → 0.963), and a neighbour's
    // story on the tuning sets still scores 13 on average, never near zero.
    const share = Math.min(1, relevance.topicShare / 0.35);
    return (0.3 + 0.7 * share) * (0.3 + 0.7 * Math.min(1, relevance.rankRatio ?? 1));
  }
  const share = Math.min(1, relevance.topicShare / 0.55);
  const rank = relevance.rankRatio === null ? 1 : Math.min(1, 0.4 + relevance.rankRatio * 0.6);
  return (0.5 + 0.5 * share) * rank;
}

function structureScore(inputs: ScoringInputs, verdict: Verdict): Part {
  const factor = (inputs.substance.buzzwordList ? 0.5 : 1) * (1 - Math.min(0.5, inputs.substance.fillerShare * 2));
  const value = clamp(100 * inputs.structureShare * factor);
  if (verdict !== 'assessed') {
    const reason = verdict === 'off-topic' ? 'the answer does not address the question' : 'the answer is too short';
    return { value: Math.min(value, 20), explanation: `Capped: ${reason}.` };
  }
  const parts = `${Math.round(inputs.structureShare * 100)}% of the expected structure found`;
  return { value, explanation: `${parts}${factor < 0.9 ? ', weakened by fillers or listing' : ''}.` };
}

/** A story's shape is most of what makes it a good answer; an explanation's content is. */
function overallScore(content: number, structure: number, inputs: ScoringInputs, verdict: Verdict): Part {
  const { delivery } = inputs;
  const story = inputs.structureKind === 'star';
  const structureWeight = story ? 0.4 : 0.22;
  const structureCounts = Math.min(1, content / (story ? 35 : 50)) * (story ? topicFactor(inputs.relevance, true) : 1);
  const penalty = penaltyPoints(inputs);
  // Content arrives already penalised; the penalty comes off the blend again after the caps, so that structure
  // and delivery cannot buy back a wrong claim.
  let value = (1 - structureWeight) * content + structureWeight * structure * structureCounts;
  if (delivery) value = 0.8 * value + 0.2 * clamp(delivery.score) * structureCounts;
  if (verdict === 'not-enough-to-assess') value = Math.min(value, 20);
  value -= structureWeight * penalty;
  if (inputs.substance.addressesGrader) value = Math.min(value, GRADER_ADDRESSED_CEILING);
  if (verdict === 'off-topic') value = Math.min(value, OFF_TOPIC_CEILING);
  else if (inputs.substance.wordCount >= ATTEMPT_WORDS) value = Math.max(value, ON_TOPIC_FLOOR);
  const explanation =
    verdict === 'off-topic'
      ? 'Capped: the answer does not address the question.'
      : verdict === 'not-enough-to-assess'
        ? 'Capped: the answer is too short to assess.'
        : `Mostly content (${content}), then structure${delivery ? ' and delivery' : ''}, which count in proportion to the content.`;
  return { value: clamp(value), explanation };
}

function clamp(value: number): number {
  return Math.max(0, Math.min(100, Math.round(value)));
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
