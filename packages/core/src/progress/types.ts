// What progress is computed from, and what it shows. The server reads the rows; everything here is pure.
import type { Category, Level, Round } from '../questions/question.schema.ts';

/** One answer to a bank or own question: an interview's main turn, or a typed answer on the question's page. */
export interface ProgressAnswer {
  readonly id: string;
  /** ISO-8601 instant the answer was given. */
  readonly at: string;
  readonly source: 'interview' | 'typed';
  readonly questionId: string;
  readonly prompt: string;
  readonly category: Category;
  readonly level: Level;
  readonly round: Round;
  readonly scores: {
    readonly overall: number;
    readonly content: number;
    readonly structure: number;
    readonly delivery: number | null;
  };
  readonly keyPoints: readonly { readonly id: string; readonly label: string; readonly covered: boolean }[];
  readonly misconceptions: readonly { readonly id: string; readonly claim: string; readonly correction: string }[];
}

/** A scored coding submission or code review. */
export interface ProgressAttempt {
  readonly kind: 'coding' | 'review';
  readonly at: string;
  /** The problem's or the exercise's id. */
  readonly itemId: string;
  readonly title: string;
  readonly overall: number;
}

export interface ProgressOptions {
  /** The reader's time zone (IANA name): days and streaks are theirs. */
  readonly timeZone: string;
  /** The present instant, given by the caller: the core has no clock. */
  readonly now: string;
  /** Days of daily volume to show. */
  readonly volumeDays?: number;
  /** Weeks of weekly volume to show. */
  readonly volumeWeeks?: number;
}

export interface DayScores {
  /** The day, YYYY-MM-DD in the reader's time zone. */
  readonly date: string;
  readonly answers: number;
  readonly overall: number | null;
  readonly content: number | null;
  readonly structure: number | null;
  readonly delivery: number | null;
}

export interface CategoryTrend {
  readonly category: Category;
  readonly answers: number;
  readonly average: number;
  /** The mean of the last five answers: where the candidate stands now. */
  readonly recent: number;
  /** Recent minus the mean of the first five: positive when improving (null under six answers). */
  readonly change: number | null;
  readonly series: readonly { readonly date: string; readonly overall: number; readonly answers: number }[];
}

export interface AttemptProgress {
  readonly attempts: number;
  readonly average: number | null;
  readonly series: readonly { readonly date: string; readonly overall: number; readonly attempts: number }[];
}

export interface MissedPoint {
  readonly label: string;
  readonly category: Category;
  /** Answers that missed the point, of those whose question asks for it. */
  readonly missed: number;
  readonly asked: number;
  /** The questions where it was missed, the most recent first. */
  readonly questions: readonly { readonly id: string; readonly prompt: string }[];
}

export interface RecurringMisconception {
  readonly id: string;
  readonly claim: string;
  readonly correction: string;
  readonly times: number;
  readonly questions: readonly { readonly id: string; readonly prompt: string }[];
}

export interface WeakArea {
  readonly category: Category;
  readonly average: number;
  readonly answers: number;
  /** The key points this category's answers most often missed. */
  readonly missedPoints: readonly MissedPoint[];
  readonly summary: string;
}

export type PracticeAction =
  | {
      readonly kind: 'interview';
      readonly settings: {
        readonly round: 'background' | 'concepts' | 'design' | 'behavioral' | 'mixed';
        readonly level: Level;
        readonly categories: Category[];
        readonly minutes: number;
      };
    }
  | { readonly kind: 'questions'; readonly questions: readonly { readonly id: string; readonly prompt: string }[] }
  | { readonly kind: 'coding'; readonly problemId: string; readonly title: string }
  | { readonly kind: 'review'; readonly exerciseId: string; readonly title: string };

export interface Recommendation {
  /** Stable for the same advice, so a page can key it. */
  readonly id: string;
  readonly title: string;
  /** Why, with the evidence in numbers. */
  readonly reason: string;
  readonly action: PracticeAction;
}

export interface Progress {
  readonly timeZone: string;
  readonly today: string;
  readonly totals: {
    readonly answers: number;
    readonly coding: number;
    readonly reviews: number;
    readonly daysPractised: number;
    readonly average: number | null;
  };
  readonly streak: {
    /** Consecutive days practised up to today (or up to yesterday, while today is still open). */
    readonly current: number;
    readonly longest: number;
    readonly practisedToday: boolean;
    readonly lastDay: string | null;
  };
  readonly volume: {
    readonly days: readonly { readonly date: string; readonly answers: number; readonly attempts: number }[];
    /** Weeks start on Monday; `week` is that Monday's date. */
    readonly weeks: readonly { readonly week: string; readonly answers: number; readonly attempts: number }[];
  };
  /** Daily means of each dimension across every answer. */
  readonly byDay: readonly DayScores[];
  readonly categories: readonly CategoryTrend[];
  readonly coding: AttemptProgress;
  readonly review: AttemptProgress;
  readonly weakAreas: readonly WeakArea[];
  readonly missedPoints: readonly MissedPoint[];
  readonly misconceptions: readonly RecurringMisconception[];
  readonly recommendations: readonly Recommendation[];
}
