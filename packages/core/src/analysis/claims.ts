// What each clause asserts, beyond its words. A sentence that names the right terms is evidence only when it
// asserts them: "we skip the version check, it's overkill" dismisses a point, "avoid building SQL from strings"
// warns against a defect rather than recommending it, and "a common mistake is to think a queue delivers once"
// reports a belief in order to refute it. Generic cues of how people say these things, independent of any
// question; the question-specific knowledge lives in the bank's key points and misconceptions.
import { isNegatorWord } from '../language/negation.ts';
import type { AnalyzedText, Token } from '../language/types.ts';
import { isContentToken } from '../language/terms.ts';
import { words } from '../language/word-lists.ts';

export interface ClaimMarks {
  /** Sentences that report a belief to refute it: a misconception's words there are not the speaker's claim. */
  readonly reportingSentences: ReadonlySet<number>;
  /** Clauses whose content the speaker warns against ("avoid…", "instead of…", "the risk with…"). */
  readonly warnedClauses: ReadonlySet<number>;
  /** Clauses that dismiss what they name as unneeded ("…is overkill", "skip the…", "…is optional"). */
  readonly dismissedClauses: ReadonlySet<number>;
  /** Clauses that suppose rather than assert: "if each server counted on its own, …". */
  readonly hypotheticalClauses: ReadonlySet<number>;
  /**
   * Where the assertion starts inside a supposing clause that runs on without a comma, as speech and quick typing
   * do: "if we need cleanup we can catch the kill signal" supposes up to the second "we" and asserts from there.
   */
  readonly consequentStarts: ReadonlyMap<number, number>;
  /** Positions of the warning and dismissing words themselves. */
  readonly cueTokens: ReadonlySet<number>;
}

/** Lemmas that mark a sentence as reporting someone's belief or a known error. */
const REPORTING = words(
  'myth misconception misunderstanding fallacy misbelief pitfall trap naive naively tempting misconceive misled',
  'mislead',
);
/** Reporting nouns that are also everyday verbs of the trade. */
const REPORTING_NOUNS_AS_VERBS = words('trap');
/** "Mistake" reports a belief only as a kind of mistake ("a common mistake is…"), not in "my mistake was…". */
const MISTAKE_KINDS = words('common classic typical frequent usual rookie beginner classical popular widespread');
/** Nouns that report a belief when a kind of error is named with them: "a common belief is that…". */
const MISTAKE_NOUNS = words('mistake belief assumption');
/** Two-word reporting cues, by lemma: "people think", "some assume", "is wrong". */
const REPORTING_PAIRS = new Set([
  'people think',
  'people assume',
  'people believe',
  'some assume',
  'some think',
  'some believe',
  'often assume',
  'commonly assume',
  'wrongly assume',
  'wrongly think',
  'wrongly believe',
  'be wrong',
  'be false',
  'not true',
  "n't true",
  'be untrue',
]);

/** Lemmas after which the rest of the clause is something to avoid, not a recommendation. */
const WARNING = words(
  'avoid prevent instead rather forbid ban disallow eliminate risk danger dangerous vulnerable vulnerability',
  'antipattern anti-pattern smell bad worst wrong hazard attack attacker exploit protect guard defend mitigate',
  'stop against',
);

/** Words that open the consequent of an "if" clause written without a comma ("…then", "…we", "…you"). */
const CONSEQUENT_OPENERS = words('then we you i they');
/** The supposition takes a few words before its consequent can start: "if they retry we…" but not "if we retry". */
const MIN_SUPPOSITION_WORDS = 2;

/** Words that open a clause which supposes instead of asserting. */
const SUPPOSING = words('if unless suppose imagine whether say');

/** Warning words that set aside a list of alternatives, and the words that add one more to the list. */
const SETS_ASIDE = words('rather instead');
const ALTERNATIVE = words('or nor and');

/** Lemmas that dismiss the clause's subject or object as unneeded. */
const DISMISSING = words(
  'overkill unnecessary needless pointless optional superfluous skip skippable unneeded myth overrated overblown',
);

/**
 * Words that dismiss when negated: "worker threads aren't worth it", "versioning isn't really needed". Matched on
 * the word as written, so that "it doesn't need to wait" (an expert's aside) dismisses nothing.
 */
const NEGATED_DISMISSING = words('worth needed necessary required');

/** "Not just", "can't simply": with a verb after them, the action is called insufficient. */
const ONLY = words('just only simply merely');
// The negator before "just" is not marked on the token ("not just" reads as "not only"), so it is read off the word.

