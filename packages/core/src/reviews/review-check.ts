// Scores a candidate's review of a pull request against the issues planted in it. An issue is found by a comment
// near its lines whose words explain the problem: one of the issue's evidence phrases asserted (matched as the
// answer analysis matches key points: stemmed, negation-aware), or several of the distinctive words of its
// explanation. "This is bad" on the right line finds nothing. Comments that explain nothing planted are noise,
// more so on lines that only look wrong, and a nitpick called a blocker is noise too.
import { analyzeText } from '../language/read-text.ts';
import { compilePhrase, findPhrase, indexText, type CompiledPhrase } from '../language/phrase-match.ts';
import { isContentToken } from '../language/terms.ts';
import type { Exercise, PlantedIssue, ReviewComment, ReviewSubmission, Severity } from './exercise.schema.ts';

export interface FoundIssue {
  readonly issueId: string;
  readonly severity: Severity;
  /** The comment that found it, as the candidate wrote it. */
  readonly comment: ReviewComment;
  /** How well the comment explains it, 0–100. */
  readonly explanation: number;
  /** The evidence phrases the comment used. */
  readonly evidence: readonly string[];
}

export interface ReviewCheck {
  readonly exerciseId: string;
  readonly found: readonly FoundIssue[];
  readonly missed: ReadonlyArray<{ readonly issueId: string; readonly severity: Severity }>;
  /** Comments that explain no planted issue (on fine code, off the mark, or a nitpick presented as a blocker). */
  readonly noise: number;
  readonly noiseComments: ReadonlyArray<{ readonly comment: ReviewComment; readonly reason: string }>;
  readonly scores: {
    readonly recall: number;
    readonly precision: number;
    readonly explanation: number;
    readonly overall: number;
  };
  readonly verdict: {
    readonly given: ReviewSubmission['verdict'];
    readonly expected: ReviewSubmission['verdict'];
    readonly fits: boolean;
  };
  readonly summaryPrioritises: boolean;
  /** What the interviewer asks about next: the most severe issue missed. */
  readonly followUp: string | null;
  readonly strengths: readonly string[];
  readonly improvements: readonly string[];
}

export const SEVERITY_WEIGHT: Readonly<Record<Severity, number>> = { blocker: 3, major: 2, minor: 1 };
/** A comment this many lines away from an issue's range still points at it. */
const NEAR_LINES = 3;
/** Distinctive words of the issue's title, why and fix a comment must share to explain it without a phrase. */
const WORDS_TO_EXPLAIN = 3;
const BLOCKER_WORDS =
  /\b(?:blocker|blocking|must fix|critical|showstopper|can'?t merge|cannot merge|do not merge|don'?t merge)\b/i;

interface IssueProfile {
  readonly issue: PlantedIssue;
  readonly phrases: readonly CompiledPhrase[];
  readonly keys: ReadonlySet<string>;
}

export function checkReview(exercise: Exercise, submission: ReviewSubmission): ReviewCheck {
  const profiles = exercise.issues.map(profileIssue(exercise));
  const resolveFile = fileResolver(exercise);
  // Paths as the candidate wrote them (with or without folders, a/ or b/ prefixes); a range given backwards is a range.
  const comments = submission.comments.map((comment) => ({
    ...comment,
    file: resolveFile(comment.file),
    line: Math.min(comment.line, comment.endLine ?? comment.line),
    endLine: Math.max(comment.line, comment.endLine ?? comment.line),
  }));
  const found: FoundIssue[] = [];
  const explaining = new Set<number>();
  for (const profile of profiles) {
    const best = comments
      .map((comment, index) => ({ index, comment, judged: judgeComment(profile, comment) }))
      .filter((c) => c.judged.explains)
      .sort((a, b) => b.judged.quality - a.judged.quality)[0];
    if (!best) continue;
    explaining.add(best.index);
    for (const [index, comment] of comments.entries())
      if (index !== best.index && judgeComment(profile, comment).explains) explaining.add(index);
    found.push({
      issueId: profile.issue.id,
      severity: profile.issue.severity,
      comment: submission.comments[best.index]!,
      explanation: best.judged.quality,
      evidence: best.judged.evidence,
    });
  }
  const noiseComments = comments.flatMap((comment, index) => {
    const reason = noiseReason(exercise, profiles, comment, explaining.has(index));
    return reason ? [{ comment: submission.comments[index]!, reason }] : [];
  });
  const missed = profiles
    .filter((p) => !found.some((f) => f.issueId === p.issue.id))
    .map((p) => ({ issueId: p.issue.id, severity: p.issue.severity }));
  const expected = expectedVerdict(exercise);
  const verdictFits =
    submission.verdict === expected || (expected === 'comment' && submission.verdict === 'request-changes');
  const summaryPrioritises = prioritises(submission.summary, profiles);
  const scores = scoreReview(
    exercise,
    found,
    comments.length,
    explaining.size,
    verdictFits,
    summaryPrioritises,
    submission,
  );
  const report = {
    exerciseId: exercise.id,
    found,
    missed,
    noise: noiseComments.length,
    noiseComments,
    scores,
    verdict: { given: submission.verdict, expected, fits: verdictFits },
    summaryPrioritises,
    followUp: followUpOf(exercise, missed),
  };
  return { ...report, ...explainReview(exercise, report) };
}

