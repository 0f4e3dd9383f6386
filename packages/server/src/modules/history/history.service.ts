// The history: every past answer and attempt, searched and filtered, a page at a time; one answer in full for
// replay (recording, transcript, feedback and its follow-ups); and every attempt at one question, side by side.
import { notFound, type Category, type Round } from '@rehearse/core';
import type { KeptAnalysis } from '../analyses/analyses.repository.ts';
import type { AnswerService } from '../answers/answers.service.ts';
import type { QuestionService, Viewer } from '../questions/questions.service.ts';
import type { HistoryFilter, HistoryRepository, HistoryRow, Position } from './history.repository.ts';

export type HistoryKind = HistoryRow['kind'];

export interface HistoryDeps {
  readonly repository: HistoryRepository;
  readonly questions: Pick<QuestionService, 'get'>;
  /** One interview answer with its follow-ups, as the API shows them. */
  readonly interviewAnswer: AnswerService['withFollowUps'];
  /** One typed answer of the user's, kept with its analysis. */
  readonly typedAnswer: (userId: string, id: string) => Promise<KeptAnalysis | undefined>;
  /** Coding problems and review exercises live in files: their titles, and the ids whose title matches words. */
  readonly titleOf: (kind: 'coding' | 'review', id: string) => string;
  readonly titled: (kind: 'coding' | 'review', q: string) => string[];
}

const EXCERPT_CHARS = 200;
const excerpt = (text: string | null) =>
  !text ? '' : text.length <= EXCERPT_CHARS ? text : `${text.slice(0, EXCERPT_CHARS).trimEnd()}…`;
const newestFirst = (a: HistoryRow, b: HistoryRow) =>
  a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : a.id < b.id ? 1 : a.id > b.id ? -1 : 0;

export function createHistoryService(deps: HistoryDeps) {
  const { repository } = deps;

  async function questionOf(questionId: string, viewer: Viewer) {
    try {
      const { question } = await deps.questions.get(questionId, viewer);
      return {
        prompt: question.prompt,
        category: question.category as Category | null,
        round: question.round as Round | null,
      };
    } catch {
      return { prompt: questionId, category: null, round: null }; // an own question deleted since
    }
  }

  async function answer(viewer: Viewer, id: string) {
    if (id.includes(':')) {
      const found = await deps.interviewAnswer(viewer.id, id);
      if (!found) throw notFound('answer', id);
      const { answer: main } = found;
      return {
        id,
        source: 'interview' as const,
        createdAt: main.createdAt,
        questionId: main.questionId,
        interviewId: main.interviewId,
        ...(await questionOf(main.questionId, viewer)),
        answer: found.presented,
        followUps: found.followUps,
      };
    }
    const typed = await deps.typedAnswer(viewer.id, id);
    if (!typed) throw notFound('answer', id);
    const question = await questionOf(typed.questionId, viewer);
    return {
      id,
      source: 'typed' as const,
      createdAt: typed.createdAt,
      questionId: typed.questionId,
      interviewId: null,
      ...question,
      answer: {
        turnId: typed.id,
        questionId: typed.questionId,
        kind: 'question' as const,
        prompt: question.prompt,
        mode: 'typed' as const,
        status: 'analysed' as const,
        answerText: typed.answer,
        recordingId: null,
        analysis: typed.analysis,
        spoken: null,
        camera: null,
        error: null,
      },
      followUps: [],
    };
  }

  return {
    async list(
      viewer: Viewer,
      filter: HistoryFilter & { kind?: HistoryKind | undefined },
      before: Position | undefined,
      limit: number,
    ) {
      const take = limit + 1;
      const answersOnly =
        filter.category !== undefined ||
        (filter.round !== undefined && filter.round !== 'coding' && filter.round !== 'code-review');
      const wants = (kind: HistoryKind) =>
        (filter.kind === undefined || filter.kind === kind) &&
        (kind === 'coding'
          ? !answersOnly && (filter.round === undefined || filter.round === 'coding')
          : kind === 'review'
            ? !answersOnly && (filter.round === undefined || filter.round === 'code-review')
            : filter.round !== 'coding' && filter.round !== 'code-review');
      const titled = (kind: 'coding' | 'review') => (filter.q ? deps.titled(kind, filter.q) : []);
      const pages = await Promise.all([
        wants('interview-answer') ? repository.interviewAnswers(viewer.id, filter, before, take) : [],
        wants('typed-answer') ? repository.typedAnswers(viewer.id, filter, before, take) : [],
        wants('coding') ? repository.codingAttempts(viewer.id, filter, titled('coding'), before, take) : [],
        wants('review') ? repository.reviews(viewer.id, filter, titled('review'), before, take) : [],
      ]);
      const merged = pages.flat().sort(newestFirst);
      const page = merged.slice(0, limit);
      const last = page.at(-1);
      return {
        items: page.map((row) => ({
          id: row.id,
          kind: row.kind,
          createdAt: row.createdAt,
          itemId: row.itemId,
          title: row.title ?? deps.titleOf(row.kind === 'coding' ? 'coding' : 'review', row.itemId),
          category: row.category as Category | null,
          round: row.round as Round | null,
          score: row.score,
          interviewId: row.interviewId,
          mode: row.mode as 'typed' | 'audio' | 'video' | null,
          excerpt: excerpt(row.text),
        })),
        next: merged.length > limit && last ? { at: last.createdAt, id: last.id } : null,
      };
    },

    answer,

    /** Every answer to one question, oldest first, each in full: to compare attempts side by side. */
    async attempts(viewer: Viewer, questionId: string) {
      const ids = await repository.attemptIds(viewer.id, questionId);
      if (ids.length === 0) throw notFound('answers to question', questionId);
      return {
        questionId,
        ...(await questionOf(questionId, viewer)),
        attempts: await Promise.all(ids.map((id) => answer(viewer, id))),
      };
    },
  };
}

export type HistoryService = ReturnType<typeof createHistoryService>;