export function markClaims(text: AnalyzedText): ClaimMarks {
  const reportingSentences = new Set<number>();
  const warnedClauses = new Set<number>();
  const dismissedClauses = new Set<number>();
  const cueTokens = new Set<number>();
  const hypotheticalClauses = new Set<number>();
  const consequentStarts = new Map<number, number>();
  let previousWord: Token | undefined;
  let wordsSupposed = -1;
  let alternativesWarned = false;
  text.tokens.forEach((token, i) => {
    if (token.kind === 'word') {
      const opensClause = previousWord?.clause !== token.clause;
      if (opensClause) wordsSupposed = -1;
      // "Rather than pick one myself, or say yes to both, I…": every alternative listed after "rather than" or
      // "instead of" is set aside, not only the first.
      if (
        opensClause &&
        alternativesWarned &&
        token.sentence === previousWord?.sentence &&
        ALTERNATIVE.has(token.lemma)
      ) {
        warnedClauses.add(token.clause);
        cueTokens.add(i);
      } else if (opensClause) alternativesWarned = false;
      if (opensClause && SUPPOSING.has(token.lemma)) {
        hypotheticalClauses.add(token.clause);
        wordsSupposed = 0;
      } else if (wordsSupposed > MIN_SUPPOSITION_WORDS && CONSEQUENT_OPENERS.has(token.lemma)) {
        consequentStarts.set(token.clause, i);
        wordsSupposed = -1;
      } else if (wordsSupposed >= 0) wordsSupposed++;
      previousWord = token;
    }
    const lemma = token.lemma;
    const nextAt = nextWordAt(text.tokens, i);
    const next = text.tokens[nextAt];
    const afterNext = nextAt >= 0 ? text.tokens[nextWordAt(text.tokens, nextAt)] : undefined;
    // "People think", "people often think": a reporting verb may sit one word after its subject.
    const paired = [next, afterNext].some((t) => t && REPORTING_PAIRS.has(`${lemma} ${t.lemma}`));
    const previous = text.tokens[previousWordAt(text.tokens, i)];
    const kindOfMistake = MISTAKE_NOUNS.has(lemma) && previous !== undefined && MISTAKE_KINDS.has(previous.lemma);
    // "If an entry is wrong, admins fix it" supposes a fault; it does not report a belief to refute it.
    const supposed = hypotheticalClauses.has(token.clause);
    // "A common trap" reports a pitfall; "we trap the signal" does something.
    const reports = REPORTING.has(lemma) && !(token.pos === 'VERB' && REPORTING_NOUNS_AS_VERBS.has(lemma));
    if ((reports || paired || kindOfMistake) && !supposed) reportingSentences.add(token.sentence);
    // "You can't just hide the button": what follows is called not enough, the speaker's warning, not a claim.
    const notEnough =
      ONLY.has(token.text.toLowerCase()) && isNegatorWord(previous?.text.toLowerCase() ?? '') && next?.pos === 'VERB';
    if (notEnough) {
      warnedClauses.add(token.clause);
      cueTokens.add(i);
    }
    if (WARNING.has(lemma) && !token.isNegated) {
      warnedClauses.add(token.clause);
      cueTokens.add(i);
      if (SETS_ASIDE.has(lemma)) alternativesWarned = true;
    }
    const dismisses =
      (DISMISSING.has(lemma) && !token.isNegated && (token.pos !== 'ADJ' || isPredicative(text.tokens, i))) ||
      (NEGATED_DISMISSING.has(token.text.toLowerCase()) && token.isNegated);
    if (dismisses) {
      dismissedClauses.add(token.clause);
      cueTokens.add(i);
    }
  });
  for (const sentence of pitfallSections(text)) reportingSentences.add(sentence);
  return { reportingSentences, warnedClauses, dismissedClauses, hypotheticalClauses, consequentStarts, cueTokens };
}

/** Lemmas of a short heading that announces what goes wrong: "Where it goes wrong:", "Pitfalls.", "Gotchas:". */
const PITFALL_HEADINGS = words('pitfall gotcha antipattern anti-pattern trap mistake downside');
const MAX_HEADING_WORDS = 12;
/** How far a heading reaches when the paragraph runs on. */
const MAX_SECTION_SENTENCES = 6;

/**
 * The sentences under a heading that announces pitfalls ("Where it goes wrong, in my experience. One: the generic
 * repository…"), up to the end of its paragraph: they describe what to avoid, so a misconception's words there are
 * not the speaker's claim, as in a sentence that names the pitfall itself.
 */