function profileIssue(exercise: Exercise) {
  const otherText = exercise.files.map((f) => f.after).join('\n');
  const codeKeys = new Set(analyzeText(otherText).tokens.map((t) => t.key));
  return (issue: PlantedIssue): IssueProfile => {
    const explained = analyzeText([issue.title, issue.why, issue.fix].join('. '));
    // Words of the explanation that the code itself does not use: naming a variable is not explaining.
    const keys = new Set(explained.tokens.filter((t) => isContentToken(t) && !codeKeys.has(t.key)).map((t) => t.key));
    return { issue, phrases: issue.evidence.map((text) => compilePhrase(text)), keys };
  };
}

function judgeComment(
  profile: IssueProfile,
  comment: ReviewComment,
): { explains: boolean; quality: number; evidence: string[] } {
  const { issue } = profile;
  const none = { explains: false, quality: 0, evidence: [] };
  if (comment.file !== issue.file) return none;
  const end = comment.endLine ?? comment.line;
  if (end < issue.lines[0] - NEAR_LINES || comment.line > issue.lines[1] + NEAR_LINES) return none;
  const index = indexText(analyzeText(comment.body));
  const evidence = profile.phrases
    .filter((phrase) => findPhrase(phrase, index).some((hit) => !hit.contradicted && hit.strength >= 0.99))
    .map((phrase) => phrase.text);
  const shared = new Set(
    index.text.tokens.filter((t) => isContentToken(t) && !t.isNegated && profile.keys.has(t.key)).map((t) => t.key),
  );
  const explains = evidence.length > 0 || shared.size >= WORDS_TO_EXPLAIN;
  if (!explains) return none;
  // A name for the problem, then why it matters and how to fix it, in the comment's own words.
  const quality = Math.min(
    100,
    (evidence.length ? 50 : 30) + 12 * Math.min(2, evidence.length - 1) + 5 * Math.min(5, shared.size),
  );
  return { explains, quality: Math.max(0, quality), evidence };
}

function noiseReason(
  exercise: Exercise,
  profiles: readonly IssueProfile[],
  comment: ReviewComment,
  explainsAnIssue: boolean,
): string | null {
  const end = comment.endLine ?? comment.line;
  const nearIssue = profiles.filter(
    (p) =>
      p.issue.file === comment.file &&
      end >= p.issue.lines[0] - NEAR_LINES &&
      comment.line <= p.issue.lines[1] + NEAR_LINES,
  );
  if (explainsAnIssue) {
    const minorOnly = nearIssue.length > 0 && nearIssue.every((p) => p.issue.severity === 'minor');
    return minorOnly && BLOCKER_WORDS.test(comment.body) ? 'a minor point presented as a blocker' : null;
  }
  const onFine = exercise.fine.some((f) => f.file === comment.file && end >= f.lines[0] && comment.line <= f.lines[1]);
  if (onFine) return 'flags code that is fine';
  if (nearIssue.length) return null; // near a real problem without explaining it: not noise, but it finds nothing
  return 'explains no problem in the change';
}

function expectedVerdict(exercise: Exercise): ReviewSubmission['verdict'] {
  return exercise.issues.some((i) => i.severity !== 'minor') ? 'request-changes' : 'comment';
}

/** The summary names the most severe problem first among the problems it names, in words that explain it. */
function prioritises(summary: string, profiles: readonly IssueProfile[]): boolean {
  if (!summary.trim()) return false;
  const index = indexText(analyzeText(summary));
  const named = profiles.filter((p) =>
    p.phrases.some((phrase) => findPhrase(phrase, index).some((hit) => !hit.contradicted && hit.strength >= 0.99)),
  );
  if (!named.length) return false;
  const worst = Math.max(...profiles.map((p) => SEVERITY_WEIGHT[p.issue.severity]));
  return named.some((p) => SEVERITY_WEIGHT[p.issue.severity] === worst);
}

