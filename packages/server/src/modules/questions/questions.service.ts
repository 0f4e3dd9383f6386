import { createHash, randomBytes } from 'node:crypto';
import {
  createQuestionIndex,
  DomainError,
  forbidden,
  notFound,
  questionSchema,
  type Category,
  type Level,
  type Question,
  type QuestionIndex,
  type Round,
} from '@rehearse/core';
import type { QuestionRepository, StoredQuestion } from './questions.repository.ts';
import { toRow } from './questions.repository.ts';

export interface Viewer {
  id: string;
}

export interface QuestionFilter {
  category?: Category | undefined;
  level?: Level | undefined;
  round?: Round | undefined;
  source?: 'bank' | 'own' | undefined;
  q?: string | undefined;
}

export interface VisibleQuestion {
  question: Question;
  source: 'bank' | 'own';
}

const contentHash = (question: Question) => createHash('sha256').update(JSON.stringify(question)).digest('hex');
const newOwnId = () => `my-${randomBytes(6).toString('hex')}`;

export function createQuestionService(deps: { repository: QuestionRepository; now?: () => Date }) {
  const { repository } = deps;
  const now = deps.now ?? (() => new Date());
  // The index covers every active question; visibility is applied after ranking. Rebuilt lazily after writes.
  let cache:
    { active: StoredQuestion[]; index: QuestionIndex; bankIndex: () => QuestionIndex; version: string } | undefined;

  async function snapshot() {
    if (!cache) {
      const active = await repository.listActive();
      let bankIndex: QuestionIndex | undefined;
      cache = {
        active,
        index: createQuestionIndex(active.map((stored) => stored.question)),
        // Built on first use: only the analysis needs it.
        bankIndex: () =>
          (bankIndex ??= createQuestionIndex(active.filter((s) => s.ownerId === null).map((s) => s.question))),
        version: randomBytes(8).toString('hex'),
      };
    }
    return cache;
  }
  const invalidate = () => {
    cache = undefined;
  };

  const visibleTo = (viewer: Viewer | null) => (stored: StoredQuestion) =>
    stored.ownerId === null || stored.ownerId === viewer?.id;
  const present = (stored: StoredQuestion): VisibleQuestion => ({
    question: stored.question,
    source: stored.ownerId === null ? 'bank' : 'own',
  });

  function matches(filter: QuestionFilter) {
    return ({ question, ownerId }: StoredQuestion) =>
      (!filter.category || question.category === filter.category) &&
      (!filter.level || question.level === filter.level) &&
      (!filter.round || question.round === filter.round) &&
      (!filter.source || (filter.source === 'bank') === (ownerId === null));
  }

  async function requireOwn(id: string, viewer: Viewer) {
    const stored = await repository.findById(id);
    if (!stored || stored.retired || !visibleTo(viewer)(stored)) throw notFound('question', id);
    if (stored.ownerId !== viewer.id)
      throw forbidden(
        'bank-question-read-only',
        'Questions of the shared bank cannot be changed; copy it into your own questions instead.',
      );
    return stored;
  }

  return {
    /**
     * The index over the shared bank only, which the analysis searches to weigh words and to say what an
     * off-topic answer seems to answer: a user's private questions must never be named to anyone else.
     */
    bankIndex: async () => (await snapshot()).bankIndex(),

    /** The bank's shared questions with a version that changes whenever they do (workers cache by it). */
    async bank() {
      const { active, version } = await snapshot();
      return {
        version,
        questions: active.filter((stored) => stored.ownerId === null).map((stored) => stored.question),
      };
    },

    async syncBank(questions: Question[], options: { retireMissing: boolean }) {
      const at = now().toISOString();
      const counts = await repository.syncBank(
        questions.map((q) => toRow(q, null, contentHash(q), at)),
        options.retireMissing,
        at,
      );
      invalidate();
      return counts;
    },

    /** Visible questions matching the filter: ranked by relevance when `q` is given, else ordered by id. */
    async list(filter: QuestionFilter, viewer: Viewer | null): Promise<VisibleQuestion[]> {
      const { active, index } = await snapshot();
      const candidates = active.filter(visibleTo(viewer)).filter(matches(filter));
      const text = filter.q?.trim();
      if (!text) return candidates.map(present);
      const byId = new Map(candidates.map((stored) => [stored.question.id, stored]));
      return index
        .search(text, { limit: active.length })
        .map((hit) => byId.get(hit.id))
        .filter((stored): stored is StoredQuestion => stored !== undefined)
        .map(present);
    },

    async get(id: string, viewer: Viewer | null): Promise<VisibleQuestion & { retired: boolean }> {
      const stored = await repository.findById(id);
      if (!stored || !visibleTo(viewer)(stored)) throw notFound('question', id);
      return { ...present(stored), retired: stored.retired };
    },

    async create(input: unknown, viewer: Viewer): Promise<Question> {
      const question = validate({ ...(input as object), id: newOwnId() });
      await repository.insertMany([toRow(question, viewer.id, contentHash(question), now().toISOString())]);
      invalidate();
      return question;
    },

    async update(id: string, input: unknown, viewer: Viewer): Promise<Question> {
      await requireOwn(id, viewer);
      const question = validate({ ...(input as object), id });
      await repository.saveOwnMany([], [toRow(question, viewer.id, contentHash(question), now().toISOString())]);
      invalidate();
      return question;
    },

    async remove(id: string, viewer: Viewer): Promise<void> {
      await requireOwn(id, viewer);
      await repository.retireOwn(id, viewer.id, now().toISOString());
      invalidate();
    },

    /** All-or-nothing: every entry is validated first and any error rejects the whole import. */
    async importOwn(entries: unknown[], viewer: Viewer) {
      const problems: { entry: number; id: string | null; errors: string[] }[] = [];
      const parsed: Question[] = [];
      entries.forEach((entry, index) => {
        const withId = { ...(entry as object), id: (entry as { id?: unknown })?.id ?? newOwnId() };
        const result = questionSchema.safeParse(withId);
        const id = typeof (entry as { id?: unknown })?.id === 'string' ? (entry as { id: string }).id : null;
        if (result.success) parsed.push(result.data);
        else
          problems.push({
            entry: index,
            id,
            errors: result.error.issues.map((i) => `${i.path.join('.') || '(entry)'}: ${i.message}`),
          });
      });
      if (problems.length) {
        throw new DomainError(
          'invalid',
          'import-invalid',
          `${problems.length} of ${entries.length} entries are invalid; nothing was imported.`,
          { entries: problems },
        );
      }
      const ids = parsed.map((q) => q.id);
      if (new Set(ids).size !== ids.length)
        throw new DomainError('invalid', 'import-duplicate-ids', 'Two entries share an id; nothing was imported.');
      const taken = await repository.idsTaken(ids);
      const at = now().toISOString();
      const inserts = [];
      const updates = [];
      const renamed: { from: string; to: string }[] = [];
      for (const question of parsed) {
        const existing = taken.has(question.id) ? await repository.findById(question.id) : undefined;
        if (existing?.ownerId === viewer.id) {
          updates.push(toRow(question, viewer.id, contentHash(question), at));
        } else if (existing) {
          const renamedQuestion = { ...question, id: newOwnId() };
          renamed.push({ from: question.id, to: renamedQuestion.id });
          inserts.push(toRow(renamedQuestion, viewer.id, contentHash(renamedQuestion), at));
        } else inserts.push(toRow(question, viewer.id, contentHash(question), at));
      }
      await repository.saveOwnMany(inserts, updates);
      invalidate();
      return { created: inserts.length, updated: updates.length, renamed };
    },

    async exportVisible(viewer: Viewer, scope: 'own' | 'all'): Promise<Question[]> {
      const { active } = await snapshot();
      return active
        .filter((stored) => (scope === 'own' ? stored.ownerId === viewer.id : visibleTo(viewer)(stored)))
        .map((stored) => stored.question);
    },
  };
}

function validate(input: unknown): Question {
  const result = questionSchema.safeParse(input);
  if (result.success) return result.data;
  throw new DomainError('invalid', 'question-invalid', 'The question is not valid; see errors.', {
    errors: result.error.issues.map((issue) => ({ field: issue.path.join('.'), message: issue.message })),
  });
}

export type QuestionService = ReturnType<typeof createQuestionService>;