function pitfallSections(text: AnalyzedText): number[] {
  const found: number[] = [];
  let section = 0;
  for (const sentence of text.sentences) {
    const tokens = text.tokens.slice(sentence.firstToken, sentence.endToken);
    const opensParagraph = tokens.some((t) => t.kind !== 'word' && /\n\s*\n/.test(t.text));
    if (opensParagraph) section = 0;
    if (section > 0) {
      found.push(sentence.index);
      section--;
    }
    const words = tokens.filter((t) => t.kind === 'word');
    const goesWrong = words.some((t, i) => /^go(es)?$/i.test(t.text) && words[i + 1]?.lemma === 'wrong');
    const cue = goesWrong || words.some((t) => PITFALL_HEADINGS.has(t.lemma));
    // A heading names the pitfalls to come; "a classic mistake is to escape quotes by hand" states one itself.
    const content = words.filter((t) => isContentToken(t) && !PITFALL_HEADINGS.has(t.lemma) && t.lemma !== 'wrong');
    const endsWithColon = tokens.filter((t) => t.kind === 'punctuation').at(-1)?.text === ':';
    const heading = cue && words.length <= MAX_HEADING_WORDS && (content.length <= 2 || endsWithColon);
    if (heading) section = MAX_SECTION_SENTENCES;
  }
  return found;
}

/** Verbs that make the adjective after them say what its subject is: "tests are optional", "felt pointless". */
const LINKING = words('be seem feel look sound become consider make keep');

/**
 * Whether a dismissing adjective is said of its subject ("the retry is optional") rather than naming a kind of
 * thing ("optional settings get a default", "anything optional"), which dismisses nothing.
 */
function isPredicative(tokens: readonly Token[], at: number): boolean {
  for (let i = previousWordAt(tokens, at), steps = 0; i >= 0 && steps < 3; i = previousWordAt(tokens, i), steps++) {
    const token = tokens[i];
    if (!token) return false;
    if (LINKING.has(token.lemma)) return true;
    if (token.pos !== 'ADV' && token.pos !== 'PART') return false;
  }
  return false;
}

/** Position of the next word in the same sentence, or -1. */
/** The word before `from` in its sentence, past line breaks and spaces ("the common\nmistake"), or -1. */
function previousWordAt(tokens: readonly Token[], from: number): number {
  for (let i = from - 1; i >= 0; i--) {
    const token = tokens[i];
    if (!token || token.sentence !== tokens[from]?.sentence) return -1;
    if (token.kind === 'word') return i;
    if (token.kind === 'punctuation') return -1;
  }
  return -1;
}

function nextWordAt(tokens: readonly Token[], from: number): number {
  const sentence = tokens[from]?.sentence;
  for (let i = from + 1; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token || token.sentence !== sentence) return -1;
    if (token.kind === 'word') return i;
  }
  return -1;
}

/**
 * Whether the tokens at these positions sit in a clause the speaker warns against, supposes ("if…") or reports as
 * a myth. A warning
 * word that is part of the phrase itself ("switch statements are always bad") is the claim, not a distance.
 */
export function isDistanced(marks: ClaimMarks, tokens: readonly Token[], positions: readonly number[]): boolean {
  return positions.some((p) => {
    const token = tokens[p];
    if (!token) return false;
    return (
      marks.reportingSentences.has(token.sentence) ||
      isSupposed(marks, token.clause, p) ||
      (marks.warnedClauses.has(token.clause) && hasCueOutside(marks, tokens, token.clause, positions))
    );
  });
}

function isSupposed(marks: ClaimMarks, clause: number, position: number): boolean {
  return marks.hypotheticalClauses.has(clause) && position < (marks.consequentStarts.get(clause) ?? Infinity);
}

/** Whether the tokens at these positions sit in a clause that dismisses them ("optional" in the phrase is not). */
export function isDismissed(marks: ClaimMarks, tokens: readonly Token[], positions: readonly number[]): boolean {
  return positions.some((p) => {
    const token = tokens[p];
    return (
      token !== undefined &&
      marks.dismissedClauses.has(token.clause) &&
      hasCueOutside(marks, tokens, token.clause, positions)
    );
  });
}

function hasCueOutside(marks: ClaimMarks, tokens: readonly Token[], clause: number, positions: readonly number[]) {
  for (const cue of marks.cueTokens) if (tokens[cue]?.clause === clause && !positions.includes(cue)) return true;
  return false;
}