function scoreReview(
  exercise: Exercise,
  found: readonly FoundIssue[],
  commentCount: number,
  explainingComments: number,
  verdictFits: boolean,
  summaryPrioritises: boolean,
  submission: ReviewSubmission,
): ReviewCheck['scores'] {
  const total = exercise.issues.reduce((sum, i) => sum + SEVERITY_WEIGHT[i.severity], 0);
  const recall = (100 * found.reduce((sum, f) => sum + SEVERITY_WEIGHT[f.severity], 0)) / total;
  // Precision: the share of comments that explain a real problem; vague ones near a problem count against it too.
  const precision = commentCount ? (100 * explainingComments) / commentCount : 0;
  const explanation = found.length ? found.reduce((sum, f) => sum + f.explanation, 0) / found.length : 0;
  const judgement = (verdictFits ? 50 : submission.verdict === 'approve' ? 0 : 20) + (summaryPrioritises ? 50 : 0);
  // Explanation counts for as much of the review as it found (two fine explanations of six issues is not a review),
  // and the verdict for as much as the review found to back it: "request changes" on its own finds nothing.
  const overall =
    0.45 * recall +
    0.15 * precision +
    0.25 * explanation * (recall / 100) +
    0.15 * judgement * Math.min(1, recall / 50);
  return {
    recall: round(recall),
    precision: round(precision),
    explanation: round(explanation),
    overall: round(overall),
  };
}

function followUpOf(exercise: Exercise, missed: ReviewCheck['missed']): string | null {
  const worst = [...missed].sort((a, b) => SEVERITY_WEIGHT[b.severity] - SEVERITY_WEIGHT[a.severity])[0];
  const issue = worst && exercise.issues.find((i) => i.id === worst.issueId);
  if (!issue) return null;
  const where =
    issue.lines[0] === issue.lines[1] ? `line ${issue.lines[0]}` : `lines ${issue.lines[0]}–${issue.lines[1]}`;
  return `Look again at ${where} of ${issue.file}. What could go wrong there in production, and what would you ask the author to change?`;
}

function explainReview(
  exercise: Exercise,
  report: Pick<ReviewCheck, 'found' | 'missed' | 'noiseComments' | 'verdict' | 'summaryPrioritises'>,
): { strengths: string[]; improvements: string[] } {
  const strengths: string[] = [];
  const improvements: string[] = [];
  const title = (id: string) => exercise.issues.find((i) => i.id === id)?.title ?? id;
  const blockersFound = report.found.filter((f) => f.severity === 'blocker');
  if (blockersFound.length)
    strengths.push(`You caught ${blockersFound.map((f) => title(f.issueId).toLowerCase()).join('; ')}.`);
  if (report.found.length && !report.missed.length) strengths.push('You found every planted issue.');
  if (report.verdict.fits) strengths.push('Your verdict fits what the change needs.');
  if (report.summaryPrioritises) strengths.push('Your summary puts the most severe problem first.');
  for (const missed of [...report.missed]
    .sort((a, b) => SEVERITY_WEIGHT[b.severity] - SEVERITY_WEIGHT[a.severity])
    .slice(0, 3))
    improvements.push(`Missed (${missed.severity}): ${title(missed.issueId)}.`);
  if (report.noiseComments.length)
    improvements.push(
      `${report.noiseComments.length} comment${report.noiseComments.length > 1 ? 's' : ''} found no real problem (${[...new Set(report.noiseComments.map((n) => n.reason))].join('; ')}).`,
    );
  if (!report.verdict.fits)
    improvements.push(
      `With these problems the verdict should be "${report.verdict.expected}", not "${report.verdict.given}".`,
    );
  if (!report.summaryPrioritises)
    improvements.push('Open the summary with the most severe problem and why it blocks the merge.');
  return { strengths, improvements };
}

/**
 * What is wrong with a review before it can be scored: a comment on a file the change does not touch, or on a line
 * its file does not have. Empty when the review can be checked.
 */
export function reviewInputErrors(exercise: Exercise, submission: ReviewSubmission): string[] {
  const resolveFile = fileResolver(exercise);
  const lengths = new Map(exercise.files.map((f) => [f.path, f.after.split('\n').length]));
  return submission.comments.flatMap((comment, i) => {
    const file = resolveFile(comment.file);
    const length = lengths.get(file);
    if (length === undefined) return [`comment ${i + 1}: ${comment.file} is not one of the changed files`];
    const last = Math.max(comment.line, comment.endLine ?? comment.line);
    return last > length ? [`comment ${i + 1}: ${file} has ${length} lines, not ${last}`] : [];
  });
}

/** Comment paths may be given without their folders when that names one changed file. */
function fileResolver(exercise: Exercise): (path: string) => string {
  const paths = exercise.files.map((f) => f.path);
  return (path) => {
    const clean = path.replace(/^\.?\//, '').replace(/^[ab]\//, '');
    if (paths.includes(clean)) return clean;
    const matches = paths.filter((p) => p.endsWith(`/${clean}`) || p.split('/').pop() === clean);
    return matches.length === 1 ? matches[0]! : clean;
  };
}

function round(value: number): number {
  return Math.max(0, Math.min(100, Math.round(value)));
}
